import ConsoleKit
import Foundation
import GuyubCore
import GuyubViews
import Vapor

/// `guyub qris generate …` prints a QRIS payload for a merchant; `guyub qris verify PAYLOAD` checks one
/// (exit 0 when well-formed with a correct CRC, otherwise the reason and exit 1). No database.
struct QRISCommands: AsyncCommandGroup {
    var help: String { Guyub.cliText.commandHelp(["qris", "generate"])?.summary ?? "" }
    var commands: [String: any AnyAsyncCommand] { ["generate": QRISGenerateCommand(), "verify": QRISVerifyCommand()] }
}

struct QRISGenerateCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "merchant-name")
        var merchantName: String?
        @Option(name: "city")
        var city: String?
        @Option(name: "merchant-id")
        var merchantID: String?
        @Option(name: "amount")
        var amount: String?
        @Option(name: "postal-code")
        var postalCode: String?
        @Option(name: "category")
        var category: String?
    }

    var help: String { Guyub.cliText.commandHelp(["qris", "generate"])?.summary ?? "" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let text = context.text
        do {
            let merchant = QRIS.Merchant(
                name: try FieldRules.required(signature.merchantName, field: "merchantName"),
                city: try FieldRules.required(signature.city, field: "city"),
                id: try FieldRules.required(signature.merchantID, field: "merchantId"),
                postalCode: signature.postalCode, category: signature.category ?? "5411")
            // QRIS carries whole rupiah.
            let amount = try signature.amount.map { try Amount.positive($0, decimals: 0) }
            context.console.output(try QRIS.payload(for: merchant, amount: amount).consoleText())
        } catch let error as FieldError {
            throw CommandFailure(message: text.message(for: StoreError.field(error)))
        } catch let error as any DomainError {
            throw CommandFailure(message: text.message(for: error))
        }
    }
}

struct QRISVerifyCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "payload")
        var payload: String
    }

    var help: String { Guyub.cliText.commandHelp(["qris", "verify"])?.summary ?? "" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let text = context.text
        do {
            let read = try QRIS.parse(signature.payload)
            context.console.output(text.qrisVerified(read).consoleText())
        } catch let error as QRISError {
            throw CommandFailure(message: text.message(for: error))
        }
    }
}
