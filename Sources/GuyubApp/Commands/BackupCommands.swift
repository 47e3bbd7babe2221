import ConsoleKit
import Fluent
import GuyubStore
import GuyubViews
import Vapor

/// `guyub backup FILE`: a consistent copy of the whole database, taken while Guyub runs.
struct BackupCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "file")
        var file: String
    }

    var help: String { Guyub.cliText.commandHelp(["backup"])?.summary ?? "" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let bar = context.console.loadingBar(title: context.text.backingUp)
        bar.start()
        do {
            try await Backup.write(app.guyub.config.database, db: app.db, to: signature.file)
        } catch let error as BackupError {
            bar.fail()
            throw CommandFailure(message: context.text.backupProblem(error))
        }
        bar.succeed()
        context.console.success(context.text.backedUp(signature.file))
    }
}

/// `guyub restore FILE`: a backup into an empty database, then any migrations it lacks.
struct RestoreCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "file")
        var file: String
    }

    var help: String { Guyub.cliText.commandHelp(["restore"])?.summary ?? "" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let bar = context.console.loadingBar(title: context.text.restoring)
        bar.start()
        do {
            try await Backup.restore(signature.file, into: app.guyub.config.database, db: app.db)
        } catch let error as BackupError {
            bar.fail()
            throw CommandFailure(message: context.text.backupProblem(error))
        }
        try await app.migrate()
        bar.succeed()
        context.console.success(context.text.restored(signature.file))
    }
}

extension Catalogue {
    func backupProblem(_ error: BackupError) -> String {
        switch error {
        case .exists(let file): backupExists(file)
        case .missing(let file): fileNotReadable(file)
        case .notEmpty: restoreNeedsEmpty
        case .toolMissing(let tool): toolMissing(tool)
        case .toolFailed(let tool, let message): toolFailed(tool, message)
        }
    }
}
