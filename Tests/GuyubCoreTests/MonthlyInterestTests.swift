import Foundation
import GuyubCore
import PropertyBased
import Testing

/// Jasa simpanan on sukarela for a month, on the lowest end-of-day balance (saldo terendah) or on the
/// daily balances (saldo rata-rata), and on a term deposit for the days of the month it was held. A
/// 365-day year, rounded down once at the end.
@Suite("MonthlyInterest: sukarela and term deposits")
struct MonthlyInterestTests {
    static let june2025 = YearMonth(year: 2025, month: 6)!

    static func date(_ y: Int, _ m: Int, _ d: Int) -> CivilDate { CivilDate(year: y, month: m, day: d)! }

    /// The worked example of Bank Indonesia's guide to savings interest ("Pedoman Mengetahui
    /// Perhitungan Bunga Tabungan", as reproduced e.g. in "Metode Perhitungan Bunga Tabungan",
    /// nuryazidi.wordpress.com, 17 November 2008): an account opened on 1 June with Rp1.000.000, then
    /// +5.000.000 on the 5th, −500.000 on the 6th, +2.500.000 on the 10th, −1.000.000 on the 20th,
    /// +10.000.000 on the 25th and −2.000.000 on the 30th.
    static let bankIndonesiaJune: [Int: Int64] = [
        1: 1_000_000, 5: 5_000_000, 6: -500_000, 10: 2_500_000, 20: -1_000_000, 25: 10_000_000, 30: -2_000_000,
    ]

    @Test("Bank Indonesia's example, lowest balance: Rp1.000.000 × 5 % × 30/365 = Rp4.109,59")
    func lowestPublished() {
        // when
        let interest = MonthlyInterest.interest(
            opening: 0, changes: Self.bankIndonesiaJune, month: Self.june2025, basis: .lowest, rate: 500)
        // then: rounded down to whole rupiah.
        #expect(interest == 4_109)
    }

    @Test("Bank Indonesia's example, average balance: Rp247 jt of daily balances × 5 % ÷ 365 = Rp33.835,62")
    func averagePublished() {
        // given: the guide's daily balances, 1 jt × 4 days + 6 jt × 1 + 5,5 jt × 4 + 8 jt × 10 + 7 jt × 5
        // + 17 jt × 5 + 15 jt × 1 = 247 jt (an average of 8.233.333,33 over 30 days). The guide pays 5 %
        // above Rp5 jt; Guyub has one rate, here 5 %.
        // when
        let interest = MonthlyInterest.interest(
            opening: 0, changes: Self.bankIndonesiaJune, month: Self.june2025, basis: .average, rate: 500)
        // then: 247.000.000 × 5 % ÷ 365 = 33.835,616…
        #expect(interest == 33_835)
    }

    @Test("a month worked by hand: 1 jt, then 1,5 jt from the 10th, 1,2 jt from the 20th, at 6 %")
    func handWorked() {
        // given
        let changes: [Int: Int64] = [10: 500_000, 20: -300_000]
        // when
        let lowest = MonthlyInterest.interest(
            opening: 1_000_000, changes: changes, month: Self.june2025, basis: .lowest, rate: 600)
        let average = MonthlyInterest.interest(
            opening: 1_000_000, changes: changes, month: Self.june2025, basis: .average, rate: 600)
        // then: lowest 1.000.000 × 6 % × 30/365 = 4.931,51; daily balances 9 × 1 jt + 10 × 1,5 jt
        // + 11 × 1,2 jt = 37,2 jt, × 6 % ÷ 365 = 6.115,07.
        #expect(lowest == 4_931)
        #expect(average == 6_115)
    }

