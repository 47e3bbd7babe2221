import GuyubCore
import Testing

/// The records kept beside the books, and the control account each must equal.
@Suite("Subledger: control accounts and how their balances read")
struct SubledgerControlTests {
    @Test("each subledger's control account")
    func controls() {
        #expect(
            Subledger.all.map(\.control) == [
                .savingsPokok, .savingsWajib, .savingsSukarela, .savingsBerjangka, .memberLoans, .loanAllowance, .shuPayable,
                .inventory, .tradeReceivables, .tradePayables, .interUnit, .vouchers, .grantsUnspent, .bankLoans,
                .equityParticipation, .investments,
            ])
    }

    @Test("only control accounts are refused to manual entries")
    func isControl() {
        // The sales between units and their cost, too: the consolidated statements eliminate them whole.
        let controls = Set(Subledger.all.map(\.control)).union([.interUnitSales, .interUnitCost])
        for role in AccountRole.allCases {
            #expect(role.isControl == controls.contains(role))
        }
        #expect(!AccountRole.cash.isControl && !AccountRole.interestPayable.isControl && !AccountRole.reserve.isControl)
    }

    @Test("loans, stock and receivables read as debits; savings, the allowance and SHU payable as credits")
    func records() {
        // given: the ledger keeps balances debit-positive.
        #expect(Subledger.loans.records(fromBalance: 12_000_000) == 12_000_000)
        #expect(Subledger.savings(.sukarela).records(fromBalance: -8_500_000) == 8_500_000)
        #expect(Subledger.allowance.records(fromBalance: -1_200_000) == 1_200_000)
        #expect(Subledger.tradePayables.records(fromBalance: -3_250_000) == 3_250_000)
        #expect(Subledger.shuPayable.records(fromBalance: 0) == 0)
        #expect(Subledger.inventory.records(fromBalance: 3_225_000) == 3_225_000)
        #expect(Subledger.tradeReceivables.records(fromBalance: 450_000) == 450_000)
    }
}
