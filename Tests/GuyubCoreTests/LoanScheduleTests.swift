import Foundation
import GuyubCore
import PropertyBased
import Testing

@Suite("Loan schedules")
struct LoanScheduleTests {
    private func schedule(
        _ principal: Int64, rate: String, per: InterestRate.Per = .year, _ periods: Int,
        _ method: InterestMethod, rounding: RoundingRule = .halfUp
    ) throws -> LoanSchedule {
        try LoanSchedule(
            LoanTerms(
                principal: principal, annualRate: InterestRate.parse(rate, per: per), method: method,
                periods: periods, rounding: rounding))
    }

    @Test("flat: Rp30.000.000 over 12 months at 12 % a year is Rp2.800.000 a month (the issue's example)")
    func flatExample() throws {
        let s = try schedule(30_000_000, rate: "12", 12, .flat)
        #expect(s.installments.allSatisfy { $0.principal == 2_500_000 && $0.interest == 300_000 && $0.payment == 2_800_000 })
        #expect(s.totalInterest == 3_600_000 && s.totalPayment == 33_600_000 && s.installments.last?.balance == 0)
    }

    @Test("efektif: Rp12.000.000 over 12 months at 1 % a month — interest 120.000, 110.000 … 10.000, in all 780.000")
    func efektifExample() throws {
        // The declining-balance example of Indonesian lending guides (OJK's Sikapi Uangmu, "bunga efektif"):
        // equal principal of Rp1.000.000, interest on what is still owed.
        let s = try schedule(12_000_000, rate: "1", per: .month, 12, .efektif)
        #expect(s.installments.map(\.interest) == stride(from: 120_000, through: 10_000, by: -10_000).map { Int64($0) })
        #expect(s.installments.allSatisfy { $0.principal == 1_000_000 })
        #expect(s.totalInterest == 780_000)
    }

    @Test("anuitas: Microsoft's PMT example — 10.000 at 8 % a year over 10 months is 1.037,03 a month")
    func anuitasPMTExample() throws {
        // https://support.microsoft.com/office/pmt-function-0214da64-9a63-4996-bc20-214433fa6441 : =PMT(8%/12,10,10000)
        let s = try schedule(1_000_000, rate: "8", 10, .anuitas) // in cents
        #expect(s.installments.dropLast().allSatisfy { $0.payment == 103_703 })
        #expect(s.totalPrincipal == 1_000_000)
    }

    @Test("anuitas: a 30-year mortgage of 200.000 at 6,5 % is 1.264,14 a month")
    func anuitasMortgageExample() throws {
        // The standard amortisation example (e.g. Wikipedia, "Mortgage calculator"): c = 0.065/12, N = 360.
        let s = try schedule(20_000_000, rate: "6.5", 360, .anuitas)
        #expect(s.installments[0].payment == 126_414)
        #expect(s.installments[0].interest == 108_333) // 200.000 × 0,065 / 12 = 1.083,33
        #expect(s.installments.last?.balance == 0 && s.totalPrincipal == 20_000_000)
    }

    @Test("anuitas: Rp12.000.000 at 1 % a month over 12 months — Rp1.066.185 a month, interest part falling")
    func anuitasRupiah() throws {
        let s = try schedule(12_000_000, rate: "1", per: .month, 12, .anuitas)
        #expect(s.installments[0].interest == 120_000 && s.installments[0].principal == 946_185)
        #expect(s.installments.dropLast().allSatisfy { $0.payment == 1_066_185 })
        #expect(zip(s.installments, s.installments.dropFirst()).allSatisfy { $0.interest >= $1.interest })
    }

    @Test("rounding: 1.000.000 over 3 months flat — half-up and down part 333.333, the last 333.334")
    func lastAbsorbsRounding() throws {
        for rule in RoundingRule.allCases {
            let s = try schedule(1_000_000, rate: "0", 3, .flat, rounding: rule)
            #expect(s.installments.map(\.principal) == [333_333, 333_333, 333_334])
        }
        // 2,5 a month: half-up 3, half-even 2, down 2; the last takes the rest.
        #expect(try schedule(10, rate: "0", 4, .flat, rounding: .halfUp).installments.map(\.principal) == [3, 3, 3, 1])
        #expect(try schedule(10, rate: "0", 4, .flat, rounding: .halfEven).installments.map(\.principal) == [2, 2, 2, 4])
        #expect(try schedule(10, rate: "0", 4, .flat, rounding: .down).installments.map(\.principal) == [2, 2, 2, 4])
    }

