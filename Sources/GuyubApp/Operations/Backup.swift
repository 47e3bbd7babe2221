import Fluent
import Foundation
import GuyubStore
import SQLKit

/// Copies of the whole database: SQLite's online backup (`VACUUM INTO`, a consistent snapshot taken
/// while the server runs) or PostgreSQL's `pg_dump` (likewise a snapshot); and restoring one into an
/// empty database.
enum Backup {
    /// Writes a backup of `database` to `file` (which must not exist yet).
    static func write(_ database: DatabaseLocation, db: any Database, to file: String) async throws {
        guard !FileManager.default.fileExists(atPath: file) else { throw BackupError.exists(file) }
        switch database {
        case .sqlite:
            try await db.sql.raw("VACUUM INTO \(bind: file)").run()
        case .postgres(let url, let schema):
            try run(
                tool("pg_dump"),
                ["--format=custom", "--no-owner", "--file", file, "--dbname", url]
                    + (schema.map { ["--schema", $0] } ?? []))
        }
    }

    /// Restores `file` into `database`, which must hold nothing yet.
    static func restore(_ file: String, into database: DatabaseLocation, db: any Database) async throws {
        guard FileManager.default.fileExists(atPath: file) else { throw BackupError.missing(file) }
        switch database {
        case .sqlite(let path):
            let existing = try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int
            if let existing, existing > 0, try await hasTables(db) { throw BackupError.notEmpty }
            // The write-ahead log and its index belong to the file being replaced.
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            try FileManager.default.copyItem(atPath: file, toPath: path)
        case .postgres(let url, _):
            guard try await !hasTables(db) else { throw BackupError.notEmpty }
            try run(tool("pg_restore"), ["--no-owner", "--exit-on-error", "--dbname", url, file])
        }
    }

    /// Whether the database already holds Guyub's tables.
    static func hasTables(_ db: any Database) async throws -> Bool {
        let sql =
            db.isSQLite
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'cooperatives'"
            : "SELECT table_name FROM information_schema.tables WHERE table_name = 'cooperatives' AND table_schema = ANY (current_schemas(false))"
        return try await db.sql.raw(SQLQueryString(sql)).first() != nil
    }

    /// PostgreSQL's client tools, from the path or Debian's versioned folder.
    static func tool(_ name: String) throws -> String {
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/\(name)" }
        let debian = ((try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? [])
            .sorted { $0.compare($1, options: .numeric) == .orderedDescending }.map { "/usr/lib/postgresql/\($0)/bin/\(name)" }
        guard let found = (path + debian).first(where: FileManager.default.isExecutableFile(atPath:)) else {
            throw BackupError.toolMissing(name)
        }
        return found
    }

    static func run(_ executable: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            throw BackupError.toolFailed(URL(fileURLWithPath: executable).lastPathComponent, message)
        }
    }
}

enum BackupError: Error {
    case exists(String)
    case missing(String)
    case notEmpty
    case toolMissing(String)
    case toolFailed(String, String)
}
