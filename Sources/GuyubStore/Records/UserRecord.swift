import FluentKit
import Foundation
import GuyubCore

/// A person who signs in. Users are not tenant rows: one user may hold roles in several cooperatives.
package final class UserRecord: Model, @unchecked Sendable {
    package static let schema = "users"

    @ID package var id: UUID?
    @Field(key: "email") package var email: String
    @Field(key: "name") package var name: String
    @Field(key: "password_hash") package var passwordHash: String
    @Field(key: "disabled") package var disabled: Bool
    /// The cooperative the person last signed in to or moved to (at first, where the account was made).
    @OptionalField(key: "last_cooperative_id") package var lastCooperativeID: UUID?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}

    package init(email: String, name: String, passwordHash: String) {
        self.email = email
        self.name = name
        self.passwordHash = passwordHash
        self.disabled = false
    }
}

/// One role of one user in one cooperative.
package final class RoleRecord: TenantModel, @unchecked Sendable {
    package static let schema = "user_roles"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<RoleRecord, FieldProperty<RoleRecord, UUID>> { \.$cooperativeID }
    @Field(key: "user_id") package var userID: UUID
    @Field(key: "role") package var role: Role

    package init() {}

    package init(cooperativeID: UUID, userID: UUID, role: Role) {
        self.cooperativeID = cooperativeID
        self.userID = userID
        self.role = role
    }
}
