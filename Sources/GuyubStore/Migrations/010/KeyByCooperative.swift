import FluentKit
import SQLKit

/// Keys every tenant table by cooperative, so that a distributed PostgreSQL can shard by it: primary key
/// `(cooperative_id, id)`, unique constraints led by `cooperative_id`, and references between tenant
/// tables made composite, `(cooperative_id, x_id) → (cooperative_id, id)`, so a row can only point to a
/// row of its own cooperative. A reference to another cooperative stops being a foreign key.
///
/// It reads the tables from the database's catalog rather than restating them, so it reshapes a
/// database made by any earlier version — and new databases too, which take the same path. PostgreSQL
/// alters its constraints in one transaction; SQLite cannot, so each table is rebuilt in its new shape
/// and its rows copied, all in one transaction with foreign keys checked at the end.
struct KeyByCooperative: AsyncMigration {
    var name: String { "010_key_by_cooperative" }

    func prepare(on database: any Database) async throws {
        if database.isSQLite {
            try await rebuildOnSQLite(database)
        } else {
            try await database.transaction { try await alterOnPostgres($0.sql) }
        }
    }

    func revert(on database: any Database) async throws {
        throw MigrationRefusal(reason: "Kunci per koperasi tidak dapat dibatalkan; pulihkan dari cadangan.")
    }

    /// A foreign key of a tenant table, by its one column.
    private struct Reference {
        let column: String
        let table: String
        /// Another tenant table: made composite. The cooperatives themselves: kept, unless it names another cooperative.
        var isTenant: Bool { TableScope.isTenant(table) }
    }

    /// The one unique index that is not a constraint: one pokok, one wajib and one sukarela account per member.
    private static let onePerKind = """
        CREATE UNIQUE INDEX savings_accounts_one_per_kind ON savings_accounts (cooperative_id, member_id, kind)
        WHERE kind <> 'berjangka'
        """

    private static func uniqueName(_ table: String, _ columns: [String]) -> String {
        "uq:\(table):\(columns.joined(separator: "+"))"
    }

    private static func keepsReference(_ table: String, _ reference: Reference) -> Bool {
        !TableScope.crossTenant.contains("\(table).\(reference.column)")
    }

    // MARK: PostgreSQL

    private func alterOnPostgres(_ sql: any SQLDatabase) async throws {
        let tables = try await sql.raw(
            """
            SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = current_schema() AND c.relkind = 'r' ORDER BY c.relname
            """
        ).all().map { try $0.decode(column: "name", as: String.self) }.filter(TableScope.isTenant)
        let constraints = try await sql.raw(
            """
            SELECT t.relname AS tbl, con.conname AS name, con.contype::text AS kind, COALESCE(r.relname, '') AS ref,
                   (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(con.conkey) WITH ORDINALITY k(num, ord)
                    JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num) AS cols
            FROM pg_constraint con JOIN pg_class t ON t.oid = con.conrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace LEFT JOIN pg_class r ON r.oid = con.confrelid
            WHERE n.nspname = current_schema() AND con.contype IN ('p', 'u', 'f')
            """
        ).all().map { row in
            (
                table: try row.decode(column: "tbl", as: String.self), name: try row.decode(column: "name", as: String.self),
                kind: try row.decode(column: "kind", as: String.self), references: try row.decode(column: "ref", as: String.self),
                columns: try row.decode(column: "cols", as: String.self).split(separator: ",").map(String.init)
            )
        }.filter { tables.contains($0.table) }

        // References first: a key cannot change while another table's foreign key leans on it.
        var composite: [(table: String, reference: Reference)] = []
        for fk in constraints where fk.kind == "f" && fk.columns.count == 1 {
            let reference = Reference(column: fk.columns[0], table: fk.references)
            guard reference.isTenant || !Self.keepsReference(fk.table, reference) else { continue }
            try await sql.raw("ALTER TABLE \(ident: fk.table) DROP CONSTRAINT \(ident: fk.name)").run()
            if reference.isTenant { composite.append((fk.table, reference)) }
        }
        try await sql.raw("DROP INDEX IF EXISTS savings_accounts_one_per_kind").run()
        for key in constraints where key.kind == "p" || (key.kind == "u" && key.columns.first != "cooperative_id") {
            try await sql.raw("ALTER TABLE \(ident: key.table) DROP CONSTRAINT \(ident: key.name)").run()
            if key.kind == "p" {
                try await sql.raw(
                    """
                    ALTER TABLE \(ident: key.table) ADD CONSTRAINT \(ident: key.name) PRIMARY KEY (cooperative_id, id)
                    """
                ).run()
            } else {
                let columns = ["cooperative_id"] + key.columns
                try await sql.raw(
                    """
                    ALTER TABLE \(ident: key.table) ADD CONSTRAINT \(ident: Self.uniqueName(key.table, columns))
                    UNIQUE (\(unsafeRaw: columns.map { "\"\($0)\"" }.joined(separator: ", ")))
                    """
                ).run()
            }
        }
        try await sql.raw(SQLQueryString(Self.onePerKind)).run()
        for (table, reference) in composite {
            try await sql.raw(
                """
                ALTER TABLE \(ident: table) ADD CONSTRAINT \(ident: "fk:\(table).\(reference.column)")
                FOREIGN KEY (cooperative_id, \(ident: reference.column)) REFERENCES \(ident: reference.table) (cooperative_id, id)
                """
            ).run()
        }
    }

