import GuyubCore
import OpenAPIKit30

extension OpenAPIDocument {
    static let consumerSchemas: OpenAPI.ComponentDictionary<JSONSchema> = [
        "ConsumerInput": .input(
            [
                "phone": .string(maxLength: 20), "name": .string(maxLength: FieldLimit.name), "nik": .string(maxLength: 40),
                "address": .string(maxLength: FieldLimit.address), "consent": .boolean,
                "referralCode": .string(maxLength: 20),
            ], required: ["phone", "name"]),
        "Consumer": .object(
            [
                "id": .uuid, "phone": .string, "name": .string, "nik": .string, "address": .string, "consent": .boolean,
                "joinedOn": .isoDate, "memberId": .uuid, "referredBy": .uuid,
            ], required: ["id", "phone", "name", "consent", "joinedOn"]),
        "ReferralCode": .object(
            ["memberId": .uuid, "code": .string, "link": .string, "brought": .integer, "rewarded": .integer],
            required: ["memberId", "code", "link", "brought", "rewarded"]),
        "Referral": .object(
            [
                "id": .uuid, "memberId": .uuid, "consumerId": .uuid, "consumerName": .string, "signedOn": .isoDate,
                "status": .string(allowedValues: ReferralStatus.allCases.map { .init($0.rawValue) }),
                "reason": .string(allowedValues: ReferralRefusal.allCases.map { .init($0.rawValue) }),
                "decidedOn": .isoDate, "voucherId": .uuid,
            ], required: ["id", "memberId", "consumerId", "consumerName", "signedOn", "status"]),
        "ReferralRules": .object(
            [
                "reward": .string(allowedValues: ReferralRules.Reward.allCases.map { .init($0.rawValue) }),
                "voucherValue": .money, "packageProductId": .uuid, "packageQuantity": quantity, "minimumPurchase": .money,
                "returnWindowDays": .integer, "monthlyCap": .integer, "welcomeValue": .money, "voucherDays": .integer,
                "refuseHousehold": .boolean,
            ],
            required: [
                "reward", "voucherValue", "packageQuantity", "minimumPurchase", "returnWindowDays", "monthlyCap",
                "welcomeValue", "voucherDays", "refuseHousehold",
            ]),
        "ReferralRulesInput": .input(
            [
                "reward": .string(allowedValues: ReferralRules.Reward.allCases.map { .init($0.rawValue) }),
                "voucherValue": moneyOrNumber, "packageProductId": .uuid, "packageQuantity": quantityOrNumber,
                "minimumPurchase": moneyOrNumber, "returnWindowDays": .integer(in: 0...90),
                "monthlyCap": .integer(in: 1...1000), "welcomeValue": moneyOrNumber, "voucherDays": .integer(in: 1...730),
                "refuseHousehold": .boolean,
            ], required: []),
        "Voucher": .object(
            [
                "id": .uuid, "code": .string, "kind": .string(allowedValues: VoucherKind.allCases.map { .init($0.rawValue) }),
                "source": .string(allowedValues: VoucherSource.allCases.map { .init($0.rawValue) }), "value": .money,
                "productId": .uuid, "quantity": quantity, "memberId": .uuid, "consumerId": .uuid, "issuedOn": .isoDate,
                "expiresOn": .isoDate, "status": .string(allowedValues: VoucherStatus.allCases.map { .init($0.rawValue) }),
                "saleId": .uuid,
            ], required: ["id", "code", "kind", "source", "value", "issuedOn", "expiresOn", "status"]),
        "OutboxMessage": .object(
            ["phone": .string, "body": .string, "sentAt": .dateTime], required: ["phone", "body", "sentAt"]),
        "ConsumerDay": .object(
            ["date": .isoDate, "rewarded": .integer, "refused": .integer, "expired": .integer],
            required: ["date", "rewarded", "refused", "expired"]),
    ]
}
