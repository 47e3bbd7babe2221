import Foundation
import GuyubCore
import Plot

/// One supplier: its terms, what is owed it by when it falls due, its orders, and paying it.
package enum SupplySupplier {
    package struct Model: Sendable {
        package struct Bill: Sendable, Equatable {
            package var dueOn: CivilDate
            package var amount: Int64
            package var age: Payables.Age
            package init(dueOn: CivilDate, amount: Int64, age: Payables.Age) {
                self.dueOn = dueOn
                self.amount = amount
                self.age = age
            }
        }
        package struct Payment: Sendable, Equatable {
            package var date: CivilDate
            package var amount: Int64
            package var channel: PaymentChannel
            package init(date: CivilDate, amount: Int64, channel: PaymentChannel) {
                self.date = date
                self.amount = amount
                self.channel = channel
            }
        }

        /// One of the supplier's products sold on consignment.
        package struct Consigned: Sendable, Equatable {
            package var productID: UUID
            package var name: String
            package var unit: String
            package var price: Int64
            package var held: Int64
            package var unsettled: Int64
            package var unsettledAmount: Int64
            package init(
                productID: UUID, name: String, unit: String, price: Int64, held: Int64, unsettled: Int64, unsettledAmount: Int64
            ) {
                self.productID = productID
                self.name = name
                self.unit = unit
                self.price = price
                self.held = held
                self.unsettled = unsettled
                self.unsettledAmount = unsettledAmount
            }
        }

        package var id: UUID
        package var name: String
        package var terms: SupplierTerms
        package var creditDays: Int?
        package var phone: String?
        package var owed: Int64
        package var bills: [Bill]
        package var payments: [Payment]
        package var orders: [SupplyHome.Model.Order]
        package var canPay: Bool
        package var consigned: [Consigned] = []
        /// Its price list: what each product costs from it.
        package var prices: [(name: String, unit: String, cost: Int64)] = []
        /// Products that may be priced (for the price list's form).
        package var priceable: [(id: UUID, name: String)] = []
        /// Products that could be put on consignment from this supplier (none of the cooperative's own stock).
        package var consignable: [(id: UUID, name: String)] = []
        package var canManage = false
        package var amountValue = ""
        package var errors: [String: String] = [:]

        package init(
            id: UUID, name: String, terms: SupplierTerms, creditDays: Int?, phone: String?, owed: Int64, bills: [Bill],
            payments: [Payment], orders: [SupplyHome.Model.Order], canPay: Bool
        ) {
            self.id = id
            self.name = name
            self.terms = terms
            self.creditDays = creditDays
            self.phone = phone
            self.owed = owed
            self.bills = bills
            self.payments = payments
            self.orders = orders
            self.canPay = canPay
        }
    }

    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            let format = text.format
            return Layout.render(title: model.name, context: context) {
                Div {
                    H1(model.name)
                    Paragraph(
                        text.supplierTerms(model.terms, days: model.creditDays)
                            + (model.phone.map { " · " + ((try? PhoneNumber($0))?.national ?? $0) } ?? "")
                    )
                    .class("muted")
                }
                .class("page-head")
                DefinitionList(items: [.init(text.owedColumn, detail: MoneyText(amount: model.owed, format: format))])
                Element(name: "section") {
                    H2(text.billsTitle)
                    if model.bills.isEmpty {
                        EmptyState(message: text.nothingOwed)
                    } else {
                        DataTable(
                            columns: [text.dueColumn, text.owedColumn, text.ageColumn],
                            rows: model.bills.map {
                                [
                                    Text(format.date($0.dueOn)), MoneyText(amount: $0.amount, format: format),
                                    Span(text.payableAge($0.age)).class("badge age-\($0.age.rawValue)"),
                                ]
                            })
                    }
                    if model.canPay && model.owed > 0 {
                        Form(url: SiteURL.supplySupplierPayments(model.id).path, method: .post) {
                            CSRFField(context: context)
                            ErrorNotice(messages: model.errors["form"].map { [$0] } ?? [])
                            FormField(
                                scope: "pay", label: text.amountPaidLabel, name: "amount", value: model.amountValue,
                                error: model.errors["amount"], isRequired: true, money: true, maxLength: 20)
                            ChoiceField(
                                scope: "pay", label: text.paymentLabel, name: "channel",
                                options: [PaymentChannel.cash, .bank].map { ($0.rawValue, text.channel($0)) }, selected: "cash",
                                error: model.errors["channel"], isRequired: true)
                            Div { Button(text.paySupplier).attribute(named: "type", value: "submit").class("primary") }
                                .class("form-actions")
                        }
                        .class("payment-form")
                    }
                }
                .class("card bills")
                if model.canManage || !model.prices.isEmpty { priceList(model, context: context) }
                if !model.consigned.isEmpty || (model.canManage && !model.consignable.isEmpty) {
                    consignment(model, context: context)
                }
                if !model.payments.isEmpty {
                    Element(name: "section") {
                        H2(text.paymentsTitle)
                        DataTable(
                            columns: [text.dateColumn, text.amountColumn, text.paymentLabel],
                            rows: model.payments.map {
                                [
                                    Text(format.date($0.date)), MoneyText(amount: $0.amount, format: format),
                                    Text(text.channel($0.channel)),
                                ]
                            })
                    }
                    .class("card payments")
                }
                if !model.orders.isEmpty {
                    Element(name: "section") {
                        H2(text.ordersTitle)
                        DataTable(
                            columns: [text.orderNumberColumn, text.dateColumn, text.totalColumn, text.statusColumn],
                            rows: model.orders.map {
                                [
                                    Link(text.orderNumber($0.number), url: SiteURL.supplyOrder($0.id).path),
                                    Text(format.date($0.date)),
                                    MoneyText(amount: $0.total, format: format), Text(text.orderStatus($0.status)),
                                ]
                            })
                    }
                    .class("card orders")
                }
            }
        }

        private static func priceList(_ model: Model, context: PageContext) -> Component {
            let text = context.text
            let format = text.format
            return Element(name: "section") {
                H2(text.priceListTitle)
                if !model.prices.isEmpty {
                    DataTable(
                        columns: [text.productColumn, text.unitCostColumn],
                        rows: model.prices.map { [Text($0.name), Text(format.money(minorUnits: $0.cost) + " / " + $0.unit)] },
                        className: "prices-table")
                }
                if model.canManage && !model.priceable.isEmpty {
                    Form(url: SiteURL.supplySupplierPrices(model.id).path, method: .post) {
                        CSRFField(context: context)
                        ErrorNotice(messages: model.errors["price"].map { [$0] } ?? [])
                        ChoiceField(
                            scope: "price", label: text.productColumn, name: "productId",
                            options: [("", text.chooseOne)] + model.priceable.map { ($0.id.uuidString.lowercased(), $0.name) },
                            selected: "", isRequired: true)
                        FormField(
                            scope: "price", label: text.unitCostColumn, name: "unitCost", isRequired: true, money: true,
                            maxLength: 20)
                        Button(text.savePrice).attribute(named: "type", value: "submit")
                    }
                    .class("price-form")
                }
            }
            .class("card prices")
        }

        private static func consignment(_ model: Model, context: PageContext) -> Component {
            let text = context.text
            let format = text.format
            return Element(name: "section") {
                H2(text.consignmentTitle)
                Paragraph(text.consignmentLead).class("muted")
                if !model.consigned.isEmpty {
                    DataTable(
                        columns: [
                            text.productColumn, text.agreedPriceLabel, text.heldLabel, text.unsettledLabel, text.amountColumn,
                        ],
                        rows: model.consigned.map {
                            [
                                Text($0.name), MoneyText(amount: $0.price, format: format),
                                Text(format.quantity($0.held) + " " + $0.unit),
                                Text(format.quantity($0.unsettled) + " " + $0.unit),
                                MoneyText(amount: $0.unsettledAmount, format: format),
                            ]
                        }, className: "consignment-table")
                }
                if model.canManage {
                    if !model.consigned.isEmpty {
                        Form(url: SiteURL.supplyConsignment(model.id, .move).path, method: .post) {
                            CSRFField(context: context)
                            ChoiceField(
                                scope: "move", label: text.productColumn, name: "productId",
                                options: model.consigned.map { ($0.productID.uuidString.lowercased(), $0.name) },
                                selected: "", error: model.errors["productId"])
                            FormField(
                                scope: "move", label: text.quantityLabel, name: "quantity", error: model.errors["quantity"],
                                isRequired: true, inputMode: "decimal", maxLength: 20)
                            ChoiceField(
                                scope: "move", label: text.consignmentDirection, name: "direction",
                                options: [("in", text.consignmentIn), ("back", text.consignmentBack)], selected: "in")
                            Button(text.saveLabel).attribute(named: "type", value: "submit").class("primary")
                        }
                        .class("consignment-move")
                        if model.consigned.contains(where: { $0.unsettled > 0 }) {
                            Form(url: SiteURL.supplyConsignment(model.id, .settle).path, method: .post) {
                                CSRFField(context: context)
                                Button(text.settleConsignment).attribute(named: "type", value: "submit").class("primary")
                            }
                            .class("consignment-settle")
                        }
                    }
                    if !model.consignable.isEmpty {
                        Form(url: SiteURL.supplyConsignment(model.id, .consign).path, method: .post) {
                            H3(text.consignProduct)
                            CSRFField(context: context)
                            ChoiceField(
                                scope: "consign", label: text.productColumn, name: "productId",
                                options: [("", text.chooseOne)]
                                    + model.consignable.map { ($0.id.uuidString.lowercased(), $0.name) },
                                selected: "", isRequired: true)
                            FormField(
                                scope: "consign", label: text.agreedPriceLabel, name: "price", error: model.errors["price"],
                                isRequired: true, money: true, maxLength: 20)
                            Button(text.consignProduct).attribute(named: "type", value: "submit")
                        }
                        .class("consignment-add")
                    }
                }
            }
            .class("card consignment")
        }
    }
}
