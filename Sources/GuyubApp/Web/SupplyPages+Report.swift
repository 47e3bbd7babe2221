import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// The supply report in the browser, printed, or as CSV: this month unless told.
extension SupplyPages {
    func report(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.viewStore)
        let today = try request.today()
        let from = try StoreController.date(try request.queryValue("from"), field: "from") ?? today.yearMonth.first
        let to = try StoreController.date(try request.queryValue("to"), field: "to") ?? today
        guard from <= to else { throw FieldError.invalidDate("to") }
        let report = try await SupplyReportStore(request.tenant()).report(from: from, to: to)
        if try request.queryValue("format") == "csv" {
            return Self.csv(report, decimals: principal.decimals, text: request.catalogue)
                .response(filename: "pasokan-\(from)-\(to).csv")
        }
        let model = SupplyReport.Model(
            from: from, to: to,
            purchases: report.purchases.map {
                .init(supplier: $0.supplier, deliveries: $0.deliveries, total: $0.total, onCredit: $0.onCredit)
            },
            produce: report.produce.map {
                .init(
                    member: $0.member, product: $0.product, unit: $0.unit, grade: $0.grade, quantity: $0.quantity,
                    amount: $0.amount)
            }, onTime: report.deliveries.onTime, late: report.deliveries.late, failed: report.deliveries.failed,
            open: report.deliveries.planned + report.deliveries.onTheWay,
            consigned: report.consigned.map {
                .init(
                    consignor: $0.consignor, product: $0.product, unit: $0.unit, held: $0.held, unsettled: $0.unsettled,
                    owing: $0.owing)
            }, aging: report.aging)
        return request.html(SupplyReport.View.render(model, in: request.pageContext()))
    }

    /// The report as one CSV: purchases by supplier, produce by member and grade, goods on consignment, then what
    /// was owed at the period's end by age.
    static func csv(_ report: SupplyReportStore.Report, decimals: Int, text: Catalogue) -> CSVText {
        func m(_ v: Int64) -> String { Amount.string(v, decimals: decimals) }
        var csv = text.csv()
        csv.row([text.purchasesBySupplier, report.from.description, report.to.description])
        csv.row([text.supplierColumn, text.deliveriesCountColumn, text.totalColumn, text.onCreditColumn])
        for p in report.purchases { csv.row([p.supplier, String(p.deliveries), m(p.total), m(p.onCredit)]) }
        csv.row([])
        csv.row([text.produceByMemberAndGrade])
        csv.row([
            text.csvMemberNumber, text.memberColumn, text.productColumn, text.supplyField("grade"), text.csvUnit,
            text.csvQuantity,
            text.amountColumn,
        ])
        for p in report.produce {
            csv.row([
                String(p.memberNumber), p.member, p.product, p.grade?.rawValue ?? "", p.unit, Quantity.string(p.quantity),
                m(p.amount),
            ])
        }
        csv.row([])
        csv.row([text.consignmentPosition])
        csv.row([
            text.supplierColumn, text.productColumn, text.csvUnit, text.heldColumn, text.soldUnsettledColumn,
            text.owingColumn,
        ])
        for c in report.consigned {
            csv.row([c.consignor, c.product, c.unit, Quantity.string(c.held), Quantity.string(c.unsettled), m(c.owing)])
        }
        csv.row([])
        csv.row([text.payablesByAge(on: report.to)])
        csv.row([text.supplierColumn] + Payables.Age.allCases.map(text.payableAge))
        for row in report.aging { csv.row([row.supplier] + Payables.Age.allCases.map { m(row.ages[$0] ?? 0) }) }
        return csv
    }
}
