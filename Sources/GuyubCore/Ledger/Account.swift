/// The five kinds of account, and the side on which each grows.
package enum AccountType: String, Codable, Sendable, CaseIterable {
    case asset, liability, equity, income, expense

    package var normalSide: Side { self == .asset || self == .expense ? .debit : .credit }

    /// The first digit of the codes of this type in the chart.
    package var codePrefix: Character {
        switch self {
        case .asset: "1"
        case .liability: "2"
        case .equity: "3"
        case .income: "4"
        case .expense: "5"
        }
    }
}

package enum Side: String, Codable, Sendable {
    case debit, credit
}

/// Whose business an income or expense account records; the income statement shows business with
/// members and with non-members apart, because only the members' share of surplus goes back to them.
package enum Segment: String, Codable, Sendable, CaseIterable {
    case member
    case nonMember = "non_member"
    case none
}

/// The accounts the product itself posts to, by their meaning. Each cooperative's chart maps every
/// role to one of its accounts; the codes and names stay the cooperative's to change.
package enum AccountRole: String, Codable, Sendable, CaseIterable {
    // Assets
    case cash, bank, qrisClearing, memberLoans, loanAllowance, inventory, secondaryStakes, tradeReceivables
    /// Equity the cooperative put into a partner's business.
    case investments
    /// What units of the cooperative owe each other for goods one supplied another (rekening antarunit):
    /// nothing when the units are taken together.
    case interUnit
    // Liabilities
    case savingsSukarela, savingsBerjangka, interestPayable, shuPayable, taxPayable, tradePayables, bankLoans
    /// Vouchers issued and not yet used, expired or voided: money off, or goods, the cooperative owes.
    case vouchers
    /// Grants received for a purpose and not yet spent on it: owed to that purpose until spent.
    case grantsUnspent
    case fundBoard, fundStaff, fundEducation, fundSocial, fundRegional
    // Equity
    case savingsPokok, savingsWajib, reserve, grants, currentSurplus, openingBalance
    /// Modal penyertaan: equity a partner put into the cooperative.
    case equityParticipation
    // Income
    case loanInterestMember, loanInterestNonMember, adminFees, penalties, salesMember, salesNonMember, otherIncome
    case adminFeesNonMember, penaltiesNonMember
    /// Fees for services: deliveries, cold storage.
    case serviceIncome
    /// A unit's sales to another unit, at transfer price: eliminated in the consolidated statements.
    case interUnitSales
    // Expenses
    case costOfSales, savingsInterestExpense, allowanceExpense, operatingExpense, cooperativeExpense, taxExpense
    case inventoryLoss, cashOverShort
    /// Interest on what the cooperative borrowed from banks.
    case borrowingInterest
    /// Rewards and welcome discounts: vouchers issued to members who bring consumers, and to new consumers.
    case promotionExpense
    /// The cost of goods sold between units: the supplier's cost, and the buyer's markup over it.
    case interUnitCost
}

/// One account of the chart a new cooperative starts with.
package struct AccountTemplate: Sendable, Equatable {
    package let code: String
    package let nameID: String
    package let nameEN: String
    package let type: AccountType
    package let role: AccountRole?
    package let segment: Segment
    /// A contra account grows on the side opposite its type's (the loan-loss allowance is an asset
    /// account that grows with credits).
    package let contra: Bool

    init(
        _ code: String, _ nameID: String, _ nameEN: String, _ type: AccountType, _ role: AccountRole?,
        segment: Segment = .none, contra: Bool = false
    ) {
        self.code = code
        self.nameID = nameID
        self.nameEN = nameEN
        self.type = type
        self.role = role
        self.segment = segment
        self.contra = contra
    }

    package var normalSide: Side {
        contra ? (type.normalSide == .debit ? .credit : .debit) : type.normalSide
    }
}
