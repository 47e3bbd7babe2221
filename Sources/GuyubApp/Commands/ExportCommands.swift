import ConsoleKit
import Fluent
import Foundation
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// `guyub export ledger --cooperative ID --format hledger|beancount|csv [--from D] [--to D] [--output FILE]`.
struct ExportCommands: AsyncCommandGroup {
    var help: String { "Exports data for other tools." }
    var commands: [String: any AnyAsyncCommand] { ["ledger": ExportLedgerCommand()] }
}

struct ExportLedgerCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "cooperative", help: "The cooperative's id or exact name (needed when there are several)")
        var cooperative: String?
        @Option(name: "format", help: "hledger, beancount or csv")
        var format: String?
        @Option(name: "from", help: "First day, YYYY-MM-DD (default: the first entry)")
        var from: String?
        @Option(name: "to", help: "Last day, YYYY-MM-DD (default: the last entry)")
        var to: String?
        @Option(name: "output", short: "o", help: "File to write (default: standard output)")
        var output: String?
    }

    var help: String { "Writes the journal for hledger, Beancount or a spreadsheet." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let text = context.text
        let app = context.application
        guard let format = JournalExport.Format(rawValue: signature.format ?? "") else {
            throw CommandFailure(message: text.exportFormatRequired)
        }
        func date(_ value: String?, _ field: String) throws -> CivilDate? {
            guard let value else { return nil }
            guard let date = CivilDate(iso: value) else { throw CommandFailure(message: text.message(for: MemberError.invalidDate(field))) }
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
