import Foundation
import GuyubCore
import Plot

/// A purchase order: what was asked for and what came, its deliveries and the supplier's invoices; the
/// board's approval, receiving a delivery (short and damaged goods noted), closing or cancelling it.
package enum SupplyOrder {
    package struct Model: Sendable {
        package struct Line: Sendable, Equatable {
            package var productID: UUID
            package var name: String
            package var unit: String
            package var ordered: Int64
            package var unitCost: Int64
            package var received: Int64
            package init(productID: UUID, name: String, unit: String, ordered: Int64, unitCost: Int64, received: Int64) {
                self.productID = productID
                self.name = name
                self.unit = unit
                self.ordered = ordered
                self.unitCost = unitCost
                self.received = received
            }
            package var outstanding: Int64 { max(0, ordered - received) }
        }
        package struct Receipt: Sendable, Equatable {
            package var date: CivilDate
            package var total: Int64
            package var owed: Int64
            package var dueOn: CivilDate?
            package init(date: CivilDate, total: Int64, owed: Int64, dueOn: CivilDate?) {
                self.date = date
                self.total = total
                self.owed = owed
                self.dueOn = dueOn
            }
        }

        package var id: UUID
        package var number: Int
        package var supplierID: UUID
        package var supplier: String
        package var unit: String
        package var status: PurchaseOrderStatus
        package var date: CivilDate
        package var total: Int64
        package var raisedBy: String
        package var approvedBy: String?
        /// The supplier's invoice, against what the deliveries were worth.
        package struct Invoice: Sendable, Equatable {
            package var number: String
            package var date: CivilDate
            package var amount: Int64
            package var difference: Int64
            package init(number: String, date: CivilDate, amount: Int64, difference: Int64) {
                self.number = number
                self.date = date
                self.amount = amount
                self.difference = difference
            }
        }

        package var lines: [Line]
        package var receipts: [Receipt]
        package var invoices: [Invoice] = []
        package var canManage: Bool
        package var canApprove: Bool
        /// Ordered from another of the cooperative's units: the logistics unit may carry it.
        package var betweenUnits = false
        /// The receiving form as last sent (by product), and what was refused.
        package var quantities: [UUID: String] = [:]
        package var errors: [String: String] = [:]

        package init(
            id: UUID, number: Int, supplierID: UUID, supplier: String, unit: String, status: PurchaseOrderStatus, date: CivilDate,
            total: Int64, raisedBy: String, approvedBy: String?, lines: [Line], receipts: [Receipt], canManage: Bool,
            canApprove: Bool
        ) {
            self.id = id
            self.number = number
            self.supplierID = supplierID
            self.supplier = supplier
            self.unit = unit
            self.status = status
            self.date = date
            self.total = total
            self.raisedBy = raisedBy
            self.approvedBy = approvedBy
            self.lines = lines
            self.receipts = receipts
            self.canManage = canManage
            self.canApprove = canApprove
        }
    }

    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            let format = text.format
            let allowed = model.status.allowed
            return Layout.render(title: text.orderNumber(model.number), context: context) {
                Div {
                    H1(text.orderNumber(model.number))
                    Paragraph {
                        Link(model.supplier, url: SiteURL.supplySupplier(model.supplierID).path)
                        Text(" · " + model.unit + " · " + format.date(model.date))
                    }
                    .class("muted")
                    Span(text.orderStatus(model.status)).class("badge order-\(model.status.rawValue)")
                }
                .class("page-head")
                ErrorNotice(messages: model.errors["form"].map { [$0] } ?? [])
                DefinitionList(items: [
                    .init(text.totalColumn, detail: MoneyText(amount: model.total, format: format)),
                    .init(text.raisedByLabel, detail: Text(model.raisedBy)),
                    .init(text.approvedByLabel, detail: Text(model.approvedBy ?? "—")),
                ])
                if model.betweenUnits && model.canManage && allowed.contains(.receive) {
                    Paragraph {
                        Link(text.deliverOrder, url: SiteURL.supplyDeliveryFrom(order: model.id).path).class("button secondary")
                    }
                    .class("no-print")
                }
                if allowed.contains(.approve) && model.canApprove {
                    Form(url: SiteURL.supplyOrderAction(model.id, .approve).path, method: .post) {
                        CSRFField(context: context)
                        Paragraph(text.awaitingApprovalHint).class("muted")
                        Button(text.approveOrder).attribute(named: "type", value: "submit").class("primary")
                    }
                    .class("card approve-order")
                }
                if allowed.contains(.receive) && model.canManage {
                    receiveForm(model, context: context)
                } else {
                    DataTable(
                        columns: [text.productColumn, text.orderedColumn, text.unitCostColumn, text.receivedColumn],
                        rows: model.lines.map {
                            [
                                Text($0.name), Text(format.quantity($0.ordered) + " " + $0.unit),
                                MoneyText(amount: $0.unitCost, format: format), Text(format.quantity($0.received)),
                            ]
                        })
                }
                if !model.receipts.isEmpty {
                    Element(name: "section") {
                        H2(text.deliveriesReceivedTitle)
                        DataTable(
                            columns: [text.dateColumn, text.totalColumn, text.owedColumn, text.dueColumn],
                            rows: model.receipts.map {
                                [
                                    Text(format.date($0.date)), MoneyText(amount: $0.total, format: format),
                                    MoneyText(amount: $0.owed, format: format),
                                    Text($0.dueOn.map(format.date) ?? text.paidOnReceipt),
                                ]
                            })
                    }
                    .class("card receipts")
                }
                if !model.receipts.isEmpty && (model.canManage || !model.invoices.isEmpty) {
                    invoices(model, context: context)
                }
                if model.canManage {
                    for action in [PurchaseOrderAction.close, .cancel] where allowed.contains(action) {
                        Form(url: SiteURL.supplyOrderAction(model.id, action).path, method: .post) {
                            CSRFField(context: context)
                            Button(action == .close ? text.closeOrder : text.cancelOrder).attribute(
                                named: "type", value: "submit")
                        }
                        .class("order-\(action.rawValue)")
                    }
                }
            }
        }

        private static func invoices(_ model: Model, context: PageContext) -> Component {
            let text = context.text
            let format = text.format
            return Element(name: "section") {
                H2(text.invoicesTitle)
                if !model.invoices.isEmpty {
                    DataTable(
                        columns: [text.invoiceNumberColumn, text.dateColumn, text.amountColumn, text.invoiceMatch],
                        rows: model.invoices.map {
                            [
                                Text($0.number), Text(format.date($0.date)), MoneyText(amount: $0.amount, format: format),
                                $0.difference == 0
                                    ? Span(text.invoiceMatches).class("badge order-received")
                                    : Span(text.invoiceDiffers(format.money(minorUnits: $0.difference))).class(
                                        "badge delivery-failed"),
                            ]
                        }, className: "invoices-table")
                }
                if model.canManage {
                    Form(url: SiteURL.supplyOrderInvoices(model.id).path, method: .post) {
                        CSRFField(context: context)
                        ErrorNotice(messages: model.errors["invoice"].map { [$0] } ?? [])
                        FormField(
                            scope: "invoice", label: text.invoiceNumberColumn, name: "number", isRequired: true,
                            maxLength: FieldLimit.invoiceNumber)
                        FormField(
                            scope: "invoice", label: text.amountColumn, name: "amount", isRequired: true, money: true,
                            maxLength: 20)
                        DateField(label: text.dateColumn, name: "date", text: text)
                        Button(text.recordInvoice).attribute(named: "type", value: "submit")
                    }
                    .class("invoice-form")
                }
            }
            .class("card invoices")
        }

        private static func receiveForm(_ model: Model, context: PageContext) -> Component {
            let text = context.text
            let format = text.format
            return Form(url: SiteURL.supplyOrderAction(model.id, .receive).path, method: .post) {
                H2(text.receiveDelivery)
                Paragraph(text.receiveOrderHint).class("muted")
                CSRFField(context: context)
                for (index, line) in model.lines.enumerated() {
                    Element(name: "fieldset") {
                        Element(name: "legend") {
                            Text(line.name + " — " + text.outstandingOf(format.quantity(line.outstanding), line.unit))
                        }
                        HiddenField(name: "product[]", value: line.productID.uuidString.lowercased())
                        FormField(
                            scope: "line\(index)", label: text.receivedNowLabel(line.unit), name: "quantity[]",
                            value: model.quantities[line.productID] ?? format.quantity(line.outstanding),
                            error: index == 0 ? model.errors["quantity"] : nil, inputMode: "decimal", maxLength: 20)
                        FormField(
                            scope: "line\(index)", label: text.damagedLabel, name: "damaged[]", value: "", inputMode: "decimal",
                            maxLength: 20)
                    }
                    .class("receive-line")
                }
                Div { Button(text.receiveDelivery).attribute(named: "type", value: "submit").class("primary") }
                    .class("form-actions")
            }
            .class("card receive-form")
        }
    }
}

