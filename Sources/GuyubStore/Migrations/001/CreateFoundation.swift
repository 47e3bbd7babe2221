import FluentKit
import SQLKit

/// Cooperatives, users and roles, members, sessions, the audit chain and idempotency keys.
struct CreateFoundation: AsyncMigration {
    var name: String { "001_foundation" }

    func prepare(on database: any Database) async throws {
        try await database.schema(CooperativeRecord.schema)
            .id()
            .field("name", .string, .required)
            .field("kind", .string, .required)
            .field("time_zone", .string, .required)
            .field("currency", .string, .required)
            .field("currency_decimals", .int, .required)
            .field("next_member_number", .int, .required)
            .field("audit_sequence", .int64, .required)
            .field("audit_head", .string, .required)
            .field("created_at", .datetime)
            .create()

        try await database.schema(UserRecord.schema)
            .id()
            .field("email", .string, .required)
            .field("name", .string, .required)
            .field("password_hash", .string, .required)
            .field("disabled", .bool, .required)
            .field("created_at", .datetime)
            .unique(on: "email")
            .create()

        try await database.schema(RoleRecord.schema)
            .id()
            .field("cooperative_id", .uuid, .required, .references(CooperativeRecord.schema, "id"))
            .field("user_id", .uuid, .required, .references(UserRecord.schema, "id"))
            .field("role", .string, .required)
            .unique(on: "cooperative_id", "user_id", "role")
            .create()

        try await database.schema(MemberRecord.schema)
            .id()
            .field("cooperative_id", .uuid, .required, .references(CooperativeRecord.schema, "id"))
            .field("member_number", .int, .required)
            .field("name", .string, .required)
            .field("name_folded", .string, .required)
            .field("nik", .string, .required)
            .field("phone", .string, .required)
            .field("address", .string, .required)
            .field("birth_place", .string)
            .field("birth_date", .string)
            .field("gender", .string, .required)
            .field("status", .string, .required)
            .field("status_since", .string, .required)
            .field("joined_on", .string)
            .field("user_id", .uuid, .references(UserRecord.schema, "id"))
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "cooperative_id", "member_number")
            .unique(on: "cooperative_id", "nik")
            .create()

        try await database.schema(MemberStatusChangeRecord.schema)
            .id()
            .field("cooperative_id", .uuid, .required, .references(CooperativeRecord.schema, "id"))
            .field("member_id", .uuid, .required, .references(MemberRecord.schema, "id"))
            .field("from_status", .string)
            .field("to_status", .string, .required)
            .field("effective_on", .string, .required)
            .field("reason", .string)
            .field("by_user_id", .uuid, .references(UserRecord.schema, "id"))
            .field("by_name", .string, .required)
            .field("recorded_at", .datetime)
            .create()

        try await database.schema(UserSessionRecord.schema)
            .id()
            .field("token_hash", .string, .required)
            .field("cooperative_id", .uuid, .required, .references(CooperativeRecord.schema, "id"))
            .field("user_id", .uuid, .required, .references(UserRecord.schema, "id"))
            .field("kind", .string, .required)
            .field("csrf_token", .string, .required)
            .field("expires_at", .datetime, .required)
            .field("created_at", .datetime)
            .unique(on: "token_hash")
            .create()

        try await database.schema(SignInFailureRecord.schema)
            .id()
            .field("key", .string, .required)
            .field("at", .datetime, .required)
            .create()

        try await database.schema(AuditEventRecord.schema)
            .id()
            .field("cooperative_id", .uuid, .required, .references(CooperativeRecord.schema, "id"))
            .field("sequence", .int64, .required)
            .field("recorded_at", .datetime, .required)
            .field("actor_user_id", .uuid)
            .field("actor", .string, .required)
            .field("action", .string, .required)
            .field("entity", .string, .required)
            .field("entity_id", .string)
            .field("before", .string)
            .field("after", .string)
            .field("previous_hash", .string, .required)
            .field("hash", .string, .required)
            .unique(on: "cooperative_id", "sequence")
            .create()

        try await database.schema(IdempotencyRecord.schema)
            .id()
            .field("cooperative_id", .uuid, .required, .references(CooperativeRecord.schema, "id"))
            .field("key", .string, .required)
            .field("fingerprint", .string, .required)
            .field("status", .int, .required)
            .field("content_type", .string, .required)
            .field("body", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "cooperative_id", "key")
            .create()

        let sql = database.sql
        try await sql.create(index: "members_by_name").on(MemberRecord.schema)
            .column("cooperative_id").column("name_folded").run()
        try await sql.create(index: "member_status_changes_by_member").on(MemberStatusChangeRecord.schema)
            .column("member_id").run()
        try await sql.create(index: "user_roles_by_user").on(RoleRecord.schema).column("user_id").run()
        try await sql.create(index: "sign_in_failures_by_key").on(SignInFailureRecord.schema)
            .column("key").column("at").run()
    }

    func revert(on database: any Database) async throws {
        for schema in [
            IdempotencyRecord.schema, AuditEventRecord.schema, SignInFailureRecord.schema,
            UserSessionRecord.schema, MemberStatusChangeRecord.schema, MemberRecord.schema,
            RoleRecord.schema, UserRecord.schema, CooperativeRecord.schema,
        ] {
            try await database.schema(schema).delete()
        }
    }
}
