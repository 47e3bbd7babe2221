import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// The shop's reports through the API.
extension StoreController {
    /// `GET /api/v1/store/programmes/{id}/report?month=YYYY-MM&format=json|csv`: the month for the supplier.
    /// It names buyers by NIK, so only those who keep the stock read it.
    func programmeReport(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.manageStock)
        let id = try request.parameters.get("id", as: UUID.self)
        let tenant = try request.tenant()
        _ = try await ProgrammeStore(tenant).find(id)
        let month = try Self.month(request)
        // An unreadable query is refused, not read as none.
        let format = try request.queryChoice("format", in: ["json", "csv"]) ?? "json"
        let report = try await ProgrammeStore(tenant).report(id, month: month)
        if format == "csv" {
            return ProgrammeReportCSV.csv(report, decimals: principal.decimals, text: request.booksText)
                .response(filename: "program-\(month).csv")
        }
        return try await ProgrammeReportDTO(report, decimals: principal.decimals).encodeResponse(for: request)
    }

    /// The `month` asked for (`YYYY-MM`), or this month when none is; `blankIsNow`: a form's empty field
    /// means this month too (the API, as its description says, refuses one).
    static func month(_ request: Request, blankIsNow: Bool = false) throws -> YearMonth {
        guard let text = try request.queryValue("month"), !(blankIsNow && text.isEmpty) else {
            return try request.today().yearMonth
        }
        guard let month = YearMonth(text) else { throw StoreError.field(.invalidDate("month")) }
        return month
    }
}

struct ProgrammeReportDTO: Content {
    struct Sale: Content {
        var date: String
        var number: Int
        var buyerNik: String?
        var product: String
        var unit: String
        var quantity: String
        var price: String
        var amount: String
    }
    struct Stock: Content {
        var product: String
        var unit: String
        var opening: String
        var received: String
        var sold: String
        var adjusted: String
        var closing: String
    }
    var programmeId: UUID
    var name: String
    var month: String
    var sales: [Sale]
    var stock: [Stock]

    init(_ report: ProgrammeStore.Report, decimals: Int) {
        func money(_ v: Int64) -> String { Amount.string(v, decimals: decimals) }
        programmeId = report.programme.id!
        name = report.programme.name
        month = report.month.description
        sales = report.sales.map {
            Sale(
                date: $0.date.description, number: $0.number, buyerNik: $0.buyerNIK, product: $0.product, unit: $0.unit,
                quantity: Quantity.string($0.quantity), price: money($0.price), amount: money($0.amount))
        }
        stock = report.stock.map {
            Stock(
                product: $0.product, unit: $0.unit, opening: Quantity.string($0.opening), received: Quantity.string($0.received),
                sold: Quantity.string($0.sold), adjusted: Quantity.string($0.adjusted), closing: Quantity.string($0.closing))
        }
    }
}
