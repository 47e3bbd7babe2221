import GuyubApp
import Vapor

extension TestApp {
    /// Runs a `guyub` command on this application, as the command line would.
    func run(_ arguments: String...) async throws {
        app.environment.arguments = ["guyub"] + arguments
        try await app.execute()
    }

    /// The failure a command ends with, or nil when it succeeds.
    func failure(_ arguments: String...) async throws -> CommandFailure? {
        app.environment.arguments = ["guyub"] + arguments
        do {
            try await app.execute()
            return nil
        } catch let failure as CommandFailure {
            return failure
        }
    }
}
