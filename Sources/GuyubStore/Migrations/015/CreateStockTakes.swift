import FluentKit
import SQLKit

/// Stock takes: a unit's count sheet and its lines, each with what the records held when it was counted.
struct CreateStockTakes: AsyncMigration {
    var name: String { "015_stock_takes" }

    func prepare(on database: any Database) async throws {
        try await database.tenantTable(StockTakeRecord.schema)
            .field("unit_id", .uuid, .required)
            .field("status", .string, .required)
            .field("started_on", .string, .required)
            .field("started_by_name", .string, .required)
            .field("approved_on", .string)
            .field("approved_by_name", .string)
            .foreignKey(["cooperative_id", "unit_id"], references: BusinessUnitRecord.schema, ["cooperative_id", "id"])
            .create()
        try await database.tenantTable(StockTakeLineRecord.schema)
            .field("stock_take_id", .uuid, .required)
            .field("product_id", .uuid, .required)
            .field("expected", .int64, .required)
            .field("counted", .int64)
            .field("counted_by_name", .string)
            .field("change", .int64)
            .field("value", .int64)
            .unique(on: "cooperative_id", "stock_take_id", "product_id")
            .foreignKey(["cooperative_id", "stock_take_id"], references: StockTakeRecord.schema, ["cooperative_id", "id"])
            .foreignKey(["cooperative_id", "product_id"], references: ProductRecord.schema, ["cooperative_id", "id"])
            .create()
        // One sheet being counted a unit.
        try await database.sql.raw(
            "CREATE UNIQUE INDEX stock_takes_one_counting ON stock_takes (cooperative_id, unit_id) WHERE status = 'counting'"
        ).run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(StockTakeLineRecord.schema).delete()
        try await database.schema(StockTakeRecord.schema).delete()
    }
}
