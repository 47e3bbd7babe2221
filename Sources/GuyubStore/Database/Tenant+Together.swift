import FluentKit
import SQLKit

extension Tenant {
    /// Runs writing statements as one round trip where the engine allows: on PostgreSQL a single
    /// statement, each but the last a data-modifying `WITH` clause (all see the same snapshot, and
    /// foreign keys are checked at its end, so a row and the rows referring to it may go in together);
    /// on SQLite, which has no such clause and whose one writer holds the whole file anyway, one after
    /// another. None may read what another writes.
    package func runTogether(_ statements: [any SQLExpression]) async throws {
        guard let last = statements.last else { return }
        if db.isSQLite {
            for statement in statements { try await db.sql.execute(sql: statement) { _ in } }
            return
        }
        let clauses = statements.dropLast().enumerated().map { index, statement in
            SQLQueryString("w\(unsafeRaw: String(index)) AS (\(statement))")
        }
        let together: SQLQueryString =
            clauses.isEmpty ? "\(last)" : "WITH \(clauses.joined(separator: ", ")) \(last)"
        try await db.sql.execute(sql: together) { _ in }
    }

    /// An INSERT of `rows` into `table`, each row's values in the order of `columns`.
    package static func insert(into table: String, _ columns: [String], _ rows: [[any Encodable & Sendable]]) -> SQLInsert {
        var insert = SQLInsert(table: SQLIdentifier(table))
        insert.columns = columns.map { SQLIdentifier($0) }
        insert.values = rows.map { $0.map { SQLBind($0) } }
        return insert
    }
}
