/// A members' meeting (Rapat Anggota): the annual one (RAT) or an extraordinary one.
package enum MeetingKind: String, Codable, Sendable, CaseIterable {
    case annual, extraordinary
}

/// draft → noticed (the invitation went out) → open (in session) → closed.
package enum MeetingStatus: String, Codable, Sendable, CaseIterable {
    case draft, noticed, open, closed
}

/// What an agenda item (and its resolution) is about. A `shu` resolution approves one financial year's
/// SHU distribution; the SHU side refuses to post a distribution no RAT approved.
package enum AgendaKind: String, Codable, Sendable, CaseIterable {
    case statements, reports, shu, plan, election, other
}

package enum ResolutionStatus: String, Codable, Sendable, CaseIterable {
    case draft, open, passed, rejected
}

package enum VoteChoice: String, Codable, Sendable, CaseIterable {
    case yes, no, abstain
}

/// How a member attended: in the hall, or online. A clerk may record the vote only of a member in the hall.
package enum AttendanceMode: String, Codable, Sendable, CaseIterable {
    case inPerson = "in-person"
    case online
}

/// How the notice reached members.
package enum NoticeChannel: String, Codable, Sendable, CaseIterable {
    case letter, whatsapp, sms, email, board
}

/// The standard RAT agenda offered when a RAT is created (editable afterwards).
package struct AgendaTemplate: Sendable, Equatable {
    package let kind: AgendaKind
    /// A catalogue key for the title, so the agenda is written in the cooperative's language.
    package let key: String

    package static let annual: [AgendaTemplate] = [
        .init(kind: .statements, key: "statements"), .init(kind: .reports, key: "boardReport"),
        .init(kind: .reports, key: "supervisorsReport"), .init(kind: .shu, key: "shu"),
        .init(kind: .plan, key: "plan"), .init(kind: .election, key: "election"),
    ]
}

/// Whether a resolution passed: more yes than no among the votes cast; abstentions are counted and
/// shown but decide nothing, and a tie does not pass (a motion needs a majority to change anything).
package struct VoteTally: Sendable, Equatable, Codable {
    package var yes: Int
    package var no: Int
    package var abstain: Int

    package init(yes: Int = 0, no: Int = 0, abstain: Int = 0) {
        self.yes = yes
        self.no = no
        self.abstain = abstain
    }

    package var cast: Int { yes + no + abstain }
    package var passes: Bool { yes > no }
}

/// The bylaws' rules for meetings: the quorum as a fraction of those entitled to vote, whether votes
/// are secret unless a resolution says otherwise, and the cooperative's registration number for the
/// ministry's report.
package struct MeetingRules: Codable, Sendable, Equatable {
    package var quorumNumerator: Int
    package var quorumDenominator: Int
    package var secretByDefault: Bool
    /// Nomor Induk Koperasi: an opaque text; its format is not published.
    package var registrationNumber: String
    /// The cooperative's address, for the letterhead of its letters.
    package var address: String
    /// Where its letters are written ("Sukamaju, 28 Februari 2026").
    package var town: String

    package init(
        quorumNumerator: Int = 1, quorumDenominator: Int = 5, secretByDefault: Bool = false,
        registrationNumber: String = "", address: String = "", town: String = ""
    ) {
        self.quorumNumerator = quorumNumerator
        self.quorumDenominator = quorumDenominator
        self.secretByDefault = secretByDefault
        self.registrationNumber = registrationNumber
        self.address = address
        self.town = town
    }

    private enum CodingKeys: String, CodingKey {
        case quorumNumerator, quorumDenominator, secretByDefault, registrationNumber, address, town
    }

    /// Rules kept before the letterhead existed have no address or town.
    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            quorumNumerator: try c.decode(Int.self, forKey: .quorumNumerator),
            quorumDenominator: try c.decode(Int.self, forKey: .quorumDenominator),
            secretByDefault: try c.decode(Bool.self, forKey: .secretByDefault),
            registrationNumber: try c.decodeIfPresent(String.self, forKey: .registrationNumber) ?? "",
            address: try c.decodeIfPresent(String.self, forKey: .address) ?? "",
            town: try c.decodeIfPresent(String.self, forKey: .town) ?? "")
    }

    /// One fifth of the members, the common rule.
    package static let standard = MeetingRules()

    /// Members above this many may meet by delegates.
    package static let delegatesThreshold = 500

    package func validated() throws(MeetingError) -> MeetingRules {
        // A small denominator keeps ceil(fraction × eligible) far from overflow; bylaws speak of halves and fifths.
        guard (1...1000).contains(quorumDenominator), quorumNumerator > 0, quorumNumerator <= quorumDenominator else {
            throw .invalidQuorum
        }
        for (field, value, max) in [
            ("registrationNumber", registrationNumber, FieldLimit.registrationNumber),
            ("address", address, FieldLimit.letterheadAddress), ("town", town, FieldLimit.town),
        ] where value.count > max {
            throw .field(.tooLong(field, max))
        }
        return self
    }

    /// How many must attend: ceil(fraction × eligible), at least one.
    package func quorum(eligible: Int) -> Int {
        max(1, (eligible * quorumNumerator + quorumDenominator - 1) / quorumDenominator)
    }
}

/// How long before a meeting its invitation should go out. Bylaws commonly ask for seven days, so that
/// members can arrange to come and read the reports; fewer is not forbidden here, but it is said.
package enum MeetingNotice {
    package static let days = 7

    /// Days between sending the invitation (or today, before it is sent) and the meeting.
    package static func daysAhead(of heldOn: CivilDate, from day: CivilDate) -> Int { day.days(until: heldOn) }

    package static func isLate(heldOn: CivilDate, sentOn day: CivilDate) -> Bool { daysAhead(of: heldOn, from: day) < days }
}
