import ConsoleKit
import Foundation
import GuyubCore
import GuyubViews
import Vapor

/// `guyub simulate loan …` and `guyub simulate shu --input FILE.json`: what a loan would cost and how
/// a surplus would be shared, without a database.
struct SimulateCommands: AsyncCommandGroup {
    var help: String { Guyub.cliText.commandHelp(["simulate", "loan"])?.summary ?? "" }
    var commands: [String: any AnyAsyncCommand] { ["loan": SimulateLoanCommand(), "shu": SimulateSHUCommand()] }
}

struct SimulateSHUCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "input")
        var input: String?
        @Flag(name: "json")
        var json: Bool
    }

    var help: String { Guyub.cliText.commandHelp(["simulate", "shu"])?.summary ?? "" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let text = context.text
        guard let path = signature.input, let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure(message: text.shuInputMissing(signature.input))
        }
        let distribution: SHUDistribution
        let decimals: Int
        do {
            (distribution, decimals) = try JSONDecoder().decode(SHUSimulation.self, from: data).distribution()
        } catch let error as any DomainError {
            throw CommandFailure(message: text.message(for: error))
        } catch {
            throw CommandFailure(message: text.shuInputUnreadable)
        }
        if signature.json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            context.console.output(
                String(
                    decoding: try encoder.encode(SHUSimulationDTO(distribution, decimals: decimals)),
                    as: UTF8.self
                ).consoleText())
        } else {
            context.console.output(text.shuTable(distribution, decimals: decimals).consoleText())
        }
    }
}

struct SimulateLoanCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "principal")
        var principal: String?
        @Option(name: "rate")
        var rate: String?
        @Option(name: "rate-per")
        var ratePer: String?
        @Option(name: "periods")
        var periods: String?
        @Option(name: "method")
        var method: String?
        @Option(name: "every")
        var every: String?
        @Option(name: "unit")
        var unit: String?
        @Option(name: "decimals")
        var decimals: String?
        @Option(name: "rounding")
        var rounding: String?
        @Option(name: "grace")
        var grace: String?
        @Option(name: "grace-kind")
        var graceKind: String?
        @Option(name: "day-count")
        var dayCount: String?
        @Option(name: "start")
        var start: String?
        @Flag(name: "json")
        var json: Bool
    }

    var help: String { Guyub.cliText.commandHelp(["simulate", "loan"])?.summary ?? "" }

    func run(using context: CommandContext, signature s: Signature) async throws {
        let text = context.text
        let request = LoanSimulationRequest(
            principal: s.principal, rate: s.rate, ratePer: s.ratePer, periods: s.periods, method: s.method, every: s.every,
            unit: s.unit, decimals: s.decimals, rounding: s.rounding, grace: s.grace, graceKind: s.graceKind,
            dayCount: s.dayCount, start: s.start)
        let schedule: LoanSchedule
        let decimals: Int
        do {
            let (terms, d) = try request.terms()
            schedule = try LoanSchedule(terms)
            decimals = d
        } catch {
            throw CommandFailure(message: text.message(for: error))
        }
        if s.json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            context.console.output(
                String(
                    decoding: try encoder.encode(LoanSimulationDTO(schedule, decimals: decimals)),
                    as: UTF8.self
                ).consoleText())
        } else {
            context.console.output(text.scheduleTable(schedule, decimals: decimals).consoleText())
        }
    }
}
