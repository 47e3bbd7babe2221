import FluentKit
import SQLKit

/// The shop: products, their stock per unit's location and its movements, goods received, state-regulated
/// programmes and their price ceilings, customers who buy on credit, sales with their lines and what came
/// back from them, and the shifts at each unit's till. Business
/// units gain a kind, so the cooperative's grocery outlet can be found.
struct CreateStore: AsyncMigration {
    var name: String { "011_store" }

    func prepare(on database: any Database) async throws {
        // Trade receivables and inventory losses, for cooperatives made before they were in the chart.
        for cooperative in try await CooperativeRecord.query(on: database).all() {
            try await ChartStore(Tenant(cooperativeID: cooperative.requireID(), db: database)).seed()
        }
        try await database.schema(CooperativeRecord.schema)
            .field("next_sale_number", .int, .required, .sql(.default(1)))
            .update()
        try await database.schema(BusinessUnitRecord.schema).field("kind", .string).update()

        try await tenantTable(ProgrammeRecord.schema, on: database)
            .field("name", .string, .required)
            .field("requires_buyer_id", .bool, .required)
            .field("per_buyer_limit", .int64)
            .field("period", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "cooperative_id", "name")
            .create()

        try await tenantTable(PriceCeilingRecord.schema, on: database)
            .field("programme_id", .uuid, .required)
            .field("effective_from", .string, .required)
            .field("price", .int64, .required)
            .unique(on: "cooperative_id", "programme_id", "effective_from")
            .foreignKey(["cooperative_id", "programme_id"], references: ProgrammeRecord.schema, ["cooperative_id", "id"])
            .create()

        try await tenantTable(ProductRecord.schema, on: database)
            .field("unit_id", .uuid, .required)
            .field("name", .string, .required)
            .field("category", .string)
            .field("unit", .string, .required)
            .field("barcode", .string)
            .field("member_price", .int64, .required)
            .field("non_member_price", .int64, .required)
            .field("tiers", .string, .required)
            .field("programme_id", .uuid)
            .field("reorder_point", .int64, .required)
            .field("active", .bool, .required)
            .field("created_at", .datetime)
            .unique(on: "cooperative_id", "name")
            .unique(on: "cooperative_id", "barcode")
            .foreignKey(["cooperative_id", "unit_id"], references: BusinessUnitRecord.schema, ["cooperative_id", "id"])
            .foreignKey(["cooperative_id", "programme_id"], references: ProgrammeRecord.schema, ["cooperative_id", "id"])
            .create()

        try await tenantTable(StockLevelRecord.schema, on: database)
            .field("product_id", .uuid, .required)
            .field("unit_id", .uuid, .required)
            .field("quantity", .int64, .required)
            .field("value", .int64, .required)
            .unique(on: "cooperative_id", "product_id", "unit_id")
            .foreignKey(["cooperative_id", "product_id"], references: ProductRecord.schema, ["cooperative_id", "id"])
            .foreignKey(["cooperative_id", "unit_id"], references: BusinessUnitRecord.schema, ["cooperative_id", "id"])
            .create()

        try await tenantTable(GoodsReceiptRecord.schema, on: database)
            .field("unit_id", .uuid, .required)
            .field("received_on", .string, .required)
            .field("supplier", .string)
            .field("total", .int64, .required)
            .field("entry_id", .uuid, .required)
            .field("recorded_by_name", .string, .required)
            .field("created_at", .datetime)
            .foreignKey(["cooperative_id", "unit_id"], references: BusinessUnitRecord.schema, ["cooperative_id", "id"])
            .foreignKey(["cooperative_id", "entry_id"], references: JournalEntryRecord.schema, ["cooperative_id", "id"])
            .create()

        try await tenantTable(StoreCustomerRecord.schema, on: database)
            .field("name", .string, .required)
            .field("phone", .string)
            .field("customer_class", .string, .required)
            .field("member_id", .uuid)
            .field("credit_limit", .int64, .required)
            .field("balance", .int64, .required)
            .field("created_at", .datetime)
            .unique(on: "cooperative_id", "name")
            .foreignKey(["cooperative_id", "member_id"], references: MemberRecord.schema, ["cooperative_id", "id"])
            .create()

        try await tenantTable(ShiftRecord.schema, on: database)
            .field("unit_id", .uuid, .required)
            .field("status", .string, .required)
            .field("opened_on", .string, .required)
            .field("opened_at", .datetime, .required)
            .field("float", .int64, .required)
            .field("opened_by_user_id", .uuid, .references(UserRecord.schema, "id"))
            .field("opened_by_name", .string, .required)
            .field("closed_on", .string)
            .field("closed_at", .datetime)
            .field("cash_in", .int64)
            .field("cash_out", .int64)
            .field("counted", .int64)
            .field("difference", .int64)
            .field("entry_id", .uuid)
            .field("closed_by_name", .string)
            .field("note", .string)
            .foreignKey(["cooperative_id", "unit_id"], references: BusinessUnitRecord.schema, ["cooperative_id", "id"])
            .foreignKey(["cooperative_id", "entry_id"], references: JournalEntryRecord.schema, ["cooperative_id", "id"])
            .create()

        try await tenantTable(SaleRecord.schema, on: database)
            .field("number", .int, .required)
            .field("unit_id", .uuid, .required)
            .field("sold_on", .string, .required)
            .field("sold_at", .datetime, .required)
            .field("member_id", .uuid)
            .field("customer_id", .uuid)
            .field("buyer_nik", .string)
            .field("customer_class", .string, .required)
            .field("payment", .string, .required)
            .field("total", .int64, .required)
            .field("cost", .int64, .required)
            .field("entry_id", .uuid, .required)
            .field("cashier_user_id", .uuid, .references(UserRecord.schema, "id"))
            .field("cashier_name", .string, .required)
            .field("shift_id", .uuid)
            .unique(on: "cooperative_id", "number")
            .foreignKey(["cooperative_id", "unit_id"], references: BusinessUnitRecord.schema, ["cooperative_id", "id"])
            .foreignKey(["cooperative_id", "member_id"], references: MemberRecord.schema, ["cooperative_id", "id"])
            .foreignKey(["cooperative_id", "customer_id"], references: StoreCustomerRecord.schema, ["cooperative_id", "id"])
            .foreignKey(["cooperative_id", "entry_id"], references: JournalEntryRecord.schema, ["cooperative_id", "id"])
            .foreignKey(["cooperative_id", "shift_id"], references: ShiftRecord.schema, ["cooperative_id", "id"])
            .create()

        try await tenantTable(SaleLineRecord.schema, on: database)
            .field("sale_id", .uuid, .required)
            .field("line", .int, .required)
            .field("product_id", .uuid, .required)
            .field("quantity", .int64, .required)
            .field("price", .int64, .required)
            .field("amount", .int64, .required)
            .field("cost", .int64, .required)
            .field("programme_id", .uuid)
            .field("returned_quantity", .int64, .required, .sql(.default(0)))
            .field("returned_amount", .int64, .required, .sql(.default(0)))
            .field("returned_cost", .int64, .required, .sql(.default(0)))
            .unique(on: "cooperative_id", "sale_id", "line")
            .foreignKey(["cooperative_id", "sale_id"], references: SaleRecord.schema, ["cooperative_id", "id"])
            .foreignKey(["cooperative_id", "product_id"], references: ProductRecord.schema, ["cooperative_id", "id"])
            .foreignKey(["cooperative_id", "programme_id"], references: ProgrammeRecord.schema, ["cooperative_id", "id"])
            .create()

        try await tenantTable(SaleReturnRecord.schema, on: database)
            .field("sale_id", .uuid, .required)
            .field("returned_on", .string, .required)
            .field("returned_at", .datetime, .required)
            .field("reason", .string, .required)
            .field("amount", .int64, .required)
            .field("cost", .int64, .required)
            .field("entry_id", .uuid)
            .field("by_user_id", .uuid, .references(UserRecord.schema, "id"))
            .field("by_name", .string, .required)
            .field("cash", .int64, .required)
            .field("shift_id", .uuid)
            .foreignKey(["cooperative_id", "sale_id"], references: SaleRecord.schema, ["cooperative_id", "id"])
            .foreignKey(["cooperative_id", "shift_id"], references: ShiftRecord.schema, ["cooperative_id", "id"])
            .foreignKey(["cooperative_id", "entry_id"], references: JournalEntryRecord.schema, ["cooperative_id", "id"])
            .create()

        try await tenantTable(CustomerPaymentRecord.schema, on: database)
            .field("customer_id", .uuid, .required)
            .field("paid_on", .string, .required)
            .field("paid_at", .datetime, .required)
            .field("amount", .int64, .required)
            .field("channel", .string, .required)
            .field("entry_id", .uuid, .required)
            .field("shift_id", .uuid)
            .field("received_by_name", .string, .required)
            .foreignKey(["cooperative_id", "customer_id"], references: StoreCustomerRecord.schema, ["cooperative_id", "id"])
            .foreignKey(["cooperative_id", "entry_id"], references: JournalEntryRecord.schema, ["cooperative_id", "id"])
            .foreignKey(["cooperative_id", "shift_id"], references: ShiftRecord.schema, ["cooperative_id", "id"])
            .create()

        try await tenantTable(StockMovementRecord.schema, on: database)
            .field("product_id", .uuid, .required)
            .field("unit_id", .uuid, .required)
            .field("kind", .string, .required)
            .field("quantity", .int64, .required)
            .field("value", .int64, .required)
            .field("happened_on", .string, .required)
            .field("source_id", .uuid, .required)
            .field("entry_id", .uuid)
            .foreignKey(["cooperative_id", "product_id"], references: ProductRecord.schema, ["cooperative_id", "id"])
            .foreignKey(["cooperative_id", "unit_id"], references: BusinessUnitRecord.schema, ["cooperative_id", "id"])
            .foreignKey(["cooperative_id", "entry_id"], references: JournalEntryRecord.schema, ["cooperative_id", "id"])
            .create()

        let sql = database.sql
        try await sql.create(index: "sales_by_day").on(SaleRecord.schema).column("cooperative_id").column("sold_on").run()
        try await sql.create(index: "sales_by_buyer").on(SaleRecord.schema)
            .column("cooperative_id").column("buyer_nik").column("sold_on").run()
        try await sql.create(index: "sales_by_shift").on(SaleRecord.schema).column("cooperative_id").column("shift_id").run()
        // One till a unit: at most one shift open there.
        try await sql.raw(
            "CREATE UNIQUE INDEX shifts_one_open ON shifts (cooperative_id, unit_id) WHERE status = 'open'"
        ).run()
        try await sql.create(index: "stock_movements_by_product").on(StockMovementRecord.schema)
            .column("cooperative_id").column("product_id").column("happened_on").run()
    }

    /// A tenant table keyed `(cooperative_id, id)`.
    private func tenantTable(_ schema: String, on database: any Database) -> SchemaBuilder {
        database.schema(schema)
            .field("cooperative_id", .uuid, .required, .references(CooperativeRecord.schema, "id"))
            .field("id", .uuid, .required)
            .compositeIdentifier(over: "cooperative_id", "id")
    }

    func revert(on database: any Database) async throws {
        for schema in [
            StockMovementRecord.schema, CustomerPaymentRecord.schema, SaleReturnRecord.schema, SaleLineRecord.schema,
            SaleRecord.schema, ShiftRecord.schema,
            StoreCustomerRecord.schema,
            GoodsReceiptRecord.schema, StockLevelRecord.schema, ProductRecord.schema, PriceCeilingRecord.schema,
            ProgrammeRecord.schema,
        ] {
            try await database.schema(schema).delete()
        }
        try await database.schema(BusinessUnitRecord.schema).deleteField("kind").update()
        try await database.schema(CooperativeRecord.schema).deleteField("next_sale_number").update()
    }
}
