import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver
import SQLKit

extension Database {
    package var sql: any SQLDatabase { self as! any SQLDatabase }

    package var isSQLite: Bool { sql.dialect.name == "sqlite" }

    /// Runs `body` in one writing transaction: all of it lands, or none of it. Code inside must not
    /// open another transaction.
    /// On SQLite the writers of this process take turns, and the transaction begins IMMEDIATE, taking
    /// the write lock up front, so two writers never deadlock upgrading a read lock. On PostgreSQL a
    /// connection that dies under the transaction ends it at once (see `ConnectionWatch`).
    package func write<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        if isSQLite {
            return try await WriteTurn.shared.run {
                try await withConnection { try await $0.withTransaction(beginning: "BEGIN IMMEDIATE", body) }
            }
        }
        return try await withConnection { db in
            let connection = try await (db as! any PostgresDatabase).withConnection { $0.eventLoop.makeSucceededFuture($0) }.get()
            return try await ConnectionWatch.shared.run(on: connection) { try await db.withTransaction(beginning: "BEGIN", body) }
        }
    }

    private func withTransaction<T: Sendable>(beginning begin: String, _ body: @Sendable (any Database) async throws -> T)
        async throws -> T
    {
        try await sql.raw(SQLQueryString(begin)).run()
        do {
            let result = try await body(self)
            try await sql.raw("COMMIT").run()
            return result
        } catch {
            try? await sql.raw("ROLLBACK").run()
            throw error
        }
    }
}

extension Error {
    /// A unique or foreign-key constraint refused the write (PostgreSQL class 23, SQLite CONSTRAINT).
    package var isConstraintFailure: Bool { (self as? any DatabaseError)?.isConstraintFailure ?? false }

    /// The engine refused the transaction because of others running at the same time (a PostgreSQL
    /// deadlock or serialization failure, a busy SQLite file): nothing was written, and trying again may work.
    package var isTransient: Bool {
        if let error = self as? PSQLError, let state = error.serverInfo?[.sqlState] {
            return state == "40001" || state == "40P01"
        }
        if let error = self as? SQLiteError { return error.reason == .busy || error.reason == .locked }
        return false
    }

    /// The database could not be reached: its connection closed, or none came free in time. Whether
    /// anything was written the request cannot tell; a retry with the same idempotency key can.
    package var isUnavailable: Bool {
        if self is ConnectionLost || self is ConnectionPoolTimeoutError { return true }
        guard let error = self as? PSQLError else { return false }
        // Classes 08 and 57: the connection failed, or the server is shutting down or starting up.
        if let state = error.serverInfo?[.sqlState] { return state.hasPrefix("08") || state.hasPrefix("57") }
        return [.serverClosedConnection, .clientClosedConnection, .connectionError, .poolClosed].contains(error.code)
    }
}
