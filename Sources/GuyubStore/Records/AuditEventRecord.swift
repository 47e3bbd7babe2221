import FluentKit
import Foundation
import GuyubCore

/// One link of a cooperative's audit chain: who changed what, when, and the state before and after.
package final class AuditEventRecord: TenantModel, @unchecked Sendable {
    package static let schema = "audit_events"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<AuditEventRecord, FieldProperty<AuditEventRecord, UUID>> { \.$cooperativeID }
    @Field(key: "sequence") package var sequence: Int64
    /// Whole seconds, so the hashed time survives a round trip through either engine exactly.
    @Field(key: "recorded_at") package var recordedAt: Date
    @OptionalField(key: "actor_user_id") package var actorUserID: UUID?
    @Field(key: "actor") package var actor: String
    @Field(key: "action") package var action: AuditAction
    @Field(key: "entity") package var entity: String
    @OptionalField(key: "entity_id") package var entityID: String?
    @OptionalField(key: "before") package var before: String?
    @OptionalField(key: "after") package var after: String?
    @Field(key: "previous_hash") package var previousHash: String
    @Field(key: "hash") package var hash: String

    package init() {}
}
