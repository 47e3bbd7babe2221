import Foundation
import Logging
import Vapor

/// The `guyub` command: configuration from the environment, then the verb on the command line
/// (`serve` when none is given).
package enum Guyub {
    package static func main() async {
        let status = await run()
        exit(status)
    }

    static func run() async -> Int32 {
        var environment: Environment
        let config: AppConfig
        do {
            environment = try Environment.detect()
            config = try AppConfig.from(environment: ProcessInfo.processInfo.environment)
        } catch {
            FileHandle.standardError.write(Data("guyub: \(error)\n".utf8))
            return 1
        }
        if config.jsonLogs {
            let level = environment.defaultLogLevel
            LoggingSystem.bootstrap { label in JSONLogHandler(label: label, level: level) }
        } else {
            try? LoggingSystem.bootstrap(from: &environment)
        }

        let app: Application
        do { app = try await Application.make(environment) } catch {
            FileHandle.standardError.write(Data("guyub: \(error)\n".utf8))
            return 1
        }
        var status: Int32 = 0
        do {
            try await configure(app, config)
            let verb = environment.arguments.dropFirst().first { !$0.hasPrefix("-") } ?? "serve"
            if verb == "serve" { try await app.migrate() }
            try await app.execute()
        } catch let failure as CommandFailure {
            app.console.error(failure.message)
            status = failure.status
        } catch {
            app.console.error("guyub: \(error)")
            status = 1
        }
        try? await app.asyncShutdown()
        return status
    }
}

extension Environment {
    var defaultLogLevel: Logger.Level {
        (Environment.get("LOG_LEVEL").flatMap(Logger.Level.init(rawValue:))) ?? (isRelease ? .notice : .info)
    }
}
