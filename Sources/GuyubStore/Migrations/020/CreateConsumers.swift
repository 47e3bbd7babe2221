import FluentKit

/// Consumers and the codes that prove their phones, the outbox those codes go out through, members'
/// referral codes and the consumers they brought, and vouchers; sales learn their consumer and what a
/// voucher paid. Foreign keys are named, as PostgreSQL would cut the long names Fluent makes.
struct CreateConsumers: AsyncMigration {
    var name: String { "020_consumers" }

    func prepare(on database: any Database) async throws {
        // The voucher and promotion accounts, for cooperatives made before they were in the chart.
        for cooperative in try await CooperativeRecord.query(on: database).all() {
            try await ChartStore(Tenant(cooperativeID: cooperative.requireID(), db: database)).seed()
        }
        try await database.tenantTable(ConsumerRecord.schema)
            .field("phone", .string, .required)
            .field("name", .string, .required)
            .field("nik", .string)
            .field("address", .string)
            .field("consent", .bool, .required)
            .field("user_id", .uuid)
            .field("member_id", .uuid)
            .field("referred_by_member_id", .uuid)
            .field("joined_on", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "cooperative_id", "phone")
            .foreignKey(
                ["cooperative_id", "member_id"], references: MemberRecord.schema, ["cooperative_id", "id"],
                name: "consumers_member_id_fkey"
            )
            .foreignKey(
                ["cooperative_id", "referred_by_member_id"], references: MemberRecord.schema, ["cooperative_id", "id"],
                name: "consumers_referred_by_member_id_fkey"
            )
            .create()
        try await database.tenantTable(PhoneCodeRecord.schema)
            .field("phone", .string, .required)
            .field("code_hash", .string, .required)
            .field("sent_at", .datetime, .required)
            .field("tries", .int, .required)
            .field("used", .bool, .required)
            .create()
        try await database.tenantTable(OutboxMessageRecord.schema)
            .field("phone", .string, .required)
            .field("body", .string, .required)
            .field("sent_at", .datetime, .required)
            .create()
        try await database.tenantTable(ReferralCodeRecord.schema)
            .field("member_id", .uuid, .required)
            .field("code", .string, .required)
            .unique(on: "cooperative_id", "member_id")
            .unique(on: "cooperative_id", "code")
            .foreignKey(
                ["cooperative_id", "member_id"], references: MemberRecord.schema, ["cooperative_id", "id"],
                name: "referral_codes_member_id_fkey"
            )
            .create()
        try await database.tenantTable(ReferralRecord.schema)
            .field("member_id", .uuid, .required)
            .field("consumer_id", .uuid, .required)
            .field("status", .string, .required)
            .field("reason", .string)
            .field("signed_on", .string, .required)
            .field("sale_id", .uuid)
            .field("decided_on", .string)
            .field("voucher_id", .uuid)
            .field("reversed_on", .string)
            .unique(on: "cooperative_id", "consumer_id")
            .foreignKey(
                ["cooperative_id", "member_id"], references: MemberRecord.schema, ["cooperative_id", "id"],
                name: "referrals_member_id_fkey"
            )
            .foreignKey(
                ["cooperative_id", "consumer_id"], references: ConsumerRecord.schema, ["cooperative_id", "id"],
                name: "referrals_consumer_id_fkey"
            )
            .foreignKey(
                ["cooperative_id", "sale_id"], references: SaleRecord.schema, ["cooperative_id", "id"],
                name: "referrals_sale_id_fkey"
            )
            .create()
        try await database.tenantTable(VoucherRecord.schema)
            .field("code", .string, .required)
            .field("kind", .string, .required)
            .field("source", .string, .required)
            .field("referral_id", .uuid)
            .field("member_id", .uuid)
            .field("consumer_id", .uuid)
            .field("value", .int64, .required)
            .field("product_id", .uuid)
            .field("quantity", .int64)
            .field("unit_id", .uuid, .required)
            .field("issued_on", .string, .required)
            .field("expires_on", .string, .required)
            .field("status", .string, .required)
            .field("closed_on", .string)
            .field("sale_id", .uuid)
            .field("entry_id", .uuid, .required)
            .field("closing_entry_id", .uuid)
            .unique(on: "cooperative_id", "code")
            .foreignKey(
                ["cooperative_id", "member_id"], references: MemberRecord.schema, ["cooperative_id", "id"],
                name: "vouchers_member_id_fkey"
            )
            .foreignKey(
                ["cooperative_id", "consumer_id"], references: ConsumerRecord.schema, ["cooperative_id", "id"],
                name: "vouchers_consumer_id_fkey"
            )
            .foreignKey(
                ["cooperative_id", "product_id"], references: ProductRecord.schema, ["cooperative_id", "id"],
                name: "vouchers_product_id_fkey"
            )
            .foreignKey(
                ["cooperative_id", "unit_id"], references: BusinessUnitRecord.schema, ["cooperative_id", "id"],
                name: "vouchers_unit_id_fkey"
            )
            .create()
        // One column a statement: SQLite adds no more.
        try await database.schema(SaleRecord.schema).field("consumer_id", .uuid).update()
        try await database.schema(SaleRecord.schema).field("paid_voucher", .int64, .required, .sql(.default(0))).update()
        try await database.schema(SaleRecord.schema).field("voucher_id", .uuid).update()
    }

    func revert(on database: any Database) async throws {
        for column in ["voucher_id", "paid_voucher", "consumer_id"] {
            try await database.schema(SaleRecord.schema).deleteField(.string(column)).update()
        }
        for schema in [
            VoucherRecord.schema, ReferralRecord.schema, ReferralCodeRecord.schema, OutboxMessageRecord.schema,
            PhoneCodeRecord.schema, ConsumerRecord.schema,
        ] {
            try await database.schema(schema).delete()
        }
    }
}
