import GuyubCore
import GuyubStore
import GuyubViews

/// A regulated programme's month as one CSV for the supplier's own app: every sale with the buyer's NIK,
/// then each good's stock at the start, in, sold, put right, and at the end.
enum ProgrammeReportCSV {
    static func csv(_ report: ProgrammeStore.Report, decimals: Int, text: Catalogue) -> CSVText {
        var csv = text.csv()
        csv.row([report.programme.name, report.month.description])
        csv.row([
            text.csvDate, text.csvSaleNumber, text.csvBuyerNIK, text.csvProduct, text.csvUnit, text.csvQuantity, text.csvPrice,
            text.csvValue,
        ])
        for sale in report.sales {
            csv.row([
                sale.date.description, String(sale.number), sale.buyerNIK ?? "", sale.product, sale.unit,
                Quantity.string(sale.quantity), Amount.string(sale.price, decimals: decimals),
                Amount.string(sale.amount, decimals: decimals),
            ])
        }
        csv.row([])
        csv.row([
            text.csvProduct, text.csvUnit, text.stockOpening, text.stockReceived, text.stockSold, text.stockAdjusted,
            text.stockClosing,
        ])
        for stock in report.stock {
            csv.row(
                [stock.product, stock.unit]
                    + [stock.opening, stock.received, stock.sold, stock.adjusted, stock.closing].map(Quantity.string))
        }
        return csv
    }
}
