import ConsoleKit
import Fluent
import GuyubStore
import GuyubViews
import Vapor

/// `guyub verify [--cooperative ID] [--anchor N:HASH]`: proves each cooperative's audit trail (every link
/// sealed with the key, nothing missing or reordered), the records it vouches for (journal entries and
/// members as the trail recorded them) and the books (every entry balanced, every balance recomputed,
/// members' savings equal to their control accounts); says what that proves and what only the printed
/// head can; exits 0 when all hold, 1 naming each difference. A cooperative whose records cannot be read is
/// reported and the others are still checked.
struct VerifyCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "cooperative")
        var cooperative: String?
        /// A head printed on a month's closing or a RAT report pack: `1234:ab12cd34…`.
        @Option(name: "anchor")
        var anchor: String?
    }
    var help: String { Guyub.cliText.commandHelp(["verify"])?.summary ?? "" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let text = context.text
        let app = context.application
        try await app.migrate()
        var anchors: [UUID: AuditVerifier.Anchor] = [:]
        if let written = signature.anchor {
            guard let anchor = AuditVerifier.Anchor(written) else { throw CommandFailure(message: text.anchorUnreadable) }
            let cooperative = try await CooperativeChoice.resolve(signature.cooperative, on: app.db, text: text)
            anchors[try cooperative.requireID()] = anchor
        }
        let bar = context.console.loadingBar(title: text.verifying)
        bar.start()
        let audit = try await AuditVerifier.verify(app.db, anchors: anchors)
        let books = try await LedgerVerifier.verify(app.db)
        audit.intact && books.problems.isEmpty ? bar.succeed() : bar.fail()

        for cooperative in audit.cooperatives {
            context.console.print(
                text.verifiedCooperative(
                    cooperative.name, links: cooperative.links, entries: cooperative.entries,
                    members: cooperative.members))
            context.console.print("  " + text.auditHead(sequence: cooperative.headSequence, hash: cooperative.headHash))
            for finding in cooperative.findings { context.console.error("  " + text.auditFinding(finding)) }
            for problem in books.problems where problem.cooperativeName == cooperative.name {
                context.console.error("  " + text.booksFinding(problem.finding))
            }
        }
        guard audit.intact && books.problems.isEmpty else {
            let broken = audit.cooperatives.filter { !$0.findings.isEmpty }.count
            throw CommandFailure(
                message: broken > 0 ? text.auditBrokenSummary(broken) : text.booksProblemSummary(books.problems.count))
        }
        context.console.success(text.verifiedAll(links: audit.links, entries: books.entries, accounts: books.accounts))
        context.console.print(text.whatVerifyProves)
    }
}
