import GuyubCore
import PropertyBased
import Testing

/// The laporan arus kas by the direct method: every entry that moved cash, its other lines sorted into
/// operating, investing and financing activities.
@Suite("CashFlow: where the cash came from and went")
struct CashFlowTests {
    static func account(_ code: String, _ type: AccountType, _ role: AccountRole?) -> AccountBalance {
        AccountBalance(
            code: code, nameID: code, nameEN: code, type: type, normalSide: type.normalSide, role: role, segment: .none,
            opening: 0, debits: 0, credits: 0)
    }

    static let cash = account("1-1100", .asset, .cash)
    static let bank = account("1-1200", .asset, .bank)
    static let loans = account("1-1400", .asset, .memberLoans)
    static let allowance = account("1-1410", .asset, .loanAllowance)
    static let stakes = account("1-1600", .asset, .secondaryStakes)
    static let computer = account("1-2100", .asset, nil)
    static let sukarela = account("2-1100", .liability, .savingsSukarela)
    static let shuPayable = account("2-1400", .liability, .shuPayable)
    static let bankLoans = account("2-1700", .liability, .bankLoans)
    static let pokok = account("3-1100", .equity, .savingsPokok)
    static let interest = account("4-1100", .income, .loanInterestMember)
    static let allowanceExpense = account("5-2200", .expense, .allowanceExpense)

    /// An entry's lines from (account, debit minus credit); cash accounts by their role.
    static func entry(_ number: Int, _ lines: [(AccountBalance, Int64)]) -> [CashFlow.Line] {
        lines.map { account, delta in
            CashFlow.Line(
                entry: number, account: account, isCash: account.role.map(CashFlow.cashRoles.contains) ?? false,
                delta: delta)
        }
    }

    /// A month worked by hand: ten entries, cash moving in eight of them.
    static let month: [CashFlow.Line] =
        entry(1, [(cash, 1_000_000), (sukarela, -1_000_000)]) // a sukarela deposit
        + entry(2, [(loans, 5_000_000), (cash, -5_000_000)]) // a loan disbursed
        + entry(3, [(cash, 1_200_000), (loans, -1_000_000), (interest, -200_000)]) // a repayment
        + entry(4, [(bank, 100_000), (pokok, -100_000)]) // a pokok by transfer
        + entry(5, [(bank, 10_000_000), (bankLoans, -10_000_000)]) // a bank loan received
        + entry(6, [(stakes, 2_000_000), (bank, -2_000_000)]) // a stake in a secondary cooperative
        + entry(7, [(computer, 3_000_000), (cash, -3_000_000)]) // a computer, an asset with no role
        + entry(8, [(bank, 500_000), (cash, -500_000)]) // cash banked: no flow
        + entry(9, [(allowanceExpense, 200_000), (allowance, -200_000)]) // PPAP: no cash
        + entry(10, [(shuPayable, 400_000), (cash, -400_000)]) // SHU paid out

    @Test("each activity's rows, inflows and outflows")
    func handWorkedMonth() {
        // when
        let flow = CashFlow(opening: 7_000_000, lines: Self.month)
        // then: sorted by activity (financing, investing, operating), then code.
        #expect(flow.rows.map(\.code) == ["2-1400", "2-1700", "3-1100", "1-1600", "1-2100", "1-1400", "2-1100", "4-1100"])
        #expect(
            flow.rows.map(\.activity) == [
                .financing, .financing, .financing, .investing, .investing, .operating, .operating, .operating,
            ])
        let loans = flow.rows.first { $0.code == "1-1400" }
        #expect(loans?.inflow == 1_000_000 && loans?.outflow == 5_000_000 && loans?.net == -4_000_000)
        #expect(flow.rows.first { $0.code == "2-1400" }?.outflow == 400_000)
        // Operating: −4 jt on loans, +1 jt sukarela, +0,2 jt interest.
        #expect(flow.net(.operating) == -2_800_000)
        #expect(flow.net(.investing) == -5_000_000)
        #expect(flow.net(.financing) == 9_700_000)
        // Kas −6,7 jt and bank +8,6 jt.
        #expect(flow.change == 1_900_000)
        #expect(flow.closing == 8_900_000)
    }

    @Test("moving money between cash accounts, and entries without cash, are no flow")
    func noFlow() {
        // given
        let lines =
            Self.entry(1, [(Self.bank, 500_000), (Self.cash, -500_000)])
            + Self.entry(2, [(Self.allowanceExpense, 200_000), (Self.allowance, -200_000)])
        // when
        let flow = CashFlow(opening: 1_000, lines: lines)
        // then
        #expect(flow.rows.isEmpty)
        #expect(flow.change == 0 && flow.closing == 1_000)
    }

    @Test(
        "where each kind of account's cash belongs",
        arguments: [
            (AccountType.equity, AccountRole?.some(.savingsPokok), CashFlow.Activity.financing),
            (.equity, nil, .financing),
            (.liability, .bankLoans, .financing), (.liability, .shuPayable, .financing),
            (.liability, .fundBoard, .financing), (.liability, .fundStaff, .financing),
            (.liability, .fundEducation, .financing), (.liability, .fundSocial, .financing),
            (.liability, .fundRegional, .financing),
            (.liability, .savingsSukarela, .operating), (.liability, .savingsBerjangka, .operating),
            (.liability, .taxPayable, .operating), (.liability, nil, .operating),
            (.asset, .secondaryStakes, .investing), (.asset, nil, .investing),
            (.asset, .memberLoans, .operating), (.asset, .inventory, .operating),
            (.income, .loanInterestMember, .operating), (.expense, .operatingExpense, .operating),
        ] as [(AccountType, AccountRole?, CashFlow.Activity)])
    func activities(_ c: (AccountType, AccountRole?, CashFlow.Activity)) {
        #expect(CashFlow.activity(c.0, c.1) == c.2)
    }

    @Test("cash accounts are kas, bank and QRIS in transit")
    func cashRoles() {
        #expect(CashFlow.cashRoles == [.cash, .bank, .qrisClearing])
    }

    static let others = [loans, stakes, computer, sukarela, shuPayable, bankLoans, pokok, interest, allowanceExpense]
    static let cashes = [cash, bank, account("1-1300", .asset, .qrisClearing)]

    @Test("any balanced entries: the flows add up to the change in cash, and never run negative")
    func property() async {
        // Each entry: two to four other lines with their deltas, balanced by one cash line (or none).
        let line = zip(Gen.int(in: 0...8), Gen.int64(in: -1_000_000_000...1_000_000_000))
        let entry = zip(line.array(of: 1...4), Gen.int(in: 0...3))
        await propertyCheck(count: 500, input: entry.array(of: 0...15)) { entries in
            // given
            var lines: [CashFlow.Line] = []
            var cashMoved: Int64 = 0
            for (n, (others, cashPick)) in entries.enumerated() {
                var parts = others.map { (Self.others[$0.0], $0.1) }
                let gap = parts.reduce(Int64(0)) { $0 + $1.1 }
                parts.append((cashPick < 3 ? Self.cashes[cashPick] : Self.sukarela, -gap))
                if cashPick < 3 { cashMoved -= gap }
                lines += Self.entry(n, parts)
            }
            // when
            let flow = CashFlow(opening: 0, lines: lines)
            // then
            #expect(flow.change == cashMoved)
            #expect(flow.net(.operating) + flow.net(.investing) + flow.net(.financing) == flow.change)
            #expect(flow.rows.allSatisfy { $0.inflow >= 0 && $0.outflow >= 0 })
            #expect(Set(flow.rows.map(\.code)).count == flow.rows.count)
        }
    }
}
