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

        static let mockTrial = TrialBalance([
            AccountBalance(code: "1-1100", nameID: "Kas", nameEN: "Cash on hand", type: .asset, normalSide: .debit, role: .cash,
                           segment: .none, opening: 0, debits: 1_500_000, credits: 350_000),
            AccountBalance(code: "2-1100", nameID: "Simpanan sukarela", nameEN: "Voluntary savings", type: .liability,
                           normalSide: .credit, role: .savingsSukarela, segment: .none, opening: 0, debits: 0, credits: 1_000_000),
            AccountBalance(code: "3-1100", nameID: "Simpanan pokok", nameEN: "Principal savings", type: .equity, normalSide: .credit,
                           role: .savingsPokok, segment: .none, opening: 0, debits: 0, credits: 500_000),
            AccountBalance(code: "5-3100", nameID: "Beban usaha", nameEN: "Operating expenses", type: .expense, normalSide: .debit,
                           role: .operatingExpense, segment: .none, opening: 0, debits: 350_000, credits: 0),
        ])

        package static let mock = Model(cooperativeName: "Koperasi Desa Merah Putih Sukamaju", kind: .balanceSheet, from: nil,
                                        to: CivilDate(year: 2026, month: 11, day: 30)!, content: .balanceSheet(BalanceSheet(mockTrial)))
        package static func mock(_ kind: Kind) -> Model {
            let content: Content = switch kind {
            case .trialBalance: .trialBalance(mockTrial)
            case .balanceSheet: .balanceSheet(BalanceSheet(mockTrial))
            case .incomeStatement: .incomeStatement(IncomeStatement(mockTrial))
            case .equityChanges: .equityChanges(EquityChanges(mockTrial))
            case .cashFlow: .cashFlow(CashFlow(opening: 0, lines: []))
            }
            return Model(cooperativeName: "Koperasi Desa Merah Putih Sukamaju", kind: kind,
                         from: CivilDate(year: 2026, month: 1, day: 1), to: CivilDate(year: 2026, month: 11, day: 30)!,
                         content: content)
        }
    }
}
