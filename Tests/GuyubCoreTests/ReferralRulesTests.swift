import Foundation
import GuyubCore
import PropertyBased
import Testing

/// Members who bring consumers: when a referral earns its reward, and what never does.
@Suite("Referrals: the reward and its refusals")
struct ReferralRulesTests {
    static let rules = ReferralRules.standard // Rp 50.000 minimum, 7 days, 10 a month
    static let sold = CivilDate(year: 2026, month: 8, day: 3)!

    static func decide(
        _ first: Referral.Purchase?, isSelf: Bool = false, rewarded: Int = 0, on day: Int = 11
    ) -> Referral.Decision {
        Referral.decide(
            first: first, isSelf: isSelf, rewardedThisMonth: rewarded, rules: rules,
            today: CivilDate(year: 2026, month: 8, day: day)!)
    }

    @Test("a first purchase of Rp 60.000 kept 8 days earns its reward; 7 days is not yet")
    func rewardAfterTheWindow() {
        let first = Referral.Purchase(total: 60_000, returned: 0, on: Self.sold)
        #expect(Self.decide(first, on: 10) == .wait)
        #expect(Self.decide(first, on: 11) == .reward)
        #expect(Self.decide(nil, on: 30) == .wait, "no purchase yet")
    }

    @Test("each refusal for its own reason")
    func refusals() {
        #expect(Self.decide(.init(total: 60_000, returned: 0, on: Self.sold), isSelf: true) == .refuse(.selfReferral))
        #expect(Self.decide(.init(total: 49_999, returned: 0, on: Self.sold), on: 4) == .refuse(.belowMinimum))
        #expect(Self.decide(.init(total: 60_000, returned: 10_001, on: Self.sold)) == .refuse(.returned))
        #expect(Self.decide(.init(total: 60_000, returned: 10_000, on: Self.sold)) == .reward, "still at the minimum")
        #expect(Self.decide(.init(total: 60_000, returned: 0, on: Self.sold), rewarded: 10) == .refuse(.overMonthlyCap))
    }

    @Test("never a reward for oneself, before the window, below the minimum or past the cap")
    func neverRewardedAgainstTheRules() async {
        await propertyCheck(
            count: 500, input: Gen.int64(in: 0...200_000), Gen.int64(in: 0...200_000), Gen.int(in: 0...20),
            Gen.int(in: 0...12), Gen.bool
        ) { total, returned, days, rewarded, isSelf in
            let first = Referral.Purchase(total: total, returned: min(returned, total), on: Self.sold)
            let decision = Referral.decide(
                first: first, isSelf: isSelf, rewardedThisMonth: rewarded, rules: Self.rules,
                today: Self.sold.adding(days: days)!)
            if decision == .reward {
                #expect(!isSelf && days > Self.rules.returnWindowDays && rewarded < Self.rules.monthlyCap)
                #expect(first.total - first.returned >= Self.rules.minimumPurchase)
            }
        }
    }

    @Test("the member themselves: the same phone, NIK or (by the board's rule) address written alike")
    func isSelf() {
        let member = Referral.Person(phone: "+6281234567890", nik: "3507245012720001", address: "Jl. Melati No.3, Krajan")
        func person(_ phone: String = "+6281311112222", nik: String? = nil, address: String? = nil) -> Referral.Person {
            .init(phone: phone, nik: nik, address: address)
        }
        #expect(Referral.isSelf(person("+6281234567890"), member: member, household: false))
        #expect(Referral.isSelf(person(nik: "3507245012720001"), member: member, household: false))
        #expect(Referral.isSelf(person(address: "jl melati no 3 krajan"), member: member, household: true))
        #expect(!Referral.isSelf(person(address: "jl melati no 3 krajan"), member: member, household: false))
        #expect(!Referral.isSelf(person(address: "Jl. Mawar 3"), member: member, household: true))
        #expect(!Referral.isSelf(person(address: ""), member: .init(phone: "+62", nik: nil, address: ""), household: true))
    }

    @Test("rules that do not hold together are refused with their field")
    func rules() throws {
        var rules = ReferralRules.standard
        #expect(try rules.checked() == rules)
        rules.reward = .package
        #expect(throws: ConsumerError.rulesInvalid("packageProductId")) { try rules.checked() }
        rules.packageProductID = UUID()
        #expect(throws: ConsumerError.rulesInvalid("packageQuantity")) { try rules.checked() }
        rules.packageQuantity = 5_000
        rules.returnWindowDays = 91
        #expect(throws: ConsumerError.rulesInvalid("returnWindowDays")) { try rules.checked() }
    }
}

