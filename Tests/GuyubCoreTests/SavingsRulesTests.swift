import Foundation
import GuyubCore
import PropertyBased
import Testing

/// What may be paid into and taken out of the simpanan, what is owed of them, and the interest and
/// tax on them.
@Suite("SavingsRules: pokok, withdrawals, wajib owed, interest and its tax")
struct SavingsRulesTests {
    /// The village-cooperative defaults: pokok Rp50.000, wajib Rp10.000, 10 % tax above Rp240.000.
    static let village = SavingsSettings.villageDefaults

    static func settings(pokok: Int64) -> SavingsSettings {
        var s = village
        s.pokokAmount = pokok
        return s
    }

    // MARK: - Simpanan pokok

    @Test("an applicant paying the whole pokok becomes a member")
    func applicantJoins() throws {
        // when
        let payment = try SavingsRules.pokokPayment(50_000, status: .applicant, paid: 0, settings: Self.village)
        // then
        #expect(payment == .admitsApplicant)
    }

    @Test("a member whose pokok was raised after joining pays the difference, and stays a member")
    func memberCompletes() throws {
        // given: paid Rp50.000 on joining; the AD/ART now sets Rp100.000.
        let raised = Self.settings(pokok: 100_000)
        // when
        let payment = try SavingsRules.pokokPayment(50_000, status: .member, paid: 50_000, settings: raised)
        // then
        #expect(payment == .completesPokok)
    }

