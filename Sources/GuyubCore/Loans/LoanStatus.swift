/// Where a loan is in its life.
package enum LoanStatus: String, Codable, Sendable, CaseIterable {
    case applied, reviewed, approved, rejected, active, closed
    case writtenOff = "written-off"

    /// Still to be decided by the board.
    package var awaitsDecision: Bool { self == .applied || self == .reviewed }
    /// A claim on the member's borrowing limit: asked for, approved, or being repaid.
    package var isOpen: Bool { awaitsDecision || self == .approved || self == .active }
    /// Paid out at some point, so it has a schedule and a history of payments.
    package var wasDisbursed: Bool { self == .active || self == .closed || self == .writtenOff }
}

/// Which loans a list shows: those in one status, the late ones (active and past due), or those
/// awaiting the board's decision. Read from the `status` query parameter.
package enum LoanListFilter: Sendable, Equatable {
    case status(LoanStatus)
    case late, awaiting

    package init?(_ text: String) {
        switch text {
        case "late": self = .late
        case "awaiting": self = .awaiting
        default:
            guard let status = LoanStatus(rawValue: text) else { return nil }
            self = .status(status)
        }
    }
}

/// How money goes out to or comes in from a borrower: through the till, the bank, QRIS, or the
/// member's sukarela savings (a disbursement credited to it, an instalment debited from it).
package enum LoanChannel: String, Codable, Sendable, CaseIterable {
    case cash, bank, qris, savings

    /// The till or clearing account, for every channel but savings.
    package var payment: PaymentChannel? { PaymentChannel(rawValue: rawValue) }
}

/// A step in a loan's life that the loan's history records: the money steps, each with its journal
/// entry, and a restructuring (no money).
package enum LoanStepKind: String, Codable, Sendable, CaseIterable {
    case disbursement, repayment
    case writeOff = "write-off"
    case recovery, restructure
}

/// How an instalment stands on a day, as the loan's page and the API show it.
package enum InstallmentState: String, Codable, Sendable, CaseIterable {
    /// Paid in full.
    case paid
    /// Some paid, not yet all.
    case partial
    /// Past due and unpaid.
    case late
    /// Falls due today.
    case due
    /// Not yet due, nothing paid.
    case upcoming
    /// Interest not charged because the loan ended (paid off early, or written off).
    case waived

    /// `unpaid`: what is left of it; `paid`: what was paid of it; `ended`: the loan is no longer active.
    package init(dueOn: CivilDate?, unpaid: Int64, paid: Int64, ended: Bool, today: CivilDate) {
        self =
            if unpaid == 0 { .paid } else if ended { .waived } else if let dueOn, dueOn < today { .late } else if dueOn == today {
                .due
            } else if paid > 0 { .partial } else { .upcoming }
    }
}
