/// What can be done to a meeting. Which actions a meeting in a given state admits, and the state each
/// leaves it in, is decided here — for the meeting's page, the API and the store alike.
package enum MeetingAction: String, Sendable, CaseIterable {
    case edit, setAgenda, sendNotice, setDelegates, start, checkIn, addMotion, writeMinutes, close

    /// Whether a meeting in `status` admits the action. The notice may be sent again (corrected) until
    /// the meeting opens; attendance starts once members were invited; motions may be added until it
    /// closes; the minutes are written during the meeting and may be completed after it.
    package func applies(to status: MeetingStatus) -> Bool {
        switch self {
        case .edit, .setAgenda, .sendNotice, .setDelegates: status == .draft || status == .noticed
        case .start: status == .noticed
        case .checkIn: status == .noticed || status == .open
        case .addMotion: status != .closed
        case .writeMinutes: status == .open || status == .closed
        case .close: status == .open
        }
    }

    /// The state the meeting is in after the action.
    package func next(from status: MeetingStatus) -> MeetingStatus {
        switch self {
        case .sendNotice: .noticed
        case .start: .open
        case .close: .closed
        case .edit, .setAgenda, .setDelegates, .checkIn, .addMotion, .writeMinutes: status
        }
    }
}

extension MeetingStatus {
    /// The state after `action`, or the refusal when the meeting's state does not admit it.
    package func after(_ action: MeetingAction) throws(MeetingError) -> MeetingStatus {
        guard action.applies(to: self) else { throw .wrongStatus(self) }
        return action.next(from: self)
    }

    /// The actions a meeting in this state admits.
    package var actions: Set<MeetingAction> { Set(MeetingAction.allCases.filter { $0.applies(to: self) }) }
}

/// What can be done to a motion: open its vote, cast a ballot, close the vote.
package enum ResolutionAction: String, Sendable, CaseIterable {
    case open, vote, close

    /// The state a motion must be in for the action.
    package var requires: ResolutionStatus { self == .open ? .draft : .open }

    /// Whether a motion in `status`, in a meeting in `meeting`, admits the action. Votes happen only
    /// while the meeting is in session.
    package func applies(to status: ResolutionStatus, meeting: MeetingStatus) -> Bool {
        status == requires && meeting == .open
    }
}

extension ResolutionStatus {
    /// Decided: the vote is closed, one way or the other.
    package var isDecided: Bool { self == .passed || self == .rejected }

    /// The state after `action` in a meeting in `meeting`, or the refusal: first for the motion's own
    /// state, then for the meeting's. Closing decides by `tally`.
    package func after(_ action: ResolutionAction, meeting: MeetingStatus, tally: VoteTally) throws(MeetingError)
        -> ResolutionStatus
    {
        guard self == action.requires else { throw action == .open ? .resolutionNotDraft : .resolutionNotOpen }
        guard meeting == .open else { throw .wrongStatus(meeting) }
        return switch action {
        case .open, .vote: .open
        case .close: tally.passes ? .passed : .rejected
        }
    }
}
