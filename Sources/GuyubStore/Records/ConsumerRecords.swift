import FluentKit
import Foundation
import GuyubCore

/// Someone the cooperative serves who is not (yet) a member: known by their phone, signed in by a code
/// sent to it, their purchases kept with them.
package final class ConsumerRecord: TenantModel, @unchecked Sendable {
    package static let schema = "consumers"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<ConsumerRecord, FieldProperty<ConsumerRecord, UUID>> { \.$cooperativeID }
    /// E.164.
    @Field(key: "phone") package var phone: String
    @Field(key: "name") package var name: String
    @OptionalField(key: "nik") package var nik: String?
    @OptionalField(key: "address") package var address: String?
    /// They agreed to be contacted (offers, invitations to give their views).
    @Field(key: "consent") package var consent: Bool
    /// Their sign-in, once they have one.
    @OptionalField(key: "user_id") package var userID: UUID?
    /// The member record their application to join made.
    @OptionalField(key: "member_id") package var memberID: UUID?
    @OptionalField(key: "referred_by_member_id") package var referredByMemberID: UUID?
    @Field(key: "joined_on") package var joinedOn: CivilDate
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}
}

/// A one-time code sent to a phone; only its hash is kept.
package final class PhoneCodeRecord: TenantModel, @unchecked Sendable {
    package static let schema = "phone_codes"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<PhoneCodeRecord, FieldProperty<PhoneCodeRecord, UUID>> { \.$cooperativeID }
    @Field(key: "phone") package var phone: String
    @Field(key: "code_hash") package var codeHash: String
    @Field(key: "sent_at") package var sentAt: Date
    @Field(key: "tries") package var tries: Int
    @Field(key: "used") package var used: Bool

    package init() {}
}

/// A message the cooperative sends to a phone. No SMS gateway is reachable from here: the outbox is where a
/// gateway would take them from, and where staff read a code out to someone at the counter.
package final class OutboxMessageRecord: TenantModel, @unchecked Sendable {
    package static let schema = "outbox_messages"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<OutboxMessageRecord, FieldProperty<OutboxMessageRecord, UUID>> {
        \.$cooperativeID
    }
    @Field(key: "phone") package var phone: String
    @Field(key: "body") package var body: String
    @Field(key: "sent_at") package var sentAt: Date

    package init() {}
}

/// A member's referral code.
package final class ReferralCodeRecord: TenantModel, @unchecked Sendable {
    package static let schema = "referral_codes"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<ReferralCodeRecord, FieldProperty<ReferralCodeRecord, UUID>> {
        \.$cooperativeID
    }
    @Field(key: "member_id") package var memberID: UUID
    @Field(key: "code") package var code: String

    package init() {}
}

/// A consumer a member brought, and what came of it.
package final class ReferralRecord: TenantModel, @unchecked Sendable {
    package static let schema = "referrals"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<ReferralRecord, FieldProperty<ReferralRecord, UUID>> { \.$cooperativeID }
    @Field(key: "member_id") package var memberID: UUID
    @Field(key: "consumer_id") package var consumerID: UUID
    @Field(key: "status") package var status: ReferralStatus
    @OptionalField(key: "reason") package var reason: ReferralRefusal?
    @Field(key: "signed_on") package var signedOn: CivilDate
    /// The consumer's first purchase.
    @OptionalField(key: "sale_id") package var saleID: UUID?
    @OptionalField(key: "decided_on") package var decidedOn: CivilDate?
    @OptionalField(key: "voucher_id") package var voucherID: UUID?
    @OptionalField(key: "reversed_on") package var reversedOn: CivilDate?

    package init() {}
}

/// A voucher: money off at the counter or a package to collect; owed until used, expired or voided.
package final class VoucherRecord: TenantModel, @unchecked Sendable {
    package static let schema = "vouchers"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<VoucherRecord, FieldProperty<VoucherRecord, UUID>> { \.$cooperativeID }
    @Field(key: "code") package var code: String
    @Field(key: "kind") package var kind: VoucherKind
    @Field(key: "source") package var source: VoucherSource
    @OptionalField(key: "referral_id") package var referralID: UUID?
    /// Whose it is: a member's or a consumer's.
    @OptionalField(key: "member_id") package var memberID: UUID?
    @OptionalField(key: "consumer_id") package var consumerID: UUID?
    /// What is owed on it: the money's face value, or what the package cost when it was promised.
    @Field(key: "value") package var value: Int64
    @OptionalField(key: "product_id") package var productID: UUID?
    @OptionalField(key: "quantity") package var quantity: Int64?
    /// The unit whose promotion it is (and whose stock a package comes from).
    @Field(key: "unit_id") package var unitID: UUID
    @Field(key: "issued_on") package var issuedOn: CivilDate
    @Field(key: "expires_on") package var expiresOn: CivilDate
    @Field(key: "status") package var status: VoucherStatus
    @OptionalField(key: "closed_on") package var closedOn: CivilDate?
    /// The sale it paid toward.
    @OptionalField(key: "sale_id") package var saleID: UUID?
    @Field(key: "entry_id") package var entryID: UUID
    /// The entry that took it off the books: collected, expired or voided (a sale's own entry when spent).
    @OptionalField(key: "closing_entry_id") package var closingEntryID: UUID?

    package init() {}
}
