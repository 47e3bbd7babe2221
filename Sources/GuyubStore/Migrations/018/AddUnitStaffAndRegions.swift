import FluentKit

/// Staff assigned to the units they work in; each unit's region (kabupaten/kota), and price ceilings a
/// region sets above the national one.
struct AddUnitStaffAndRegions: AsyncMigration {
    var name: String { "018_unit_staff_and_regions" }

    func prepare(on database: any Database) async throws {
        try await database.tenantTable(UnitStaffRecord.schema)
            .field("unit_id", .uuid, .required)
            .field("user_id", .uuid, .required)
            .unique(on: "cooperative_id", "unit_id", "user_id")
            .foreignKey(["cooperative_id", "unit_id"], references: BusinessUnitRecord.schema, ["cooperative_id", "id"])
            .create()
        try await database.schema(BusinessUnitRecord.schema).field("region", .string).update()
        try await database.tenantTable(RegionalCeilingRecord.schema)
            .field("programme_id", .uuid, .required)
            .field("region", .string, .required)
            .field("effective_from", .string, .required)
            .field("price", .int64, .required)
            .unique(on: "cooperative_id", "programme_id", "region", "effective_from")
            .foreignKey(["cooperative_id", "programme_id"], references: ProgrammeRecord.schema, ["cooperative_id", "id"])
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(RegionalCeilingRecord.schema).delete()
        try await database.schema(BusinessUnitRecord.schema).deleteField("region").update()
        try await database.schema(UnitStaffRecord.schema).delete()
    }
}
