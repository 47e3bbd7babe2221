import Foundation
import GuyubCore
import PropertyBased
import Testing

@Suite("SHU distribution")
struct SHUDistributionTests {
    /// The bylaws' split most cooperative textbooks use as their example: reserve 40 %, capital 20 %,
    /// patronage 25 %, board 5 %, staff 5 %, education 2,5 %, social 2,5 %.
    static let bylaws: [String: Int64] = [
        "reserve": 400_000, "capital": 200_000, "patronage": 250_000, "board": 50_000,
        "staff": 50_000, "education": 25_000, "social": 25_000,
    ]

    @Test("a surplus of Rp100.000.000: the pools, and one member's share from totals of the whole membership")
    func workedExample() throws {
        // Member A holds Rp5.000.000 of Rp500.000.000 savings and did Rp10.000.000 of Rp2.000.000.000 business:
        // jasa modal = 20.000.000 × 5 jt / 500 jt = 200.000; jasa usaha = 25.000.000 × 10 jt / 2 M = 125.000.
        let d = try SHUDistribution(
            surplus: 100_000_000, allocation: Self.bylaws,
            members: [.init(id: "A", savings: 5_000_000, business: 10_000_000)],
            totals: (savings: 500_000_000, business: 2_000_000_000))
        #expect(
            d.pools == [
                "reserve": 40_000_000, "capital": 20_000_000, "patronage": 25_000_000, "board": 5_000_000,
                "staff": 5_000_000, "education": 2_500_000, "social": 2_500_000,
            ])
        #expect(d.members == [.init(id: "A", capital: 200_000, patronage: 125_000)])
        #expect(d.members[0].total == 325_000 && d.unallocated == 0)
        // The rest of each pool belongs to the members not listed; here it is all "remainder".
        #expect(d.remainder["capital"] == 19_800_000)
    }

    @Test("Koperasi Alis Jaya (a textbook exercise): Lukman's SHU is Rp1.240.000")
    func alisJaya() throws {
        // Published worked exercise (beritaharianku.com/2900, "diketahui Koperasi Alis Jaya memiliki data…"):
        // SHU Rp60.000.000; pokok Rp10.000.000 + wajib Rp90.000.000; loans Rp75.000.000; jasa anggota (by
        // loans) 25 %, jasa modal 20 %. Lukman: wajib Rp1.800.000 + pokok Rp200.000, loans Rp5.000.000 →
        // jasa anggota 5/75 × 25 % × 60 jt = Rp1.000.000, jasa modal 2/100 × 20 % × 60 jt = Rp240.000.
        let d = try SHUDistribution(
            surplus: 60_000_000, allocation: ["patronage": 250_000, "capital": 200_000, "reserve": 550_000],
            members: [.init(id: "Lukman", savings: 2_000_000, business: 5_000_000)],
            totals: (savings: 100_000_000, business: 75_000_000))
        #expect(d.members == [.init(id: "Lukman", capital: 240_000, patronage: 1_000_000)])
        #expect(d.members[0].total == 1_240_000)
    }

    @Test("figures whose sum would not fit are refused, never a crash")
    func hugeFiguresAreRefused() {
        let members = (1...10).map { SHUDistribution.Member(id: "M\($0)", savings: 999_999_999_999_999_999, business: 0) }
        #expect(throws: SHUError.invalidInput("members")) {
            try SHUDistribution(surplus: 1_000, allocation: ["capital": 1_000_000], members: members)
        }
    }

    @Test("a source whose returns exceed its purchases counts as no business")
    func negativeBusinessCountsAsNone() {
        #expect(SHURules.standard.business([.store: -5_000, .loanInterest: 1_000]) == 1_000)
    }

    @Test("rounding down leaves a rupiah in the pool, which the reserve takes")
    func roundingDown() throws {
        let d = try SHUDistribution(
            surplus: 50_000, allocation: ["capital": 200_000, "reserve": 800_000],
            members: ["A", "B", "C"].map { .init(id: $0, savings: 100, business: 0) })
        #expect(d.members.map(\.capital) == [3_333, 3_333, 3_333])
        #expect(d.remainder["capital"] == 1)
        #expect(d.reserveTotal == 40_001)
    }

    @Test("rounding half-up never gives out more than the pool")
    func roundingUpStaysInsideThePool() throws {
        let d = try SHUDistribution(
            surplus: 11, allocation: ["capital": 1_000_000],
            members: ["A", "B", "C"].map { .init(id: $0, savings: 1, business: 0) }, rounding: .halfUp)
        #expect(d.members.map(\.capital).reduce(0, +) == 11)
        #expect(d.members.map(\.capital) == [3, 4, 4])
        #expect(d.remainder["capital"] == 0)
    }

    @Test("zero totals, missing funds and allocations over 100 % give clear errors or empty pools")
    func edges() throws {
        let nobody = try SHUDistribution(
            surplus: 1_000, allocation: ["capital": 500_000, "patronage": 500_000],
            members: [.init(id: "A", savings: 0, business: 0)])
        #expect(nobody.members == [.init(id: "A", capital: 0, patronage: 0)] && nobody.reserveTotal == 1_000)
        let noFunds = try SHUDistribution(
            surplus: 1_000, allocation: ["reserve": 1_000_000],
            members: [.init(id: "A", savings: 10, business: 10)])
        #expect(noFunds.members[0].total == 0 && noFunds.pools == ["reserve": 1_000])
        let partial = try SHUDistribution(surplus: 1_000, allocation: ["reserve": 400_000], members: [])
        #expect(partial.unallocated == 600)
        #expect(throws: SHUError.overHundredPercent) {
            try SHUDistribution(surplus: 1_000, allocation: ["reserve": 600_000, "capital": 500_000], members: [])
        }
        #expect(throws: SHUError.duplicateMember) {
            try SHUDistribution(
                surplus: 1_000, allocation: [:],
                members: [
                    .init(id: "A", savings: 1, business: 1),
                    .init(id: "A", savings: 1, business: 1),
                ])
        }
        #expect(throws: SHUError.totalsBelowMembers) {
            try SHUDistribution(
                surplus: 1_000, allocation: [:], members: [.init(id: "A", savings: 5, business: 1)],
                totals: (savings: 4, business: 1))
        }
    }

    @Test("Σ shares + remainder = pool and Σ pools + rounding + unallocated = surplus, for random members and percentages")
    func exactness() async {
        let input = zip(
            Gen.int64(in: 0...10_000_000_000), Gen.int64(in: 0...1_000_000).array(of: 1...6),
            zip(Gen.int64(in: 0...50_000_000), Gen.int64(in: 0...200_000_000)).array(of: 0...40), Gen.int(in: 0...2))
        await propertyCheck(count: 1500, input: input) { surplus, weights, members, rule in
            // Percentages scaled to at most 100 %.
            let total = max(1, weights.reduce(0, +))
            let names = ["capital", "patronage", "reserve", "board", "education", "social"]
            let allocation = Dictionary(
                uniqueKeysWithValues: weights.enumerated().map {
                    (names[$0.offset], $0.element * 1_000_000 / max(total, 1_000_000))
                })
            let people = members.enumerated().map {
                SHUDistribution.Member(
                    id: "m\($0.offset)", savings: $0.element.0,
                    business: $0.element.1)
            }
            let d = try SHUDistribution(
                surplus: surplus, allocation: allocation, members: people,
                rounding: RoundingRule.allCases[rule])
            for (fund, keyPath) in [("capital", \SHUDistribution.Share.capital), ("patronage", \.patronage)] {
                let pool = d.pools[fund] ?? 0
                let shared = d.members.reduce(0) { $0 + $1[keyPath: keyPath] }
                #expect(shared + (d.remainder[fund] ?? 0) == pool, "\(fund) \(d)")
                #expect(d.members.allSatisfy { $0[keyPath: keyPath] >= 0 } && (d.remainder[fund] ?? 0) >= 0)
            }
            #expect(d.pools.values.reduce(0, +) + (d.remainder["pools"] ?? 0) + d.unallocated == surplus)
        }
    }
}
