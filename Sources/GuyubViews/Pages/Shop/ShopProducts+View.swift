import GuyubCore
import Plot

extension ShopProducts {
    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            let format = text.format
            return Layout.render(title: text.shopProductsTitle, context: context) {
                Div {
                    H1(text.shopProductsTitle)
                    Paragraph {
                        Text(text.stockValueLabel + ": ")
                        MoneyText(amount: model.stockValue, format: format)
                    }
                    .class("muted")
                }
                .class("page-head")
                if model.canManage {
                    Paragraph { Link(text.newProductLink, url: SiteURL.shopProductNew.path).class("button primary") }
                }
                Paragraph {
                    Link(
                        model.onlyLow ? text.allGoods : text.onlyRunningLow, url: SiteURL.shopProducts(low: !model.onlyLow).path)
                    Text(" · ")
                    Link(text.programmesTitle, url: SiteURL.shopProgrammes.path)
                    Text(" · ")
                    Link(text.shiftsTitle, url: SiteURL.shopShifts.path)
                    Text(" · ")
                    Link(text.customersTitle, url: SiteURL.shopCustomers.path)
                    Text(" · ")
                    Link(text.salesReportLink, url: SiteURL.shopSalesReport().path)
                    Text(" · ")
                    Link(text.qrisLink, url: SiteURL.shopQRIS.path)
                    Text(" · ")
                    Link(text.stockTakesLink, url: SiteURL.shopStockTakes.path)
                    Text(" · ")
                    Link(text.unitsLink, url: SiteURL.shopUnits.path)
                }
                if !model.expiring.isEmpty, let today = model.today {
                    Element(name: "section") {
                        H2(text.expiringTitle(days: Model.expiringWithin))
                        DataTable(
                            columns: [text.csvProduct, text.expiresLabel, text.csvQuantity],
                            rows: model.expiring.map { item in
                                [
                                    Text(item.name),
                                    Text(format.date(item.expiresOn) + " · " + text.expiryDistance(item.expiresOn, today: today)),
                                    Text(format.quantity(item.quantity) + " " + item.unit),
                                ]
                            }, className: "expiring")
                    }
                    .class("card expiring-soon")
                }
                if model.rows.isEmpty {
                    EmptyState(message: text.noProductsYet)
                } else {
                    DataTable(
                        columns: [text.nameLabel, text.stockColumn, text.memberPriceColumn, text.nonMemberPriceColumn],
                        rows: model.rows.map { row in
                            [
                                ComponentGroup {
                                    if let id = row.id {
                                        Link(row.name, url: SiteURL.shopProduct(id).path)
                                    } else {
                                        Text(row.name)
                                    }
                                    if row.low {
                                        Text(" ")
                                        Span(text.runningLow).class("badge low")
                                    }
                                },
                                Text(format.quantity(row.stock) + " " + row.unit),
                                MoneyText(amount: row.memberPrice, format: format),
                                MoneyText(amount: row.nonMemberPrice, format: format),
                            ]
                        }, className: "products-table")
                }
            }
        }
    }
}
