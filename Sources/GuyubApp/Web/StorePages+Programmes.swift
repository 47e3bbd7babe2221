import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// The regulated programmes in the browser, and each one's month for its supplier (on screen, printed,
/// or as CSV). The report names buyers by NIK, so only those who keep the stock see it.
extension StorePages {
    func programmes(_ request: Request) async throws -> Response {
        try request.authorize(.manageStock)
        return request.html(ShopProgrammes.View.render(try await programmesModel(request), in: request.pageContext()))
    }

    /// Each programme with its ceilings in force (national and by region) and to come.
    func programmesModel(_ request: Request) async throws -> ShopProgrammes.Model {
        let store = ProgrammeStore(try request.tenant())
        let programmes = try await store.all()
        let today = try request.today()
        let rules = try await store.rules(Set(programmes.map { $0.id! }))
        var model = ShopProgrammes.Model(
            rows: programmes.map {
                var row = ShopProgrammes.Model.Row(
                    id: $0.id!, name: $0.name, ceiling: rules[$0.id!]?.ceiling(on: today), perBuyerLimit: $0.perBuyerLimit,
                    period: $0.period, byAllocation: $0.byAllocation)
                row.regional = rules[$0.id!]?.regional(on: today) ?? []
                row.upcoming = rules[$0.id!]?.upcoming(after: today) ?? []
                return row
            }, month: today.yearMonth)
        model.canSetCeilings = true
        return model
    }

    func programmeReport(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.manageStock)
        let month = try StoreController.month(request, blankIsNow: true)
        let report = try await ProgrammeStore(request.tenant()).report(
            request.parameters.get("id", as: UUID.self), month: month)
        if (try? request.query.get(String.self, at: "format")) == "csv" {
            return ProgrammeReportCSV.csv(report, decimals: principal.decimals, text: request.catalogue)
                .response(filename: "program-\(month).csv")
        }
        let model = ShopProgrammes.Report(
            id: report.programme.id!, name: report.programme.name, month: month,
            sales: report.sales.map {
                .init(
                    date: $0.date, number: $0.number, buyerNIK: $0.buyerNIK ?? "", product: $0.product, unit: $0.unit,
                    quantity: $0.quantity, amount: $0.amount)
            },
            stock: report.stock.map {
                .init(product: $0.product, unit: $0.unit, figures: [$0.opening, $0.received, $0.sold, $0.adjusted, $0.closing])
            })
        return request.html(ShopProgrammes.Report.View.render(model, in: request.pageContext()))
    }
}

/// A new price ceiling from the programmes page.
extension StorePages {
    struct CeilingForm: Content {
        var programmeId: String?
        var price: String?
        var effectiveFrom: String?
        var region: String?
    }

    func addCeiling(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.manageStock)
        let tenant = try request.tenant()
        let form = try request.content.decode(CeilingForm.self)
        do {
            let today = try request.today()
            let ceiling = try StoreController.CeilingInput(
                price: form.price, effectiveFrom: form.effectiveFrom, region: form.region
            ).read(decimals: principal.decimals, today: today)
            guard let id = form.programmeId.flatMap(UUID.init(uuidString:)) else {
                throw StoreError.field(.invalidChoice("programmeId"))
            }
            _ = try await ProgrammeStore(tenant).addCeiling(ceiling, to: id, today: today, by: principal.actor)
            return request.redirect(to: SiteURL.shopProgrammes.path, notice: "ceiling_saved")
        } catch let error as any DomainError {
            var model = try await programmesModel(request)
            model.ceiling.programmeID = form.programmeId ?? ""
            model.ceiling.price = form.price ?? ""
            model.ceiling.effectiveFrom = form.effectiveFrom ?? ""
            model.ceiling.region = form.region ?? ""
            let field = error.field.flatMap { ["price", "effectiveFrom", "region", "programmeId"].contains($0) ? $0 : nil }
            model.ceiling.errors[field ?? "form"] = request.catalogue.message(for: error)
            return request.html(
                ShopProgrammes.View.render(model, in: request.pageContext()), status: ErrorMapper.status(error.kind))
        }
    }
}
