import FluentKit
import Foundation

/// The stored answer to a request sent with an `Idempotency-Key` (or a form's one-time `_once`),
/// replayed on a retry.
package final class IdempotencyRecord: TenantModel, @unchecked Sendable {
    package static let schema = "idempotency_keys"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<IdempotencyRecord, FieldProperty<IdempotencyRecord, UUID>> { \.$cooperativeID }
    @Field(key: "key") package var key: String
    /// Who sent it and what: user, method, path and a digest of the body.
    @Field(key: "fingerprint") package var fingerprint: String
    @Field(key: "status") package var status: Int
    @Field(key: "content_type") package var contentType: String
    @Field(key: "body") package var body: String
    /// Where a form's answer sent the browser (a redirect), to send it there again.
    @OptionalField(key: "location") package var location: String?
    /// Who sent the request (a form's refusal is shown again to them only).
    @OptionalField(key: "user_id") package var userID: UUID?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}

    /// Drops the answers kept longer than a week: a retry comes within minutes, not days.
    package static func prune(_ tenant: Tenant, now: Date) async throws {
        try await tenant.query(IdempotencyRecord.self).filter(\.$createdAt < now.addingTimeInterval(-7 * 86_400)).delete()
    }

    /// A claim on `key`, its answer yet to come.
    package init(key: String, fingerprint: String) {
        self.key = key
        self.fingerprint = fingerprint
        status = 0
        contentType = ""
        body = ""
    }
}
