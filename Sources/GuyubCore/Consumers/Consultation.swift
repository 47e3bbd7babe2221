/// A consultation: representatives of the people the cooperative works with — members, consumers, suppliers,
/// neighbours — invited to a visit or a meeting about one topic; who came is recorded, and what they said is
/// kept as ideas, which then go the way every idea goes.
package enum ConsultationKind: String, Codable, Sendable, CaseIterable {
    /// A visit: to the shop, the warehouse, a member's field.
    case visit
    case meeting
}

/// Whom a guest speaks for.
package enum ConsultationGroup: String, Codable, Sendable, CaseIterable {
    case member, consumer, supplier, neighbour
}

package enum ConsultationStatus: String, Codable, Sendable, CaseIterable {
    case planned, held, cancelled
}

package enum ConsultationAction: String, Codable, Sendable, CaseIterable {
    /// Invite a guest (walk-ins on the day too).
    case invite
    /// Mark who came; from the day itself, until the session is closed.
    case attend
    /// Keep what a guest who came said, as an idea; also after the session is closed, from notes.
    case record
    /// Close the session as held: its attendance is final.
    case finish
    case cancel
}

extension ConsultationStatus {
    /// What may be done on `today` with a session set for `heldOn`: nothing is attended or recorded before
    /// its day, and a cancelled session is done with.
    package func allowed(on today: CivilDate, heldOn: CivilDate) -> [ConsultationAction] {
        switch self {
        case .planned: today < heldOn ? [.invite, .cancel] : [.invite, .attend, .record, .finish, .cancel]
        case .held: [.record]
        case .cancelled: []
        }
    }

    /// The session's state after `action`, or why it cannot be taken; closing needs someone to have come.
    package func after(
        _ action: ConsultationAction, on today: CivilDate, heldOn: CivilDate, attended: Int
    ) throws(ConsumerError) -> ConsultationStatus {
        guard allowed(on: today, heldOn: heldOn).contains(action) else { throw .consultationState(self) }
        switch action {
        case .finish:
            guard attended > 0 else { throw .noneAttended }
            return .held
        case .cancel: return .cancelled
        case .invite, .attend, .record: return self
        }
    }
}
