import FluentKit
import FluentPostgresDriver
import GuyubStore
import NIOPosix
import SQLKit
import Synchronization
import Testing

/// The one way to write: a transaction that ends, whatever happens to the database under it. Each
/// test fails, rather than hangs, when its write never ends; the store is then left behind.
@Suite("Writing transactions") struct WriteTests {
    /// SQLite writers that wait for one another do not starve the threads that run the statements:
    /// with one such thread, a writer spinning in SQLite's own wait for the write lock would hold it
    /// forever, and the writer it waits for could never commit.
    @Test func writersOnManyLoopsTakeTurnsOnOneThread() async throws {
        let store = try await StoreDatabase.make(threads: 1)
        guard store.db.isSQLite else { return try await store.shutdown() }
        let cooperative = try await store.cooperative("Koperasi Sukamaju")
        let writes = await finishing {
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<8 {
                    let db = store.databases.database(logger: store.db.logger, on: MultiThreadedEventLoopGroup.singleton.next())!
                    group.addTask {
                        try await db.write { db in
                            for _ in 0..<5 {
                                try await db.sql.raw(
                                    "UPDATE cooperatives SET next_entry_number = next_entry_number + 1 WHERE id = \(bind: cooperative)"
                                ).run()
                            }
                        }
                    }
                }
                try await group.waitForAll()
            }
        }
        guard let writes else { return }
        try writes.get()
        let row = try await store.db.sql.raw("SELECT next_entry_number AS n FROM cooperatives WHERE id = \(bind: cooperative)")
            .first()
        #expect(try row?.decode(column: "n", as: Int.self) == 1 + 8 * 5)
        try await store.shutdown()
    }

    /// PostgreSQL goes away under a transaction (here its backend is terminated; a crash or an
    /// immediate shutdown does the same): the write ends at once with `ConnectionLost`, though the
    /// driver leaves the statement sent after the close waiting forever, and the pool serves on.
    @Test func aConnectionThatDiesUnderAWriteEndsIt() async throws {
        let store = try await StoreDatabase.make()
        guard !store.db.isSQLite else { return try await store.shutdown() }
        let write = await finishing {
            try await store.db.write { db in
                let pid = try await db.sql.raw("SELECT pg_backend_pid() AS pid").first()!.decode(column: "pid", as: Int32.self)
                try await store.db.sql.raw("SELECT pg_terminate_backend(\(bind: pid))").run()
                let connection = try await (db as! any PostgresDatabase).withConnection { $0.eventLoop.makeSucceededFuture($0) }
                    .get()
                while !connection.isClosed { try await Task.sleep(for: .milliseconds(10)) }
                try await db.sql.raw("SELECT 1").run()
            }
        }
        guard let write else { return }
        #expect(throws: ConnectionLost.self) { try write.get() }
        let after = try await store.db.write { db in
            try await db.sql.raw("SELECT 1 AS one").first()?.decode(column: "one", as: Int.self)
        }
        #expect(after == 1)
        try await store.shutdown()
    }

    /// `work`'s result, or nil (and a recorded issue) when it has not finished within ten minutes: alone
    /// these writes take a second or two, but in the full suite they wait their turn behind every other
    /// test's writers — the demo's seeding among them, one long write each.
    private func finishing<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) async -> Result<T, any Error>? {
        let result = Mutex<Result<T, any Error>?>(nil)
        Task {
            let outcome: Result<T, any Error>
            do { outcome = .success(try await work()) } catch { outcome = .failure(error) }
            result.withLock { $0 = outcome }
        }
        for _ in 0..<6000 {
            if let done = result.withLock({ $0 }) { return done }
            try? await Task.sleep(for: .milliseconds(100))
        }
        Issue.record("the write was still waiting after ten minutes")
        return nil
    }
}
