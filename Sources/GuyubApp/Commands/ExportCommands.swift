import ConsoleKit
import Fluent
import Foundation
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// `guyub export ledger --cooperative ID --format hledger|beancount|csv [--from D] [--to D] [--output FILE]`.
struct ExportCommands: AsyncCommandGroup {
    var help: String { Guyub.cliText.commandHelp(["export", "ledger"])?.summary ?? "" }
    var commands: [String: any AnyAsyncCommand] { ["ledger": ExportLedgerCommand()] }
}

struct ExportLedgerCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "cooperative")
        var cooperative: String?
        @Option(name: "format")
        var format: String?
        @Option(name: "from")
        var from: String?
        @Option(name: "to")
        var to: String?
        @Option(name: "output", short: "o")
        var output: String?
    }

    var help: String { Guyub.cliText.commandHelp(["export", "ledger"])?.summary ?? "" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let text = context.text
        let app = context.application
        guard let format = JournalExport.Format(rawValue: signature.format ?? "") else {
            throw CommandFailure(message: text.exportFormatRequired)
        }
        func date(_ value: String?, _ field: String) throws -> CivilDate? {
            guard let value else { return nil }
            guard let date = CivilDate(written: value) else {
                throw CommandFailure(message: text.message(for: FieldError.invalidDate(field)))
            }
            return date
        }
        let (from, to) = (try date(signature.from, "from"), try date(signature.to, "to"))
        try await app.migrate()
        let cooperative = try await CooperativeChoice.resolve(signature.cooperative, on: app.db, text: text)
        let exporter = JournalExporter(Tenant(cooperativeID: cooperative.id!, db: app.db))

        guard let path = signature.output else {
            try await exporter.export(format, from: from, to: to) { FileHandle.standardOutput.write(Data($0.utf8)) }
            return
        }
        guard FileManager.default.createFile(atPath: path, contents: nil), let file = FileHandle(forWritingAtPath: path) else {
            throw CommandFailure(message: text.fileNotWritable(path))
        }
        defer { try? file.close() }
        let bar = context.console.loadingBar(title: text.exporting)
        bar.start()
        let count = try await exporter.export(format, from: from, to: to) { file.write(Data($0.utf8)) }
        bar.succeed()
        context.console.success(text.exported(count, path: path))
    }
}
