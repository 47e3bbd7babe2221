import Foundation
import GuyubCore
import PropertyBased
import Testing

@Suite("Loan rules: payments, penalties, classes, health")
struct LoanRulesTests {
    @Test("a payment settles penalty, then interest, then principal; what is left stays unallocated")
    func allocation() {
        let owed = PaymentSplit(penalty: 5_000, interest: 20_000, principal: 100_000)
        #expect(
            PaymentSplit.allocate(15_000, owed: owed, order: PaymentPart.allCases)
                == PaymentSplit(penalty: 5_000, interest: 10_000))
        #expect(PaymentSplit.allocate(200_000, owed: owed, order: PaymentPart.allCases).total == 125_000)
        #expect(
            PaymentSplit.allocate(50_000, owed: owed, order: [.principal, .interest, .penalty]) == PaymentSplit(principal: 50_000)
        )
    }

    @Test("allocation never takes more of a part than is owed, nor more than is paid")
    func allocationProperty() async {
        let gen = zip(
            Gen.int64(in: 0...1_000_000), Gen.int64(in: 0...1_000_000), Gen.int64(in: 0...1_000_000),
            Gen.int64(in: 0...4_000_000), Gen.int(in: 0...5))
        let orders: [[PaymentPart]] = [
            [.penalty, .interest, .principal], [.penalty, .principal, .interest],
            [.interest, .penalty, .principal], [.interest, .principal, .penalty],
            [.principal, .penalty, .interest], [.principal, .interest, .penalty],
        ]
        await propertyCheck(count: 2000, input: gen) { penalty, interest, principal, amount, order in
            let owed = PaymentSplit(penalty: penalty, interest: interest, principal: principal)
            let split = PaymentSplit.allocate(amount, owed: owed, order: orders[order])
            #expect(split.penalty <= penalty && split.interest <= interest && split.principal <= principal)
            #expect(split.total == min(amount, owed.total))
        }
    }

    @Test("penalty: 0,1 % a day of the instalment after 3 days of grace, never above the cap")
    func penalty() {
        let rule = PenaltyRule(basis: .installment, rate: 1_000, per: .day, graceDays: 3, cap: 100_000)
        // 10 days late, first run: 7 chargeable days × 0,1 % × 1.120.000 = 7.840.
        #expect(rule.accrual(on: 1_120_000, days: 10, daysLate: 10, accrued: 0, principal: 12_000_000) == 7_840)
        // Next day: one more day.
        #expect(rule.accrual(on: 1_120_000, days: 1, daysLate: 11, accrued: 7_840, principal: 12_000_000) == 1_120)
        // Within grace: nothing.
        #expect(rule.accrual(on: 1_120_000, days: 3, daysLate: 3, accrued: 0, principal: 12_000_000) == 0)
        // The cap is 10 % of the principal: 1.200.000, of which 1.199.000 is already charged.
        #expect(rule.accrual(on: 1_120_000, days: 30, daysLate: 300, accrued: 1_199_000, principal: 12_000_000) == 1_000)
        // Per month: 2 % a month on 1.000.000 for 15 days is half a month's 20.000.
        let monthly = PenaltyRule(basis: .outstanding, rate: 20_000, per: .month)
        #expect(monthly.accrual(on: 1_000_000, days: 15, daysLate: 15, accrued: 0, principal: 1_000_000) == 10_000)
    }

    @Test(
        "cooperative classes by months in arrears",
        arguments: [
            (0, Collectibility.lancar), (30, .lancar), (90, .lancar), (91, .kurangLancar), (180, .kurangLancar),
            (181, .diragukan), (360, .diragukan), (361, .macet), (2_000, .macet),
        ])
    func cooperativeClasses(days: Int, expected: Collectibility) {
        #expect(CollectibilityRules.cooperative.classify(daysLate: days) == expected)
    }

    @Test(
        "bank classes by days past due (DOMAIN.md: DPK 1–90, KL 91–120, D 121–180, M > 180)",
        arguments: [
            (0, Collectibility.lancar), (1, .dpk), (90, .dpk), (91, .kurangLancar), (120, .kurangLancar), (121, .diragukan),
            (180, .diragukan), (181, .macet),
        ])
    func bankClasses(days: Int, expected: Collectibility) {
        #expect(CollectibilityRules.bank.classify(daysLate: days) == expected)
    }

    @Test("allowance by class: 0,5 % of a lancar 12.000.000 is 60.000; macet is all of it")
    func allowance() {
        #expect(CollectibilityRules.cooperative.allowance(for: 12_000_000, in: .lancar) == 60_000)
        #expect(CollectibilityRules.cooperative.allowance(for: 2_500_000, in: .kurangLancar) == 250_000)
        #expect(CollectibilityRules.cooperative.allowance(for: 2_500_000, in: .macet) == 2_500_000)
        #expect(CollectibilityRules.bank.allowance(for: 1_000_000, in: .dpk) == 50_000)
    }

    @Test("rule sets that do not fit their scheme are refused")
    func invalidRules() {
        #expect(throws: LoanError.self) {
            try CollectibilityRules(scheme: .bank, thresholds: [1, 91], allowance: [1, 2, 3]).validated()
        }
        #expect(throws: LoanError.self) {
            try CollectibilityRules(scheme: .cooperative, thresholds: [7, 4, 13], allowance: [1, 2, 3, 4]).validated()
        }
        #expect((try? CollectibilityRules.bank.validated()) != nil)
    }

    @Test(
        "health bands of the problem-loan ratio (Juknis Deputi Perkoperasian 15/2021)",
        arguments: [
            (Int64(0), LoanHealth.sehat), (500, .sehat), (501, .cukupSehat), (1_000, .cukupSehat), (1_001, .kurangSehat),
            (1_500, .kurangSehat), (1_501, .tidakSehat), (10_000, .tidakSehat),
        ] as [(Int64, LoanHealth)])
    func health(problemPerTenThousand: Int64, expected: LoanHealth) {
        #expect(LoanHealth(problem: problemPerTenThousand, total: 10_000) == expected)
    }

    @Test("fees: a fixed part and a share of the principal, rounded half-up")
    func fees() {
        var product = LoanProduct(
            code: "UMUM", name: "Umum", method: .flat, rateMin: 0, rateMax: 120_000, periodsMin: 1,
            periodsMax: 12, principalMin: 1, principalMax: 100_000_000)
        product.adminFee = LoanFee(fixed: 25_000, rate: 10_000)
        product.provisionFee = LoanFee(rate: 5_000)
        #expect(product.fees(on: 12_000_000) == 25_000 + 120_000 + 60_000)
        #expect(product.fees(on: 333) == 25_000 + 3 + 2) // 3,33 → 3; 1,665 → 2
    }
}