/// Vouchers and the codes that prove a phone.
@Suite("Vouchers and phone codes")
struct VoucherRulesTests {
    static let day = CivilDate(year: 2026, month: 8, day: 3)!

    @Test("a voucher pays up to the total and gives no change; what it was worth is all accounted for")
    func paying() async {
        #expect(Voucher.paying(10_000, toward: 2_800) == (2_800, 7_200))
        #expect(Voucher.paying(10_000, toward: 25_000) == (10_000, 0))
        await propertyCheck(count: 300, input: Gen.int64(in: 1...1_000_000), Gen.int64(in: 0...1_000_000)) { value, total in
            let (paid, lapsed) = Voucher.paying(value, toward: total)
            #expect(paid + lapsed == value && paid == min(value, total) && lapsed >= 0)
        }
    }

    @Test("only a voucher still good, of the kind asked, up to its last day")
    func usable() throws {
        try Voucher.usable(status: .active, kind: .money, as: .money, expiresOn: Self.day, today: Self.day)
        #expect(throws: ConsumerError.voucherUsed) {
            try Voucher.usable(status: .used, kind: .money, as: .money, expiresOn: Self.day, today: Self.day)
        }
        #expect(throws: ConsumerError.voucherUsed) {
            try Voucher.usable(status: .void, kind: .money, as: .money, expiresOn: Self.day, today: Self.day)
        }
        #expect(throws: ConsumerError.voucherExpired) {
            try Voucher.usable(status: .active, kind: .money, as: .money, expiresOn: Self.day, today: Self.day.adding(days: 1)!)
        }
        #expect(throws: ConsumerError.voucherKind) {
            try Voucher.usable(status: .active, kind: .package, as: .money, expiresOn: Self.day, today: Self.day)
        }
    }

    @Test("a code: six digits, once, within ten minutes and five tries")
    func phoneCode() throws {
        let sent = Date(timeIntervalSince1970: 1_786_000_000)
        try PhoneCode.check(matches: true, sentAt: sent, tries: 4, used: false, now: sent.addingTimeInterval(600))
        #expect(throws: ConsumerError.codeWrong) {
            try PhoneCode.check(matches: false, sentAt: sent, tries: 0, used: false, now: sent)
        }
        #expect(throws: ConsumerError.codeExpired) {
            try PhoneCode.check(matches: true, sentAt: sent, tries: 5, used: false, now: sent)
        }
        #expect(throws: ConsumerError.codeExpired) {
            try PhoneCode.check(matches: true, sentAt: sent, tries: 0, used: true, now: sent)
        }
        #expect(throws: ConsumerError.codeExpired) {
            try PhoneCode.check(matches: true, sentAt: sent, tries: 0, used: false, now: sent.addingTimeInterval(601))
        }
        #expect(PhoneCode.read(" 123 456 ") == "123456" && PhoneCode.read("123-456") == "123456")
        #expect(PhoneCode.read("12345") == nil && PhoneCode.read("١٢٣٤٥٦") == nil && PhoneCode.read(nil) == nil)
        #expect(PhoneCode.make().count == 6)
    }
}

/// Ideas from everyone: the board's steps and what each needs.
@Suite("Ideas: their steps")
struct IdeaRulesTests {
    @Test("reviewed, accepted, carried out and done; declined only with a reason, and nothing after")
    func steps() throws {
        #expect(try IdeaStatus.submitted.after(.review, reason: nil) == .underReview)
        #expect(try IdeaStatus.underReview.after(.accept, reason: nil) == .accepted)
        #expect(try IdeaStatus.accepted.after(.start, reason: nil) == .inProgress)
        #expect(try IdeaStatus.inProgress.after(.finish, reason: nil) == .done)
        #expect(try IdeaStatus.submitted.after(.decline, reason: "Sudah ada") == .declined)
        #expect(throws: ConsumerError.reasonRequired) { try IdeaStatus.submitted.after(.decline, reason: "  ") }
        #expect(throws: ConsumerError.ideaState(.done)) { try IdeaStatus.done.after(.decline, reason: "x") }
        #expect(IdeaStatus.allCases.filter { !$0.isOpen } == [.done, .declined])
    }
}
