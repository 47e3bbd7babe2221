import FluentKit
import Foundation
import GuyubCore
import GuyubStore
import GuyubTestDatabase
import Logging
import NIOCore
import NIOPosix
import SQLKit
import Testing

/// The store on a database of its own, without Vapor: a SQLite file, or, when
/// `GUYUB_TEST_DATABASE_URL` is set, a database (or, when partly migrated, a schema) on that PostgreSQL server.
final class StoreDatabase: @unchecked Sendable {
    let databases: Databases
    let db: any Database
    private let threadPool: NIOThreadPool
    /// A schema of its own to drop before closing (a partly migrated database on PostgreSQL).
    private let schema: String?
    /// Removes the database once its connections are closed.
    private let remove: @Sendable () async throws -> Void

    private init(
        databases: Databases, db: any Database, threadPool: NIOThreadPool, schema: String?,
        remove: @escaping @Sendable () async throws -> Void
    ) {
        self.databases = databases
        self.db = db
        self.threadPool = threadPool
        self.schema = schema
        self.remove = remove
    }

    /// `threads` run SQLite's statements; `migrations`, the schema's steps taken (all unless told: then
    /// the database is a copy of one migrated once per run).
    static func make(threads: Int = 2, migrations steps: [any Migration]? = nil) async throws -> StoreDatabase {
        AuditSeal.use(.key(AuditSeal.key(hex: String(repeating: "5a", count: 32))!))
        let threadPool = NIOThreadPool(numberOfThreads: threads)
        threadPool.start()
        let group = MultiThreadedEventLoopGroup.singleton
        let databases = Databases(threadPool: threadPool, on: group)
        let location: DatabaseLocation
        var schema: String?
        var remove: @Sendable () async throws -> Void = {}
        if steps == nil {
            (location, remove) = try await TestDatabase.migrated()
        } else if let url = ProcessInfo.processInfo.environment["GUYUB_TEST_DATABASE_URL"] {
            schema = "s_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased()
            location = .postgres(url: url, schema: schema)
        } else {
            let path = NSTemporaryDirectory() + "guyub-store-\(UUID().uuidString).sqlite"
            location = .sqlite(path: path)
            remove = { for s in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + s) } }
        }
        // A test that queues many writers behind one cooperative's row may wait long on a loaded machine.
        try databases.use(location, maxConnectionsPerEventLoop: 4, poolTimeout: .seconds(60))
        var logger = Logger(label: "guyub.store.tests")
        logger.logLevel = .warning
        let db = databases.database(logger: logger, on: group.any())!
        let store = StoreDatabase(databases: databases, db: db, threadPool: threadPool, schema: schema, remove: remove)
        if let steps {
            if let schema { try await db.sql.raw("CREATE SCHEMA \(unsafeRaw: schema)").run() }
            try await store.migrate(steps)
        }
        return store
    }

    /// Takes the schema's steps not yet taken.
    func migrate(_ steps: [any Migration] = GuyubMigrations.all) async throws {
        let migrations = Migrations()
        migrations.add(steps)
        let migrator = Migrator(
            databases: databases, migrations: migrations, logger: db.logger, on: db.eventLoop,
            migrationLogLevel: .debug)
        try await migrator.setupIfNeeded().get()
        try await migrator.prepareBatch().get()
    }

    /// Closes the connections, then removes the database (a schema of its own is dropped first).
    func shutdown() async throws {
        if let schema { try? await db.sql.raw("DROP SCHEMA \(unsafeRaw: schema) CASCADE").run() }
        await databases.shutdownAsync()
        try? await remove()
        try await threadPool.shutdownGracefully()
    }

    /// The first cooperative's rows, read as the application reads them: by cooperative (the PostgreSQL
    /// run checks every statement for it).
    func tenant() async throws -> Tenant {
        let first = try await CooperativeRecord.query(on: db).sort(\.$createdAt).first()
        return Tenant(cooperativeID: try #require(first).requireID(), db: db)
    }

    /// A cooperative with its board admin; returns its id.
    func cooperative(_ name: String) async throws -> UUID {
        let email = try Email("ketua@\(name.lowercased().replacingOccurrences(of: " ", with: "")).coop")
        let (cooperative, _) = try await db.write { db in
            try await AccountStore.createCooperative(
                db, name: name, admin: email, adminName: "Ketua", passwordHash: "x",
                by: .commandLine("test"))
        }
        return cooperative.id!
    }
}

func withStore(threads: Int = 2, _ body: (StoreDatabase) async throws -> Void) async throws {
    let store = try await StoreDatabase.make(threads: threads)
    do { try await body(store) } catch {
        try? await store.shutdown()
        throw error
    }
    try await store.shutdown()
}

let actor = Actor(userID: nil, name: "Petugas")
let today = CivilDate(year: 2026, month: 11, day: 23)!

/// A valid person; `serial` varies the NIK (and the name), `female` adds 40 to the day.
func person(_ serial: Int, female: Bool = false) -> MemberDetails {
    let day = 12 + (female ? 40 : 0)
    let s = String(serial)
    return try! MemberDetails(
        name: "Warga \(serial)", nik: "350724\(day)0890" + String(repeating: "0", count: 4 - s.count) + s,
        phone: "08123456\(String(format: "%04d", serial))", address: "Dusun Krajan")
}
