import FluentKit
import Foundation
import GuyubCore

/// A visit or meeting to which the cooperative invites representatives of the people it works with.
package final class ConsultationRecord: TenantModel, @unchecked Sendable {
    package static let schema = "consultations"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<ConsultationRecord, FieldProperty<ConsultationRecord, UUID>> {
        \.$cooperativeID
    }
    @Field(key: "topic") package var topic: String
    @Field(key: "kind") package var kind: ConsultationKind
    @Field(key: "held_on") package var heldOn: CivilDate
    /// `HH:MM`.
    @Field(key: "starts_at") package var startsAt: String
    @Field(key: "place") package var place: String
    @Field(key: "status") package var status: ConsultationStatus
    @Field(key: "created_by_name") package var createdByName: String
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}
}

/// Someone invited to a consultation, speaking for their group: a member, a consumer or a supplier the
/// cooperative knows, or a neighbour known by name (and phone, if they gave one).
package final class ConsultationGuestRecord: TenantModel, @unchecked Sendable {
    package static let schema = "consultation_guests"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<ConsultationGuestRecord, FieldProperty<ConsultationGuestRecord, UUID>> {
        \.$cooperativeID
    }
    @Field(key: "consultation_id") package var consultationID: UUID
    @Field(key: "group_name") package var group: ConsultationGroup
    @Field(key: "name") package var name: String
    /// E.164, when known.
    @OptionalField(key: "phone") package var phone: String?
    @OptionalField(key: "member_id") package var memberID: UUID?
    @OptionalField(key: "consumer_id") package var consumerID: UUID?
    @OptionalField(key: "supplier_id") package var supplierID: UUID?
    @Field(key: "attended") package var attended: Bool

    package init() {}
}

/// What a guest said at a session, kept as an idea.
package final class ConsultationInputRecord: TenantModel, @unchecked Sendable {
    package static let schema = "consultation_inputs"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<ConsultationInputRecord, FieldProperty<ConsultationInputRecord, UUID>> {
        \.$cooperativeID
    }
    @Field(key: "consultation_id") package var consultationID: UUID
    @Field(key: "guest_id") package var guestID: UUID
    @Field(key: "idea_id") package var ideaID: UUID

    package init() {}
}
