import ConsoleKit
import Fluent
import GuyubCore
import GuyubStore
import Vapor

/// `guyub bootstrap --cooperative NAME --admin-email E --admin-password P [--admin-name N]`:
/// creates a cooperative and its first board member.
struct BootstrapCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "cooperative")
        var cooperative: String?
        @Option(name: "admin-email")
        var email: String?
        @Option(name: "admin-password")
        var password: String?
        @Option(name: "admin-name")
        var name: String?
    }

    var help: String { Guyub.cliText.commandHelp(["bootstrap"])?.summary ?? "" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let text = context.text
        let app = context.application
        let name = (signature.cooperative ?? "").trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, name.count <= FieldLimit.cooperativeName else {
            throw CommandFailure(message: text.cooperativeNameRequired)
        }
        do {
            let email = try Email(signature.email ?? "")
            let password = signature.password ?? ""
            try PasswordPolicy.check(password, email: email)
            try await app.migrate()
            guard try await AccountStore.user(email: email, on: app.db) == nil else { throw CredentialError.emailTaken }
            let hash = try await app.password.async.hash(password)
            let adminName = signature.name ?? String(email.value.split(separator: "@")[0])
            let (cooperative, _) = try await app.db.write { db in
                try await AccountStore.createCooperative(
                    db, name: name, admin: email, adminName: adminName,
                    passwordHash: hash, by: .commandLine("bootstrap"))
            }
            context.console.success(text.cooperativeCreated(name: name, id: cooperative.id!, email: email.value))
        } catch let error as any DomainError {
            throw CommandFailure(message: text.message(for: error))
        }
    }
}