    @Test("the balance is taken at the end of each day: a day's movements net out")
    func endOfDay() {
        // given: 1 jt all month; on the 15th 1 jt out and back in (net zero).
        // when
        let flat = MonthlyInterest.interest(
            opening: 1_000_000, changes: [15: 0], month: Self.june2025, basis: .lowest, rate: 600)
        // then
        #expect(flat == 4_931)
        // Everything out on the last day: no lowest balance, but 30 days of 1 jt on average (of 31).
        let january = YearMonth(year: 2025, month: 1)!
        #expect(
            MonthlyInterest.interest(opening: 1_000_000, changes: [31: -1_000_000], month: january, basis: .lowest, rate: 600)
                == 0)
        #expect(
            MonthlyInterest.interest(opening: 1_000_000, changes: [31: -1_000_000], month: january, basis: .average, rate: 600)
                == 4_931)
    }

    @Test("February: 29 days in a leap year, 28 otherwise")
    func february() {
        // given: 1 jt deposited on the 1st, at 6 %.
        let leap = YearMonth(year: 2024, month: 2)!
        let common = YearMonth(year: 2025, month: 2)!
        // then: 1 jt × 6 % × 29/365 = 4.767,12 and × 28/365 = 4.602,74.
        for basis in SavingsSettings.InterestBasis.allCases {
            #expect(MonthlyInterest.interest(opening: 0, changes: [1: 1_000_000], month: leap, basis: basis, rate: 600) == 4_767)
            #expect(
                MonthlyInterest.interest(opening: 0, changes: [1: 1_000_000], month: common, basis: basis, rate: 600) == 4_602)
        }
    }

    @Test("no rate, no balance, or too small a balance: no interest")
    func zeros() {
        for basis in SavingsSettings.InterestBasis.allCases {
            #expect(MonthlyInterest.interest(opening: 1_000_000, changes: [:], month: Self.june2025, basis: basis, rate: 0) == 0)
            #expect(MonthlyInterest.interest(opening: 0, changes: [:], month: Self.june2025, basis: basis, rate: 600) == 0)
            // Rp100 for 30 days at 6 % is Rp0,49.
            #expect(MonthlyInterest.interest(opening: 100, changes: [:], month: Self.june2025, basis: basis, rate: 600) == 0)
        }
    }

    @Test("a term deposit: each month earns for the days it was held, the maturity day not included")
    func termDeposit() {
        // given: Rp10.000.000 at 5,5 % from 15 March to 15 June 2025.
        let opened = Self.date(2025, 3, 15)
        let matures = Self.date(2025, 6, 15)
        func month(_ m: Int) -> Int64 {
            MonthlyInterest.termInterest(
                principal: 10_000_000, rate: 550, opened: opened, matures: matures, month: YearMonth(year: 2025, month: m)!)
        }
        // then: 17, 30, 31 and 14 days — 92 in all.
        #expect(month(2) == 0)
        #expect(month(3) == 25_616) // 10 jt × 5,5 % × 17/365 = 25.616,44
        #expect(month(4) == 45_205) // × 30/365 = 45.205,48
        #expect(month(5) == 46_712) // × 31/365 = 46.712,33
        #expect(month(6) == 21_095) // × 14/365 = 21.095,89
        #expect(month(7) == 0)
        // Rounded each month, the four months pay 2 rupiah less than the 138.630,14 of 92 days at once.
        #expect((2...7).map(month).reduce(0, +) == 138_628)
        #expect(SavingsRules.interest(balance: 10_000_000, rate: 550, days: 92) == 138_630)
    }

    @Test("a term deposit opened and maturing within the month")
    func shortTerm() {
        // given: 1 to 11 June, 10 days, Rp36.500.000 at 10 %: Rp10.000 a day.
        // when
        let interest = MonthlyInterest.termInterest(
            principal: 36_500_000, rate: 1_000, opened: Self.date(2025, 6, 1), matures: Self.date(2025, 6, 11),
            month: Self.june2025)
        // then
        #expect(interest == 100_000)
        // Maturing on the day it opened: nothing.
        #expect(
            MonthlyInterest.termInterest(
                principal: 36_500_000, rate: 1_000, opened: Self.date(2025, 6, 1), matures: Self.date(2025, 6, 1),
                month: Self.june2025) == 0)
    }

    @Test("days between dates, across months, a leap day and years")
    func daysUntil() {
        #expect(Self.date(2025, 3, 15).days(until: Self.date(2025, 6, 15)) == 92)
        #expect(Self.date(2024, 2, 28).days(until: Self.date(2024, 3, 1)) == 2)
        #expect(Self.date(2025, 2, 28).days(until: Self.date(2025, 3, 1)) == 1)
        #expect(Self.date(2024, 1, 1).days(until: Self.date(2025, 1, 1)) == 366)
        #expect(Self.date(2025, 6, 15).days(until: Self.date(2025, 3, 15)) == -92)
        #expect(Self.date(2025, 6, 15).days(until: Self.date(2025, 6, 15)) == 0)
    }

    static let months = zip(Gen.int(in: 2000...2100), Gen.int(in: 1...12)).map { year, month in
        YearMonth(year: year, month: month)!
    }
    static let movements = zip(Gen.int(in: 1...31), Gen.int64(in: -5_000_000...5_000_000)).array(of: 0...12)

    /// The end-of-day balances of `month`, worked out on their own.
    static func dailyBalances(opening: Int64, _ moves: [(Int, Int64)], days: Int) -> [Int64] {
        var balance = opening
        return (1...days).map { day in
            balance += moves.filter { $0.0 == day }.reduce(0) { $0 + $1.1 }
            return balance
        }
    }

    static func changes(_ moves: [(Int, Int64)]) -> [Int: Int64] {
        moves.reduce(into: [:]) { $0[$1.0, default: 0] += $1.1 }
    }

    @Test("the average basis is the daily balances' sum × rate ÷ 365, rounded down once")
    func averageProperty() async {
        await propertyCheck(
            count: 1000, input: Self.months, Gen.int64(in: 0...100_000_000), Self.movements, Gen.int(in: 0...10_000)
        ) {
            month, opening, moves, rate in
            // given
            let daily = Self.dailyBalances(opening: opening, moves, days: month.days).map { max(0, $0) }
            // when
            let interest = MonthlyInterest.interest(
                opening: opening, changes: Self.changes(moves), month: month, basis: .average, rate: rate)
            // then: Σ balances × rate bp ÷ 10.000 ÷ 365, worked in Decimal.
            var exact = Decimal(daily.reduce(0, +)) * Decimal(rate) / Decimal(3_650_000)
            var expected = Decimal()
            NSDecimalRound(&expected, &exact, 0, .down)
            #expect(Decimal(interest) == expected)
            // Rounding once is worth at least the days rounded one by one, and less than a rupiah a day more.
            let byDay = daily.reduce(Int64(0)) { $0 + SavingsRules.interest(balance: $1, rate: rate, days: 1) }
            #expect(interest >= byDay && interest - byDay < Int64(month.days))
        }
    }

    @Test("interest is never negative, and the lowest balance never earns more than the average")
    func lowestProperty() async {
        await propertyCheck(
            count: 1000, input: Self.months, Gen.int64(in: -1_000_000...100_000_000), Self.movements, Gen.int(in: 0...10_000)
        ) {
            month, opening, moves, rate in
            // given
            let changes = Self.changes(moves)
            let lowestBalance = Self.dailyBalances(opening: opening, moves, days: month.days).min()!
            // when
            let lowest = MonthlyInterest.interest(opening: opening, changes: changes, month: month, basis: .lowest, rate: rate)
            let average = MonthlyInterest.interest(opening: opening, changes: changes, month: month, basis: .average, rate: rate)
            // then
            #expect(lowest >= 0 && average >= 0)
            #expect(lowest <= average)
            #expect(lowest == SavingsRules.interest(balance: max(0, lowestBalance), rate: rate, days: month.days))
        }
    }

    @Test("with no movement, both bases pay the same")
    func steadyProperty() async {
        await propertyCheck(count: 500, input: Self.months, Gen.int64(in: 0...Amount.ceiling), Gen.int(in: 0...10_000)) {
            month, balance, rate in
            let lowest = MonthlyInterest.interest(opening: balance, changes: [:], month: month, basis: .lowest, rate: rate)
            let average = MonthlyInterest.interest(opening: balance, changes: [:], month: month, basis: .average, rate: rate)
            #expect(lowest == average)
            #expect(lowest == SavingsRules.interest(balance: balance, rate: rate, days: month.days))
        }
    }

    @Test("a term deposit's months add up to its days, and to at most the whole term's interest")
    func termProperty() async {
        let gen = zip(
            Gen.int(in: 0...3_000), Gen.int(in: 0...4).map { [1, 3, 6, 12, 24][$0] }, Gen.int64(in: 1...10_000_000_000),
            Gen.int(in: 0...10_000))
        await propertyCheck(count: 500, input: gen) { offset, months, principal, rate in
            // given
            let opened = Self.date(2020, 1, 1).adding(days: offset)!
            let matures = opened.adding(months: months)
            // when
            var total: Int64 = 0
            var count = 0
            var m = opened.yearMonth
            while m <= matures.yearMonth {
                total += MonthlyInterest.termInterest(
                    principal: principal, rate: rate, opened: opened, matures: matures, month: m)
                count += 1
                m = m.next
            }
            // then: each month rounded down loses under a rupiah against the term worked at once.
            let whole = SavingsRules.interest(balance: principal, rate: rate, days: opened.days(until: matures))
            #expect(total <= whole && whole - total < Int64(count))
        }
    }
}
