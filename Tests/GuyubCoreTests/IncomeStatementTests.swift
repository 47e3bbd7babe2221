import GuyubCore
import PropertyBased
import Testing

/// The laporan hasil usaha as SAK EP lays it out (revenue, cost of revenue, gross result, operating
/// costs, other items, tax), member and non-member business in their own columns.
struct IncomeStatementTests {
    private static func row(_ code: String, _ role: AccountRole?, _ segment: Segment, _ amount: Int64) -> AccountBalance {
        let income = code.hasPrefix("4")
        return AccountBalance(
            code: code, nameID: code, nameEN: code, type: income ? .income : .expense,
            normalSide: income ? .credit : .debit, role: role, segment: segment, opening: 0,
            debits: income ? 0 : amount, credits: income ? amount : 0)
    }

    /// A savings-and-loan cooperative with a shop, its figures worked by hand.
    static let year = TrialBalance([
        row("4-1100", .loanInterestMember, .member, 50_000_000),
        row("4-1200", .loanInterestNonMember, .nonMember, 10_000_000),
        row("4-2100", .salesMember, .member, 30_000_000),
        row("4-2200", .salesNonMember, .nonMember, 10_000_000),
        row("4-9100", .otherIncome, .none, 2_000_000),
        row("5-1100", .costOfSales, .none, 32_000_000),
        row("5-2100", .savingsInterestExpense, .member, 12_000_000),
        row("5-2200", .allowanceExpense, .none, 3_000_000),
        row("5-3100", .operatingExpense, .none, 20_000_000),
        row("5-4100", .cooperativeExpense, .none, 2_000_000),
        row("5-8100", nil, .none, 500_000),
        row("5-9100", .taxExpense, .none, 1_000_000),
    ])

    @Test func eachAccountInItsSection() {
        // when
        let statement = IncomeStatement(Self.year)
        // then
        func codes(_ section: IncomeStatement.Section) -> [String] { statement.lines(section).map(\.code) }
        #expect(codes(.revenue) == ["4-1100", "4-1200", "4-2100", "4-2200"])
        #expect(codes(.costOfRevenue) == ["5-1100", "5-2100"])
        #expect(codes(.operatingCosts) == ["5-2200", "5-3100", "5-4100"])
        #expect(codes(.otherItems) == ["4-9100", "5-8100"])
        #expect(codes(.tax) == ["5-9100"])
        // An other expense takes from the result.
        #expect(statement.lines(.otherItems).map(\.amount.total) == [2_000_000, -500_000])
    }

    @Test func theResultsStepByStep() {
        // when
        let s = IncomeStatement(Self.year)
        // then: revenue 80 jt from members, 20 jt from others.
        #expect(s.total(.revenue) == .init(member: 80_000_000, nonMember: 20_000_000))
        #expect(s.total(.costOfRevenue) == .init(member: 12_000_000, shared: 32_000_000))
        #expect(s.grossResult == .init(member: 68_000_000, nonMember: 20_000_000, shared: -32_000_000))
        #expect(s.grossResult.total == 56_000_000)
        #expect(s.operatingResult.total == 31_000_000)
        #expect(s.resultBeforeTax.total == 32_500_000)
        #expect(s.result.total == 31_500_000)
        #expect(s.surplus == 31_500_000)
        // Shared −56,5 jt divided 80:20 — members bear 45,2 jt, others 11,3 jt.
        #expect(s.divided.member == 68_000_000 - 45_200_000)
        #expect(s.divided.nonMember == 20_000_000 - 11_300_000)
    }

    @Test("the columns add up to the surplus, and the division is the SHU's")
    func columnsAgree() async {
        let amounts = Gen.int64(in: 0...5_000_000_000).array(of: 12)
        await propertyCheck(count: 500, input: amounts) { amounts in
            let rows = zip(Self.year.rows, amounts).map { row, amount in
                Self.row(row.code, row.role, row.segment, amount)
            }
            let s = IncomeStatement(TrialBalance(rows))
            let sections = IncomeStatement.Section.allCases.reduce(Int64(0)) { sum, section in
                sum + (section == .revenue || section == .otherItems ? 1 : -1) * s.total(section).total
            }
            #expect(sections == s.surplus)
            #expect(s.result.total == s.surplus)
            #expect(s.result.member == s.part(.member).surplus && s.result.nonMember == s.part(.nonMember).surplus)
            #expect(s.divided == SHUSurplus(s) && s.divided.total == s.surplus)
        }
    }
}