    // MARK: SQLite

    /// SQLite's way to change a table's keys: make the new table, copy the rows, drop the old one and
    /// give the new one its name. Foreign keys are switched off for the connection meanwhile (they cannot
    /// be inside a transaction) and every one is checked before the transaction commits.
    private func rebuildOnSQLite(_ database: any Database) async throws {
        try await database.withConnection { connection in
            let sql = connection.sql
            try await sql.raw("PRAGMA foreign_keys = OFF").run()
            do {
                try await connection.transaction { try await rebuildTables($0.sql) }
            } catch {
                try? await sql.raw("PRAGMA foreign_keys = ON").run()
                throw error
            }
            try await sql.raw("PRAGMA foreign_keys = ON").run()
        }
    }

    private func rebuildTables(_ sql: any SQLDatabase) async throws {
        let tables = try await sql.raw(
            """
            SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name
            """
        ).all().map { try $0.decode(column: "name", as: String.self) }.filter(TableScope.isTenant)
        for table in tables { try await rebuild(table, sql) }
        try await sql.raw(SQLQueryString(Self.onePerKind)).run()
        let broken = try await sql.raw("PRAGMA foreign_key_check").all()
        if let row = broken.first {
            throw MigrationRefusal(
                reason:
                    "Baris \(try row.decode(column: "table", as: String.self)) menunjuk ke baris koperasi lain atau yang tidak ada."
            )
        }
    }

    private func rebuild(_ table: String, _ sql: any SQLDatabase) async throws {
        let columns = try await sql.raw("PRAGMA table_info(\(ident: table))").all().map { row in
            (
                name: try row.decode(column: "name", as: String.self), type: try row.decode(column: "type", as: String.self),
                notNull: try row.decode(column: "notnull", as: Int.self) == 1,
                defaultValue: try row.decode(column: "dflt_value", as: String?.self)
            )
        }
        let references = try await sql.raw("PRAGMA foreign_key_list(\(ident: table))").all().map { row in
            Reference(
                column: try row.decode(column: "from", as: String.self), table: try row.decode(column: "table", as: String.self))
        }
        var uniques: [[String]] = []
        for index in try await sql.raw("PRAGMA index_list(\(ident: table))").all()
        where try index.decode(column: "origin", as: String.self) == "u" {
            let name = try index.decode(column: "name", as: String.self)
            let indexColumns = try await sql.raw("PRAGMA index_info(\(ident: name))").all()
                .map { try $0.decode(column: "name", as: String.self) }
            uniques.append(indexColumns.first == "cooperative_id" ? indexColumns : ["cooperative_id"] + indexColumns)
        }
        let indexes = try await sql.raw(
            """
            SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = \(bind: table) AND sql IS NOT NULL
              AND name <> 'savings_accounts_one_per_kind'
            """
        ).all().map { try $0.decode(column: "sql", as: String.self) }

        var parts = columns.map { column in
            var part = "\"\(column.name)\" \(column.type)"
            if column.notNull || column.name == "id" { part += " NOT NULL" }
            if let value = column.defaultValue { part += " DEFAULT \(value)" }
            return part
        }
        parts.append("PRIMARY KEY (\"cooperative_id\", \"id\")")
        for reference in references where Self.keepsReference(table, reference) {
            parts.append(
                reference.isTenant
                    ? "CONSTRAINT \"fk:\(table).\(reference.column)\" FOREIGN KEY (\"cooperative_id\", \"\(reference.column)\") REFERENCES \"\(reference.table)\" (\"cooperative_id\", \"id\")"
                    : "FOREIGN KEY (\"\(reference.column)\") REFERENCES \"\(reference.table)\" (\"id\")")
        }
        for unique in uniques {
            parts.append(
                "CONSTRAINT \"\(Self.uniqueName(table, unique))\" UNIQUE (\(unique.map { "\"\($0)\"" }.joined(separator: ", ")))")
        }
        let names = columns.map { "\"\($0.name)\"" }.joined(separator: ", ")
        let rekeyed = table + "__rekeyed"
        try await sql.raw(SQLQueryString("CREATE TABLE \"\(rekeyed)\" (\(parts.joined(separator: ", ")))")).run()
        try await sql.raw(SQLQueryString("INSERT INTO \"\(rekeyed)\" (\(names)) SELECT \(names) FROM \"\(table)\"")).run()
        try await sql.raw("DROP TABLE \(ident: table)").run()
        try await sql.raw("ALTER TABLE \(ident: rekeyed) RENAME TO \(ident: table)").run()
        for index in indexes { try await sql.raw(SQLQueryString(index)).run() }
    }
}

/// A migration that cannot go on, with the reason in the administrator's words.
struct MigrationRefusal: Error, CustomStringConvertible {
    let reason: String
    var description: String { reason }
}
