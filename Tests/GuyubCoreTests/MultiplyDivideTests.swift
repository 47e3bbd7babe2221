import Foundation
import GuyubCore
import PropertyBased
import Testing

/// `RoundingRule.multiplyDivide`, the one place a · b ÷ c becomes whole minor units (interest, tax,
/// penalties, SHU shares), and `round` for the figures that come as decimals.
@Suite("Rounding: a × b ÷ c and decimals to whole minor units")
struct MultiplyDivideTests {
    /// a × b ÷ c rounded by `rule`, worked in Decimal (exact for integers under 38 digits), sharing no
    /// code with the rule: the quotient truncated, its exact remainder, then the rule on the remainder.
    static func oracle(_ rule: RoundingRule, _ a: Int64, _ b: Int64, _ c: Int64) -> Int64 {
        let product = Decimal(a) * Decimal(b)
        var exact = product / Decimal(c)
        var truncated = Decimal()
        NSDecimalRound(&truncated, &exact, 0, .down)
        let remainder = product - truncated * Decimal(c)
        let twice = remainder * 2
        let q = Int64(truncated.description)!
        switch rule {
        case .down: return q
        case .halfUp: return twice >= Decimal(c) ? q + 1 : q
        case .halfEven: return twice > Decimal(c) || (twice == Decimal(c) && q % 2 == 1) ? q + 1 : q
        }
    }

    @Test(
        "thirds, halves and two-thirds under each rule",
        arguments: [
            // (a, b, c, down, half-up, half-even)
            (10, 1, 3, 3, 3, 3), // 3,33…
            (5, 1, 2, 2, 3, 2), // 2,5: even stays down
            (7, 1, 2, 3, 4, 4), // 3,5: even is up
            (2, 1, 3, 0, 1, 1), // 0,67
            (1, 1, 3, 0, 0, 0), // 0,33
            (1, 1, 2, 0, 1, 0), // 0,5
            (15, 1, 10, 1, 2, 2), // 1,5
            (25, 1, 10, 2, 3, 2), // 2,5
        ] as [(Int64, Int64, Int64, Int64, Int64, Int64)])
    func smallQuotients(_ c: (Int64, Int64, Int64, Int64, Int64, Int64)) {
        // given
        let (a, b, divisor, down, halfUp, halfEven) = c
        // when
        let results = (
            RoundingRule.down.multiplyDivide(a, b, divisor), RoundingRule.halfUp.multiplyDivide(a, b, divisor),
            RoundingRule.halfEven.multiplyDivide(a, b, divisor)
        )
        // then
        #expect(results.0 == down)
        #expect(results.1 == halfUp)
        #expect(results.2 == halfEven)
    }

    @Test("an exact quotient is the same under every rule: 5,5 % of Rp1.000.000 is Rp55.000")
    func exact() {
        for rule in RoundingRule.allCases {
            // when
            let share = rule.multiplyDivide(1_000_000, 550, 10_000)
            // then
            #expect(share == 55_000)
        }
    }

    @Test("zero in either factor is zero; a divisor of one is the product")
    func zeros() {
        for rule in RoundingRule.allCases {
            #expect(rule.multiplyDivide(0, 550, 10_000) == 0)
            #expect(rule.multiplyDivide(1_000_000, 0, 10_000) == 0)
            #expect(rule.multiplyDivide(1_234, 5_678, 1) == 7_006_652)
            #expect(rule.multiplyDivide(Int64.max, 1, 1) == Int64.max)
        }
    }

    @Test("the product is held in 128 bits: 31 days at 100 % on the books' ceiling")
    func beyondSixtyFourBits() {
        // given: 10^15 × (10.000 bp × 31 days) is 3,1 × 10^20, past what 64 bits hold.
        let a = Amount.ceiling
        let b: Int64 = 10_000 * 31
        // when
        let down = RoundingRule.down.multiplyDivide(a, b, 3_650_000)
        let up = RoundingRule.halfUp.multiplyDivide(a, b, 3_650_000)
        // then: 10^15 × 31 ÷ 365 = 84.931.506.849.315,068…
        #expect(down == 84_931_506_849_315)
        #expect(up == 84_931_506_849_315)
        // 10^15 × 10^6 ÷ 10^6 comes back whole.
        #expect(RoundingRule.halfEven.multiplyDivide(a, 1_000_000, 1_000_000) == a)
    }

    @Test("agrees with a Decimal oracle; down ≤ half-even ≤ half-up ≤ down + 1")
    func againstOracle() async {
        let gen = zip(Gen.int64(in: 0...Amount.ceiling), Gen.int64(in: 0...310_000), Gen.int64(in: 1...36_500_000))
        await propertyCheck(count: 3000, input: gen) { a, b, c in
            let down = RoundingRule.down.multiplyDivide(a, b, c)
            let even = RoundingRule.halfEven.multiplyDivide(a, b, c)
            let up = RoundingRule.halfUp.multiplyDivide(a, b, c)
            #expect(down == Self.oracle(.down, a, b, c))
            #expect(even == Self.oracle(.halfEven, a, b, c))
            #expect(up == Self.oracle(.halfUp, a, b, c))
            #expect(down <= even && even <= up && up <= down + 1)
        }
    }

    @Test("exact halves, the only place half-up and half-even differ, against the oracle")
    func halves() async {
        // a × 1 ÷ 2 with a odd is always q,5.
        await propertyCheck(count: 1000, input: Gen.int64(in: 0...(Amount.ceiling / 2))) { n in
            let a = 2 * n + 1
            #expect(RoundingRule.halfUp.multiplyDivide(a, 1, 2) == n + 1)
            #expect(RoundingRule.halfEven.multiplyDivide(a, 1, 2) == (n % 2 == 0 ? n : n + 1))
            #expect(RoundingRule.down.multiplyDivide(a, 1, 2) == n)
        }
    }

    @Test(
        "decimals to whole units",
        arguments: [
            // (value, down, half-up, half-even)
            ("2.5", 2, 3, 2), ("3.5", 3, 4, 4), ("0.49", 0, 0, 0), ("0.5", 0, 1, 0), ("4109.59", 4_109, 4_110, 4_110),
            ("1234", 1_234, 1_234, 1_234), ("0", 0, 0, 0),
        ] as [(String, Int64, Int64, Int64)])
    func decimals(_ c: (String, Int64, Int64, Int64)) {
        // given
        let value = Decimal(string: c.0)!
        // when / then
        #expect(RoundingRule.down.round(value) == c.1)
        #expect(RoundingRule.halfUp.round(value) == c.2)
        #expect(RoundingRule.halfEven.round(value) == c.3)
    }

    @Test("the rules keep their stored names")
    func rawValues() {
        #expect(RoundingRule.allCases.map(\.rawValue) == ["half-up", "half-even", "down"])
    }
}
