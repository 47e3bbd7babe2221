import Foundation
import GuyubCore
import GuyubViews

extension Report.Model {
    static let mockTrial = TrialBalance([
        AccountBalance(
            code: "1-1100", nameID: "Kas", nameEN: "Cash on hand", type: .asset, normalSide: .debit, role: .cash,
            segment: .none, opening: 0, debits: 1_500_000, credits: 350_000),
        AccountBalance(
            code: "2-1100", nameID: "Simpanan sukarela", nameEN: "Voluntary savings", type: .liability,
            normalSide: .credit, role: .savingsSukarela, segment: .none, opening: 0, debits: 0, credits: 1_000_000),
        AccountBalance(
            code: "3-1100", nameID: "Simpanan pokok", nameEN: "Principal savings", type: .equity, normalSide: .credit,
            role: .savingsPokok, segment: .none, opening: 0, debits: 0, credits: 500_000),
        AccountBalance(
            code: "5-3100", nameID: "Beban usaha", nameEN: "Operating expenses", type: .expense, normalSide: .debit,
            role: .operatingExpense, segment: .none, opening: 0, debits: 350_000, credits: 0),
    ])

    package static let mock = Self(
        cooperativeName: "Koperasi Desa Merah Putih Sukamaju", kind: .balanceSheet, from: nil,
        to: CivilDate(year: 2026, month: 11, day: 30)!, content: .balanceSheet(BalanceSheet(mockTrial)))
    package static func mock(_ kind: Kind) -> Self {
        let content: Content =
            switch kind {
            case .trialBalance: .trialBalance(mockTrial)
            case .balanceSheet: .balanceSheet(BalanceSheet(mockTrial))
            case .incomeStatement: .incomeStatement(IncomeStatement(mockTrial))
            case .equityChanges: .equityChanges(EquityChanges(mockTrial))
            case .cashFlow: .cashFlow(CashFlow(opening: 0, lines: []))
            }
        return Self(
            cooperativeName: "Koperasi Desa Merah Putih Sukamaju", kind: kind,
            from: CivilDate(year: 2026, month: 1, day: 1), to: CivilDate(year: 2026, month: 11, day: 30)!,
            content: content)
    }
}
