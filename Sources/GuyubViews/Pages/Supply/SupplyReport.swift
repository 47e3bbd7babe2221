import Foundation
import GuyubCore
import Plot

/// The supply report of a period: purchases by supplier (with a chart), members' produce by member and
/// grade, how the deliveries went, the goods on consignment, and what was owed at the period's end by how
/// late; printable and as CSV.
package enum SupplyReport {
    package struct Model: Sendable {
        package struct Purchases: Sendable, Equatable {
            package var supplier: String
            package var deliveries: Int
            package var total: Int64
            package var onCredit: Int64
            package init(supplier: String, deliveries: Int, total: Int64, onCredit: Int64) {
                self.supplier = supplier
                self.deliveries = deliveries
                self.total = total
                self.onCredit = onCredit
            }
        }
        package struct Produce: Sendable, Equatable {
            package var member: String
            package var product: String
            package var unit: String
            package var grade: ProduceGrade?
            package var quantity: Int64
            package var amount: Int64
            package init(member: String, product: String, unit: String, grade: ProduceGrade?, quantity: Int64, amount: Int64) {
                self.member = member
                self.product = product
                self.unit = unit
                self.grade = grade
                self.quantity = quantity
                self.amount = amount
            }
        }

        /// A consignor's product: held, sold and not yet settled, and what that comes to.
        package struct Consigned: Sendable, Equatable {
            package var consignor: String
            package var product: String
            package var unit: String
            package var held: Int64
            package var unsettled: Int64
            package var owing: Int64
            package init(consignor: String, product: String, unit: String, held: Int64, unsettled: Int64, owing: Int64) {
                self.consignor = consignor
                self.product = product
                self.unit = unit
                self.held = held
                self.unsettled = unsettled
                self.owing = owing
            }
        }

        package var from: CivilDate
        package var to: CivilDate
        package var purchases: [Purchases]
        package var produce: [Produce]
        package var onTime: Int
        package var late: Int
        package var failed: Int
        package var open: Int
        package var consigned: [Consigned]
        package var aging: [(supplier: String, ages: [Payables.Age: Int64])]

        package init(
            from: CivilDate, to: CivilDate, purchases: [Purchases], produce: [Produce], onTime: Int, late: Int, failed: Int,
            open: Int, consigned: [Consigned], aging: [(supplier: String, ages: [Payables.Age: Int64])]
        ) {
            self.from = from
            self.to = to
            self.purchases = purchases
            self.produce = produce
            self.onTime = onTime
            self.late = late
            self.failed = failed
            self.open = open
            self.consigned = consigned
            self.aging = aging
        }
    }

    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            let format = text.format
            func money(_ v: Int64) -> Component { MoneyText(amount: v, format: format) }
            return Layout.render(title: text.supplyReportTitle, context: context) {
                Div {
                    H1(text.supplyReportTitle)
                    Paragraph(format.date(model.from) + " – " + format.date(model.to)).class("muted")
                }
                .class("page-head")
                Form(url: SiteURL.supplyReport().path, method: .get) {
                    DateField(label: text.periodFrom, name: "from", value: model.from.description, text: text)
                    DateField(label: text.periodTo, name: "to", value: model.to.description, text: text)
                    Button(text.show).attribute(named: "type", value: "submit")
                }
                .class("search period-form no-print")
                Paragraph {
                    Link(text.downloadCSV, url: SiteURL.supplyReport(from: model.from, to: model.to, csv: true).path)
                        .class("button secondary")
                    PrintButton(label: text.printPage)
                }
                .class("actions no-print")
                Element(name: "section") {
                    H2(text.purchasesBySupplier)
                    if model.purchases.isEmpty {
                        EmptyState(message: text.noPurchasesInPeriod)
                    } else {
                        BarChart(
                            rows: model.purchases.map {
                                .init(
                                    label: $0.supplier,
                                    bars: [.init(value: $0.total, shown: format.money(minorUnits: $0.total), tone: "expense")])
                            }, label: text.purchasesBySupplier)
                        DataTable(
                            columns: [text.supplierColumn, text.deliveriesCountColumn, text.totalColumn, text.onCreditColumn],
                            rows: model.purchases.map {
                                [Text($0.supplier), Text(String($0.deliveries)), money($0.total), money($0.onCredit)]
                            },
                            className: "purchases-table")
                    }
                }
                .class("card purchases")
                Element(name: "section") {
                    H2(text.produceByMemberAndGrade)
                    if model.produce.isEmpty {
                        EmptyState(message: text.noIntakesYet)
                    } else {
                        DataTable(
                            columns: [
                                text.memberColumn, text.productColumn, text.supplyField("grade"), text.weightLabel,
                                text.amountColumn,
                            ],
                            rows: model.produce.map {
                                [
                                    Text($0.member), Text($0.product), Text($0.grade.map(text.gradeName) ?? "—"),
                                    Text(format.quantity($0.quantity) + " " + $0.unit), money($0.amount),
                                ]
                            }, className: "produce-table")
                    }
                }
                .class("card intakes")
                Element(name: "section") {
                    H2(text.deliveriesTitle)
                    DefinitionList(items: [
                        .init(text.deliveredOnTime, detail: Text(String(model.onTime))),
                        .init(text.deliveredLate, detail: Text(String(model.late))),
                        .init(text.deliveryStatus(.failed), detail: Text(String(model.failed))),
                        .init(text.notYetDelivered, detail: Text(String(model.open))),
                    ])
                }
                .class("card deliveries")
                Element(name: "section") {
                    H2(text.consignmentPosition)
                    if model.consigned.isEmpty {
                        EmptyState(message: text.noConsignment)
                    } else {
                        DataTable(
                            columns: [
                                text.supplierColumn, text.productColumn, text.heldColumn, text.soldUnsettledColumn,
                                text.owingColumn,
                            ],
                            rows: model.consigned.map {
                                [
                                    Text($0.consignor), Text($0.product), Text(format.quantity($0.held) + " " + $0.unit),
                                    Text(format.quantity($0.unsettled) + " " + $0.unit), money($0.owing),
                                ]
                            }, className: "consigned-table")
                    }
                }
                .class("card consigned")
                Element(name: "section") {
                    H2(text.payablesByAge(on: model.to))
                    if model.aging.isEmpty {
                        EmptyState(message: text.nothingOwedToAnyone)
                    } else {
                        DataTable(
                            columns: [text.supplierColumn] + Payables.Age.allCases.map(text.payableAge),
                            rows: model.aging.map { row in
                                [Text(row.supplier)] + Payables.Age.allCases.map { money(row.ages[$0] ?? 0) }
                            }, className: "aging-table")
                    }
                }
                .class("card bills")
            }
        }
    }
}
