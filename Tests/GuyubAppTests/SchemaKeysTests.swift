import FluentKit
import GuyubStore
import SQLKit
import Testing

/// The schema a distributed PostgreSQL can shard by cooperative, read from the database's own catalog:
/// every table is global (and named so in `TableScope`) or keyed by cooperative — its primary key
/// `(cooperative_id, id)`, every unique constraint and unique index led by `cooperative_id`, every
/// reference to another tenant table composite and led by `cooperative_id`.
@Suite("Tables keyed by cooperative")
struct SchemaKeysTests {
    @Test func everyTenantTableIsKeyedByCooperative() async throws {
        try await withTestApp { t in
            let tables = try await Catalog.read(t.app.db.sql)
            #expect(tables.count > 25)
            #expect(faults(in: tables) == [])
        }
    }

    /// The check itself fails on each kind of fault it exists for.
    @Test func theCheckNamesEachKindOfFault() async throws {
        try await withTestApp { t in
            let sql = t.app.db.sql
            try await sql.raw("CREATE TABLE stray (id INTEGER PRIMARY KEY, note TEXT)").run()
            try await sql.raw(
                """
                CREATE TABLE loose (cooperative_id UUID NOT NULL, id UUID NOT NULL, stray_id INTEGER, code TEXT,
                  PRIMARY KEY (id), UNIQUE (code), FOREIGN KEY (stray_id) REFERENCES stray (id))
                """
            ).run()
            let found = faults(in: try await Catalog.read(sql))
            #expect(found.contains("stray: neither keyed by cooperative nor listed as global"))
            #expect(found.contains("loose: primary key (id)"))
            #expect(found.contains("loose: unique (code)"))
            #expect(found.contains("loose: reference (stray_id) → stray"))
        }
    }

    private func faults(in tables: [Catalog.Table]) -> [String] {
        tables.flatMap { table -> [String] in
            guard TableScope.isTenant(table.name) else { return [] }
            guard table.columns.contains("cooperative_id") else {
                return ["\(table.name): neither keyed by cooperative nor listed as global"]
            }
            var found: [String] = []
            if table.primaryKey != ["cooperative_id", "id"] {
                found.append("\(table.name): primary key (\(table.primaryKey.joined(separator: ", ")))")
            }
            for unique in table.uniques where unique.first != "cooperative_id" {
                found.append("\(table.name): unique (\(unique.joined(separator: ", ")))")
            }
            for reference in table.references where TableScope.isTenant(reference.table) {
                if reference.columns.first != "cooperative_id" || reference.targets.first != "cooperative_id" {
                    found.append("\(table.name): reference (\(reference.columns.joined(separator: ", "))) → \(reference.table)")
                }
            }
            return found
        }
    }
}

/// The tables, keys and references as the engine holds them.
enum Catalog {
    struct Table {
        let name: String
        var columns: [String] = []
        var primaryKey: [String] = []
        var uniques: [[String]] = []
        var references: [(columns: [String], table: String, targets: [String])] = []
    }

    static func read(_ sql: any SQLDatabase) async throws -> [Table] {
        sql.dialect.name == "sqlite" ? try await sqlite(sql) : try await postgres(sql)
    }

    private static func sqlite(_ sql: any SQLDatabase) async throws -> [Table] {
        var tables: [Table] = []
        for name in try await sql.raw("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            .all().map({ try $0.decode(column: "name", as: String.self) })
        {
            var table = Table(name: name)
            let info = try await sql.raw("PRAGMA table_info(\(ident: name))").all()
            table.columns = try info.map { try $0.decode(column: "name", as: String.self) }
            table.primaryKey = try info.map {
                (try $0.decode(column: "pk", as: Int.self), try $0.decode(column: "name", as: String.self))
            }
            .filter { $0.0 > 0 }.sorted { $0.0 < $1.0 }.map(\.1)
            for index in try await sql.raw("PRAGMA index_list(\(ident: name))").all()
            where try index.decode(column: "unique", as: Int.self) == 1 && index.decode(column: "origin", as: String.self) != "pk"
            {
                let indexName = try index.decode(column: "name", as: String.self)
                table.uniques.append(
                    try await sql.raw("PRAGMA index_info(\(ident: indexName))").all()
                        .map { try $0.decode(column: "name", as: String.self) })
            }
            let keys = try await sql.raw("PRAGMA foreign_key_list(\(ident: name))").all()
            for id in Set(try keys.map { try $0.decode(column: "id", as: Int.self) }).sorted() {
                let parts = try keys.filter { try $0.decode(column: "id", as: Int.self) == id }
                    .sorted { try $0.decode(column: "seq", as: Int.self) < $1.decode(column: "seq", as: Int.self) }
                table.references.append(
                    (
                        try parts.map { try $0.decode(column: "from", as: String.self) },
                        try parts[0].decode(column: "table", as: String.self),
                        try parts.map { try $0.decode(column: "to", as: String?.self) ?? "id" }
                    ))
            }
            tables.append(table)
        }
        return tables
    }

    private static func postgres(_ sql: any SQLDatabase) async throws -> [Table] {
        var tables: [String: Table] = [:]
        for row in try await sql.raw(
            """
            SELECT c.relname AS tbl, a.attname AS col FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_attribute a ON a.attrelid = c.oid
            WHERE n.nspname = current_schema() AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY c.relname, a.attnum
            """
        ).all() {
            let name = try row.decode(column: "tbl", as: String.self)
            tables[name, default: Table(name: name)].columns.append(try row.decode(column: "col", as: String.self))
        }
        // Constraints, and unique indexes that are not constraints (a partial one, say).
        for row in try await sql.raw(
            """
            SELECT t.relname AS tbl, con.contype::text AS kind, COALESCE(r.relname, '') AS ref,
                   (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(con.conkey) WITH ORDINALITY k(num, ord)
                    JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num) AS cols,
                   COALESCE((SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(con.confkey) WITH ORDINALITY k(num, ord)
                    JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num), '') AS targets
            FROM pg_constraint con JOIN pg_class t ON t.oid = con.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
            LEFT JOIN pg_class r ON r.oid = con.confrelid
            WHERE n.nspname = current_schema() AND con.contype IN ('p', 'u', 'f')
            UNION ALL
            SELECT t.relname, 'u', '', (SELECT string_agg(a.attname, ',' ORDER BY k.ord)
                    FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(num, ord)
                    JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.num), ''
            FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE n.nspname = current_schema() AND i.indisunique
              AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = i.indexrelid)
            """
        ).all() {
            let name = try row.decode(column: "tbl", as: String.self)
            let columns = try row.decode(column: "cols", as: String.self).split(separator: ",").map(String.init)
            switch try row.decode(column: "kind", as: String.self) {
            case "p": tables[name]?.primaryKey = columns
            case "u": tables[name]?.uniques.append(columns)
            default:
                tables[name]?.references.append(
                    (
                        columns, try row.decode(column: "ref", as: String.self),
                        try row.decode(column: "targets", as: String.self).split(separator: ",").map(String.init)
                    ))
            }
        }
        return tables.values.sorted { $0.name < $1.name }
    }
}
