import FluentKit
import Foundation
import GuyubStore
import Logging
import NIOCore
import NIOPosix
import SQLKit

/// A database of its own for each test. A migrated one is a copy of one migrated once per run:
/// migrating takes about 0.27 s, a copy about 0.02 s (a SQLite file copied, or, when
/// `GUYUB_TEST_DATABASE_URL` is set, a PostgreSQL database made from a template, its tables in the
/// schema `guyub`).
package enum TestDatabase {
    /// A fresh database with every migration taken, and how to remove it.
    package static func migrated() async throws -> (location: DatabaseLocation, remove: @Sendable () async throws -> Void) {
        try await make(from: true)
    }

    /// A fresh database with nothing in it (where a backup is restored), and how to remove it.
    package static func empty() async throws -> (location: DatabaseLocation, remove: @Sendable () async throws -> Void) {
        try await make(from: false)
    }

    private static func make(from template: Bool) async throws
        -> (location: DatabaseLocation, remove: @Sendable () async throws -> Void)
    {
        let name = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased()
        if let url = ProcessInfo.processInfo.environment["GUYUB_TEST_DATABASE_URL"] {
            let server = try await Template.shared.postgres(url)
            let copy: SQLQueryString = template ? " TEMPLATE \(unsafeRaw: server.template)" : ""
            try await server.admin.sql.raw("CREATE DATABASE \(unsafeRaw: name)" + copy).run()
            return (
                .postgres(url: try database(name, at: url), schema: "guyub"),
                { try await server.admin.sql.raw("DROP DATABASE IF EXISTS \(unsafeRaw: name) WITH (FORCE)").run() }
            )
        }
        let path = NSTemporaryDirectory() + "guyub-test-\(name).sqlite"
        if template { try FileManager.default.copyItem(atPath: try await Template.shared.sqlite(), toPath: path) }
        return (.sqlite(path: path), { for s in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + s) } })
    }

    /// `url` naming the database `name` on the same server.
    static func database(_ name: String, at url: String) throws -> String {
        guard var parts = URLComponents(string: url) else { throw DatabaseLocationError.unsupported(url) }
        parts.path = "/" + name
        return parts.string!
    }
}

/// The database each test's copy is made from, migrated on first use.
private actor Template {
    static let shared = Template()

    /// The server's template and a connection to the database the tests were given, which makes and
    /// drops their databases.
    struct Postgres: Sendable {
        let template: String
        /// Kept open for the whole run.
        let connections: Databases
        let admin: any Database
    }

    private var sqliteFile: Task<String, any Error>?
    private var postgresServer: Task<Postgres, any Error>?

    func sqlite() async throws -> String {
        if sqliteFile == nil {
            sqliteFile = Task {
                let path = NSTemporaryDirectory() + "guyub-template-\(UUID().uuidString).sqlite"
                templatePath = path
                atexit { if let path = templatePath { unlink(path) } }
                try await Self.migrate(.sqlite(path: path)) { db in
                    try await db.sql.raw("PRAGMA wal_checkpoint(TRUNCATE)").run()
                }
                return path
            }
        }
        return try await sqliteFile!.value
    }

    func postgres(_ url: String) async throws -> Postgres {
        if postgresServer == nil {
            postgresServer = Task {
                let admin = try Self.open(.postgres(url: url))
                // Each run migrates a template of its own (named for the moment it began), so that no run
                // copies a schema an older build migrated; templates two hours old are from runs long over.
                let now = Int(Date().timeIntervalSince1970)
                let old = try await admin.db.sql.raw(
                    "SELECT datname FROM pg_database WHERE datname LIKE 'guyub\\_template\\_%'"
                ).all().map { try $0.decode(column: "datname", as: String.self) }
                for name in old where (Int(name.split(separator: "_")[2]) ?? 0) < now - 7_200 {
                    try await admin.db.sql.raw("DROP DATABASE IF EXISTS \(unsafeRaw: name) WITH (FORCE)").run()
                }
                let template =
                    "guyub_template_\(now)_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(8).lowercased()
                try await admin.db.sql.raw("CREATE DATABASE \(unsafeRaw: template)").run()
                try await Self.migrate(.postgres(url: try TestDatabase.database(template, at: url), schema: "guyub")) { _ in }
                return Postgres(template: template, connections: admin.databases, admin: admin.db)
            }
        }
        return try await postgresServer!.value
    }

    /// Takes every migration on `location`, then runs `finish` and closes its connections.
    private static func migrate(_ location: DatabaseLocation, finish: (any Database) async throws -> Void) async throws {
        let opened = try open(location)
        do {
            if case .postgres = location { try await opened.db.sql.raw("CREATE SCHEMA guyub").run() }
            let migrations = Migrations()
            migrations.add(GuyubMigrations.all)
            let migrator = Migrator(
                databases: opened.databases, migrations: migrations, logger: opened.db.logger, on: opened.db.eventLoop,
                migrationLogLevel: .debug)
            try await migrator.setupIfNeeded().get()
            try await migrator.prepareBatch().get()
            try await finish(opened.db)
        } catch {
            await opened.databases.shutdownAsync()
            throw error
        }
        await opened.databases.shutdownAsync()
    }

    private static func open(_ location: DatabaseLocation) throws -> (databases: Databases, db: any Database) {
        let databases = Databases(threadPool: .singleton, on: MultiThreadedEventLoopGroup.singleton)
        try databases.use(location, maxConnectionsPerEventLoop: 2)
        var logger = Logger(label: "guyub.tests.template")
        logger.logLevel = .warning
        return (databases, databases.database(logger: logger, on: MultiThreadedEventLoopGroup.singleton.any())!)
    }
}

/// The SQLite template, removed when the test process ends.
nonisolated(unsafe) private var templatePath: String?
