import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// The shop's sales over a period, as JSON or CSV: it names cashiers and shows margins, so only those who
/// keep the stock read it.
extension StoreController {
    /// `GET /api/v1/store/reports/sales?from=&to=&unit=&format=`.
    func salesReport(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.manageStock)
        let report = try await Self.salesReport(request)
        let d = principal.decimals
        return try request.report(
            SalesReportDTO(report, decimals: d), csv: { SalesReportCSV.csv(report, decimals: d, text: request.catalogue) },
            file: "penjualan-\(report.from)-\(report.to).csv")
    }

    /// The period asked for (`to` today and `from` the first of its month unless given), for `?unit=` or all.
    static func salesReport(_ request: Request) async throws -> SalesReportStore.Report {
        _ = try request.queryChoice("format", in: ["json", "csv"])
        let period = try await ReportPeriod(request)
        return try await SalesReportStore(request.tenant()).report(
            from: period.from ?? period.to.yearMonth.first, to: period.to, unitID: period.unit)
    }
}

struct SalesReportDTO: Content {
    struct Figures: Content {
        var sales: Int
        var revenue: String
        var cost: String
        var margin: String
        /// The margin as a percent of revenue, two decimals.
        var marginPercent: String?
    }
    struct Named: Content {
        var name: String
        var figures: Figures
    }
    struct Day: Content {
        var date: String
        var figures: Figures
    }
    struct Product: Content {
        var productId: UUID
        var name: String
        var unit: String
        var quantity: String
        var figures: Figures
    }
    struct SlowMover: Content {
        var productId: UUID
        var name: String
        var unit: String
        var stock: String
        var value: String
        var lastSold: String?
    }
    var from: String
    var to: String
    var unitId: UUID?
    var total: Figures
    var members: Figures
    /// Members' share of revenue, percent with two decimals.
    var membersPercent: String?
    var days: [Day]
    var products: [Product]
    var units: [Named]
    var cashiers: [Named]
    var payments: [Named]
    var stockValue: String
    var booksValue: String
    var slowMovers: [SlowMover]

    init(_ report: SalesReportStore.Report, decimals: Int) {
        func money(_ v: Int64) -> String { Amount.string(v, decimals: decimals) }
        func percent(_ basisPoints: Int?) -> String? { basisPoints.map { Amount.string(Int64($0), decimals: 2) } }
        func figures(_ f: SalesReportStore.Figures) -> Figures {
            Figures(
                sales: f.sales, revenue: money(f.revenue), cost: money(f.cost), margin: money(f.margin),
                marginPercent: percent(f.marginBasisPoints))
        }
        from = report.from.description
        to = report.to.description
        unitId = report.unit?.id
        total = figures(report.total)
        members = figures(report.members)
        membersPercent = percent(report.membersBasisPoints)
        days = report.days.map { Day(date: $0.date.description, figures: figures($0.figures)) }
        products = report.products.map {
            Product(
                productId: $0.productID, name: $0.name, unit: $0.unit, quantity: Quantity.string($0.quantity),
                figures: figures($0.figures))
        }
        units = report.units.map { Named(name: $0.unit, figures: figures($0.figures)) }
        cashiers = report.cashiers.map { Named(name: $0.name, figures: figures($0.figures)) }
        payments = report.payments.map { Named(name: $0.payment.rawValue, figures: figures($0.figures)) }
        stockValue = money(report.stockValue)
        booksValue = money(report.booksValue)
        slowMovers = report.slowMovers.map {
            SlowMover(
                productId: $0.productID, name: $0.name, unit: $0.unit, stock: Quantity.string($0.stock), value: money($0.value),
                lastSold: $0.lastSold?.description)
        }
    }
}
