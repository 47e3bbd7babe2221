import Fluent
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// Stock takes in the browser: started, counted on the sheet, approved by a supervisor.
extension StorePages {
    func stockTakes(_ request: Request) async throws -> Response {
        try request.authorize(.manageStock)
        return request.html(ShopStockTake.View.render(try await stockTakeList(request), in: request.pageContext()))
    }

    func startStockTake(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.manageStock)
        do {
            let take = try await StockTakeStore(request.tenant()).start(unitID: nil, on: request.today(), by: principal.actor)
            return request.redirect(to: SiteURL.shopStockTake(take.id!).path)
        } catch let error as any DomainError {
            var model = try await stockTakeList(request)
            model.error = request.catalogue.message(for: error)
            return request.html(
                ShopStockTake.View.render(model, in: request.pageContext()), status: ErrorMapper.status(error.kind))
        }
    }

    func stockTake(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.manageStock)
        let model = try await sheet(request, principal, request.parameters.get("id", as: UUID.self))
        return request.html(ShopStockTake.View.render(model, in: request.pageContext()))
    }

    struct CountForm: Content {
        var productId: [String]?
        var counted: [String]?
    }

    func countStockTake(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.manageStock)
        let id = try await StockTakeStore(request.tenant()).find(request.parameters.get("id", as: UUID.self)).take.id!
        let form = try request.content.decode(CountForm.self)
        do {
            // Blank counts are goods not counted yet.
            let lines = zip(form.productId ?? [], form.counted ?? []).compactMap { product, counted in
                counted.trimmingCharacters(in: .whitespaces).isEmpty
                    ? nil : StoreController.CountsInput.Line(productId: UUID(uuidString: product), counted: counted)
            }
            try await StockTakeStore(request.tenant()).count(id, try StoreController.counts(lines), by: principal.actor)
            return request.redirect(to: SiteURL.shopStockTake(id).path, notice: "counts_saved")
        } catch let error as any DomainError {
            var model = try await sheet(request, principal, id)
            model.errors["form"] = request.catalogue.message(for: error)
            return request.html(
                ShopStockTake.View.render(model, in: request.pageContext()), status: ErrorMapper.status(error.kind))
        }
    }

    func approveStockTake(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.manageStock)
        let id = try await StockTakeStore(request.tenant()).find(request.parameters.get("id", as: UUID.self)).take.id!
        do {
            let text = request.booksText
            _ = try await StockTakeStore(request.tenant()).approve(
                id, on: request.today(), supervising: principal.allows(.returnSales),
                describe: { text.stockAdjusted($0, .count) }, by: principal.actor)
            return request.redirect(to: SiteURL.shopStockTake(id).path, notice: "stock_take_approved")
        } catch let error as any DomainError {
            var model = try await sheet(request, principal, id)
            model.errors["form"] = request.catalogue.message(for: error)
            return request.html(
                ShopStockTake.View.render(model, in: request.pageContext()), status: ErrorMapper.status(error.kind))
        }
    }

    private func stockTakeList(_ request: Request) async throws -> ShopStockTake.List {
        let tenant = try request.tenant()
        let units = Dictionary(uniqueKeysWithValues: try await BusinessUnitStore(tenant).all().map { ($0.id!, $0.name) })
        return ShopStockTake.List(
            rows: try await StockTakeStore(tenant).recent().map {
                .init(
                    id: $0.id!, unit: units[$0.unitID] ?? "", startedOn: $0.startedOn, startedBy: $0.startedByName,
                    approvedOn: $0.approvedOn)
            })
    }

    private func sheet(_ request: Request, _ principal: Principal, _ id: UUID?) async throws -> ShopStockTake.Sheet {
        let tenant = try request.tenant()
        let (take, lines) = try await StockTakeStore(tenant).find(id)
        let products = Dictionary(
            uniqueKeysWithValues: try await tenant.query(ProductRecord.self).filter(\.$id ~~ lines.map(\.productID)).all()
                .map { ($0.id!, $0) })
        let unit = try await BusinessUnitStore(tenant).find(take.unitID)
        return ShopStockTake.Sheet(
            id: take.id!, unit: unit.name, startedOn: take.startedOn, startedBy: take.startedByName,
            approved: take.approvedOn.map { ($0, take.approvedByName ?? "") },
            lines: lines.map { line in
                let product = products[line.productID]
                return .init(
                    productID: line.productID, name: product?.name ?? "", unit: product?.unit ?? "", expected: line.expected,
                    counted: line.counted, change: line.change, value: line.value)
            }.sorted { $0.name < $1.name },
            canApprove: take.status == .counting && principal.allows(.returnSales))
    }
}
