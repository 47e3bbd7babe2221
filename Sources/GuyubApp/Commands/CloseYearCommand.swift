import ConsoleKit
import Foundation
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// `guyub close-year --cooperative ID --year 2026`: closes the year's open months, closes its income
/// and expenses into the year's surplus, and computes the SHU distribution as a draft for the RAT.
/// A year closes once; a second run is refused and changes nothing.
struct CloseYearCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "cooperative")
        var cooperative: String?
        @Option(name: "year")
        var year: Int?
    }

    var help: String { Guyub.cliText.commandHelp(["close-year"])?.summary ?? "" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let text = context.text
        let app = context.application
        try await app.migrate()
        let cooperative = try await CooperativeChoice.resolve(signature.cooperative, on: app.db, text: text)
        let today = app.today(at: cooperative)
        let year = signature.year ?? today.year - 1
        context.console.info(text.closingYear(year))
        do {
            let outcome = try await app.db.write { db in
                try await YearEnd(Tenant(cooperativeID: cooperative.id!, db: db))
                    .close(year, today: today, texts: .init(year), by: .commandLine("close-year"))
            }
            context.console.success(
                text.yearClosed(
                    year, months: outcome.monthsClosed.count,
                    member: outcome.closing.memberSurplus,
                    nonMember: outcome.closing.nonMemberSurplus,
                    members: outcome.distribution.members))
        } catch let error as any DomainError {
            throw CommandFailure(message: text.message(for: error))
        }
    }
}
