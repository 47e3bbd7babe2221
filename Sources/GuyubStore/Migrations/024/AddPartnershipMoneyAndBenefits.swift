import FluentKit

/// What a financial agreement brings (a partner bank's loan and its instalments, equity received or made),
/// the benefits each agreement is measured by (and as each review found them), and the documents kept with
/// partners and agreements.
struct AddPartnershipMoneyAndBenefits: AsyncMigration {
    var name: String { "024_partnership_money_and_benefits" }

    func prepare(on database: any Database) async throws {
        // The interest, equity participation and investment accounts, for charts made before them.
        for cooperative in try await CooperativeRecord.query(on: database).all() {
            try await ChartStore(Tenant(cooperativeID: cooperative.requireID(), db: database)).seed()
        }
        try await database.schema(PartnershipRecord.schema).field("financing", .string).update()
        try await database.schema(PartnershipReviewRecord.schema).field("benefits", .string).update()
        try await database.tenantTable(BorrowingRecord.schema)
            .field("partnership_id", .uuid, .required)
            .field("principal", .int64, .required)
            .field("annual_rate", .int64, .required)
            .field("method", .string, .required)
            .field("periods", .int, .required)
            .field("grace", .int, .required)
            .field("first_due", .string, .required)
            .field("received_on", .string, .required)
            .field("entry_id", .uuid, .required)
            .unique(on: "cooperative_id", "partnership_id")
            .foreignKey(
                ["cooperative_id", "partnership_id"], references: PartnershipRecord.schema, ["cooperative_id", "id"],
                name: "partnership_loans_partnership_id_fkey"
            )
            .foreignKey(
                ["cooperative_id", "entry_id"], references: JournalEntryRecord.schema, ["cooperative_id", "id"],
                name: "partnership_loans_entry_id_fkey"
            )
            .create()
        try await database.tenantTable(BorrowingPaymentRecord.schema)
            .field("loan_id", .uuid, .required)
            .field("number", .int, .required)
            .field("paid_on", .string, .required)
            .field("principal", .int64, .required)
            .field("interest", .int64, .required)
            .field("entry_id", .uuid, .required)
            .unique(on: "cooperative_id", "loan_id", "number")
            .foreignKey(
                ["cooperative_id", "loan_id"], references: BorrowingRecord.schema, ["cooperative_id", "id"],
                name: "partnership_loan_payments_loan_id_fkey"
            )
            .foreignKey(
                ["cooperative_id", "entry_id"], references: JournalEntryRecord.schema, ["cooperative_id", "id"],
                name: "partnership_loan_payments_entry_id_fkey"
            )
            .create()
        try await database.tenantTable(EquityMovementRecord.schema)
            .field("partnership_id", .uuid, .required)
            .field("direction", .string, .required)
            .field("amount", .int64, .required)
            .field("moved_on", .string, .required)
            .field("entry_id", .uuid, .required)
            .foreignKey(
                ["cooperative_id", "partnership_id"], references: PartnershipRecord.schema, ["cooperative_id", "id"],
                name: "partnership_equity_partnership_id_fkey"
            )
            .foreignKey(
                ["cooperative_id", "entry_id"], references: JournalEntryRecord.schema, ["cooperative_id", "id"],
                name: "partnership_equity_entry_id_fkey"
            )
            .create()
        try await database.tenantTable(IndicatorRecord.schema)
            .field("partnership_id", .uuid, .required)
            .field("position", .int, .required)
            .field("name", .string, .required)
            .field("measure", .string, .required)
            .field("target", .int64, .required)
            .field("actual", .int64)
            .field("unit", .string)
            .unique(on: "cooperative_id", "partnership_id", "position")
            .foreignKey(
                ["cooperative_id", "partnership_id"], references: PartnershipRecord.schema, ["cooperative_id", "id"],
                name: "partnership_indicators_partnership_id_fkey"
            )
            .create()
        try await database.tenantTable(PartnerDocumentRecord.schema)
            .field("partner_id", .uuid, .required)
            .field("partnership_id", .uuid)
            .field("upload_id", .uuid, .required)
            .field("title", .string, .required)
            .field("created_at", .datetime)
            .foreignKey(
                ["cooperative_id", "partner_id"], references: PartnerRecord.schema, ["cooperative_id", "id"],
                name: "partner_documents_partner_id_fkey"
            )
            .foreignKey(
                ["cooperative_id", "partnership_id"], references: PartnershipRecord.schema, ["cooperative_id", "id"],
                name: "partner_documents_partnership_id_fkey"
            )
            .foreignKey(
                ["cooperative_id", "upload_id"], references: UploadRecord.schema, ["cooperative_id", "id"],
                name: "partner_documents_upload_id_fkey"
            )
            .create()
    }

    func revert(on database: any Database) async throws {
        for schema in [
            PartnerDocumentRecord.schema, IndicatorRecord.schema, EquityMovementRecord.schema,
            BorrowingPaymentRecord.schema, BorrowingRecord.schema,
        ] {
            try await database.schema(schema).delete()
        }
        try await database.schema(PartnershipReviewRecord.schema).deleteField("benefits").update()
        try await database.schema(PartnershipRecord.schema).deleteField("financing").update()
    }
}
