import Foundation

/// A member who brings a consumer to the cooperative (anggota bantu konsumen): once the consumer's first
/// purchase is above the board's minimum and was not brought back within the return window, the member
/// earns a reward, within a monthly cap; never for bringing themselves.
package enum ReferralStatus: String, Codable, Sendable, CaseIterable {
    /// Waiting for the first purchase, or for its return window to pass.
    case pending
    case rewarded
    /// Rewarded, then the purchase was brought back: the reward was taken back.
    case reversed
    case refused
}

/// Why a referral earned nothing.
package enum ReferralRefusal: String, Codable, Sendable, CaseIterable {
    case selfReferral = "self_referral"
    case overMonthlyCap = "over_monthly_cap"
    case belowMinimum = "below_minimum"
    case returned
}

/// The board's rules for referrals.
package struct ReferralRules: Sendable, Equatable, Codable {
    package enum Reward: String, Sendable, Codable, CaseIterable {
        /// A store voucher of `voucherValue`.
        case voucher
        /// `packageQuantity` of `packageProductID` from the shop's stock.
        case package
    }

    package var reward: Reward
    package var voucherValue: Int64
    package var packageProductID: UUID?
    /// Thousandths of the product's base unit.
    package var packageQuantity: Int64
    /// The first purchase must come to at least this.
    package var minimumPurchase: Int64
    /// Days the first purchase may still be brought back; the reward waits for them to pass.
    package var returnWindowDays: Int
    /// Rewards one member may earn in a calendar month.
    package var monthlyCap: Int
    /// A new consumer's welcome voucher (0: none).
    package var welcomeValue: Int64
    /// Days a voucher stays good.
    package var voucherDays: Int
    /// Refuse a consumer living at the member's own address (their household).
    package var refuseHousehold: Bool

    package static let standard = ReferralRules(
        reward: .voucher, voucherValue: 10_000, packageProductID: nil, packageQuantity: 0, minimumPurchase: 50_000,
        returnWindowDays: 7, monthlyCap: 10, welcomeValue: 0, voucherDays: 90, refuseHousehold: true)

    package init(
        reward: Reward, voucherValue: Int64, packageProductID: UUID?, packageQuantity: Int64, minimumPurchase: Int64,
        returnWindowDays: Int, monthlyCap: Int, welcomeValue: Int64, voucherDays: Int, refuseHousehold: Bool
    ) {
        self.reward = reward
        self.voucherValue = voucherValue
        self.packageProductID = packageProductID
        self.packageQuantity = packageQuantity
        self.minimumPurchase = minimumPurchase
        self.returnWindowDays = returnWindowDays
        self.monthlyCap = monthlyCap
        self.welcomeValue = welcomeValue
        self.voucherDays = voucherDays
        self.refuseHousehold = refuseHousehold
    }

    /// Refuses rules that do not hold together.
    package func checked() throws(ConsumerError) -> ReferralRules {
        func money(_ v: Int64) -> Bool { v >= 0 && v <= Amount.ceiling }
        switch reward {
        case .voucher: guard voucherValue > 0, money(voucherValue) else { throw .rulesInvalid("voucherValue") }
        case .package:
            guard packageProductID != nil else { throw .rulesInvalid("packageProductId") }
            guard packageQuantity > 0, packageQuantity <= Quantity.ceiling else { throw .rulesInvalid("packageQuantity") }
        }
        guard money(minimumPurchase) else { throw .rulesInvalid("minimumPurchase") }
        guard (0...90).contains(returnWindowDays) else { throw .rulesInvalid("returnWindowDays") }
        guard (1...1000).contains(monthlyCap) else { throw .rulesInvalid("monthlyCap") }
        guard money(welcomeValue) else { throw .rulesInvalid("welcomeValue") }
        guard (1...730).contains(voucherDays) else { throw .rulesInvalid("voucherDays") }
        return self
    }
}

package enum Referral {
    /// Who a person is, as far as telling a member from the consumer they bring goes.
    package struct Person: Sendable {
        package var phone: String
        package var nik: String?
        package var address: String?
        package init(phone: String, nik: String?, address: String?) {
            self.phone = phone
            self.nik = nik
            self.address = address
        }
    }

    /// True when the consumer is the member themselves (the same phone or NIK) or, when the board says so,
    /// of their household (the same address, written alike).
    package static func isSelf(_ consumer: Person, member: Person, household: Bool) -> Bool {
        if consumer.phone == member.phone { return true }
        if let nik = consumer.nik, nik == member.nik { return true }
        if household, let a = consumer.address.map(folded), let b = member.address.map(folded), !a.isEmpty, a == b {
            return true
        }
        return false
    }

    /// An address as compared: lower case, letters and digits only ("Jl. Melati No.3" = "jl melati no 3").
    static func folded(_ address: String) -> String {
        String(address.lowercased().filter { $0.isLetter || $0.isNumber })
    }

    /// The consumer's first purchase: what it came to, what of it was brought back, and when.
    package struct Purchase: Sendable {
        package var total: Int64
        package var returned: Int64
        package var on: CivilDate
        package init(total: Int64, returned: Int64, on: CivilDate) {
            self.total = total
            self.returned = returned
            self.on = on
        }
    }

    package enum Decision: Sendable, Equatable {
        case wait
        case reward
        case refuse(ReferralRefusal)
    }

    /// What becomes of a pending referral on `today`: refused when it is the member themselves, when the
    /// first purchase was below the minimum or was brought back below it, or when the member had their
    /// month's rewards already; rewarded once the purchase's return window has passed; else it waits.
    package static func decide(
        first: Purchase?, isSelf: Bool, rewardedThisMonth: Int, rules: ReferralRules, today: CivilDate
    ) -> Decision {
        if isSelf { return .refuse(.selfReferral) }
        guard let first else { return .wait }
        if first.total < rules.minimumPurchase { return .refuse(.belowMinimum) }
        guard first.on.days(until: today) > rules.returnWindowDays else { return .wait }
        if first.total - first.returned < rules.minimumPurchase { return .refuse(.returned) }
        if rewardedThisMonth >= rules.monthlyCap { return .refuse(.overMonthlyCap) }
        return .reward
    }

    /// Whether a rewarded referral is taken back after its purchase was brought back below the minimum.
    package static func reverses(_ first: Purchase, rules: ReferralRules) -> Bool {
        first.total - first.returned < rules.minimumPurchase
    }

    /// A member's code to share: `K` and six letters and digits that cannot be misread.
    package static func code() -> String {
        let alphabet = Array("23456789ABCDEFGHJKMNPQRSTUVWXYZ")
        var generator = SystemRandomNumberGenerator()
        return "K" + String((0..<6).map { _ in alphabet.randomElement(using: &generator)! })
    }

    /// A code as typed: upper case, spaces and dashes dropped.
    package static func read(_ text: String) -> String {
        text.uppercased().filter { !$0.isWhitespace && $0 != "-" }
    }
}
