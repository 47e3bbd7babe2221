import Foundation
import GuyubCore
import GuyubViews
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
        if let path = helpRequested(CommandLine.arguments) {
            print(cliText.commandHelpText(path))
            return 0
        }
        var environment: Environment
        let config: AppConfig
        do {
            environment = try Environment.detect()
            config = try AppConfig.from(environment: ProcessInfo.processInfo.environment)
        } catch {
            FileHandle.standardError.write(Data("guyub: \(cliText.commandError(error))\n".utf8))
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
            FileHandle.standardError.write(Data("guyub: \(cliText.commandError(error))\n".utf8))
            return 1
        }
        var status: Int32 = 0
        do {
            try await configure(app, config)
            let verb = environment.arguments.dropFirst().first { !$0.hasPrefix("-") } ?? "serve"
            if verb == "serve" { try await app.migrate() }
            // Not `execute()`, which would log the failure raw before it is printed in the user's words.
            try await app.startup()
            try await app.running?.onStop.get()
        } catch let failure as CommandFailure {
            app.console.error(failure.message)
            status = failure.status
        } catch {
            app.console.error(cliText.commandError(error))
            status = 1
        }
        try? await app.asyncShutdown()
        return status
    }

    /// The command line's language (`GUYUB_LANG`), for what it prints before an application exists.
    static var cliText: Catalogue { Catalogue(Language(tag: ProcessInfo.processInfo.environment["GUYUB_LANG"])) }

    /// The command a `--help`, `-h` or `help` asks about (empty for the overview), or nil when none is asked.
    static func helpRequested(_ arguments: [String]) -> [String]? {
        let words = Array(arguments.dropFirst())
        guard words.contains("--help") || words.contains("-h") || words.first == "help" else { return nil }
        return Array(words.filter { $0 != "help" }.prefix { !$0.hasPrefix("-") })
    }
}

extension Environment {
    var defaultLogLevel: Logger.Level {
        (Environment.get("LOG_LEVEL").flatMap(Logger.Level.init(rawValue:))) ?? (isRelease ? .notice : .info)
    }
}
