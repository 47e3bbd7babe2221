/// Partnerships: the cooperative's partners and its agreements with them, who does what, what each side
/// committed and delivered, and the risks that show when one drifts.
package enum PartnerKind: String, Codable, Sendable, CaseIterable {
    case government, ngo
    case privateCompany = "private_company"
    case stateCompany = "state_company"
    case university
    /// A bank or another financial institution.
    case financial
    case cooperative
}

/// What an agreement is about.
package enum PartnershipKind: String, Codable, Sendable, CaseIterable {
    /// Training, mentoring, systems.
    case technical
    /// A loan, a grant, equity.
    case financial
    /// Joint campaigns, access to distribution, an agent's status (an LPG outlet, a fertiliser point).
    case marketing
    /// New products, technology.
    case research
    /// Policy.
    case advocacy
}

package enum PartnershipStatus: String, Codable, Sendable, CaseIterable {
    case draft, active
    case underReview = "under_review"
    case ended
}

package enum PartnershipAction: String, Codable, Sendable, CaseIterable {
    /// A draft signed: it runs.
    case activate
    /// A periodic review begins; its outcome is recorded as a review.
    case review
    case end
}

/// A review's decision.
package enum ReviewDecision: String, Codable, Sendable, CaseIterable {
    case `continue`, amend, end
}

extension PartnershipStatus {
    package var allowed: [PartnershipAction] {
        switch self {
        case .draft: [.activate, .end]
        case .active: [.review, .end]
        case .underReview: [.end]
        case .ended: []
        }
    }

    package func after(_ action: PartnershipAction) throws(PartnershipError) -> PartnershipStatus {
        guard allowed.contains(action) else { throw .state(self) }
        switch action {
        case .activate: return .active
        case .review: return .underReview
        case .end: return .ended
        }
    }

    /// A review recorded: of a running agreement only; it runs on, or ends.
    package func reviewed(_ decision: ReviewDecision) throws(PartnershipError) -> PartnershipStatus {
        guard self == .active || self == .underReview else { throw .state(self) }
        return decision == .end ? .ended : .active
    }

    /// Whether commitments, benefits and the matrix may still change.
    package var isOpen: Bool { self != .ended }
}

/// The two sides of an agreement a commitment is owed by.
package enum PartnershipParty: String, Codable, Sendable, CaseIterable {
    case cooperative, partner
}

package enum CommitmentStatus: String, Codable, Sendable, CaseIterable {
    case open, delivered
    /// Let go by agreement: no longer owed, and not counted against its party.
    case waived
}

/// The days an agreement may name: this century and the next, so that reviews and warnings count from them.
package enum PartnershipDates {
    package static let years = 1900...2199

    package static func checked(_ date: CivilDate, field: String) throws(PartnershipError) -> CivilDate {
        guard years.contains(date.year) else { throw .field(.invalidDate(field)) }
        return date
    }
}

package enum Commitment {
    /// A commitment's due day must fall within its agreement.
    package static func checked(due: CivilDate, start: CivilDate, end: CivilDate?) throws(PartnershipError) {
        _ = try PartnershipDates.checked(due, field: "dueOn")
        guard due >= start else { throw .dueBeforeStart }
        if let end, due > end { throw .dueAfterEnd }
    }

    package static func isOverdue(_ status: CommitmentStatus, due: CivilDate, today: CivilDate) -> Bool {
        status == .open && due < today
    }

    package typealias Owed = (status: CommitmentStatus, due: CivilDate, deliveredOn: CivilDate?)

    /// Of the commitments due by `today` (waived ones left out), the share delivered by their day, in whole
    /// percent rounded down; nil when none is due yet. The track record a party earns.
    package static func fulfilment(_ commitments: [Owed], today: CivilDate) -> Int? {
        let due = counted(commitments, today: today)
        guard !due.isEmpty else { return nil }
        return due.filter(kept).count * 100 / due.count
    }

    /// Due and past its day, or delivered by today: one due today and still open is not missed yet.
    private static func counted(_ commitments: [Owed], today: CivilDate) -> [Owed] {
        commitments.filter { $0.status != .waived && ($0.due < today || ($0.status == .delivered && $0.due <= today)) }
    }

    private static func kept(_ owed: Owed) -> Bool { owed.status == .delivered && (owed.deliveredOn ?? owed.due) <= owed.due }

    /// One quarter of a party's track record: the commitments due in it (as `fulfilment` counts them) and
    /// those kept on time.
    package struct Quarter: Sendable, Equatable {
        package var year: Int
        /// 1 to 4.
        package var quarter: Int
        package var due: Int
        package var kept: Int
        package init(year: Int, quarter: Int, due: Int, kept: Int) {
            (self.year, self.quarter, self.due, self.kept) = (year, quarter, due, kept)
        }
        package var label: String { "\(year)-Q\(quarter)" }
    }

    /// The track record over time: `fulfilment`'s count, quarter by quarter of the due days, oldest first.
    package static func record(_ commitments: [Owed], today: CivilDate) -> [Quarter] {
        Dictionary(grouping: counted(commitments, today: today)) { $0.due.year * 10 + ($0.due.month - 1) / 3 + 1 }
            .map { key, rows in Quarter(year: key / 10, quarter: key % 10, due: rows.count, kept: rows.filter(kept).count) }
            .sorted { ($0.year, $0.quarter) < ($1.year, $1.quarter) }
    }
}

/// A grant's money: received from the partner, then spent on its purpose.
package enum GrantMovement: String, Codable, Sendable, CaseIterable {
    case received, spent
}

package enum Grant {
    /// Money moves under a financial agreement that runs; what is spent never exceeds what is left unspent.
    package static func checked(
        _ movement: GrantMovement, amount: Int64, unspent: Int64, kind: PartnershipKind, status: PartnershipStatus
    ) throws(PartnershipError) {
        guard kind == .financial else { throw .notFinancial }
        guard status == .active || status == .underReview else { throw .state(status) }
        guard amount > 0 else { throw .field(.invalidChoice("amount")) }
        if movement == .spent, amount > unspent { throw .grantOverspent(unspent) }
    }

    /// What a grant may be spent on: an active expense, or an asset that is neither money (cash, bank, QRIS) nor a
    /// subledger's control account.
    package static func maySpend(on type: AccountType, role: AccountRole?, active: Bool) -> Bool {
        guard active, type == .expense || type == .asset else { return false }
        guard let role else { return true }
        return !role.isControl && ![.cash, .bank, .qrisClearing].contains(role)
    }
}
