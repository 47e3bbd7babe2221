import FluentKit
import SQLKit

/// Business units, and the unit a journal line belongs to (none: the cooperative as a whole).
struct CreateBusinessUnits: AsyncMigration {
    var name: String { "003_business_units" }

    func prepare(on database: any Database) async throws {
        try await database.schema(BusinessUnitRecord.schema)
            .id()
            .field("cooperative_id", .uuid, .required, .references(CooperativeRecord.schema, "id"))
            .field("code", .string, .required)
            .field("name", .string, .required)
            .field("active", .bool, .required)
            .field("created_at", .datetime)
            .unique(on: "cooperative_id", "code")
            .create()
        try await database.schema(JournalLineRecord.schema)
            .field("business_unit_id", .uuid, .references(BusinessUnitRecord.schema, "id"))
            .update()
        try await database.sql.create(index: "journal_lines_by_unit").on(JournalLineRecord.schema)
            .column("business_unit_id").column("entry_date").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(JournalLineRecord.schema).deleteField("business_unit_id").update()
        try await database.schema(BusinessUnitRecord.schema).delete()
    }
}
