import FluentKit

/// Partners and their people, agreements with their responsibility matrix, commitments, reviews, and who
/// handles each risk.
struct CreatePartnerships: AsyncMigration {
    var name: String { "023_partnerships" }

    func prepare(on database: any Database) async throws {
        // The unspent grants account, for cooperatives made before it was in the chart.
        for cooperative in try await CooperativeRecord.query(on: database).all() {
            try await ChartStore(Tenant(cooperativeID: cooperative.requireID(), db: database)).seed()
        }
        try await database.tenantTable(PartnerRecord.schema)
            .field("name", .string, .required)
            .field("kind", .string, .required)
            .field("contact_name", .string)
            .field("phone", .string)
            .field("email", .string)
            .field("supplier_id", .uuid)
            .field("programme_id", .uuid)
            .field("created_at", .datetime)
            .unique(on: "cooperative_id", "name")
            .foreignKey(
                ["cooperative_id", "supplier_id"], references: SupplierRecord.schema, ["cooperative_id", "id"],
                name: "partners_supplier_id_fkey"
            )
            .foreignKey(
                ["cooperative_id", "programme_id"], references: ProgrammeRecord.schema, ["cooperative_id", "id"],
                name: "partners_programme_id_fkey"
            )
            .create()
        try await database.tenantTable(PartnerUserRecord.schema)
            .field("partner_id", .uuid, .required)
            .field("user_id", .uuid, .required)
            .unique(on: "cooperative_id", "user_id")
            .foreignKey(
                ["cooperative_id", "partner_id"], references: PartnerRecord.schema, ["cooperative_id", "id"],
                name: "partner_users_partner_id_fkey"
            )
            .create()
        try await database.tenantTable(PartnershipRecord.schema)
            .field("partner_id", .uuid, .required)
            .field("kind", .string, .required)
            .field("title", .string, .required)
            .field("our_goals", .string, .required)
            .field("their_goals", .string, .required)
            .field("start_on", .string, .required)
            .field("end_on", .string)
            .field("value", .int64, .required)
            .field("status", .string, .required)
            .field("created_at", .datetime)
            .foreignKey(
                ["cooperative_id", "partner_id"], references: PartnerRecord.schema, ["cooperative_id", "id"],
                name: "partnerships_partner_id_fkey"
            )
            .create()
        try await database.tenantTable(PartnershipTaskRecord.schema)
            .field("partnership_id", .uuid, .required)
            .field("position", .int, .required)
            .field("task", .string, .required)
            .field("parties", .string, .required)
            .unique(on: "cooperative_id", "partnership_id", "position")
            .foreignKey(
                ["cooperative_id", "partnership_id"], references: PartnershipRecord.schema, ["cooperative_id", "id"],
                name: "partnership_tasks_partnership_id_fkey"
            )
            .create()
        try await database.tenantTable(CommitmentRecord.schema)
            .field("partnership_id", .uuid, .required)
            .field("party", .string, .required)
            .field("what", .string, .required)
            .field("due_on", .string, .required)
            .field("status", .string, .required)
            .field("delivered_on", .string)
            .field("evidence", .string)
            .field("evidence_upload_id", .uuid)
            .field("evidence_entry_id", .uuid)
            .field("recorded_by_name", .string)
            .field("reminded_on", .string)
            .foreignKey(
                ["cooperative_id", "partnership_id"], references: PartnershipRecord.schema, ["cooperative_id", "id"],
                name: "partnership_commitments_partnership_id_fkey"
            )
            .foreignKey(
                ["cooperative_id", "evidence_upload_id"], references: UploadRecord.schema, ["cooperative_id", "id"],
                name: "partnership_commitments_upload_id_fkey"
            )
            .foreignKey(
                ["cooperative_id", "evidence_entry_id"], references: JournalEntryRecord.schema, ["cooperative_id", "id"],
                name: "partnership_commitments_entry_id_fkey"
            )
            .create()
        try await database.tenantTable(PartnershipReviewRecord.schema)
            .field("partnership_id", .uuid, .required)
            .field("reviewed_on", .string, .required)
            .field("committed", .int, .required)
            .field("delivered", .int, .required)
            .field("diverging", .bool, .required)
            .field("decision", .string, .required)
            .field("note", .string, .required)
            .field("by_name", .string, .required)
            .field("created_at", .datetime)
            .foreignKey(
                ["cooperative_id", "partnership_id"], references: PartnershipRecord.schema, ["cooperative_id", "id"],
                name: "partnership_reviews_partnership_id_fkey"
            )
            .create()
        try await database.tenantTable(GrantMovementRecord.schema)
            .field("partnership_id", .uuid, .required)
            .field("kind", .string, .required)
            .field("amount", .int64, .required)
            .field("moved_on", .string, .required)
            .field("purpose", .string, .required)
            .field("account_id", .uuid)
            .field("entry_id", .uuid, .required)
            .foreignKey(
                ["cooperative_id", "partnership_id"], references: PartnershipRecord.schema, ["cooperative_id", "id"],
                name: "partnership_grants_partnership_id_fkey"
            )
            .foreignKey(
                ["cooperative_id", "account_id"], references: AccountRecord.schema, ["cooperative_id", "id"],
                name: "partnership_grants_account_id_fkey"
            )
            .foreignKey(
                ["cooperative_id", "entry_id"], references: JournalEntryRecord.schema, ["cooperative_id", "id"],
                name: "partnership_grants_entry_id_fkey"
            )
            .create()
        try await database.tenantTable(PartnershipRiskOwnerRecord.schema)
            .field("risk_key", .string, .required)
            .field("owner", .string, .required)
            .field("status", .string, .required)
            .field("note", .string)
            .unique(on: "cooperative_id", "risk_key")
            .create()
    }

    func revert(on database: any Database) async throws {
        for schema in [
            PartnershipRiskOwnerRecord.schema, GrantMovementRecord.schema, PartnershipReviewRecord.schema,
            CommitmentRecord.schema,
            PartnershipTaskRecord.schema, PartnershipRecord.schema, PartnerUserRecord.schema, PartnerRecord.schema,
        ] {
            try await database.schema(schema).delete()
        }
    }
}
