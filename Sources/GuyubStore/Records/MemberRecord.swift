import FluentKit
import Foundation
import GuyubCore

package final class MemberRecord: TenantModel, @unchecked Sendable {
    package static let schema = "members"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<MemberRecord, FieldProperty<MemberRecord, UUID>> { \.$cooperativeID }
    @Field(key: "member_number") package var memberNumber: Int
    @Field(key: "name") package var name: String
    /// The name lower-cased, for case-insensitive search on both engines.
    @Field(key: "name_folded") package var nameFolded: String
    @Field(key: "nik") package var nik: String
    @Field(key: "phone") package var phone: String
    @Field(key: "address") package var address: String
    @OptionalField(key: "birth_place") package var birthPlace: String?
    @OptionalField(key: "birth_date") package var birthDate: CivilDate?
    @Field(key: "gender") package var gender: Gender
    @Field(key: "status") package var status: MemberStatus
    @Field(key: "status_since") package var statusSince: CivilDate
    @OptionalField(key: "joined_on") package var joinedOn: CivilDate?
    /// The member class whose wajib amount applies, where the bylaws set several.
    @OptionalField(key: "wajib_class") package var wajibClass: String?
    /// The member's own sign-in, when they have one.
    @OptionalField(key: "user_id") package var userID: UUID?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?

    package init() {}
}

/// One dated step of a member's life with the cooperative, and who recorded it.
package final class MemberStatusChangeRecord: TenantModel, @unchecked Sendable {
    package static let schema = "member_status_changes"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<MemberStatusChangeRecord, FieldProperty<MemberStatusChangeRecord, UUID>> {
        \.$cooperativeID
    }
    @Field(key: "member_id") package var memberID: UUID
    @OptionalField(key: "from_status") package var fromStatus: MemberStatus?
    @Field(key: "to_status") package var toStatus: MemberStatus
    @Field(key: "effective_on") package var effectiveOn: CivilDate
    @OptionalField(key: "reason") package var reason: String?
    @OptionalField(key: "by_user_id") package var byUserID: UUID?
    @Field(key: "by_name") package var byName: String
    @Timestamp(key: "recorded_at", on: .create) package var recordedAt: Date?

    package init() {}
}