    @Test("grace: interest-only grace pays interest and no principal; a grace of nothing charges nothing")
    func grace() throws {
        var terms = LoanTerms(principal: 12_000_000, annualRate: 120_000, method: .efektif, periods: 6, grace: 2)
        let interestOnly = try LoanSchedule(terms)
        #expect(interestOnly.installments.prefix(2).allSatisfy { $0.principal == 0 && $0.interest == 120_000 })
        #expect(interestOnly.installments.dropFirst(2).allSatisfy { $0.principal == 3_000_000 })
        terms.graceKind = .none
        let nothing = try LoanSchedule(terms)
        #expect(nothing.installments.prefix(2).allSatisfy { $0.payment == 0 })
        #expect(nothing.totalPrincipal == 12_000_000)
    }

    @Test("seasonal months: the instalments due in the lean season are interest only")
    func seasonal() throws {
        let terms = LoanTerms(
            principal: 9_000_000, annualRate: 120_000, method: .flat, periods: 12,
            seasonalMonths: [1, 2, 3], start: CivilDate(year: 2026, month: 6, day: 15))
        let s = try LoanSchedule(terms)
        let lean = s.installments.filter { [1, 2, 3].contains($0.due!.month) }
        #expect(lean.count == 3 && lean.allSatisfy { $0.principal == 0 && $0.interest == 90_000 })
        #expect(s.installments.filter { $0.principal > 0 }.count == 9 && s.totalPrincipal == 9_000_000)
    }

    @Test("actual/365: interest follows the calendar days between due dates")
    func actual365() throws {
        let terms = LoanTerms(
            principal: 36_500_000, annualRate: 100_000, method: .efektif, periods: 2,
            dayCount: .actual365, start: CivilDate(year: 2026, month: 1, day: 31))
        let s = try LoanSchedule(terms)
        // 31 Jan → 28 Feb is 28 days: 36.500.000 × 10 % × 28/365 = 280.000; then 18.250.000 × 10 % × 31/365.
        #expect(s.installments[0].due == CivilDate(year: 2026, month: 2, day: 28))
        #expect(s.installments[0].interest == 280_000)
        #expect(s.installments[1].interest == 155_000)
    }

    @Test("weekly: 52 weekly instalments at 26 % a year flat charge 0,5 % of the principal a week")
    func weekly() throws {
        let s = try LoanSchedule(LoanTerms(principal: 5_200_000, annualRate: 260_000, method: .flat, periods: 52, unit: .week))
        #expect(s.installments.allSatisfy { $0.interest == 26_000 && $0.principal == 100_000 })
    }

    @Test("bad terms are refused with their own codes")
    func refusals() {
        func code(_ terms: LoanTerms) -> String? {
            do {
                _ = try LoanSchedule(terms)
                return nil
            } catch { return error.code }
        }
        let ok = LoanTerms(principal: 1_000, annualRate: 0, method: .flat, periods: 1)
        var t = ok
        t.principal = 0
        #expect(code(t) == "invalid_principal")
        t = ok
        t.periods = 0
        #expect(code(t) == "invalid_periods")
        t = ok
        t.periods = 3
        t.grace = 3
        #expect(code(t) == "invalid_grace")
        t = ok
        t.every = 13
        #expect(code(t) == "invalid_every")
        t = ok
        t.dayCount = .actual365
        #expect(code(t) == "start_date_required")
        t = ok
        t.annualRate = InterestRate.maximum + 1
        #expect(code(t) == "rate_too_high")
        #expect(code(ok) == nil)
    }

    @Test("rates are read as people write them, and refused when malformed")
    func rates() throws {
        #expect(try InterestRate.parse("12", per: .year) == 120_000)
        #expect(try InterestRate.parse("1,25", per: .month) == 150_000)
        #expect(try InterestRate.parse("0.0001", per: .year) == 1)
        #expect(InterestRate.percent(150_000, per: .month) == "1.25")
        for bad in ["-1", "1e2", "12%", "1.23456", "", ".5", "101", "9.5.1", "١٢"] {
            #expect(throws: LoanError.self, "\(bad)") { try InterestRate.parse(bad, per: .year) }
        }
    }

