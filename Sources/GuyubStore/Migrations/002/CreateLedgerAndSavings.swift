import FluentKit
import GuyubCore
import SQLKit

/// The books (accounts, journal entries and lines, closed months, settings) and members' savings
/// (accounts and wajib dues).
struct CreateLedgerAndSavings: AsyncMigration {
    var name: String { "002_ledger_and_savings" }

    func prepare(on database: any Database) async throws {
        try await database.schema(CooperativeRecord.schema)
            .field("next_entry_number", .int, .required, .sql(.default(1)))
            .update()
        try await database.schema(CooperativeRecord.schema)
            .field("books_closed_through", .string, .required, .sql(.default("")))
            .update()
        try await database.schema(MemberRecord.schema)
            .field("wajib_class", .string)
            .update()

        try await database.schema(AccountRecord.schema)
            .id()
            .field("cooperative_id", .uuid, .required, .references(CooperativeRecord.schema, "id"))
            .field("code", .string, .required)
            .field("name_id", .string, .required)
            .field("name_en", .string, .required)
            .field("type", .string, .required)
            .field("normal_side", .string, .required)
            .field("role", .string)
            .field("segment", .string, .required)
            .field("active", .bool, .required)
            .field("balance", .int64, .required)
            .field("created_at", .datetime)
            .unique(on: "cooperative_id", "code")
            .unique(on: "cooperative_id", "role")
            .create()

        try await database.schema(JournalEntryRecord.schema)
            .id()
            .field("cooperative_id", .uuid, .required, .references(CooperativeRecord.schema, "id"))
            .field("number", .int, .required)
            .field("entry_date", .string, .required)
            .field("description", .string, .required)
            .field("source_type", .string, .required)
            .field("source_id", .uuid)
            .field("total", .int64, .required)
            .field("reversal_of_id", .uuid, .references(JournalEntryRecord.schema, "id"))
            .field("created_by_user_id", .uuid, .references(UserRecord.schema, "id"))
            .field("created_by_name", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "cooperative_id", "number")
            .unique(on: "reversal_of_id")
            .create()

        try await database.schema(SavingsAccountRecord.schema)
            .id()
            .field("cooperative_id", .uuid, .required, .references(CooperativeRecord.schema, "id"))
            .field("member_id", .uuid, .required, .references(MemberRecord.schema, "id"))
            .field("kind", .string, .required)
            .field("balance", .int64, .required)
            .field("status", .string, .required)
            .field("opened_on", .string, .required)
            .field("closed_on", .string)
            .field("term_months", .int)
            .field("rate", .int)
            .field("matures_on", .string)
            .field("created_at", .datetime)
            .create()

        try await database.schema(JournalLineRecord.schema)
            .id()
            .field("cooperative_id", .uuid, .required, .references(CooperativeRecord.schema, "id"))
            .field("entry_id", .uuid, .required, .references(JournalEntryRecord.schema, "id"))
            .field("line_number", .int, .required)
            .field("entry_date", .string, .required)
            .field("account_id", .uuid, .required, .references(AccountRecord.schema, "id"))
            .field("savings_account_id", .uuid, .references(SavingsAccountRecord.schema, "id"))
            .field("debit", .int64, .required)
            .field("credit", .int64, .required)
            .field("memo", .string)
            .create()

        try await database.schema(MonthClosingRecord.schema)
            .id()
            .field("cooperative_id", .uuid, .required, .references(CooperativeRecord.schema, "id"))
            .field("month", .string, .required)
            .field("closed_by_name", .string, .required)
            .field("closed_at", .datetime)
            .unique(on: "cooperative_id", "month")
            .create()

        try await database.schema(SettingRecord.schema)
            .id()
            .field("cooperative_id", .uuid, .required, .references(CooperativeRecord.schema, "id"))
            .field("key", .string, .required)
            .field("value", .string, .required)
            .field("updated_at", .datetime)
            .unique(on: "cooperative_id", "key")
            .create()

        try await database.schema(WajibDueRecord.schema)
            .id()
            .field("cooperative_id", .uuid, .required, .references(CooperativeRecord.schema, "id"))
            .field("member_id", .uuid, .required, .references(MemberRecord.schema, "id"))
            .field("period", .string, .required)
            .field("amount", .int64, .required)
            .field("created_at", .datetime)
            .unique(on: "member_id", "period")
            .create()

        let sql = database.sql
        try await sql.create(index: "journal_lines_by_account").on(JournalLineRecord.schema)
            .column("account_id").column("entry_date").run()
        try await sql.create(index: "journal_lines_by_savings_account").on(JournalLineRecord.schema)
            .column("savings_account_id").column("entry_date").run()
        try await sql.create(index: "journal_lines_by_entry").on(JournalLineRecord.schema).column("entry_id").run()
        try await sql.create(index: "journal_entries_by_date").on(JournalEntryRecord.schema)
            .column("cooperative_id").column("entry_date").run()
        try await sql.create(index: "journal_entries_by_source").on(JournalEntryRecord.schema)
            .column("source_id").run()
        try await sql.create(index: "savings_accounts_by_member").on(SavingsAccountRecord.schema)
            .column("member_id").column("kind").run()
        // One pokok, one wajib and one sukarela account per member; term deposits may be many.
        try await sql.raw(
            """
            CREATE UNIQUE INDEX savings_accounts_one_per_kind ON savings_accounts (member_id, kind) WHERE kind <> 'berjangka'
            """
        ).run()

        // Cooperatives that already exist get the standard chart, and their members their accounts.
        for cooperative in try await CooperativeRecord.query(on: database).all() {
            let tenant = Tenant(cooperativeID: try cooperative.requireID(), db: database)
            try await ChartStore(tenant).seed()
            for member in try await tenant.query(MemberRecord.self).filter(\.$status == MemberStatus.member).all() {
                try await SavingsStore(tenant).openAccounts(for: member, on: member.joinedOn ?? member.statusSince)
            }
        }
    }

    func revert(on database: any Database) async throws {
        for schema in [
            WajibDueRecord.schema, SettingRecord.schema, MonthClosingRecord.schema, JournalLineRecord.schema,
            SavingsAccountRecord.schema, JournalEntryRecord.schema, AccountRecord.schema,
        ] {
            try await database.schema(schema).delete()
        }
    }
}
