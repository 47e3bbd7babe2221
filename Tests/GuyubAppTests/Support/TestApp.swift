import Fluent
import Foundation
import GuyubApp
import GuyubCore
import GuyubStore
import GuyubTestDatabase
import Testing
import Vapor
import VaporTesting

/// A Guyub application on a migrated database of its own: a SQLite file, or, when
/// `GUYUB_TEST_DATABASE_URL` is set, a PostgreSQL database on that server.
final class TestApp: @unchecked Sendable {
    let app: Application
    private let cleanup: @Sendable (Application) async throws -> Void

    static let password = "tani-makmur-2026"
    /// The key that seals the audit chains of every test in the process (the seal is process-wide, as in a server).
    static let auditKey = AuditSeal.Source.key(AuditSeal.key(hex: String(repeating: "5a", count: 32))!)

    private init(app: Application, cleanup: @escaping @Sendable (Application) async throws -> Void) {
        self.app = app
        self.cleanup = cleanup
    }

    static var onPostgres: Bool { ProcessInfo.processInfo.environment["GUYUB_TEST_DATABASE_URL"] != nil }

    static func make(_ adjust: (inout AppConfig) -> Void = { _ in }) async throws -> TestApp {
        let (location, remove) = try await TestDatabase.migrated()
        let app = try await Application.make(.testing)
        var config = AppConfig(
            database: location, bcryptCost: 4, poolSize: TestApp.onPostgres ? 2 : 4, auditKey: Self.auditKey)
        // Hundreds of apps share two cores while the suite runs: a request may wait long for a connection
        // without anything being wrong. A deadlock still fails, a minute later.
        config.poolTimeout = 60
        adjust(&config)
        do {
            try await configure(app, config)
            try await app.migrate()
        } catch {
            try? await app.asyncShutdown()
            try? await remove()
            throw error
        }
        return TestApp(app: app, cleanup: { _ in try await remove() })
    }

    func shutdown() async throws {
        try await app.asyncShutdown()
        try? await cleanup(app)
    }

    /// A cooperative with its first board member; returns the cooperative's id.
    @discardableResult
    func cooperative(_ name: String, admin email: String) async throws -> UUID {
        let hash = try Bcrypt.hash(Self.password, cost: 4)
        let (cooperative, _) = try await app.db.write { db in
            try await AccountStore.createCooperative(
                db, name: name, admin: Email(email), adminName: "Ketua \(name)",
                passwordHash: hash, by: .commandLine("test"))
        }
        return cooperative.id!
    }

    /// One cooperative's rows straight from the database, by cooperative as the app reads them (the
    /// PostgreSQL run checks every statement for it): the given one, or the first made.
    func tenant(_ id: UUID? = nil) async throws -> Tenant {
        if let id { return Tenant(cooperativeID: id, db: app.db) }
        let first = try await CooperativeRecord.query(on: app.db).sort(\.$createdAt).first()
        return Tenant(cooperativeID: try #require(first).requireID(), db: app.db)
    }

    /// Another user with `roles` in the cooperative, optionally linked to a member's record.
    func user(_ email: String, roles: Set<Role>, in cooperativeID: UUID, member: UUID? = nil) async throws {
        let hash = try Bcrypt.hash(Self.password, cost: 4)
        _ = try await app.db.write { db in
            let tenant = Tenant(cooperativeID: cooperativeID, db: db)
            var record: MemberRecord?
            if let member { record = try await MemberStore(tenant).find(member) }
            return try await AccountStore.createUser(
                tenant, email: Email(email), name: email, passwordHash: hash,
                roles: roles, member: record, by: .commandLine("test"))
        }
    }

    /// A client signed in through the API as `email`.
    func apiClient(_ email: String) async throws -> Client {
        let client = Client(app)
        let response = try await client.post("/api/v1/auth/token", json: ["email": email, "password": Self.password])
        #expect(response.status == .ok, "sign-in as \(email): \(response.body.string)")
        client.token = try response.json()["token"] as? String
        return client
    }

    /// An API client for a user who signs in without a password (a consumer, by their phone's code).
    func apiClient(userID: UUID, in cooperativeID: UUID) async throws -> Client {
        let client = Client(app)
        client.token = try await SessionStore.open(
            app.db, userID: userID, cooperativeID: cooperativeID, kind: .api, lifetime: 3600, now: Date()
        ).token
        return client
    }

    /// A browser signed in through the web form as `email` (with the tests' password unless told).
    func browser(_ email: String, password: String = TestApp.password) async throws -> Client {
        let client = Client(app)
        let form = try await client.get("/sign-in")
        let response = try await client.post(
            "/sign-in",
            form: [
                "_csrf": try form.csrfToken(), "email": email, "password": password,
            ])
        #expect(response.status == .seeOther, "web sign-in as \(email)")
        return client
    }
}

/// Runs `body` with a fresh application and always shuts it down.
func withTestApp(
    _ adjust: (inout AppConfig) -> Void = { _ in },
    _ body: (TestApp) async throws -> Void
) async throws {
    try await TestGate.shared.admitted {
        let test = try await TestApp.make(adjust)
        do {
            try await body(test)
        } catch {
            try? await test.shutdown()
            throw error
        }
        try await test.shutdown()
    }
}

/// PostgreSQL serves a bounded number of connections and every test application opens its own
/// pool, so on PostgreSQL at most `width` tests hold an application at once; the rest wait their turn.
/// A test that starts a second application inside its first is already admitted.
actor TestGate {
    static let shared = TestGate(width: TestApp.onPostgres ? 24 : Int.max)
    @TaskLocal static var admitted = false

    private var free: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(width: Int) { free = width }

    nonisolated func admitted<T>(_ body: () async throws -> T) async throws -> T {
        if Self.admitted { return try await body() }
        await enter()
        do {
            let result = try await Self.$admitted.withValue(true) { try await body() }
            await leave()
            return result
        } catch {
            await leave()
            throw error
        }
    }

    private func enter() async {
        if free > 0 {
            free -= 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    private func leave() {
        if waiting.isEmpty { free += 1 } else { waiting.removeFirst().resume() }
    }
}