/// A new purchase order: the supplier, the unit the goods go to, and up to eight lines.
package enum SupplyOrderNew {
    package struct Model: Sendable {
        package var suppliers: [(id: UUID, name: String)]
        package var units: [(id: UUID, name: String)]
        package var products: [(id: UUID, name: String)]
        package var values: [String: String] = [:]
        package var lines: [(product: String, quantity: String, cost: String)] = []
        package var errors: [String: String] = [:]
        package static let lineCount = 8

        package init(
            suppliers: [(id: UUID, name: String)], units: [(id: UUID, name: String)], products: [(id: UUID, name: String)]
        ) {
            self.suppliers = suppliers
            self.units = units
            self.products = products
        }
    }

    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            return Layout.render(title: text.newOrder, context: context) {
                Div {
                    H1(text.newOrder)
                    Paragraph(text.newOrderLead).class("muted")
                }
                .class("page-head")
                Form(url: SiteURL.supplyOrders.path, method: .post) {
                    CSRFField(context: context)
                    ErrorNotice(messages: model.errors["form"].map { [$0] } ?? [])
                    ChoiceField(
                        scope: "order", label: text.supplierColumn, name: "supplierId",
                        options: [("", text.chooseOne)] + model.suppliers.map { ($0.id.uuidString.lowercased(), $0.name) },
                        selected: model.values["supplierId"] ?? "", error: model.errors["supplierId"], isRequired: true)
                    ChoiceField(
                        scope: "order", label: text.goodsToUnitLabel, name: "unitId",
                        options: [("", text.myUnit)] + model.units.map { ($0.id.uuidString.lowercased(), $0.name) },
                        selected: model.values["unitId"] ?? "", error: model.errors["unitId"])
                    for index in 0..<Model.lineCount {
                        let line = index < model.lines.count ? model.lines[index] : ("", "", "")
                        Element(name: "fieldset") {
                            Element(name: "legend") { Text(text.lineNumber(index + 1)) }
                            ChoiceField(
                                scope: "line\(index)", label: text.productColumn, name: "product[]",
                                options: [("", text.chooseOne)] + model.products.map { ($0.id.uuidString.lowercased(), $0.name) },
                                selected: line.0)
                            FormField(
                                scope: "line\(index)", label: text.orderedColumn, name: "quantity[]", value: line.1,
                                error: index == 0 ? model.errors["quantity"] : nil, inputMode: "decimal", maxLength: 20)
                            FormField(
                                scope: "line\(index)", label: text.unitCostColumn, name: "cost[]", value: line.2,
                                error: index == 0 ? model.errors["unitCost"] : nil,
                                hint: index == 0 ? text.costFromPriceList : nil,
                                money: true, maxLength: 20)
                        }
                        .class("order-line")
                    }
                    FormField(
                        scope: "order", label: text.noteLabel, name: "note", value: model.values["note"] ?? "",
                        error: model.errors["note"], maxLength: FieldLimit.note)
                    Div { Button(text.placeOrder).attribute(named: "type", value: "submit").class("primary") }
                        .class("form-actions")
                }
                .class("card order-form")
            }
        }
    }
}
