/// Where a person stands with the cooperative. Only the moves in `canMove(to:)` are allowed, each
/// dated and recorded with who made it.
package enum MemberStatus: String, Codable, Sendable, CaseIterable {
    case applicant // calon anggota
    case member // anggota
    case rejected // application declined
    case resigned // keluar atas permintaan sendiri
    case deceased // meninggal dunia
    case dismissed // diberhentikan

    package var isFinal: Bool { self != .applicant && self != .member }

    package func canMove(to next: MemberStatus) -> Bool {
        switch (self, next) {
        case (.applicant, .member), (.applicant, .rejected): true
        case (.member, .resigned), (.member, .deceased), (.member, .dismissed): true
        default: false
        }
    }

    /// Checks a move dated `date`, which may not precede the last move nor lie after `today`.
    package func move(
        to next: MemberStatus, on date: CivilDate, after last: CivilDate?,
        today: CivilDate
    ) throws(MemberError) {
        guard canMove(to: next) else { throw .invalidTransition(from: self, to: next) }
        guard date <= today else { throw .dateInFuture }
        if let last, date < last { throw .dateBeforeLastChange }
    }
}

/// The groups the member list filters by, as the dashboard counts them.
package enum MemberGroup: String, Sendable, CaseIterable {
    case members = "member"
    case applicants = "applicant"
    case left

    package var statuses: Set<MemberStatus> {
        switch self {
        case .members: [.member]
        case .applicants: [.applicant]
        case .left: Set(MemberStatus.allCases).subtracting([.member, .applicant])
        }
    }
}
