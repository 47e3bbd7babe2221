import GuyubCore
import GuyubStore
import GuyubViews

/// The shop's sales over a period as one CSV: the totals and the members' share, then each day, product,
/// unit, cashier and way of paying, and the goods that did not sell.
enum SalesReportCSV {
    static func csv(_ report: SalesReportStore.Report, decimals: Int, text: Catalogue) -> CSVText {
        var csv = text.csv()
        func money(_ v: Int64) -> String { Amount.string(v, decimals: decimals) }
        func percent(_ basisPoints: Int?) -> String { basisPoints.map { Amount.string(Int64($0), decimals: 2) } ?? "" }
        func figures(_ f: SalesReportStore.Figures) -> [String] {
            [String(f.sales), money(f.revenue), money(f.cost), money(f.margin), percent(f.marginBasisPoints)]
        }
        let heads = [text.salesCountLabel, text.revenueLabel, text.costLabel, text.marginLabel, text.marginPercentLabel]
        csv.row([text.salesReportTitle, report.unit?.name ?? text.allUnits, report.from.description, report.to.description])
        csv.row([""] + heads)
        csv.row([text.allSales] + figures(report.total))
        csv.row([text.membersSales] + figures(report.members))
        csv.row([text.membersShareLabel, percent(report.membersBasisPoints)])
        csv.row([text.stockValueLabel, money(report.stockValue)])
        csv.row([text.booksInventoryLabel, money(report.booksValue)])
        for (title, rows) in [
            (text.csvDate, report.days.map { ($0.date.description, $0.figures) }),
            (text.unitColumn, report.units.map { ($0.unit, $0.figures) }),
            (text.cashierColumn, report.cashiers.map { ($0.name, $0.figures) }),
            (text.paymentLabel, report.payments.map { (text.paymentMethod($0.payment), $0.figures) }),
        ] {
            csv.row([])
            csv.row([title] + heads)
            for (name, f) in rows { csv.row([name] + figures(f)) }
        }
        csv.row([])
        csv.row([text.csvProduct, text.csvUnit, text.csvQuantity] + heads)
        for product in report.products {
            csv.row([product.name, product.unit, Quantity.string(product.quantity)] + figures(product.figures))
        }
        csv.row([])
        csv.row([text.slowMoversTitle, text.csvUnit, text.stockClosing, text.stockValueLabel, text.lastSoldLabel])
        for item in report.slowMovers {
            csv.row([
                item.name, item.unit, Quantity.string(item.stock), money(item.value), item.lastSold?.description ?? "",
            ])
        }
        return csv
    }
}
