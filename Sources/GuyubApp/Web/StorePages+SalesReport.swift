import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// The shop's sales report in the browser, printed, or as CSV: the same figures as the API's.
extension StorePages {
    func salesReport(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.manageStock)
        let report = try await StoreController.salesReport(request)
        if try request.queryValue("format") == "csv" {
            return SalesReportCSV.csv(report, decimals: principal.decimals, text: request.catalogue)
                .response(filename: "penjualan-\(report.from)-\(report.to).csv")
        }
        func row(_ name: String, _ figures: SalesFigures) -> ShopSalesReport.Model.Row { .init(name: name, figures: figures) }
        let model = ShopSalesReport.Model(
            from: report.from, to: report.to, unit: report.unit?.id,
            units: try await BusinessUnitStore(request.tenant()).all().filter(\.active).map { ($0.id!, $0.name) },
            total: report.total, members: report.members, days: report.days,
            products: report.products.map { .init(name: $0.name, quantity: ($0.quantity, $0.unit), figures: $0.figures) },
            byUnit: report.units.map { row($0.unit, $0.figures) }, cashiers: report.cashiers.map { row($0.name, $0.figures) },
            payments: report.payments.map { row(request.catalogue.paymentMethod($0.payment), $0.figures) },
            stockValue: report.stockValue, booksValue: report.booksValue,
            slowMovers: report.slowMovers.map {
                .init(name: $0.name, unit: $0.unit, stock: $0.stock, value: $0.value, lastSold: $0.lastSold)
            })
        return request.html(ShopSalesReport.View.render(model, in: request.pageContext()))
    }
}
