import FluentKit

/// Suppliers and their prices, purchase orders and what came of them, supplier invoices and payments, and
/// members' produce taken in; goods receipts learn their supplier, order and what they left owing. Foreign
/// keys are named, as PostgreSQL would cut the long names Fluent makes to the same 63 characters.
struct CreateSupply: AsyncMigration {
    var name: String { "019_supply" }

    func prepare(on database: any Database) async throws {
        // The inter-unit accounts, for cooperatives made before they were in the chart.
        for cooperative in try await CooperativeRecord.query(on: database).all() {
            try await ChartStore(Tenant(cooperativeID: cooperative.requireID(), db: database)).seed()
        }
        try await database.tenantTable(SupplierRecord.schema)
            .field("name", .string, .required)
            .field("phone", .string)
            .field("terms", .string, .required)
            .field("credit_days", .int)
            .field("unit_id", .uuid)
            .field("owed", .int64, .required)
            .field("active", .bool, .required)
            .field("created_at", .datetime)
            .unique(on: "cooperative_id", "name")
            .foreignKey(
                ["cooperative_id", "unit_id"], references: BusinessUnitRecord.schema, ["cooperative_id", "id"],
                name: "suppliers_unit_id_fkey"
            )
            .create()
        try await database.tenantTable(SupplierPriceRecord.schema)
            .field("supplier_id", .uuid, .required)
            .field("product_id", .uuid, .required)
            .field("unit_cost", .int64, .required)
            .field("updated_on", .string, .required)
            .unique(on: "cooperative_id", "supplier_id", "product_id")
            .foreignKey(
                ["cooperative_id", "supplier_id"], references: SupplierRecord.schema, ["cooperative_id", "id"],
                name: "supplier_prices_supplier_id_fkey"
            )
            .foreignKey(
                ["cooperative_id", "product_id"], references: ProductRecord.schema, ["cooperative_id", "id"],
                name: "supplier_prices_product_id_fkey"
            )
            .create()
        try await database.tenantTable(PurchaseOrderRecord.schema)
            .field("number", .int, .required)
            .field("supplier_id", .uuid, .required)
            .field("unit_id", .uuid, .required)
            .field("status", .string, .required)
            .field("ordered_on", .string, .required)
            .field("total", .int64, .required)
            .field("note", .string)
            .field("raised_by_user_id", .uuid)
            .field("raised_by_name", .string, .required)
            .field("approved_by_name", .string)
            .field("approved_on", .string)
            .field("created_at", .datetime)
            .unique(on: "cooperative_id", "number")
            .foreignKey(
                ["cooperative_id", "supplier_id"], references: SupplierRecord.schema, ["cooperative_id", "id"],
                name: "purchase_orders_supplier_id_fkey"
            )
            .foreignKey(
                ["cooperative_id", "unit_id"], references: BusinessUnitRecord.schema, ["cooperative_id", "id"],
                name: "purchase_orders_unit_id_fkey"
            )
            .create()
        try await database.tenantTable(PurchaseOrderLineRecord.schema)
            .field("order_id", .uuid, .required)
            .field("product_id", .uuid, .required)
            .field("quantity", .int64, .required)
            .field("unit_cost", .int64, .required)
            .field("received", .int64, .required)
            .unique(on: "cooperative_id", "order_id", "product_id")
            .foreignKey(
                ["cooperative_id", "order_id"], references: PurchaseOrderRecord.schema, ["cooperative_id", "id"],
                name: "purchase_order_lines_order_id_fkey"
            )
            .foreignKey(
                ["cooperative_id", "product_id"], references: ProductRecord.schema, ["cooperative_id", "id"],
                name: "purchase_order_lines_product_id_fkey"
            )
            .create()
        // One column a statement: SQLite adds no more at a time.
        try await database.schema(GoodsReceiptRecord.schema).field("supplier_id", .uuid).update()
        try await database.schema(GoodsReceiptRecord.schema).field("order_id", .uuid).update()
        try await database.schema(GoodsReceiptRecord.schema).field("due_on", .string).update()
        try await database.schema(GoodsReceiptRecord.schema).field("payable", .int64, .required, .sql(.default(0))).update()
        try await database.tenantTable(PurchaseReceiptLineRecord.schema)
            .field("receipt_id", .uuid, .required)
            .field("order_id", .uuid, .required)
            .field("product_id", .uuid, .required)
            .field("quantity", .int64, .required)
            .field("short", .int64, .required)
            .field("damaged", .int64, .required)
            .field("note", .string)
            .foreignKey(
                ["cooperative_id", "receipt_id"], references: GoodsReceiptRecord.schema, ["cooperative_id", "id"],
                name: "purchase_receipt_lines_receipt_id_fkey"
            )
            .foreignKey(
                ["cooperative_id", "order_id"], references: PurchaseOrderRecord.schema, ["cooperative_id", "id"],
                name: "purchase_receipt_lines_order_id_fkey"
            )
            .create()
        try await database.tenantTable(SupplierInvoiceRecord.schema)
            .field("supplier_id", .uuid, .required)
            .field("order_id", .uuid, .required)
            .field("number", .string, .required)
            .field("invoiced_on", .string, .required)
            .field("amount", .int64, .required)
            .field("received_value", .int64, .required)
            .field("recorded_by_name", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "cooperative_id", "supplier_id", "number")
            .foreignKey(
                ["cooperative_id", "supplier_id"], references: SupplierRecord.schema, ["cooperative_id", "id"],
                name: "supplier_invoices_supplier_id_fkey"
            )
            .foreignKey(
                ["cooperative_id", "order_id"], references: PurchaseOrderRecord.schema, ["cooperative_id", "id"],
                name: "supplier_invoices_order_id_fkey"
            )
            .create()
        try await database.tenantTable(SupplierPaymentRecord.schema)
            .field("supplier_id", .uuid, .required)
            .field("paid_on", .string, .required)
            .field("amount", .int64, .required)
            .field("channel", .string, .required)
            .field("entry_id", .uuid, .required)
            .field("paid_by_name", .string, .required)
            .field("created_at", .datetime)
            .foreignKey(
                ["cooperative_id", "supplier_id"], references: SupplierRecord.schema, ["cooperative_id", "id"],
                name: "supplier_payments_supplier_id_fkey"
            )
            .create()
        try await database.tenantTable(ProduceIntakeRecord.schema)
            .field("number", .int, .required)
            .field("member_id", .uuid, .required)
            .field("product_id", .uuid, .required)
            .field("unit_id", .uuid, .required)
            .field("taken_on", .string, .required)
            .field("quantity", .int64, .required)
            .field("grade", .string)
            .field("price", .int64, .required)
            .field("amount", .int64, .required)
            .field("payment", .string, .required)
            .field("receipt_id", .uuid, .required)
            .field("recorded_by_name", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "cooperative_id", "number")
            .foreignKey(
                ["cooperative_id", "member_id"], references: MemberRecord.schema, ["cooperative_id", "id"],
                name: "produce_intakes_member_id_fkey"
            )
            .foreignKey(
                ["cooperative_id", "product_id"], references: ProductRecord.schema, ["cooperative_id", "id"],
                name: "produce_intakes_product_id_fkey"
            )
            .foreignKey(
                ["cooperative_id", "receipt_id"], references: GoodsReceiptRecord.schema, ["cooperative_id", "id"],
                name: "produce_intakes_receipt_id_fkey"
            )
            .create()
        try await database.schema(ProductRecord.schema).field("consignor_id", .uuid).update()
        try await database.schema(ProductRecord.schema).field("consignment_price", .int64).update()
        try await database.tenantTable(ConsignmentSettlementRecord.schema)
            .field("supplier_id", .uuid, .required)
            .field("settled_on", .string, .required)
            .field("amount", .int64, .required)
            .field("entry_id", .uuid, .required)
            .field("recorded_by_name", .string, .required)
            .field("created_at", .datetime)
            .foreignKey(
                ["cooperative_id", "supplier_id"], references: SupplierRecord.schema, ["cooperative_id", "id"],
                name: "consignment_settlements_supplier_id_fkey"
            )
            .create()
        try await database.tenantTable(ConsignmentSettlementLineRecord.schema)
            .field("settlement_id", .uuid, .required)
            .field("product_id", .uuid, .required)
            .field("unit_id", .uuid, .required)
            .field("quantity", .int64, .required)
            .field("price", .int64, .required)
            .field("amount", .int64, .required)
            .foreignKey(
                ["cooperative_id", "settlement_id"], references: ConsignmentSettlementRecord.schema, ["cooperative_id", "id"],
                name: "consignment_settlement_lines_settlement_id_fkey"
            )
            .create()
        try await database.tenantTable(UploadRecord.schema)
            .field("kind", .string, .required)
            .field("size", .int, .required)
            .field("data", .data, .required)
            .field("uploaded_by_user_id", .uuid)
            .field("created_at", .datetime)
            .create()
        try await database.tenantTable(VehicleRecord.schema)
            .field("name", .string, .required)
            .field("plate", .string)
            .field("active", .bool, .required)
            .unique(on: "cooperative_id", "name")
            .create()
        try await database.tenantTable(DeliveryRecord.schema)
            .field("number", .int, .required)
            .field("sale_id", .uuid)
            .field("customer_id", .uuid)
            .field("order_id", .uuid)
            .field("goods", .string, .required)
            .field("destination", .string, .required)
            .field("recipient", .string, .required)
            .field("planned_on", .string, .required)
            .field("vehicle_id", .uuid)
            .field("driver_user_id", .uuid)
            .field("driver_name", .string)
            .field("status", .string, .required)
            .field("fee", .int64, .required)
            .field("fee_paid_by", .string, .required)
            .field("fee_entry_id", .uuid)
            .field("received_by", .string)
            .field("note", .string)
            .field("photo_id", .uuid)
            .field("finished_on", .string)
            .field("finished_at", .datetime)
            .field("created_by_name", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "cooperative_id", "number")
            .foreignKey(
                ["cooperative_id", "vehicle_id"], references: VehicleRecord.schema, ["cooperative_id", "id"],
                name: "deliveries_vehicle_id_fkey"
            )
            .foreignKey(
                ["cooperative_id", "photo_id"], references: UploadRecord.schema, ["cooperative_id", "id"],
                name: "deliveries_photo_id_fkey"
            )
            .create()
        try await database.tenantTable(ExpenseClaimRecord.schema)
            .field("number", .int, .required)
            .field("claimant_user_id", .uuid)
            .field("claimant_name", .string, .required)
            .field("unit_id", .uuid)
            .field("amount", .int64, .required)
            .field("purpose", .string, .required)
            .field("spent_on", .string, .required)
            .field("receipt_id", .uuid, .required)
            .field("status", .string, .required)
            .field("decided_by_name", .string)
            .field("decided_on", .string)
            .field("reason", .string)
            .field("paid_on", .string)
            .field("channel", .string)
            .field("entry_id", .uuid)
            .field("created_at", .datetime)
            .unique(on: "cooperative_id", "number")
            .foreignKey(
                ["cooperative_id", "receipt_id"], references: UploadRecord.schema, ["cooperative_id", "id"],
                name: "expense_claims_receipt_id_fkey"
            )
            .create()
        try await database.tenantTable(StorageLotRecord.schema)
            .field("number", .int, .required)
            .field("member_id", .uuid)
            .field("owner", .string, .required)
            .field("goods", .string, .required)
            .field("unit_id", .uuid, .required)
            .field("quantity", .int64, .required)
            .field("released", .int64, .required)
            .field("rate", .int64, .required)
            .field("stored_on", .string, .required)
            .field("fees", .int64, .required)
            .field("recorded_by_name", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "cooperative_id", "number")
            .foreignKey(
                ["cooperative_id", "unit_id"], references: BusinessUnitRecord.schema, ["cooperative_id", "id"],
                name: "storage_lots_unit_id_fkey"
            )
            .create()
        try await database.tenantTable(ProcessingRunRecord.schema)
            .field("number", .int, .required)
            .field("unit_id", .uuid, .required)
            .field("run_on", .string, .required)
            .field("input_product_id", .uuid, .required)
            .field("input_quantity", .int64, .required)
            .field("input_value", .int64, .required)
            .field("output_product_id", .uuid, .required)
            .field("output_quantity", .int64, .required)
            .field("cost", .int64, .required)
            .field("entry_id", .uuid)
            .field("recorded_by_name", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "cooperative_id", "number")
            .foreignKey(
                ["cooperative_id", "unit_id"], references: BusinessUnitRecord.schema, ["cooperative_id", "id"],
                name: "processing_runs_unit_id_fkey"
            )
            .create()
    }

    func revert(on database: any Database) async throws {
        for field in ["consignor_id", "consignment_price"] {
            try await database.schema(ProductRecord.schema).deleteField(.string(field)).update()
        }
        for schema in [
            ProcessingRunRecord.schema, StorageLotRecord.schema, ExpenseClaimRecord.schema, DeliveryRecord.schema,
            VehicleRecord.schema, UploadRecord.schema,
            ConsignmentSettlementLineRecord.schema,
            ConsignmentSettlementRecord.schema,
            ProduceIntakeRecord.schema, SupplierPaymentRecord.schema, SupplierInvoiceRecord.schema,
            PurchaseReceiptLineRecord.schema,
        ] {
            try await database.schema(schema).delete()
        }
        for field in ["supplier_id", "order_id", "due_on", "payable"] {
            try await database.schema(GoodsReceiptRecord.schema).deleteField(.string(field)).update()
        }
        for schema in [
            PurchaseOrderLineRecord.schema, PurchaseOrderRecord.schema, SupplierPriceRecord.schema, SupplierRecord.schema,
        ] {
            try await database.schema(schema).delete()
        }
    }
}
