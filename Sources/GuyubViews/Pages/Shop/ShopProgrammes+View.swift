import GuyubCore
import Plot

extension ShopProgrammes {
    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            let format = text.format
            return Layout.render(title: text.programmesTitle, context: context) {
                Div {
                    H1(text.programmesTitle)
                    Paragraph(text.programmesLead).class("muted")
                }
                .class("page-head")
                if model.rows.isEmpty {
                    EmptyState(message: text.noProgrammesYet)
                } else {
                    DataTable(
                        columns: [text.nameLabel, text.ceilingInForce, text.perBuyerLimitLabel, text.monthLabel],
                        rows: model.rows.map { row in
                            [
                                Text(row.name),
                                ceilings(row, text: text),
                                limit(row, text: text),
                                Link(
                                    text.thisMonthReport, url: SiteURL.shopProgramme(row.id, month: model.month.description).path),
                            ]
                        }, className: "programmes-table")
                    if model.canSetCeilings { ceilingForm(model, context: context) }
                }
            }
        }

        /// The national ceiling in force, each region's, and those to come.
        private static func ceilings(_ row: Model.Row, text: Catalogue) -> Component {
            let format = text.format
            return Div {
                if let ceiling = row.ceiling { MoneyText(amount: ceiling, format: format) } else { Text("—") }
                for regional in row.regional {
                    Paragraph(regional.region! + ": " + format.money(minorUnits: regional.price)).class("muted")
                }
                for next in row.upcoming {
                    Paragraph(
                        text.ceilingFrom(format.date(next.effectiveFrom), region: next.region)
                            + format.money(minorUnits: next.price)
                    ).class("muted")
                }
            }
        }

        /// A new ceiling: national or a region's, from a date.
        private static func ceilingForm(_ model: Model, context: PageContext) -> Component {
            let text = context.text
            let form = model.ceiling
            return Element(name: "section") {
                H2(text.newCeilingTitle)
                Paragraph(text.newCeilingHint).class("muted")
                Form(url: SiteURL.shopProgrammeCeilings.path, method: .post) {
                    CSRFField(context: context)
                    ErrorNotice(messages: form.errors["form"].map { [$0] } ?? [])
                    ChoiceField(
                        label: text.programmeLabel, name: "programmeId",
                        options: model.rows.map { ($0.id.uuidString.lowercased(), $0.name) }, selected: form.programmeID,
                        error: form.errors["programmeId"], isRequired: true)
                    FormField(
                        label: text.ceilingPriceLabel, name: "price", value: form.price, error: form.errors["price"],
                        isRequired: true, money: true, maxLength: 20)
                    DateField(
                        label: text.effectiveFromLabel, name: "effectiveFrom", value: form.effectiveFrom,
                        error: form.errors["effectiveFrom"], hint: text.effectiveFromHint, text: text)
                    FormField(
                        label: text.regionLabel, name: "region", value: form.region, error: form.errors["region"],
                        hint: text.ceilingRegionHint, maxLength: FieldLimit.name)
                    Div { Button(text.saveCeiling).attribute(named: "type", value: "submit").class("primary") }
                        .class("form-actions")
                }
            }
            .class("card ceiling-form")
        }

        /// How much one buyer may take: by the allocation list (with a link to it), a limit a period, or none.
        private static func limit(_ row: Model.Row, text: Catalogue) -> Component {
            let limit = row.perBuyerLimit.map { text.format.quantity($0) + " " + text.limitPeriod(row.period) }
            guard row.byAllocation else { return Text(limit ?? text.noLimit) }
            return Div {
                Text(text.byAllocationLabel + (limit.map { " · " + $0 } ?? ""))
                Element(name: "br") {}
                Link(text.allocationListLink, url: SiteURL.shopAllocations(row.id).path)
            }
        }
    }
}

extension ShopProgrammes.Report {
    package enum View {
        package static func render(_ model: ShopProgrammes.Report, in context: PageContext) -> String {
            let text = context.text
            let format = text.format
            let title = text.programmeReportTitle(model.name, format.month(model.month))
            let path = SiteURL.shopProgramme(model.id, month: model.month.description).path
            return Layout.render(title: title, context: context) {
                Div {
                    H1(title)
                    Paragraph(text.programmesLead).class("muted")
                }
                .class("page-head")
                Form(url: SiteURL.shopProgramme(model.id, month: "").path, method: .get) {
                    FormField(
                        label: text.monthLabel, name: "month", value: model.month.description, type: .month, maxLength: 7)
                    Button(text.showMonth).attribute(named: "type", value: "submit")
                }
                .class("period-form no-print")
                Paragraph {
                    Link(text.downloadCSV, url: path + "&format=csv").class("button secondary")
                    PrintButton(label: text.printPage)
                }
                .class("actions no-print")
                if model.sales.isEmpty {
                    EmptyState(message: text.noProgrammeSales)
                } else {
                    DataTable(
                        columns: [
                            text.csvDate, text.csvSaleNumber, text.csvBuyerNIK, text.csvProduct, text.csvQuantity, text.csvValue,
                        ],
                        rows: model.sales.map { sale in
                            [
                                Text(format.date(sale.date)), Text(String(sale.number)), Text(sale.buyerNIK), Text(sale.product),
                                Text(format.quantity(sale.quantity) + " " + sale.unit),
                                MoneyText(amount: sale.amount, format: format),
                            ]
                        }, className: "programme-sales")
                }
                DataTable(
                    columns: [
                        text.csvProduct, text.stockOpening, text.stockReceived, text.stockSold, text.stockAdjusted,
                        text.stockClosing,
                    ],
                    rows: model.stock.map { stock in
                        [Text(stock.product)] + stock.figures.map { Text(format.quantity($0) + " " + stock.unit) as Component }
                    }, className: "programme-stock")
            }
        }
    }
}
