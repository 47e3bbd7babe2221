import FluentKit
import Logging
import NIOCore
import SQLKit

/// What a commit on SQLite survives. In rollback-journal mode the commit is the journal's deletion,
/// which is not flushed to the folder: a power cut just after it can roll the commit back, after the
/// cashier has handed over the receipt. A write-ahead log with `synchronous=FULL` flushes the log at
/// every commit, so a committed transaction survives a power cut (and readers no longer wait for the writer).
package enum SQLiteDurability {
    package static let journalMode = "wal"
    /// `PRAGMA synchronous`: 2 is FULL.
    package static let synchronous = 2

    /// Puts the file in WAL mode (the file keeps it) and every pooled connection on `synchronous=FULL`
    /// (also the bundled SQLite's compiled default, so a connection opened later starts there too),
    /// then reads both back and refuses to go on if the engine did not take them.
    package static func apply(_ databases: Databases, eventLoops: any EventLoopGroup, logger: Logger) async throws {
        for loop in eventLoops.makeIterator() {
            guard let db = databases.database(logger: logger, on: loop) else { continue }
            try await db.withConnection { connection in
                try await connection.sql.raw("PRAGMA journal_mode = WAL").run()
                try await connection.sql.raw("PRAGMA synchronous = FULL").run()
                let found = try await read(connection)
                guard found == (journalMode, synchronous) else {
                    throw SQLiteDurabilityError(journalMode: found.journalMode, synchronous: found.synchronous)
                }
            }
        }
    }

    /// The journal mode and synchronous level of the connection `db` hands out.
    package static func read(_ db: any Database) async throws -> (journalMode: String, synchronous: Int) {
        let mode = try await db.sql.raw("PRAGMA journal_mode").first()?.decode(column: "journal_mode", as: String.self)
        let level = try await db.sql.raw("PRAGMA synchronous").first()?.decode(column: "synchronous", as: Int.self)
        return ((mode ?? "").lowercased(), level ?? -1)
    }
}

package struct SQLiteDurabilityError: Error, CustomStringConvertible {
    let journalMode: String
    let synchronous: Int
    package var description: String {
        "SQLite did not take journal_mode=WAL and synchronous=FULL (it reports \(journalMode) and \(synchronous))"
    }
}
