import GuyubCore
import PropertyBased
import Testing

/// The neraca saldo, the laporan posisi keuangan and the laporan perubahan ekuitas, read from the
/// accounts' opening balances and the period's debits and credits (the income statement has its own
/// tests in IncomeStatementTests).
@Suite("Statements: trial balance, balance sheet, changes in equity")
struct StatementsTests {
    static func account(
        _ code: String, _ type: AccountType, _ role: AccountRole?, opening: Int64 = 0, debits: Int64 = 0,
        credits: Int64 = 0, contra: Bool = false
    ) -> AccountBalance {
        let side = contra ? (type.normalSide == .debit ? Side.credit : .debit) : type.normalSide
        return AccountBalance(
            code: code, nameID: code, nameEN: code, type: type, normalSide: side, role: role,
            segment: type == .income || type == .expense ? .member : .none, opening: opening, debits: debits,
            credits: credits)
    }

    /// A savings-and-loan cooperative's month, worked by hand. Opening balances (debit-positive): Kas 5 jt,
    /// loans 20 jt, PPAP −1 jt, sukarela −8 jt, pokok −1 jt, wajib −6 jt, reserve −9 jt (sum 0). Entries:
    /// a repayment (Kas 3,6 jt = principal 3 jt + interest 0,6 jt), a sukarela deposit of 1 jt and a
    /// withdrawal of 0,5 jt, a pokok of 0,1 jt, wajib of 0,6 jt, operating costs of 0,25 jt paid in
    /// cash, and 0,2 jt of PPAP.
    static let month = TrialBalance([
        account("3-2100", .equity, .reserve, opening: -9_000_000),
        account("1-1100", .asset, .cash, opening: 5_000_000, debits: 5_300_000, credits: 750_000),
        account("1-1200", .asset, .bank),
        account("1-1400", .asset, .memberLoans, opening: 20_000_000, credits: 3_000_000),
        account("1-1410", .asset, .loanAllowance, opening: -1_000_000, credits: 200_000, contra: true),
        account("2-1100", .liability, .savingsSukarela, opening: -8_000_000, debits: 500_000, credits: 1_000_000),
        account("3-1100", .equity, .savingsPokok, opening: -1_000_000, credits: 100_000),
        account("3-1200", .equity, .savingsWajib, opening: -6_000_000, credits: 600_000),
        account("3-2200", .equity, .grants),
        account("4-1100", .income, .loanInterestMember, credits: 600_000),
        account("5-2200", .expense, .allowanceExpense, debits: 200_000),
        account("5-3100", .expense, .operatingExpense, debits: 250_000),
    ])

    @Test("the trial balance: sorted by code, debits equal credits, closing sides equal")
    func trialBalance() {
        // given
        let trial = Self.month
        // then
        #expect(trial.rows.map(\.code).first == "1-1100" && trial.rows.map(\.code).last == "5-3100")
        #expect(trial.rows.map(\.code) == trial.rows.map(\.code).sorted())
        #expect(trial.totalDebits == 6_250_000)
        #expect(trial.totalCredits == 6_250_000)
        #expect(trial.closingDebits == 27_000_000)
        #expect(trial.closingCredits == 27_000_000)
        #expect(trial.isBalanced)
        #expect(trial.negativeAssets.isEmpty)
        #expect(trial.rows.first { $0.code == "1-1100" }?.closing == 9_550_000)
    }

    @Test("an account's closing, and its movement on its own side")
    func accountBalance() {
        // given
        let cash = Self.account("1-1100", .asset, .cash, opening: 5_000_000, debits: 5_300_000, credits: 750_000)
        let sukarela = Self.account(
            "2-1100", .liability, .savingsSukarela, opening: -8_000_000, debits: 500_000, credits: 1_000_000)
        let allowance = Self.account("1-1410", .asset, .loanAllowance, opening: -1_000_000, credits: 200_000, contra: true)
        // then
        #expect(cash.closing == 9_550_000 && cash.movement == 4_550_000)
        #expect(sukarela.closing == -8_500_000 && sukarela.movement == 500_000 && sukarela.natural(sukarela.closing) == 8_500_000)
        // The allowance is an asset that grows with credits.
        #expect(allowance.closing == -1_200_000 && allowance.movement == 200_000)
    }

    @Test("one side short: the trial balance says so")
    func unbalancedTrial() {
        // given: a deposit of which only the cash side was counted.
        let trial = TrialBalance([
            Self.account("1-1100", .asset, .cash, debits: 100_000),
            Self.account("2-1100", .liability, .savingsSukarela),
        ])
        // then
        #expect(trial.totalDebits == 100_000 && trial.totalCredits == 0)
        #expect(!trial.isBalanced)
        #expect(!BalanceSheet(trial).isBalanced)
    }

    @Test("cash below zero is a negative asset; the allowance below zero is not")
    func negativeAssets() {
        // given
        let trial = TrialBalance([
            Self.account("1-1100", .asset, .cash, opening: 100_000, credits: 150_000),
            Self.account("1-1410", .asset, .loanAllowance, opening: -50_000, contra: true),
            Self.account("2-1100", .liability, .savingsSukarela, opening: -50_000, debits: 150_000),
        ])
        // then
        #expect(trial.negativeAssets.map(\.code) == ["1-1100"])
        #expect(trial.negativeAssets.first?.closing == -50_000)
    }

