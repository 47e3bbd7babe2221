import Fluent
import ConsoleKit
import GuyubStore
import Vapor

/// `guyub verify`: exit 0 when every cooperative's audit chain is intact and its books prove out
/// (every entry balanced, every balance equal to its recomputation, members' savings equal to their
/// control accounts); otherwise non-zero, naming the first broken link of each chain and every difference.
struct VerifyCommand: AsyncCommand {
    struct Signature: CommandSignature {}
    var help: String { Guyub.cliText.commandHelp(["verify"])?.summary ?? "" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let text = context.text
        let app = context.application
        try await app.migrate()
        let bar = context.console.loadingBar(title: text.verifying)
        bar.start()
        let audit = try await AuditVerifier.verify(app.db)
        let books = try await LedgerVerifier.verify(app.db)
        if audit.breaks.isEmpty && books.problems.isEmpty {
            bar.succeed()
            context.console.success(text.auditIntact(links: audit.links))
            context.console.success(text.booksProved(entries: books.entries, accounts: books.accounts))
            return
        }
        bar.fail()
        for broken in audit.breaks { context.console.error(text.auditBroken(broken.description)) }
        for problem in books.problems { context.console.error(text.booksProblem(problem.description)) }
        throw CommandFailure(message: audit.breaks.isEmpty ? text.booksProblemSummary(books.problems.count)
                                                           : text.auditBrokenSummary(audit.breaks.count))
    }
}
