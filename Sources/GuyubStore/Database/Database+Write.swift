import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver
import SQLKit

extension Database {
    package var sql: any SQLDatabase { self as! any SQLDatabase }

    package var isSQLite: Bool { sql.dialect.name == "sqlite" }

    /// Runs `body` in one writing transaction: all of it lands, or none of it.
    /// On SQLite the writers of this process take turns, and the transaction begins IMMEDIATE, taking
    /// the write lock up front, so two writers never deadlock upgrading a read lock. Code inside must
    /// not open another transaction.
    package func write<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        guard isSQLite else { return try await transaction(body) }
        return try await WriteTurn.shared.run { try await withConnection { connection in
            try await connection.sql.raw("BEGIN IMMEDIATE").run()
            do {
                let result = try await body(connection)
                try await connection.sql.raw("COMMIT").run()
                return result
            } catch {
                try? await connection.sql.raw("ROLLBACK").run()
                throw error
            }
        } }
    }
}

extension Error {
    /// A unique or foreign-key constraint refused the write (PostgreSQL class 23, SQLite CONSTRAINT).
    package var isConstraintFailure: Bool { (self as? any DatabaseError)?.isConstraintFailure ?? false }
}

extension Error {
    /// The engine refused the transaction because of others running at the same time (a PostgreSQL
    /// deadlock or serialization failure, a busy SQLite file): nothing was written, and trying again may work.
    package var isTransient: Bool {
        if let error = self as? PSQLError, let state = error.serverInfo?[.sqlState] { return state == "40001" || state == "40P01" }
        if let error = self as? SQLiteError { return error.reason == .busy || error.reason == .locked }
        return false
    }
}