    @Test("the balance sheet: assets 25,35 jt = liabilities 8,5 jt + equity 16,7 jt + surplus 0,15 jt")
    func balanceSheet() {
        // when
        let sheet = BalanceSheet(Self.month)
        // then: accounts at zero (the bank, the grants) are left out; the allowance reduces the assets.
        #expect(sheet.assets.map(\.code) == ["1-1100", "1-1400", "1-1410"])
        #expect(sheet.assets.map(\.amount) == [9_550_000, 17_000_000, -1_200_000])
        #expect(sheet.liabilities.map(\.amount) == [8_500_000])
        #expect(sheet.equity.map(\.code) == ["3-1100", "3-1200", "3-2100"])
        #expect(sheet.equity.map(\.amount) == [1_100_000, 6_600_000, 9_000_000])
        // Interest 600.000 less PPAP 200.000 and costs 250.000.
        #expect(sheet.surplus == 150_000)
        #expect(sheet.totalAssets == 25_350_000)
        #expect(sheet.totalLiabilities == 8_500_000)
        #expect(sheet.totalEquity == 16_850_000)
        #expect(sheet.isBalanced)
    }

    @Test("a loss is a negative surplus within equity")
    func loss() {
        // given: costs of 300.000 paid in cash, no income.
        let trial = TrialBalance([
            Self.account("1-1100", .asset, .cash, opening: 1_000_000, credits: 300_000),
            Self.account("3-1100", .equity, .savingsPokok, opening: -1_000_000),
            Self.account("5-3100", .expense, .operatingExpense, debits: 300_000),
        ])
        // when
        let sheet = BalanceSheet(trial)
        // then
        #expect(sheet.surplus == -300_000)
        #expect(sheet.totalEquity == 700_000)
        #expect(sheet.totalAssets == 700_000 && sheet.isBalanced)
    }

    @Test("changes in equity: each equity account that held or moved anything, and the surplus")
    func equityChanges() {
        // when
        let changes = EquityChanges(Self.month)
        // then: the grants account, never touched, is left out.
        #expect(changes.rows.map(\.code) == ["3-1100", "3-1200", "3-2100"])
        #expect(changes.rows.map(\.opening) == [1_000_000, 6_000_000, 9_000_000])
        #expect(changes.rows.map(\.increases) == [100_000, 600_000, 0])
        #expect(changes.rows.map(\.decreases) == [0, 0, 0])
        #expect(changes.rows.map(\.closing) == [1_100_000, 6_600_000, 9_000_000])
        #expect(changes.openingTotal == 16_000_000)
        #expect(changes.closingTotal == 16_700_000)
        #expect(changes.surplus == 150_000)
        #expect(changes.closingTotal + changes.surplus == BalanceSheet(Self.month).totalEquity)
    }

    @Test("an empty chart: everything zero, and balanced")
    func empty() {
        // given
        let trial = TrialBalance([])
        // when
        let sheet = BalanceSheet(trial)
        // then
        #expect(trial.isBalanced && sheet.isBalanced)
        #expect(sheet.totalAssets == 0 && sheet.surplus == 0)
        #expect(EquityChanges(trial).rows.isEmpty)
    }

    /// A chart of one account of each kind, the allowance contra.
    static let chart: [(String, AccountType, AccountRole?, Bool)] = [
        ("1-1100", .asset, .cash, false), ("1-1400", .asset, .memberLoans, false), ("1-1410", .asset, .loanAllowance, true),
        ("2-1100", .liability, .savingsSukarela, false), ("2-1700", .liability, .bankLoans, false),
        ("3-1100", .equity, .savingsPokok, false), ("3-2100", .equity, .reserve, false),
        ("4-1100", .income, .loanInterestMember, false), ("4-9100", .income, .otherIncome, false),
        ("5-3100", .expense, .operatingExpense, false), ("5-2200", .expense, .allowanceExpense, false),
    ]

    @Test("any balanced books: the trial balance and the balance sheet balance; equity agrees")
    func balancedProperty() async {
        // Opening entries between the balance-sheet accounts (0…6), the period's between any two.
        let opening = zip(Gen.int(in: 0...6), Gen.int(in: 0...6), Gen.int64(in: 1...1_000_000_000)).array(of: 0...8)
        let period = zip(Gen.int(in: 0...10), Gen.int(in: 0...10), Gen.int64(in: 1...1_000_000_000)).array(of: 0...20)
        await propertyCheck(count: 500, input: opening, period) { opening, period in
            // given
            var open = [Int64](repeating: 0, count: Self.chart.count)
            var debits = open
            var credits = open
            for (d, c, amount) in opening {
                open[d] += amount
                open[c] -= amount
            }
            for (d, c, amount) in period {
                debits[d] += amount
                credits[c] += amount
            }
            let rows = Self.chart.indices.map { i in
                Self.account(
                    Self.chart[i].0, Self.chart[i].1, Self.chart[i].2, opening: open[i], debits: debits[i],
                    credits: credits[i], contra: Self.chart[i].3)
            }
            // when
            let trial = TrialBalance(rows)
            let sheet = BalanceSheet(trial)
            let changes = EquityChanges(trial)
            // then
            #expect(trial.isBalanced)
            #expect(trial.totalDebits == period.reduce(0) { $0 + $1.2 })
            #expect(sheet.isBalanced)
            #expect(sheet.surplus == IncomeStatement(trial).surplus)
            #expect(changes.closingTotal + changes.surplus == sheet.totalEquity)
        }
    }
}
