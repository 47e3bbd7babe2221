/// Where a loan is in its life.
package enum LoanStatus: String, Codable, Sendable, CaseIterable {
    case applied, reviewed, approved, rejected, active, closed
    case writtenOff = "written-off"

    /// Still to be decided by the board.
    package var awaitsDecision: Bool { self == .applied || self == .reviewed }
}

/// How money goes out to or comes in from a borrower: through the till, the bank, QRIS, or the
/// member's sukarela savings (a disbursement credited to it, an instalment debited from it).
package enum LoanChannel: String, Codable, Sendable, CaseIterable {
    case cash, bank, qris, savings

    /// The till or clearing account, for every channel but savings.
    package var payment: PaymentChannel? { PaymentChannel(rawValue: rawValue) }
}
