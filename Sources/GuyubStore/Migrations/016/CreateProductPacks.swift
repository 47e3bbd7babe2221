import FluentKit

/// The packs a product also comes in (1 karung = 50 kg, 1 dus = 40 pcs), each with its own barcode, and on
/// each sale line the pack it was sold in.
struct CreateProductPacks: AsyncMigration {
    var name: String { "016_product_packs" }

    func prepare(on database: any Database) async throws {
        try await database.tenantTable(ProductPackRecord.schema)
            .field("product_id", .uuid, .required)
            .field("name", .string, .required)
            .field("size", .int64, .required)
            .field("barcode", .string)
            .unique(on: "cooperative_id", "product_id", "name")
            .unique(on: "cooperative_id", "barcode")
            .foreignKey(["cooperative_id", "product_id"], references: ProductRecord.schema, ["cooperative_id", "id"])
            .create()
        // One column a statement: SQLite adds no more.
        try await database.schema(SaleLineRecord.schema).field("pack_name", .string).update()
        try await database.schema(SaleLineRecord.schema).field("pack_count", .int64).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SaleLineRecord.schema).deleteField("pack_count").update()
        try await database.schema(SaleLineRecord.schema).deleteField("pack_name").update()
        try await database.schema(ProductPackRecord.schema).delete()
    }
}
