import GuyubCore
import Plot

extension ShopSalesReport {
    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            let format = text.format
            let csv = SiteURL.shopSalesReport(from: model.from, to: model.to, unit: model.unit, csv: true).path
            return Layout.render(title: text.salesReportTitle, context: context) {
                Div {
                    H1(text.salesReportTitle)
                    Paragraph(text.salesReportLead).class("muted")
                }
                .class("page-head")
                Form(url: SiteURL.shopSalesReport().path, method: .get) {
                    DateField(label: text.periodFrom, name: "from", value: model.from.description, text: text)
                    DateField(label: text.periodTo, name: "to", value: model.to.description, text: text)
                    ChoiceField(
                        label: text.businessUnit, name: "unit",
                        options: [("", text.allUnits)] + model.units.map { ($0.id.uuidString.lowercased(), $0.name) },
                        selected: model.unit?.uuidString.lowercased() ?? "")
                    Button(text.show).attribute(named: "type", value: "submit")
                }
                .class("search period-form no-print")
                Paragraph {
                    Link(text.downloadCSV, url: csv).class("button secondary")
                    PrintButton(label: text.printPage)
                }
                .class("actions no-print")

                DefinitionList(items: [
                    .init(text.revenueLabel, detail: MoneyText(amount: model.total.revenue, format: format)),
                    .init(text.salesCountLabel, format.number(model.total.sales)),
                    .init(text.marginLabel, margin(model.total, format: format)),
                    .init(
                        text.membersShareLabel,
                        model.membersBasisPoints.map { format.percent(basisPoints: $0) } ?? "—"),
                ])
                .class("report-totals")
                Paragraph(
                    model.stockValue == model.booksValue
                        ? text.stockTiesToBooks
                        : text.stockDiffersFromBooks(format.money(minorUnits: model.stockValue - model.booksValue))
                )
                .class(model.stockValue == model.booksValue ? "notice notice-success" : "notice notice-error")

                if model.days.isEmpty {
                    EmptyState(message: text.noSalesInPeriod)
                } else {
                    Element(name: "section") {
                        H2(text.salesByDayTitle)
                        BarChart(
                            rows: model.days.map { day in
                                .init(
                                    label: format.date(day.date),
                                    bars: [
                                        .init(
                                            value: day.figures.revenue, shown: format.money(minorUnits: day.figures.revenue),
                                            tone: "income")
                                    ])
                            }, label: text.salesByDayTitle)
                    }
                    .class("card")
                    table(
                        text.salesByProductTitle, Array(model.products.prefix(Model.shownProducts)), first: text.csvProduct,
                        context: context,
                        note: model.products.count > Model.shownProducts
                            ? text.moreProductsInCSV(
                                shown: Model.shownProducts, others: model.products.count - Model.shownProducts) : nil)
                    table(text.salesByUnitTitle, model.byUnit, first: text.unitColumn, context: context)
                    table(text.salesByCashierTitle, model.cashiers, first: text.cashierColumn, context: context)
                    table(text.salesByPaymentTitle, model.payments, first: text.paymentLabel, context: context)
                }
                if !model.slowMovers.isEmpty {
                    Element(name: "section") {
                        H2(text.slowMoversTitle)
                        Paragraph(text.slowMoversLead).class("muted")
                        DataTable(
                            columns: [text.csvProduct, text.stockClosing, text.stockValueLabel, text.lastSoldLabel],
                            rows: model.slowMovers.map { item in
                                [
                                    Text(item.name), Text(format.quantity(item.stock) + " " + item.unit),
                                    MoneyText(amount: item.value, format: format),
                                    Text(item.lastSold.map(format.date) ?? text.neverSold),
                                ]
                            }, className: "slow-movers")
                    }
                    .class("card")
                }
            }
        }

        private static func margin(_ figures: SalesFigures, format: Format) -> String {
            format.money(minorUnits: figures.margin)
                + (figures.marginBasisPoints.map { " (" + format.percent(basisPoints: $0) + ")" } ?? "")
        }

        private static func table(
            _ title: String, _ rows: [Model.Row], first: String, context: PageContext, note: String? = nil
        ) -> Component {
            let text = context.text
            let format = text.format
            let withQuantity = rows.contains { $0.quantity != nil }
            return Element(name: "section") {
                H2(title)
                DataTable(
                    columns: [first] + (withQuantity ? [text.csvQuantity] : [])
                        + [text.salesCountLabel, text.revenueLabel, text.marginLabel],
                    rows: rows.map { row in
                        [Text(row.name) as Component]
                            + (withQuantity ? [Text(row.quantity.map { format.quantity($0.amount) + " " + $0.unit } ?? "")] : [])
                            + [
                                Text(format.number(row.figures.sales)), MoneyText(amount: row.figures.revenue, format: format),
                                Text(margin(row.figures, format: format)),
                            ]
                    }, className: "sales-figures")
                if let note { Paragraph(note).class("muted") }
            }
            .class("card")
        }
    }
}
