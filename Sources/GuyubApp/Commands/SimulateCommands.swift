import ConsoleKit
import Foundation
import GuyubCore
import GuyubViews
import Vapor

/// `guyub simulate loan …` and `guyub simulate shu --input FILE.json`: what a loan would cost and how
/// a surplus would be shared, without a database.
struct SimulateCommands: AsyncCommandGroup {
    var help: String { "Simulates a loan's repayment schedule or a SHU distribution." }
    var commands: [String: any AnyAsyncCommand] { ["loan": SimulateLoanCommand(), "shu": SimulateSHUCommand()] }
}

struct SimulateSHUCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "input", help: "A JSON file: surplus, decimals, rounding, allocation, totals?, members")
        var input: String?
        @Flag(name: "json", help: "Print JSON instead of a table")
        var json: Bool
    }

    var help: String { "Shares a surplus (SHU) by the bylaws' percentages: funds, and each member's capital and patronage share." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let text = context.text
        guard let path = signature.input, let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure(message: text.shuInputMissing(signature.input))
        }
        let distribution: SHUDistribution, decimals: Int
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
            context.console.output(String(decoding: try encoder.encode(SHUSimulationDTO(distribution, decimals: decimals)),
                                          as: UTF8.self).consoleText())
        } else {
            context.console.output(text.shuTable(distribution, decimals: decimals).consoleText())
        }
    }
}

struct SimulateLoanCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "principal", help: "The amount lent, e.g. 30000000")
        var principal: String?
        @Option(name: "rate", help: "Interest rate in percent, e.g. 12 or 1.25")
        var rate: String?
        @Option(name: "rate-per", help: "year (default) or month")
        var ratePer: String?
        @Option(name: "periods", help: "Number of instalments")
        var periods: String?
        @Option(name: "method", help: "flat, efektif or anuitas")
        var method: String?
        @Option(name: "every", help: "Months (or weeks) between instalments (default 1)")
        var every: String?
        @Option(name: "unit", help: "month (default) or week")
        var unit: String?
        @Option(name: "decimals", help: "The currency's decimals: 0 (default) or 2")
        var decimals: String?
        @Option(name: "rounding", help: "half-up (default), half-even or down")
        var rounding: String?
        @Option(name: "grace", help: "Instalments at the start that repay no principal (default 0)")
        var grace: String?
        @Option(name: "grace-kind", help: "interest-only (default) or none")
        var graceKind: String?
        @Option(name: "day-count", help: "30/360 (default) or actual/365 (needs --start)")
        var dayCount: String?
        @Option(name: "start", help: "Disbursement date YYYY-MM-DD, to date the instalments")
        var start: String?
        @Flag(name: "json", help: "Print JSON instead of a table")
        var json: Bool
    }

    var help: String { "Prints a loan's repayment schedule: principal, interest, instalment and balance." }

    func run(using context: CommandContext, signature s: Signature) async throws {
        let text = context.text
        let request = LoanSimulationRequest(
            principal: s.principal, rate: s.rate, ratePer: s.ratePer, periods: s.periods, method: s.method, every: s.every,
            unit: s.unit, decimals: s.decimals, rounding: s.rounding, grace: s.grace, graceKind: s.graceKind,
            dayCount: s.dayCount, start: s.start)
        let schedule: LoanSchedule, decimals: Int
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
            context.console.output(String(decoding: try encoder.encode(LoanSimulationDTO(schedule, decimals: decimals)),
                                          as: UTF8.self).consoleText())
        } else {
            context.console.output(text.scheduleTable(schedule, decimals: decimals).consoleText())
        }
    }
}