/// The instalment receipt names the instalments a payment settled.
struct InstalmentsPaidTests {
    /// 12 instalments of Rp 479.167 (the simulation of Rp 5.000.000 at 15% flat), the last Rp 479.163.
    static let dues: [Int64] = Array(repeating: 479_167, count: 11) + [479_163]

    @Test func oneInstalmentAtATime() {
        #expect(InstalmentsPaid(dues: Self.dues, paidBefore: 0, paid: 479_167) == .init(first: 1, last: 1))
        #expect(InstalmentsPaid(dues: Self.dues, paidBefore: 2 * 479_167, paid: 479_167) == .init(first: 3, last: 3))
    }

    @Test func twoAtOnceAndAPart() {
        let two = InstalmentsPaid(dues: Self.dues, paidBefore: 479_167, paid: 2 * 479_167 + 100_000)
        #expect(two == .init(first: 2, last: 3))
        let part = InstalmentsPaid(dues: Self.dues, paidBefore: 0, paid: 200_000)
        #expect(part == .init(first: 1, last: 0) && !part.settlesAny)
        // The rest of that instalment settles it.
        #expect(InstalmentsPaid(dues: Self.dues, paidBefore: 200_000, paid: 279_167) == .init(first: 1, last: 1))
    }

    @Test func theLastInstalment() {
        let all = Self.dues.reduce(0, +)
        #expect(InstalmentsPaid(dues: Self.dues, paidBefore: all - 479_163, paid: 479_163) == .init(first: 12, last: 12))
    }
}
