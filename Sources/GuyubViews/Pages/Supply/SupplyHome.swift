import Foundation
import GuyubCore
import Plot

/// Buying at a glance: what to reorder and whether cash and bank cover it, the purchase orders, the
/// suppliers and what is owed them, with a form to add a supplier.
package enum SupplyHome {
    package struct Model: Sendable {
        package struct Suggestion: Sendable, Equatable {
            package var name: String
            package var unit: String
            package var stock: Int64
            package var reorderPoint: Int64
            package var quantity: Int64
            package var amount: Int64
            package init(name: String, unit: String, stock: Int64, reorderPoint: Int64, quantity: Int64, amount: Int64) {
                self.name = name
                self.unit = unit
                self.stock = stock
                self.reorderPoint = reorderPoint
                self.quantity = quantity
                self.amount = amount
            }
        }
        package struct Order: Sendable, Equatable {
            package var id: UUID
            package var number: Int
            package var supplier: String
            package var date: CivilDate
            package var total: Int64
            package var status: PurchaseOrderStatus
            package init(id: UUID, number: Int, supplier: String, date: CivilDate, total: Int64, status: PurchaseOrderStatus) {
                self.id = id
                self.number = number
                self.supplier = supplier
                self.date = date
                self.total = total
                self.status = status
            }
        }
        package struct Supplier: Sendable, Equatable {
            package var id: UUID
            package var name: String
            package var terms: SupplierTerms
            package var creditDays: Int?
            package var ownUnit: Bool
            package var owed: Int64
            package init(id: UUID, name: String, terms: SupplierTerms, creditDays: Int?, ownUnit: Bool, owed: Int64) {
                self.id = id
                self.name = name
                self.terms = terms
                self.creditDays = creditDays
                self.ownUnit = ownUnit
                self.owed = owed
            }
        }

        package var suggestions: [Suggestion]
        package var cashAndBank: Int64
        package var orders: [Order]
        package var suppliers: [Supplier]
        package var canManage: Bool
        /// The add-supplier form as last sent, and what was refused.
        package var values: [String: String] = [:]
        package var errors: [String: String] = [:]

        package init(suggestions: [Suggestion], cashAndBank: Int64, orders: [Order], suppliers: [Supplier], canManage: Bool) {
            self.suggestions = suggestions
            self.cashAndBank = cashAndBank
            self.orders = orders
            self.suppliers = suppliers
            self.canManage = canManage
        }

        package var suggestedTotal: Int64 { suggestions.reduce(0) { $0 + $1.amount } }
    }

    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            let format = text.format
            func money(_ v: Int64) -> Component { MoneyText(amount: v, format: format) }
            return Layout.render(title: text.supplyTitle, context: context) {
                Div {
                    H1(text.supplyTitle)
                    Paragraph(text.supplyLead).class("muted")
                    Div {
                        if model.canManage {
                            Link(text.newOrder, url: SiteURL.supplyOrderNew.path).class("button primary")
                        }
                        Link(text.produceTitle, url: SiteURL.supplyProduce.path).class("button")
                        Link(text.deliveriesTitle, url: SiteURL.supplyDeliveries.path).class("button")
                        Link(text.supplyReportLink, url: SiteURL.supplyReport().path).class("button")
                        Link(text.claimsLink, url: SiteURL.supplyClaims.path).class("button")
                        Link(text.storageLink, url: SiteURL.supplyStorage.path).class("button")
                    }
                    .class("actions")
                }
                .class("page-head")
                Element(name: "section") {
                    H2(text.reorderTitle)
                    if model.suggestions.isEmpty {
                        EmptyState(message: text.nothingToReorder)
                    } else {
                        DataTable(
                            columns: [
                                text.productColumn, text.stockColumn, text.reorderPointColumn, text.suggestedColumn,
                                text.amountColumn,
                            ],
                            rows: model.suggestions.map {
                                [
                                    Text($0.name), Text(format.quantity($0.stock) + " " + $0.unit),
                                    Text(format.quantity($0.reorderPoint)), Text(format.quantity($0.quantity) + " " + $0.unit),
                                    money($0.amount),
                                ]
                            })
                        let covered = model.suggestedTotal <= model.cashAndBank
                        Paragraph(
                            covered
                                ? text.reorderCovered(
                                    format.money(minorUnits: model.suggestedTotal), format.money(minorUnits: model.cashAndBank))
                                : text.reorderShort(
                                    format.money(minorUnits: model.suggestedTotal), format.money(minorUnits: model.cashAndBank))
                        )
                        .class(covered ? "notice notice-success" : "notice notice-error")
                    }
                }
                .class("card reorder")
                Element(name: "section") {
                    H2(text.ordersTitle)
                    if model.orders.isEmpty {
                        EmptyState(message: text.noOrdersYet)
                    } else {
                        DataTable(
                            columns: [
                                text.orderNumberColumn, text.supplierColumn, text.dateColumn, text.totalColumn, text.statusColumn,
                            ],
                            rows: model.orders.map {
                                [
                                    Link(text.orderNumber($0.number), url: SiteURL.supplyOrder($0.id).path), Text($0.supplier),
                                    Text(format.date($0.date)), money($0.total),
                                    Span(text.orderStatus($0.status)).class("badge order-\($0.status.rawValue)"),
                                ]
                            })
                    }
                }
                .class("card orders")
                Element(name: "section") {
                    H2(text.suppliersTitle)
                    if model.suppliers.isEmpty {
                        EmptyState(message: text.noSuppliersYet)
                    } else {
                        DataTable(
                            columns: [text.supplierColumn, text.termsColumn, text.owedColumn],
                            rows: model.suppliers.map {
                                [
                                    Link($0.name, url: SiteURL.supplySupplier($0.id).path),
                                    Text($0.ownUnit ? text.internalSupplier : text.supplierTerms($0.terms, days: $0.creditDays)),
                                    money($0.owed),
                                ]
                            })
                    }
                    if model.canManage { supplierForm(model, context: context) }
                }
                .class("card suppliers")
            }
        }

        private static func supplierForm(_ model: Model, context: PageContext) -> Component {
            let text = context.text
            return Form(url: SiteURL.supplySuppliers.path, method: .post) {
                H3(text.addSupplier)
                CSRFField(context: context)
                ErrorNotice(messages: model.errors["form"].map { [$0] } ?? [])
                FormField(
                    scope: "supplier", label: text.supplyField("name"), name: "name", value: model.values["name"] ?? "",
                    error: model.errors["name"], isRequired: true, maxLength: FieldLimit.name)
                ChoiceField(
                    scope: "supplier", label: text.supplyField("terms"), name: "terms",
                    options: SupplierTerms.allCases.map { ($0.rawValue, text.supplierTerms($0, days: nil)) },
                    selected: model.values["terms"] ?? "cash", error: model.errors["terms"], isRequired: true)
                FormField(
                    scope: "supplier", label: text.supplyField("creditDays"), name: "creditDays",
                    value: model.values["creditDays"] ?? "", error: model.errors["creditDays"], hint: text.creditDaysHint,
                    inputMode: "numeric", maxLength: 3)
                FormField(
                    scope: "supplier", label: text.supplyField("phone"), name: "phone", value: model.values["phone"] ?? "",
                    error: model.errors["phone"], inputMode: "tel", maxLength: 20)
                Div { Button(text.addSupplier).attribute(named: "type", value: "submit").class("primary") }.class("form-actions")
            }
            .class("supplier-form")
        }
    }
}
