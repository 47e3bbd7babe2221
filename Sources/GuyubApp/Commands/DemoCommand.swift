import ConsoleKit
import Fluent
import GuyubCore
import GuyubStore
import Vapor

/// `guyub demo [--serve] [--hostname H] [--port P]`: seeds the demo cooperative (once) and prints its
/// sign-ins; with `--serve` it then serves it.
struct DemoCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Flag(name: "serve")
        var serve: Bool
        @Option(name: "hostname", short: "H")
        var hostname: String?
        @Option(name: "port", short: "p")
        var port: Int?
    }

    var help: String { Guyub.cliText.commandHelp(["demo"])?.summary ?? "" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let text = context.text
        let app = context.application
        try await app.migrate()
        if try await CooperativeRecord.query(on: app.db).filter(\.$name == DemoData.cooperativeName).first() == nil {
            let bar = context.console.progressBar(title: text.demoSeeding)
            bar.start()
            let hash = try await app.password.async.hash(DemoData.password)
            try await app.db.write { db in
                try await DemoData.seed(db, passwordHash: hash, today: app.clock.today(in: DemoData.timeZone)) { done, total in
                    bar.activity.currentProgress = Double(done) / Double(total)
                }
            }
            bar.succeed()
        }
        let host = signature.hostname ?? "127.0.0.1"
        let port = signature.port ?? 8080
        context.console.success(text.demoReady(DemoData.cooperativeName))
        context.console.print(signature.serve ? text.demoOpen("http://\(host):\(port)") : text.demoServeHint)
        for user in DemoData.users {
            context.console.print(
                "  \(text.demoPost(user.post).padding(toLength: 11, withPad: " ", startingAt: 0)) "
                    + "\(user.email.padding(toLength: 26, withPad: " ", startingAt: 0)) \(DemoData.password)")
        }
        guard signature.serve else { return }
        guard let serve = app.asyncCommands.commands["serve"] else { return }
        var serveContext = context
        serveContext.input = CommandInput(arguments: ["guyub serve", "--hostname", host, "--port", String(port)])
        try await serve.run(using: &serveContext)
    }
}
