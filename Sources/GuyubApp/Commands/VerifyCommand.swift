import Fluent
import ConsoleKit
import GuyubStore
import Vapor

/// `guyub verify`: exit 0 when every cooperative's audit chain is intact; otherwise non-zero, naming
/// the first broken link of each broken chain.
struct VerifyCommand: AsyncCommand {
    struct Signature: CommandSignature {}
    var help: String { "Checks that the audit trail is intact (every link's hash)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let text = context.text
        let app = context.application
        try await app.migrate()
        let bar = context.console.loadingBar(title: text.verifying)
        bar.start()
        let report = try await AuditVerifier.verify(app.db)
        if report.breaks.isEmpty {
            bar.succeed()
            context.console.success(text.auditIntact(links: report.links))
        } else {
            bar.fail()
            for broken in report.breaks { context.console.error(text.auditBroken(broken.description)) }
            throw CommandFailure(message: text.auditBrokenSummary(report.breaks.count))
        }
    }
}
