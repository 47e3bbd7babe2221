import Foundation
import GuyubCore
import Plot

extension ShopCounter {
    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            return Layout.render(title: text.shopCounterTitle, context: context) {
                Div {
                    H1(text.shopCounterTitle)
                    Paragraph {
                        Text(text.shopCounterLead + " ")
                        Link(text.shopProductsTitle, url: SiteURL.shopProducts().path)
                    }
                    .class("muted")
                }
                .class("page-head")
                Paragraph {
                    if let till = model.till {
                        Link(
                            text.tillOpen(
                                till.openedBy,
                                since: text.format.dateTime(
                                    till.openedAt, timeZone: context.user?.timeZone ?? TimeZone(identifier: "Asia/Jakarta")!)),
                            url: SiteURL.shopShift(till.id).path)
                    } else {
                        Text(text.tillNotOpen + " ")
                        Link(text.openShift, url: SiteURL.shopShifts.path)
                    }
                }
                .class("till-line")

                Form(url: SiteURL.shop().path, method: .get) {
                    for (name, value) in model.carried() { HiddenField(name: name, value: value) }
                    FormField(
                        label: text.findProductLabel, name: "q", value: "", type: .search, hint: text.findProductHint,
                        autocomplete: "off", maxLength: 120)
                    Button(text.search).attribute(named: "type", value: "submit")
                }
                .class("search shop-search")
                .attribute(named: "role", value: "search")

                if !model.query.isEmpty && model.found.isEmpty {
                    EmptyState(message: text.noProductFound(model.query))
                }
                if !model.found.isEmpty {
                    List(model.found) { product in
                        ListItem {
                            Form(url: SiteURL.shop().path, method: .get) {
                                for (name, value) in model.carried(adding: product.id) { HiddenField(name: name, value: value) }
                                Button {
                                    Span(product.name).class("name")
                                    Span {
                                        MoneyText(amount: product.price, format: text.format)
                                        Text(" / \(product.unit) · " + text.inStock(text.format.quantity(product.stock)))
                                    }
                                    .class("muted")
                                }
                                .attribute(named: "type", value: "submit")
                                .class("found-product")
                            }
                        }
                    }
                    .class("found-list card")
                }

                sale(model, context: context)
            }
        }

        private static func sale(_ model: Model, context: PageContext) -> Component {
            let text = context.text
            let format = text.format
            return Element(name: "section") {
                H2(text.saleTitle)
                ErrorNotice(messages: model.errors["form"].map { [$0] } ?? [])
                if model.lines.isEmpty {
                    Paragraph(text.saleEmpty).class("muted")
                } else {
                    Form(url: SiteURL.shopSell.path, method: .post) {
                        CSRFField(context: context)
                        Element(name: "ol") {
                            for (index, line) in model.lines.enumerated() {
                                ListItem {
                                    HiddenField(name: "productId[]", value: line.productID.uuidString.lowercased())
                                    Div {
                                        Span(line.name).class("name")
                                        Span {
                                            MoneyText(amount: line.price, format: format)
                                            Text(" / \(line.unit)")
                                        }
                                        .class("muted")
                                    }
                                    .class("sale-line-name")
                                    FormField(
                                        scope: "line\(index)", label: text.quantityIn(line.unit), name: "quantity[]",
                                        value: line.quantityText, error: model.errors["line\(index)"], hint: line.allowance,
                                        inputMode: "decimal", maxLength: 12)
                                    Span { MoneyText(amount: line.amount, format: format) }.class("sale-line-amount")
                                    Link(text.removeLine, url: SiteURL.shop(model.carried(removing: index)).path)
                                        .class("remove-line")
                                }
                                .class("sale-line")
                            }
                        }
                        .class("sale-lines")
                        Paragraph {
                            Span(text.saleTotalLabel)
                            Element(name: "strong") { MoneyText(amount: model.total, format: format) }
                        }
                        .class("sale-total")

                        buyer(model, text: text)
                        payment(model, text: text)

                        Div {
                            Button(text.recalculate).attribute(named: "type", value: "submit")
                                .attribute(named: "name", value: "action").attribute(named: "value", value: "update")
                                .class("secondary")
                            Button(text.paySale).attribute(named: "type", value: "submit")
                                .attribute(named: "name", value: "action").attribute(named: "value", value: "pay").class(
                                    "primary")
                        }
                        .class("form-actions")
                    }
                    .class("sale-form")
                }
            }
            .class("card shop-sale")
        }

        private static func buyer(_ model: Model, text: Catalogue) -> Component {
            ComponentGroup {
                FormField(
                    label: text.buyerLabel, name: "buyer", value: model.values.buyer, error: model.errors["buyer"],
                    hint: model.member.map { text.buyerFound($0.name, number: $0.memberNumber) } ?? text.buyerHint,
                    autocomplete: "off", maxLength: 40)
                if model.needsBuyerID {
                    FormField(
                        label: text.buyerNikLabel, name: "buyerNik", value: model.values.buyerNik,
                        error: model.errors["buyerNik"], hint: text.buyerNikHint, inputMode: "numeric", autocomplete: "off",
                        maxLength: 20)
                }
            }
        }

        private static func payment(_ model: Model, text: Catalogue) -> Component {
            ComponentGroup {
                ChoiceField(
                    label: text.paymentLabel, name: "payment",
                    options: PaymentMethod.allCases.filter { $0 != .credit || !model.customers.isEmpty }
                        .map { ($0.rawValue, text.paymentMethod($0)) },
                    selected: model.values.payment, error: model.errors["payment"], isRequired: true)
                if !model.customers.isEmpty {
                    ChoiceField(
                        label: text.creditCustomerLabel, name: "customerId",
                        options: [("", text.noCreditCustomer)] + model.customers.map { ($0.id.uuidString.lowercased(), $0.name) },
                        selected: model.values.customerID, error: model.errors["customerId"])
                }
                FormField(
                    label: text.cashGivenLabel, name: "cashGiven", value: model.values.cashGiven,
                    error: model.errors["cashGiven"], hint: text.cashGivenHint, money: true, maxLength: 20)
            }
        }
    }
}
