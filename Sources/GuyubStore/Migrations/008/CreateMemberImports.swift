import FluentKit
import SQLKit

/// Member lists imported in batches, with their progress.
struct CreateMemberImports: AsyncMigration {
    var name: String { "008_member_imports" }

    func prepare(on database: any Database) async throws {
        try await database.schema(MemberImportRecord.schema)
            .id()
            .field("cooperative_id", .uuid, .required, .references(CooperativeRecord.schema, "id"))
            .field("file_name", .string, .required)
            .field("content", .string, .required)
            .field("status", .string, .required)
            .field("accepted", .int, .required)
            .field("skipped", .int, .required)
            .field("rejected", .int, .required)
            .field("imported", .int, .required)
            .field("import_date", .string, .required)
            .field("created_by_user_id", .uuid)
            .field("created_by_name", .string, .required)
            .field("created_at", .datetime)
            .field("heartbeat_at", .datetime)
            .field("finished_at", .datetime)
            .create()
        try await database.sql.create(index: "member_imports_by_status").on(MemberImportRecord.schema)
            .column("status").column("heartbeat_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(MemberImportRecord.schema).delete()
    }
}
