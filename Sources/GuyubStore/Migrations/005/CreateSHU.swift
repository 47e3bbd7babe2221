import FluentKit
import SQLKit

/// The SHU: each year's rules, the closed years, the distributions and every member's share, and the
/// business records the patronage share counts.
struct CreateSHU: AsyncMigration {
    var name: String { "005_shu" }

    func prepare(on database: any Database) async throws {
        try await database.schema(SHUSettingsRecord.schema)
            .id()
            .field("cooperative_id", .uuid, .required, .references(CooperativeRecord.schema, "id"))
            .field("year", .int, .required)
            .field("rules", .string, .required)
            .field("updated_at", .datetime)
            .unique(on: "cooperative_id", "year")
            .create()

        try await database.schema(YearClosingRecord.schema)
            .id()
            .field("cooperative_id", .uuid, .required, .references(CooperativeRecord.schema, "id"))
            .field("year", .int, .required)
            .field("entry_id", .uuid, .references(JournalEntryRecord.schema, "id"))
            .field("member_surplus", .int64, .required)
            .field("non_member_surplus", .int64, .required)
            .field("shared_surplus", .int64, .required)
            .field("closed_on", .string, .required)
            .field("closed_by_name", .string, .required)
            .field("closed_at", .datetime)
            .unique(on: "cooperative_id", "year")
            .create()

        try await database.schema(SHUDistributionRecord.schema)
            .id()
            .field("cooperative_id", .uuid, .required, .references(CooperativeRecord.schema, "id"))
            .field("year", .int, .required)
            .field("status", .string, .required)
            .field("rules", .string, .required)
            .field("member_surplus", .int64, .required)
            .field("non_member_surplus", .int64, .required)
            .field("pools", .string, .required)
            .field("non_member_pools", .string, .required)
            .field("remainder", .string, .required)
            .field("total_savings", .int64, .required)
            .field("total_business", .int64, .required)
            .field("members", .int, .required)
            .field("entry_id", .uuid, .references(JournalEntryRecord.schema, "id"))
            .field("resolution_id", .uuid)
            .field("posted_on", .string)
            .field("computed_at", .datetime)
            .unique(on: "cooperative_id", "year")
            .create()

        try await database.schema(SHUShareRecord.schema)
            .id()
            .field("cooperative_id", .uuid, .required, .references(CooperativeRecord.schema, "id"))
            .field("distribution_id", .uuid, .required, .references(SHUDistributionRecord.schema, "id"))
            .field("member_id", .uuid, .required, .references(MemberRecord.schema, "id"))
            .field("savings", .int64, .required)
            .field("business", .int64, .required)
            .field("capital", .int64, .required)
            .field("patronage", .int64, .required)
            .field("paid_to", .string)
            .field("paid_entry_id", .uuid, .references(JournalEntryRecord.schema, "id"))
            .unique(on: "distribution_id", "member_id")
            .create()

        try await database.schema(BusinessRecord.schema)
            .id()
            .field("cooperative_id", .uuid, .required, .references(CooperativeRecord.schema, "id"))
            .field("member_id", .uuid, .required, .references(MemberRecord.schema, "id"))
            .field("source", .string, .required)
            .field("happened_on", .string, .required)
            .field("amount", .int64, .required)
            .field("reference", .string)
            .create()
        let sql = database.sql
        try await sql.create(index: "business_records_by_day").on(BusinessRecord.schema)
            .column("cooperative_id").column("happened_on").run()
        try await sql.create(index: "shu_shares_by_member").on(SHUShareRecord.schema).column("member_id").run()
    }

    func revert(on database: any Database) async throws {
        for schema in [
            BusinessRecord.schema, SHUShareRecord.schema, SHUDistributionRecord.schema, YearClosingRecord.schema,
            SHUSettingsRecord.schema,
        ] {
            try await database.schema(schema).delete()
        }
    }
}
