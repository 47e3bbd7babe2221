import FluentKit
import Foundation
import GuyubCore
import SQLKit

/// Stock by expiry date: each product's goods at each location in batches that expire on the same day
/// (or do not expire), and with each sale line what it took from which batch. What is on hand already
/// becomes goods that do not expire.
struct AddStockBatches: AsyncMigration {
    var name: String { "013_stock_batches" }

    func prepare(on database: any Database) async throws {
        try await database.tenantTable(StockBatchRecord.schema)
            .field("product_id", .uuid, .required)
            .field("unit_id", .uuid, .required)
            .field("expires_on", .string, .required)
            .field("quantity", .int64, .required)
            .unique(on: "cooperative_id", "product_id", "unit_id", "expires_on")
            .foreignKey(["cooperative_id", "product_id"], references: ProductRecord.schema, ["cooperative_id", "id"])
            .foreignKey(["cooperative_id", "unit_id"], references: BusinessUnitRecord.schema, ["cooperative_id", "id"])
            .create()
        try await database.schema(SaleLineRecord.schema)
            .field("batches", .string, .required, .sql(.default("")))
            .update()
        // Cooperative by cooperative, as every statement names its cooperative.
        for cooperative in try await CooperativeRecord.query(on: database).all() {
            let tenant = Tenant(cooperativeID: try cooperative.requireID(), db: database)
            for level in try await tenant.query(StockLevelRecord.self).filter(\.$quantity > 0).all() {
                let batch = StockBatchRecord()
                batch.id = UUID()
                batch.productID = level.productID
                batch.unitID = level.unitID
                batch.expiresOn = Batch.noExpiry
                batch.quantity = level.quantity
                try await tenant.create(batch)
            }
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SaleLineRecord.schema).deleteField("batches").update()
        try await database.schema(StockBatchRecord.schema).delete()
    }
}
