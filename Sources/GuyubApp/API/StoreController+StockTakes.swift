import Fluent
import GuyubCore
import GuyubStore
import Vapor

/// Stock takes through the API: a sheet started, counted, and approved by a supervisor.
extension StoreController {
    struct StockTakeInput: Content {
        var unitId: UUID?
    }

    struct CountsInput: Content {
        struct Line: Content {
            var productId: UUID?
            var counted: String?
        }
        var lines: [Line]?
    }

    /// `POST /api/v1/store/stock-takes {"unitId"?}`.
    func startStockTake(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.manageStock)
        let input = try request.content.decode(StockTakeInput.self)
        let take = try await StockTakeStore(request.tenant()).start(
            unitID: input.unitId, on: request.today(), by: principal.actor)
        return try created(try await Self.stockTake(take.id, request))
    }

    func getStockTake(_ request: Request) async throws -> StockTakeDTO {
        _ = try request.authorize(.manageStock)
        return try await Self.stockTake(request.parameters.get("id", as: UUID.self), request)
    }

    /// `PUT /api/v1/store/stock-takes/{id}/counts {"lines":[{"productId","counted"}]}`.
    func countStockTake(_ request: Request) async throws -> StockTakeDTO {
        let principal = try request.authorize(.manageStock)
        let store = try StockTakeStore(request.tenant())
        let id = try await store.find(request.parameters.get("id", as: UUID.self)).take.id
        let input = try request.content.decode(CountsInput.self)
        try await store.count(id, try Self.counts(input.lines ?? []), by: principal.actor)
        return try await Self.stockTake(id, request)
    }

    /// `POST /api/v1/store/stock-takes/{id}/approve`.
    func approveStockTake(_ request: Request) async throws -> StockTakeDTO {
        let principal = try request.authorize(.manageStock)
        let text = request.booksText
        let take = try await StockTakeStore(request.tenant()).approve(
            request.parameters.get("id", as: UUID.self), on: request.today(), supervising: principal.allows(.returnSales),
            describe: { text.stockAdjusted($0, .count) }, by: principal.actor)
        return try await Self.stockTake(take.id, request)
    }

    /// Counts as typed (`12`, `2,5`, `0` for none left), one a product.
    static func counts(_ lines: [CountsInput.Line]) throws -> [UUID: Int64] {
        var counts: [UUID: Int64] = [:]
        for line in lines {
            let product = try FieldRules.present(line.productId, field: "productId")
            guard counts[product] == nil else { throw StoreError.duplicateLine }
            let text = line.counted?.trimmingCharacters(in: .whitespaces) ?? ""
            counts[product] = text == "0" ? 0 : try Quantity.parse(text)
        }
        return counts
    }

    static func stockTake(_ id: UUID?, _ request: Request) async throws -> StockTakeDTO {
        let tenant = try request.tenant()
        let (take, lines) = try await StockTakeStore(tenant).find(id)
        let products = Dictionary(
            uniqueKeysWithValues: try await tenant.query(ProductRecord.self).filter(\.$id ~~ lines.map(\.productID)).all()
                .map { ($0.id!, $0) })
        let decimals = try request.signedIn().decimals
        return StockTakeDTO(
            id: take.id!, unitId: take.unitID, status: take.status.rawValue, startedOn: take.startedOn.description,
            startedBy: take.startedByName, approvedOn: take.approvedOn?.description, approvedBy: take.approvedByName,
            lines: lines.sorted { (products[$0.productID]?.name ?? "") < (products[$1.productID]?.name ?? "") }.map {
                StockTakeDTO.Line(
                    productId: $0.productID, name: products[$0.productID]?.name ?? "", unit: products[$0.productID]?.unit ?? "",
                    expected: Quantity.string($0.expected), counted: $0.counted.map(Quantity.string),
                    difference: $0.line.difference.map(Quantity.string), countedBy: $0.countedByName,
                    change: $0.change.map(Quantity.string), value: $0.value.map { Amount.string($0, decimals: decimals) })
            })
    }
}

struct StockTakeDTO: Content {
    struct Line: Content {
        var productId: UUID
        var name: String
        var unit: String
        /// What the records held when it was counted (or when the sheet was started).
        var expected: String
        var counted: String?
        var difference: String?
        var countedBy: String?
        /// What approval posted, and its value.
        var change: String?
        var value: String?
    }
    var id: UUID
    var unitId: UUID
    var status: String
    var startedOn: String
    var startedBy: String
    var approvedOn: String?
    var approvedBy: String?
    var lines: [Line]
}
