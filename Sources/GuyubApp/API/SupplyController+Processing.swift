import Fluent
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// Processing through the API: gabah milled into beras, with its yield and cost carried.
extension SupplyController {
    func processingRuns(_ request: Request) async throws -> [ProcessingDTO] {
        let principal = try request.authorize(.viewStore)
        return try await ProcessingStore(request.tenant()).all().map { ProcessingDTO($0, decimals: principal.decimals) }
    }

    /// `POST /api/v1/processing {"inputProductId","inputQuantity","outputProductId","outputQuantity","cost"?,"unitId"?}`.
    func process(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.manageStock)
        let tenant = try request.tenant()
        let input = try request.content.decode(ProcessingInput.self)
        guard let inputProduct = input.inputProductId else { throw SupplyError.field(.required("inputProductId")) }
        guard let outputProduct = input.outputProductId else { throw SupplyError.field(.required("outputProductId")) }
        var cost: Int64 = 0
        if let text = input.cost?.text, !text.trimmingCharacters(in: .whitespaces).isEmpty {
            do { cost = try Amount.parse(text, decimals: principal.decimals) } catch { throw SupplyError.amountInvalid("cost") }
        }
        let products = ProductStore(tenant)
        let names = (try await products.find(inputProduct).name, try await products.find(outputProduct).name)
        let run = try await ProcessingStore(tenant).run(
            input: (inputProduct, try Self.quantity(input.inputQuantity)),
            output: (outputProduct, try Self.quantity(input.outputQuantity)), cost: cost, unitID: input.unitId,
            on: request.today(), description: request.booksText.processed(names.0, into: names.1), by: principal.actor)
        return try created(ProcessingDTO(run, decimals: principal.decimals))
    }
}
