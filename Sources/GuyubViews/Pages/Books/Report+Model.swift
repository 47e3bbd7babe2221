import Foundation
import GuyubCore

package enum Report {}

extension Report {
    /// One financial statement for a period, printable, with its CSV.
    package struct Model: Sendable {
        package enum Kind: String, Sendable, CaseIterable {
            case trialBalance = "trial-balance"
            case balanceSheet = "balance-sheet"
            case incomeStatement = "income-statement"
            case equityChanges = "equity-changes"
            case cashFlow = "cash-flow"
        }

        package enum Content: Sendable {
            case trialBalance(TrialBalance)
            case balanceSheet(BalanceSheet)
            case incomeStatement(IncomeStatement)
            case equityChanges(EquityChanges)
            case cashFlow(CashFlow)
        }

        package var cooperativeName: String
        package var kind: Kind
        package var from: CivilDate?
        package var to: CivilDate
        package var content: Content
        /// The business units the report can be narrowed to, and the one it is (nil: the whole cooperative).
        package var units: [(id: UUID, name: String)] = []
        package var unit: UUID?

        package init(cooperativeName: String, kind: Kind, from: CivilDate?, to: CivilDate, content: Content) {
            self.cooperativeName = cooperativeName
            self.kind = kind
            self.from = from
            self.to = to
            self.content = content
        }
    }
}
