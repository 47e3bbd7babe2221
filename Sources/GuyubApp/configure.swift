import Fluent
import GuyubStore
import Prometheus
import Vapor

/// Sets up an application: database, migrations, password hashing, middleware, routes, commands.
package func configure(_ app: Application, _ config: AppConfig) async throws {
    _ = jsonCoding
    app.guyub = .init(config: config, metrics: PrometheusCollectorRegistry())
    AuditSeal.use(config.auditKey)
    try app.databases.use(
        config.database, maxConnectionsPerEventLoop: config.poolSize, poolTimeout: .seconds(Int64(config.poolTimeout)))
    app.migrations.add(GuyubMigrations.all)
    app.passwords.use(.bcrypt(cost: config.bcryptCost))
    app.routes.defaultMaxBodySize = "1mb"
    app.http.server.configuration.idleTimeout = .seconds(Int64(config.idleTimeout))

    // Outermost first: metrics see the final status, errors become responses before them,
    // static files need no sign-in, and everything after knows who is calling.
    app.middleware = Middlewares()
    app.middleware.use(RouteLoggingMiddleware(logLevel: .info))
    app.middleware.use(RequestMetrics(registry: app.guyub.metrics))
    app.middleware.use(SecurityHeaders())
    app.middleware.use(ErrorMapper())
    app.middleware.use(PublicFilesMiddleware())
    app.middleware.use(Authenticator())
    app.middleware.use(CSRFGuard())

    try routes(app)
    registerCommands(app)
    app.lifecycle.use(DailyJobs())
    app.lifecycle.use(MemberImportWorker())
}

/// JSON with sorted keys (the same answer is the same bytes, which idempotent replays and tests rely on)
/// and ISO 8601 dates; bodies and query strings holding NUL are refused. Content configuration is
/// global in Vapor, so it is set once for the process.
private let jsonCoding: Void = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    ContentConfiguration.global.use(encoder: encoder, for: .json)
    ContentConfiguration.global.use(decoder: RefusingNUL(base: decoder, escapes: [#"\u0000"#]), for: .json)
    ContentConfiguration.global.use(decoder: RefusingNUL(base: URLEncodedFormDecoder(), escapes: ["%00"]), for: .urlEncodedForm)
    ContentConfiguration.global.use(urlDecoder: QueryRefusingNUL(base: URLEncodedFormDecoder()))
}()

extension Application {
    /// Applies pending migrations, after putting SQLite in its durable mode. On PostgreSQL an advisory lock keeps two starting servers from
    /// migrating at once.
    package func migrate() async throws {
        if guyub.config.database.isSQLite {
            try await SQLiteDurability.apply(databases, eventLoops: eventLoopGroup, logger: logger)
            return try await autoMigrate()
        }
        let lock = 0x6775_7975_62 // "guyub"
        try await db.withConnection { connection in
            try await connection.sql.raw("SELECT pg_advisory_lock(\(unsafeRaw: String(lock)))").run()
            do {
                try await self.autoMigrate()
            } catch {
                try? await connection.sql.raw("SELECT pg_advisory_unlock(\(unsafeRaw: String(lock)))").run()
                throw error
            }
            try await connection.sql.raw("SELECT pg_advisory_unlock(\(unsafeRaw: String(lock)))").run()
        }
    }
}
