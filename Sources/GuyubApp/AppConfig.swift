import Fluent
import Foundation
import GuyubCore
import GuyubStore

/// Everything Guyub reads from its environment. Nothing else configures it (flags aside).
package struct AppConfig: Sendable {
    /// `DATABASE_URL` / `GUYUB_DATA_DIR`.
    package var database: DatabaseLocation
    /// `GUYUB_PUBLIC_URL`: the address users reach; when it is `https://…`, cookies are marked Secure.
    package var publicURL: String?
    /// `GUYUB_BCRYPT_COST` (default 12): the work factor of password hashes.
    package var bcryptCost: Int
    /// `GUYUB_TRUST_PROXY=1`: take the client's address from `X-Forwarded-For` (behind nginx).
    package var trustProxy: Bool
    /// `GUYUB_LOG_FORMAT=json` for one JSON object per log line; `text` (default) for people.
    package var jsonLogs: Bool
    /// `GUYUB_DB_POOL` (default 4): PostgreSQL connections per event loop.
    package var poolSize: Int
    package var throttle = SignInThrottle()
    /// `GUYUB_AUDIT_KEY` (64 or more hex digits), else `audit.key` beside the data: the key that seals the
    /// audit chain. Servers sharing a database share it.
    package var auditKey: AuditSeal.Source
    /// `GUYUB_METRICS_TOKEN`: the bearer token `/metrics` asks for (unset: no metrics are served).
    package var metricsToken: String?
    /// `GUYUB_IDLE_TIMEOUT` (default 30): seconds a connection may send nothing — a request's headers left
    /// unfinished included — before it is closed, so slow clients cannot hold every connection.
    package var idleTimeout = 30
    /// Where today and now come from: the machine's clock, or a test's.
    package var clock = WallClock.system
    /// How long a request waits for a database connection before it is answered as busy.
    package var poolTimeout = 10

    package var secureCookies: Bool { publicURL?.lowercased().hasPrefix("https://") ?? false }

    package init(
        database: DatabaseLocation, publicURL: String? = nil, bcryptCost: Int = 12,
        trustProxy: Bool = false, jsonLogs: Bool = false, poolSize: Int = 4, auditKey: AuditSeal.Source,
        metricsToken: String? = nil, idleTimeout: Int = 30
    ) {
        self.database = database
        self.idleTimeout = idleTimeout
        self.metricsToken = metricsToken
        self.auditKey = auditKey
        self.publicURL = publicURL
        self.bcryptCost = bcryptCost
        self.trustProxy = trustProxy
        self.jsonLogs = jsonLogs
        self.poolSize = poolSize
    }

    package static func from(environment env: [String: String]) throws -> AppConfig {
        func int(_ key: String, default value: Int, in range: ClosedRange<Int>) throws -> Int {
            guard let text = env[key], !text.isEmpty else { return value }
            guard let number = Int(text), range.contains(number) else {
                throw ConfigError(variable: key, expected: .number(range))
            }
            return number
        }
        var auditKey = AuditSeal.Source.file(
            ((env["GUYUB_DATA_DIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "./data") as NSString)
                .appendingPathComponent("audit.key"))
        if let text = env["GUYUB_AUDIT_KEY"], !text.isEmpty {
            guard let key = AuditSeal.key(hex: text) else { throw ConfigError(variable: "GUYUB_AUDIT_KEY", expected: .hexKey) }
            auditKey = .key(key)
        }
        return AppConfig(
            database: try DatabaseLocation.from(environment: env),
            publicURL: env["GUYUB_PUBLIC_URL"].flatMap { $0.isEmpty ? nil : $0 },
            bcryptCost: try int("GUYUB_BCRYPT_COST", default: 12, in: 4...31),
            trustProxy: ["1", "true", "yes"].contains(env["GUYUB_TRUST_PROXY"]?.lowercased() ?? ""),
            jsonLogs: env["GUYUB_LOG_FORMAT"]?.lowercased() == "json",
            poolSize: try int("GUYUB_DB_POOL", default: 4, in: 1...64), auditKey: auditKey,
            metricsToken: env["GUYUB_METRICS_TOKEN"].flatMap { $0.isEmpty ? nil : $0 },
            idleTimeout: try int("GUYUB_IDLE_TIMEOUT", default: 30, in: 1...3600))
    }
}

/// A setting in the environment that Guyub cannot use: which, and what it takes.
package struct ConfigError: Error {
    package enum Expected: Sendable {
        case number(ClosedRange<Int>)
        case hexKey
    }
    package let variable: String
    package let expected: Expected
}
