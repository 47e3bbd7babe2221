import FluentKit

/// Programmes sold by allocation (subsidised fertiliser): each season's list of farmers by NIK with what
/// they may take, imported from the e-RDKK spreadsheet.
struct CreateAllocations: AsyncMigration {
    var name: String { "012_allocations" }

    func prepare(on database: any Database) async throws {
        try await database.schema(ProgrammeRecord.schema)
            .field("by_allocation", .bool, .required, .sql(.default(false)))
            .update()

        try await database.tenantTable(AllocationSeasonRecord.schema)
            .field("programme_id", .uuid, .required)
            .field("name", .string, .required)
            .field("starts_on", .string, .required)
            .field("ends_on", .string, .required)
            .field("imported_at", .datetime, .required)
            .field("imported_by_name", .string, .required)
            .unique(on: "cooperative_id", "programme_id", "name")
            .foreignKey(["cooperative_id", "programme_id"], references: ProgrammeRecord.schema, ["cooperative_id", "id"])
            .create()

        try await database.tenantTable(AllocationRecord.schema)
            .field("season_id", .uuid, .required)
            .field("nik", .string, .required)
            .field("farmer_name", .string)
            .field("quantity", .int64, .required)
            .unique(on: "cooperative_id", "season_id", "nik")
            .foreignKey(["cooperative_id", "season_id"], references: AllocationSeasonRecord.schema, ["cooperative_id", "id"])
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AllocationRecord.schema).delete()
        try await database.schema(AllocationSeasonRecord.schema).delete()
        try await database.schema(ProgrammeRecord.schema).deleteField("by_allocation").update()
    }
}
