import FluentKit
import Foundation

/// How a session's token travels: a browser's cookie or an API client's bearer token.
package enum SessionKind: String, Codable, Sendable { case web, api }

/// A signed-in session (web cookie or API bearer token), kept in the database so that several
/// servers can share it. Only the token's SHA-256 is stored.
package final class UserSessionRecord: TenantModel, @unchecked Sendable {
    package static let schema = "sessions"

    @ID package var id: UUID?
    @Field(key: "token_hash") package var tokenHash: String
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<UserSessionRecord, FieldProperty<UserSessionRecord, UUID>> { \.$cooperativeID }
    @Field(key: "user_id") package var userID: UUID
    @Field(key: "kind") package var kind: SessionKind
    @Field(key: "csrf_token") package var csrfToken: String
    @Field(key: "expires_at") package var expiresAt: Date
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}
}

/// A failed sign-in, counted per account and per address to throttle guessing.
package final class SignInFailureRecord: Model, @unchecked Sendable {
    package static let schema = "sign_in_failures"

    @ID package var id: UUID?
    /// "account:<email>" or "address:<ip>".
    @Field(key: "key") package var key: String
    @Field(key: "at") package var at: Date

    package init() {}

    package init(key: String, at: Date) {
        self.key = key
        self.at = at
    }
}
