import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation

extension Databases {
    /// Registers the cooperative's database as the default one.
    /// `poolTimeout`: how long a request waits for a PostgreSQL connection before it is answered busy.
    package func use(
        _ location: DatabaseLocation, maxConnectionsPerEventLoop: Int = 4, poolTimeout: TimeAmount = .seconds(10)
    ) throws {
        switch location {
        case .sqlite(let path):
            let directory = (path as NSString).deletingLastPathComponent
            if !directory.isEmpty {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            }
            use(.sqlite(.file(path)), as: .sqlite, isDefault: true)
        case .postgres(let url, let schema):
            var configuration = try SQLPostgresConfiguration(url: url)
            if let schema { configuration.searchPath = [schema] }
            use(
                .postgres(
                    configuration: configuration, maxConnectionsPerEventLoop: maxConnectionsPerEventLoop,
                    connectionPoolTimeout: poolTimeout, sqlLogLevel: .debug),
                as: .psql, isDefault: true)
        }
    }
}