    @Test("a member who has paid it all, or more than a lowered pokok, owes none")
    func alreadyPaid() {
        #expect(throws: SavingsError.pokokAlreadyPaid) {
            try SavingsRules.pokokPayment(50_000, status: .member, paid: 50_000, settings: Self.village)
        }
        // Paid Rp100.000 before the AD/ART lowered it to Rp50.000: nothing due, nothing refunded here.
        #expect(throws: SavingsError.pokokAlreadyPaid) {
            try SavingsRules.pokokPayment(50_000, status: .member, paid: 100_000, settings: Self.village)
        }
    }

    @Test("only exactly what is due: less or more names the amount due")
    func mismatch() {
        #expect(throws: SavingsError.pokokAmountMismatch(expected: 50_000)) {
            try SavingsRules.pokokPayment(40_000, status: .applicant, paid: 0, settings: Self.village)
        }
        #expect(throws: SavingsError.pokokAmountMismatch(expected: 50_000)) {
            try SavingsRules.pokokPayment(50_001, status: .applicant, paid: 0, settings: Self.village)
        }
        // A member who owes Rp50.000 of a raised pokok may not pay the whole new amount again.
        #expect(throws: SavingsError.pokokAmountMismatch(expected: 50_000)) {
            try SavingsRules.pokokPayment(100_000, status: .member, paid: 50_000, settings: Self.settings(pokok: 100_000))
        }
        #expect(throws: SavingsError.pokokAmountMismatch(expected: 50_000)) {
            try SavingsRules.pokokPayment(0, status: .applicant, paid: 0, settings: Self.village)
        }
    }

    @Test(
        "someone who is no longer, or never was, a member cannot pay the pokok",
        arguments: [MemberStatus.rejected, .resigned, .deceased, .dismissed])
    func notAMember(status: MemberStatus) {
        // The status is refused first, even for the right amount, or when nothing is due.
        #expect(throws: SavingsError.notAMember) {
            try SavingsRules.pokokPayment(50_000, status: status, paid: 0, settings: Self.village)
        }
        #expect(throws: SavingsError.notAMember) {
            try SavingsRules.pokokPayment(50_000, status: status, paid: 50_000, settings: Self.village)
        }
    }

    @Test("the pokok errors keep the codes and fields the API and pages show")
    func pokokErrorCodes() {
        #expect(SavingsError.pokokAlreadyPaid.code == "pokok_already_paid" && SavingsError.pokokAlreadyPaid.field == "kind")
        let mismatch = SavingsError.pokokAmountMismatch(expected: 50_000)
        #expect(mismatch.code == "pokok_amount_mismatch" && mismatch.field == "amount" && mismatch.kind == .invalid)
        #expect(SavingsError.notAMember.code == "not_a_member" && SavingsError.notAMember.field == "memberId")
    }

    @Test("what is left of the pokok: never below zero")
    func pokokDue() {
        #expect(SavingsRules.pokokDue(paid: 0, settings: Self.village) == 50_000)
        #expect(SavingsRules.pokokDue(paid: 20_000, settings: Self.village) == 30_000)
        #expect(SavingsRules.pokokDue(paid: 50_000, settings: Self.village) == 0)
        #expect(SavingsRules.pokokDue(paid: 80_000, settings: Self.village) == 0)
    }

    @Test("a pokok payment is accepted exactly when the person may pay it and pays what is due")
    func pokokProperty() async {
        let gen = zip(
            Gen.int(in: 0...(MemberStatus.allCases.count - 1)), Gen.int64(in: 1...200_000), Gen.int64(in: 0...200_000),
            Gen.int64(in: 0...200_000), Gen.bool)
        await propertyCheck(count: 2000, input: gen) { pick, pokok, paid, other, exact in
            // given
            let status = MemberStatus.allCases[pick]
            let due = max(0, pokok - paid)
            let amount = exact ? due : other
            // when
            let result = try? SavingsRules.pokokPayment(amount, status: status, paid: paid, settings: Self.settings(pokok: pokok))
            // then
            let accepted = (status == .applicant || status == .member) && due > 0 && amount == due
            #expect((result != nil) == accepted)
            if let result { #expect(result == (status == .applicant ? .admitsApplicant : .completesPokok)) }
        }
    }

    // MARK: - Withdrawals and the counter

    @Test("only sukarela is withdrawn at the counter, down to its minimum")
    func withdrawalFloor() throws {
        // given
        var settings = Self.village
        settings.sukarelaMinimum = 25_000
        // then
        #expect(try SavingsRules.withdrawalFloor(.sukarela, settings: settings) == 25_000)
        for kind in [SavingsKind.pokok, .wajib, .berjangka] {
            #expect(throws: SavingsError.notWithdrawable(kind)) { try SavingsRules.withdrawalFloor(kind, settings: settings) }
        }
        #expect(SavingsError.notWithdrawable(.pokok).code == "not_withdrawable")
    }

    @Test("the counter limit: up to it passes, one more is refused with the limit")
    func counterLimit() throws {
        // given
        var settings = Self.village
        settings.counterLimit = 5_000_000
        // then
        try SavingsRules.checkCounterAmount(5_000_000, settings: settings)
        try SavingsRules.checkCounterAmount(0, settings: settings)
        #expect(throws: SavingsError.overCounterLimit(5_000_000)) {
            try SavingsRules.checkCounterAmount(5_000_001, settings: settings)
        }
        #expect(SavingsSettings.villageDefaults.counterLimit == 500_000_000)
    }

    // MARK: - Wajib owed

    static func dues(_ amounts: [Int64], from first: YearMonth = YearMonth(year: 2025, month: 1)!) -> [(
        period: YearMonth, amount: Int64
    )] {
        var month = first
        return amounts.map { amount in
            defer { month = month.next }
            return (month, amount)
        }
    }

    @Test("what was paid settles the oldest months: Rp25.000 of four Rp10.000 leaves March and April")
    func wajibOwed() {
        // given
        let dues = Self.dues([10_000, 10_000, 10_000, 10_000])
        // when
        let owed = SavingsRules.wajibOwed(dues: dues, paid: 25_000)
        // then: March half paid, April not at all.
        #expect(owed.owed == 15_000)
        #expect(owed.months == 2)
        #expect(owed.since == YearMonth(year: 2025, month: 3))
    }

    @Test("nothing paid, all paid, paid ahead, and no dues")
    func wajibOwedEdges() {
        let dues = Self.dues([10_000, 10_000, 10_000])
        let none = SavingsRules.wajibOwed(dues: dues, paid: 0)
        #expect(none.owed == 30_000 && none.months == 3 && none.since == YearMonth(year: 2025, month: 1))
        let all = SavingsRules.wajibOwed(dues: dues, paid: 30_000)
        #expect(all.owed == 0 && all.months == 0 && all.since == nil)
        let ahead = SavingsRules.wajibOwed(dues: dues, paid: 50_000)
        #expect(ahead.owed == 0 && ahead.months == 0 && ahead.since == nil)
        let empty = SavingsRules.wajibOwed(dues: [], paid: 10_000)
        #expect(empty.owed == 0 && empty.months == 0 && empty.since == nil)
    }

    @Test("a wajib that changed: Rp20.000 of 10.000, 10.000 and 15.000 leaves the 15.000")
    func wajibChanged() {
        let owed = SavingsRules.wajibOwed(dues: Self.dues([10_000, 10_000, 15_000]), paid: 20_000)
        #expect(owed.owed == 15_000 && owed.months == 1 && owed.since == YearMonth(year: 2025, month: 3))
    }

    @Test("owed is what was billed less what was paid; the months owed are the latest ones")
    func wajibProperty() async {
        let gen = zip(Gen.int64(in: 0...50_000).array(of: 0...24), Gen.int64(in: 0...1_500_000))
        await propertyCheck(count: 2000, input: gen) { amounts, paid in
            // given
            let dues = Self.dues(amounts)
            // when
            let owed = SavingsRules.wajibOwed(dues: dues, paid: paid)
            // then
            let billed = amounts.reduce(0, +)
            #expect(owed.owed == max(0, billed - paid))
            // Walking back from the latest month, the months owed are those the payment did not reach.
            var left = paid
            let unsettled = amounts.map { amount -> Bool in
                let settled = min(left, amount)
                left -= settled
                return settled < amount
            }
            #expect(owed.months == unsettled.filter { $0 }.count)
            #expect(owed.since == unsettled.firstIndex(of: true).map { dues[$0].period })
            if let first = unsettled.firstIndex(of: true) {
                // Every billed month after the first one owed is owed too (unless billed at zero).
                #expect(zip(amounts, unsettled).dropFirst(first).allSatisfy { $0.0 == 0 || $0.1 })
            }
        }
    }

    // MARK: - Interest and its tax

    @Test("interest for days on a balance, 365-day year, rounded down")
    func interest() {
        // 1 jt × 6 % × 30/365 = 4.931,51.
        #expect(SavingsRules.interest(balance: 1_000_000, rate: 600, days: 30) == 4_931)
        // 36,5 jt × 10 % for one day is exactly Rp10.000.
        #expect(SavingsRules.interest(balance: 36_500_000, rate: 1_000, days: 1) == 10_000)
        // A whole (non-leap) year at 5 % is 5 %.
        #expect(SavingsRules.interest(balance: 2_000_000, rate: 500, days: 365) == 100_000)
        #expect(SavingsRules.interest(balance: 0, rate: 600, days: 30) == 0)
        #expect(SavingsRules.interest(balance: -1_000_000, rate: 600, days: 30) == 0)
        #expect(SavingsRules.interest(balance: 1_000_000, rate: 0, days: 30) == 0)
        #expect(SavingsRules.interest(balance: 1_000_000, rate: 600, days: 0) == 0)
        #expect(SavingsRules.interest(balance: 1_000_000, rate: 600, days: -5) == 0)
    }

    @Test("PP 15/2009: no tax up to Rp240.000 of interest a month, 10 % of all of it above")
    func interestTax() {
        #expect(SavingsRules.interestTax(0, settings: Self.village) == 0)
        #expect(SavingsRules.interestTax(240_000, settings: Self.village) == 0)
        // One rupiah above the threshold taxes the whole amount: 24.000,1 rounded down.
        #expect(SavingsRules.interestTax(240_001, settings: Self.village) == 24_000)
        #expect(SavingsRules.interestTax(240_010, settings: Self.village) == 24_001)
        // Rp1 bn at 5,5 % for 31 days earns 4.671.232; 10 % is 467.123,2.
        #expect(SavingsRules.interestTax(4_671_232, settings: Self.village) == 467_123)
        var untaxed = Self.village
        untaxed.interestTaxRate = 0
        #expect(SavingsRules.interestTax(1_000_000, settings: untaxed) == 0)
    }

    @Test("interest and tax are never negative, and the tax never above the interest")
    func interestProperty() async {
        let gen = zip(Gen.int64(in: -1_000_000...Amount.ceiling), Gen.int(in: -100...10_000), Gen.int(in: -31...365))
        await propertyCheck(count: 2000, input: gen, Gen.int(in: 0...10_000)) { args, taxRate in
            let (balance, rate, days) = args
            var settings = Self.village
            settings.interestTaxRate = taxRate
            let interest = SavingsRules.interest(balance: balance, rate: rate, days: days)
            let tax = SavingsRules.interestTax(interest, settings: settings)
            #expect(interest >= 0 && tax >= 0 && tax <= interest)
            // Within a year at up to 100 %, no more than the balance.
            #expect(interest <= max(0, balance))
        }
    }
}
