import Foundation
import GuyubCore
import GuyubStore
import Vapor

/// `{"phone","name","nik"?,"address"?,"consent"?,"referralCode"?}`.
struct ConsumerInput: Content {
    var phone: String?
    var name: String?
    var nik: String?
    var address: String?
    var consent: Bool?
    var referralCode: String?
}

struct ConsumerDTO: Content {
    var id: UUID
    var phone: String
    var name: String
    var nik: String?
    var address: String?
    var consent: Bool
    var joinedOn: String
    /// The member record their application to join made.
    var memberId: UUID?
    /// The member who brought them.
    var referredBy: UUID?

    init(_ c: ConsumerRecord) {
        id = c.id!
        phone = c.phone
        name = c.name
        nik = c.nik
        address = c.address
        consent = c.consent
        joinedOn = c.joinedOn.description
        memberId = c.memberID
        referredBy = c.referredByMemberID
    }
}

/// A member's code, where it leads, and what it has brought.
struct ReferralCodeDTO: Content {
    var memberId: UUID
    var code: String
    /// The sign-up page the code opens, as the member's QR card carries it.
    var link: String
    var brought: Int
    var rewarded: Int
}

struct ReferralDTO: Content {
    var id: UUID
    var memberId: UUID
    var consumerId: UUID
    var consumerName: String
    var signedOn: String
    var status: String
    var reason: String?
    var decidedOn: String?
    var voucherId: UUID?
}

struct ReferralRulesDTO: Content {
    var reward: String
    var voucherValue: String
    var packageProductId: UUID?
    var packageQuantity: String
    var minimumPurchase: String
    var returnWindowDays: Int
    var monthlyCap: Int
    var welcomeValue: String
    var voucherDays: Int
    var refuseHousehold: Bool

    init(_ r: ReferralRules, decimals: Int) {
        func m(_ v: Int64) -> String { Amount.string(v, decimals: decimals) }
        reward = r.reward.rawValue
        voucherValue = m(r.voucherValue)
        packageProductId = r.packageProductID
        packageQuantity = Quantity.string(r.packageQuantity)
        minimumPurchase = m(r.minimumPurchase)
        returnWindowDays = r.returnWindowDays
        monthlyCap = r.monthlyCap
        welcomeValue = m(r.welcomeValue)
        voucherDays = r.voucherDays
        refuseHousehold = r.refuseHousehold
    }
}

/// The whole rules again; amounts as people write them.
struct ReferralRulesInput: Content {
    var reward: String?
    var voucherValue: NumberText?
    var packageProductId: UUID?
    var packageQuantity: NumberText?
    var minimumPurchase: NumberText?
    var returnWindowDays: Int?
    var monthlyCap: Int?
    var welcomeValue: NumberText?
    var voucherDays: Int?
    var refuseHousehold: Bool?
}

struct VoucherDTO: Content {
    var id: UUID
    var code: String
    var kind: String
    var source: String
    var value: String
    var productId: UUID?
    var quantity: String?
    var memberId: UUID?
    var consumerId: UUID?
    var issuedOn: String
    var expiresOn: String
    var status: String
    var saleId: UUID?

    init(_ v: VoucherRecord, decimals: Int) {
        id = v.id!
        code = v.code
        kind = v.kind.rawValue
        source = v.source.rawValue
        value = Amount.string(v.value, decimals: decimals)
        productId = v.productID
        quantity = v.quantity.map(Quantity.string)
        memberId = v.memberID
        consumerId = v.consumerID
        issuedOn = v.issuedOn.description
        expiresOn = v.expiresOn.description
        status = v.status.rawValue
        saleId = v.saleID
    }
}

/// A message of the outbox: what a gateway sends, or staff read out.
struct OutboxMessageDTO: Content {
    var phone: String
    var body: String
    var sentAt: Date
}

/// What the referrals' and vouchers' day did.
struct ConsumerDayDTO: Content {
    var date: String
    var rewarded: Int
    var refused: Int
    var expired: Int
}
