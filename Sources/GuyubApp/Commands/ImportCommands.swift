import ConsoleKit
import Fluent
import Foundation
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// `guyub import members FILE.csv [--dry-run] [--cooperative ID]`.
struct ImportCommands: AsyncCommandGroup {
    var help: String { Guyub.cliText.commandHelp(["import", "members"])?.summary ?? "" }
    var commands: [String: any AnyAsyncCommand] { ["members": ImportMembersCommand()] }
}

struct ImportMembersCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "file")
        var file: String
        @Flag(name: "dry-run")
        var dryRun: Bool
        @Option(name: "cooperative")
        var cooperative: String?
    }

    var help: String { Guyub.cliText.commandHelp(["import", "members"])?.summary ?? "" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let text = context.text
        let app = context.application
        guard let data = FileManager.default.contents(atPath: signature.file) else {
            throw CommandFailure(message: text.fileNotReadable(signature.file))
        }
        try await app.migrate()
        let cooperative = try await CooperativeChoice.resolve(signature.cooperative, on: app.db, text: text)
        let csv = ImportPage.decode(data)
        let actor = Actor.commandLine("import")
        let today = app.today(at: cooperative)

        do {
            let plan = try await MemberImporter(store: MemberStore(Tenant(cooperativeID: cooperative.id!, db: app.db)))
                .plan(csv: csv)
            for (line, problem) in plan.skipped { context.console.info(text.lineReport(line, text.reason(problem))) }
            for (line, problem) in plan.rejected { context.console.warning(text.lineReport(line, text.reason(problem))) }
            if signature.dryRun {
                context.console.info(
                    text.importDryRun(
                        accepted: plan.accepted.count, skipped: plan.skipped.count,
                        rejected: plan.rejected.count))
            } else if !plan.accepted.isEmpty {
                let bar = context.console.progressBar(title: text.importing)
                bar.start()
                // By batches that each commit, so the server's other work is never held for long; a run cut
                // short is finished by running the file again (the rows already in are skipped).
                var imported = 0
                for start in stride(from: 0, to: plan.accepted.count, by: MemberImportJobs.batchSize) {
                    let batch = MemberImporter.Plan(
                        accepted: Array(plan.accepted[start..<min(start + MemberImportJobs.batchSize, plan.accepted.count)]))
                    imported += try await app.db.write { db in
                        try await MemberImporter(store: MemberStore(Tenant(cooperativeID: cooperative.id!, db: db)))
                            .commit(batch, on: today, by: actor).count
                    }
                    bar.activity.currentProgress = Double(imported) / Double(plan.accepted.count)
                }
                bar.succeed()
                context.console.success(
                    text.importDone(
                        imported: imported, skipped: plan.skipped.count,
                        rejected: plan.rejected.count))
            } else {
                context.console.info(text.importDone(imported: 0, skipped: plan.skipped.count, rejected: plan.rejected.count))
            }
            if !plan.rejected.isEmpty { throw CommandFailure(message: text.importHadRejections(plan.rejected.count), status: 2) }
        } catch let error as any DomainError {
            throw CommandFailure(message: text.message(for: error))
        }
    }
}

/// Which cooperative a command works on: named by id or name, or the only one there is.
enum CooperativeChoice {
    static func resolve(_ choice: String?, on db: any Database, text: Catalogue) async throws -> CooperativeRecord {
        let all = try await CooperativeRecord.query(on: db).sort(\.$name).all()
        if let choice, !choice.isEmpty {
            if let match = all.first(where: { $0.id?.uuidString.lowercased() == choice.lowercased() || $0.name == choice }) {
                return match
            }
            throw CommandFailure(message: text.cooperativeUnknown(choice, known: all.map(\.name)))
        }
        guard all.count == 1 else {
            throw CommandFailure(message: all.isEmpty ? text.noCooperativeYet : text.cooperativeAmbiguous(all.map(\.name)))
        }
        return all[0]
    }
}