    // MARK: properties

    static let terms = zip(
        Gen.int64(in: 1...10_000_000_000), Gen.int64(in: 0...400_000), Gen.int(in: 1...360),
        Gen.int(in: 0...2), Gen.int(in: 0...2), Gen.int(in: 0...6), Gen.int(in: 1...3)
    )
    .map { principal, rate, periods, method, rounding, grace, every in
        LoanTerms(
            principal: principal, annualRate: rate, method: InterestMethod.allCases[method], periods: periods,
            every: every, rounding: RoundingRule.allCases[rounding], grace: min(grace, periods - 1),
            graceKind: grace % 2 == 0 ? .interestOnly : .none)
    }

    @Test("Σ principal = principal lent, balances fall to zero and never below, for random terms")
    func principalRepaidExactly() async {
        await propertyCheck(count: 2000, input: Self.terms) { terms in
            let s = try LoanSchedule(terms)
            #expect(s.installments.count == terms.periods)
            #expect(s.totalPrincipal == terms.principal, "\(terms)")
            #expect(s.installments.allSatisfy { $0.balance >= 0 && $0.principal >= 0 && $0.interest >= 0 }, "\(terms)")
            #expect(
                zip([terms.principal] + s.installments.map(\.balance), s.installments).allSatisfy {
                    $0 - $1.principal == $1.balance
                })
            #expect(s.installments.last?.balance == 0)
        }
    }

    @Test("anuitas: every instalment that repays principal is equal but the last, and near the formula")
    func anuitasEqual() async {
        let big = zip(
            Gen.int64(in: 1_000_000...10_000_000_000), Gen.int64(in: 1...400_000), Gen.int(in: 2...360),
            Gen.int(in: 0...2))
        await propertyCheck(count: 2000, input: big) { principal, rate, periods, rounding in
            let terms = LoanTerms(
                principal: principal, annualRate: rate, method: .anuitas, periods: periods,
                rounding: RoundingRule.allCases[rounding])
            let s = try LoanSchedule(terms)
            let payments = Set(s.installments.dropLast().map(\.payment))
            #expect(payments.count == 1, "\(terms)")
            // An oracle in floating point: within a rupiah and a half of the textbook formula (rounding,
            // and one rupiah less where rounding up would have repaid the loan early).
            let r = Double(rate) / 12_000_000
            let p = Double(principal)
            let formula = p * r / (1 - pow(1 + r, -Double(periods)))
            #expect(abs(Double(s.installments[0].payment) - formula) <= 1.5, "\(terms)")
        }
    }

    @Test("anuitas: 1.000.000 over 353 months at 23,3893 % rounded half-up is not repaid before its last instalment")
    func anuitasLongAndDear() throws {
        // Found by the property above: each instalment rounded up half a rupiah compounded into repaying
        // the loan months early, leaving instalments of nothing.
        let s = try LoanSchedule(LoanTerms(principal: 1_000_000, annualRate: 233_893, method: .anuitas, periods: 353))
        #expect(Set(s.installments.dropLast().map(\.payment)).count == 1)
        #expect(s.installments.allSatisfy { $0.principal > 0 })
        #expect(s.totalPrincipal == 1_000_000)
    }

    @Test("flat interest is the same every period; efektif interest never rises")
    func interestShape() async {
        await propertyCheck(count: 1000, input: Self.terms) { terms in
            var t = terms
            t.grace = 0
            t.method = .flat
            #expect(Set(try LoanSchedule(t).installments.map(\.interest)).count == 1)
            t.method = .efektif
            let efektif = try LoanSchedule(t).installments
            #expect(zip(efektif, efektif.dropFirst()).allSatisfy { $0.interest >= $1.interest })
        }
    }

    @Test("flat: rounding down never charges more interest than half-up")
    func roundingOrder() async {
        await propertyCheck(count: 1000, input: Self.terms) { terms in
            var down = terms
            var up = terms
            down.rounding = .down
            up.rounding = .halfUp
            // Only for flat: under efektif, smaller principal parts leave more owed, and more interest later.
            down.method = .flat
            up.method = .flat
            let lower = try LoanSchedule(down).totalInterest
            let higher = try LoanSchedule(up).totalInterest
            #expect(lower <= higher)
        }
    }
}
