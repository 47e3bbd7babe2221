/// Records kept beside the books whose sum one control account must always equal: the members'
/// savings of each kind, the principal still owed on loans, the allowance (PPAP) held against them,
/// and the members' SHU held for them to collect. Only the business that moves the records posts to
/// these accounts — never a manual entry — and `guyub verify` reconciles each.
package enum Subledger: Sendable, Hashable {
    case savings(SavingsKind)
    case loans
    case allowance
    case shuPayable
    /// The shop's stock at cost, in every unit's location.
    case inventory
    /// What customers buying on credit owe.
    case tradeReceivables
    /// What the cooperative owes its suppliers for goods received on credit.
    case tradePayables
    /// What units owe each other: one unit's due is another's debt, so together they hold nothing.
    case interUnit
    /// Vouchers issued and still good.
    case vouchers
    /// Grants partners gave for a purpose, less what was spent on it.
    case grants
    /// Principal still owed on loans from partner banks.
    case borrowings
    /// Equity partners put into the cooperative, and equity it put into partners' businesses.
    case equityReceived, equityMade

    package static let all: [Subledger] =
        SavingsKind.allCases.map(Subledger.savings) + [
            .loans, .allowance, .shuPayable, .inventory, .tradeReceivables, .tradePayables, .interUnit, .vouchers,
            .grants, .borrowings, .equityReceived, .equityMade,
        ]

    /// The control account, by its role in the chart.
    package var control: AccountRole {
        switch self {
        case .savings(let kind): kind.role
        case .loans: .memberLoans
        case .allowance: .loanAllowance
        case .shuPayable: .shuPayable
        case .inventory: .inventory
        case .tradeReceivables: .tradeReceivables
        case .tradePayables: .tradePayables
        case .interUnit: .interUnit
        case .vouchers: .vouchers
        case .grants: .grantsUnspent
        case .borrowings: .bankLoans
        case .equityReceived: .equityParticipation
        case .equityMade: .investments
        }
    }

    /// How the control account's balance (debits minus credits) reads as the records' sum: loans, stock and
    /// receivables are assets, the rest grow with credits (the allowance is a contra asset).
    package func records(fromBalance balance: Int64) -> Int64 {
        [.loans, .inventory, .tradeReceivables, .interUnit, .equityMade].contains(self) ? balance : -balance
    }
}

extension AccountRole {
    /// A control account of a subledger, or an account of sales between units: moved only by the business
    /// that moves them, so the consolidated statements can eliminate what units sold each other.
    package var isControl: Bool {
        Subledger.all.contains { $0.control == self } || [.interUnitSales, .interUnitCost].contains(self)
    }
}
