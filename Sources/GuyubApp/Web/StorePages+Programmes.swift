import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// The regulated programmes in the browser, and each one's month for its supplier (on screen, printed,
/// or as CSV). The report names buyers by NIK, so only those who keep the stock see it.
extension StorePages {
    func programmes(_ request: Request) async throws -> Response {
        try request.authorize(.manageStock)
        let tenant = try request.tenant()
        let store = ProgrammeStore(tenant)
        let programmes = try await store.all()
        let today = try request.today()
        let rules = try await store.rules(Set(programmes.map { $0.id! }))
        let model = ShopProgrammes.Model(
            rows: programmes.map {
                .init(
                    id: $0.id!, name: $0.name, ceiling: rules[$0.id!]?.ceiling(on: today), perBuyerLimit: $0.perBuyerLimit,
                    period: $0.period, byAllocation: $0.byAllocation)
            }, month: today.yearMonth)
        return request.html(ShopProgrammes.View.render(model, in: request.pageContext()))
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
