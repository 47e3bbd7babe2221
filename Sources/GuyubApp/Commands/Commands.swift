import ConsoleKit
import GuyubViews
import Vapor

/// The command line's verbs, beside Vapor's own `serve` and `routes`.
func registerCommands(_ app: Application) {
    app.asyncCommands.use(MigrateCommand(), as: "migrate")
    app.asyncCommands.use(BootstrapCommand(), as: "bootstrap")
    app.asyncCommands.use(DemoCommand(), as: "demo")
    app.asyncCommands.use(ImportCommands(), as: "import")
    app.asyncCommands.use(VerifyCommand(), as: "verify")
    app.asyncCommands.use(CloseMonthCommand(), as: "close-month")
    app.asyncCommands.use(CloseYearCommand(), as: "close-year")
    app.asyncCommands.use(ExportCommands(), as: "export")
    app.asyncCommands.use(BackupCommand(), as: "backup")
    app.asyncCommands.use(RestoreCommand(), as: "restore")
    app.asyncCommands.use(SimulateCommands(), as: "simulate")
    app.asyncCommands.use(CloseDayCommand(), as: "close-day")
    app.asyncCommands.use(QRISCommands(), as: "qris")
}

/// A command that failed for a reason the user can act on: printed as is, exit status 1 (or `status`).
package struct CommandFailure: Error, CustomStringConvertible {
    package let message: String
    package var status: Int32 = 1
    package var description: String { message }
}

extension CommandContext {
    /// Messages in `GUYUB_LANG` (Indonesian unless it says English).
    var text: Catalogue { Guyub.cliText }
}

struct MigrateCommand: AsyncCommand {
    struct Signature: CommandSignature {}
    var help: String { Guyub.cliText.commandHelp(["migrate"])?.summary ?? "" }

    func run(using context: CommandContext, signature: Signature) async throws {
        try await context.application.migrate()
        context.console.success(context.text.migrated)
    }
}
