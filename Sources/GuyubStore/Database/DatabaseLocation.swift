import Foundation

/// Where the cooperative's data lives, read from `DATABASE_URL` and `GUYUB_DATA_DIR`:
/// unset → `<data dir>/guyub.sqlite`; `sqlite:///path/file.sqlite` → that file; `postgres://…` → PostgreSQL.
package enum DatabaseLocation: Equatable, Sendable, CustomStringConvertible {
    case sqlite(path: String)
    /// `schema`, when set, is the PostgreSQL search path (tests give each run a schema of its own).
    case postgres(url: String, schema: String? = nil)

    package static func from(environment env: [String: String]) throws(DatabaseLocationError) -> DatabaseLocation {
        guard let url = env["DATABASE_URL"], !url.isEmpty else {
            let directory = env["GUYUB_DATA_DIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "./data"
            return .sqlite(path: (directory as NSString).appendingPathComponent("guyub.sqlite"))
        }
        return try parse(url)
    }

    package static func parse(_ url: String) throws(DatabaseLocationError) -> DatabaseLocation {
        if url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") { return .postgres(url: url) }
        if url.hasPrefix("sqlite://") {
            let path = String(url.dropFirst("sqlite://".count))
            guard !path.isEmpty else { throw .unsupported(url) }
            return .sqlite(path: path)
        }
        throw .unsupported(url)
    }

    package var isSQLite: Bool { if case .sqlite = self { true } else { false } }

    /// For logs and `/healthz`: never prints a password.
    package var description: String {
        switch self {
        case .sqlite(let path): "sqlite:\(path)"
        case .postgres(let url, _):
            if let parts = URLComponents(string: url) { "postgres://\(parts.host ?? "")\(parts.path)" } else { "postgres" }
        }
    }
}

package enum DatabaseLocationError: Error, CustomStringConvertible {
    case unsupported(String)
    package var description: String {
        "DATABASE_URL must start with sqlite:// or postgres:// (got \"\(prefix)…\")"
    }
    /// The start of the address given, enough to recognise it and never its password.
    package var prefix: String {
        switch self {
        case .unsupported(let u): String(u.prefix(20))
        }
    }
}
