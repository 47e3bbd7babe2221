import Foundation
import GuyubCore
import Plot

/// Members' harvest taken in at the scale: the member by number, the produce, its weight and grade, the
/// day's price, paid in cash or to savings; and the day's intakes.
package enum SupplyProduce {
    package struct Model: Sendable {
        package struct Intake: Sendable, Equatable {
            package var number: Int
            package var member: String
            package var product: String
            package var unit: String
            package var quantity: Int64
            package var grade: ProduceGrade?
            package var price: Int64
            package var amount: Int64
            package var payment: ProducePayment
            package init(
                number: Int, member: String, product: String, unit: String, quantity: Int64, grade: ProduceGrade?, price: Int64,
                amount: Int64, payment: ProducePayment
            ) {
                self.number = number
                self.member = member
                self.product = product
                self.unit = unit
                self.quantity = quantity
                self.grade = grade
                self.price = price
                self.amount = amount
                self.payment = payment
            }
        }

        /// One good processed into another.
        package struct Run: Sendable, Equatable {
            package var date: CivilDate
            package var input: String
            package var inputQuantity: Int64
            package var output: String
            package var outputQuantity: Int64
            package var cost: Int64
            /// Thousandths: what came out for what went in.
            package var yield: Int64
            package init(
                date: CivilDate, input: String, inputQuantity: Int64, output: String, outputQuantity: Int64, cost: Int64,
                yield: Int64
            ) {
                self.date = date
                self.input = input
                self.inputQuantity = inputQuantity
                self.output = output
                self.outputQuantity = outputQuantity
                self.cost = cost
                self.yield = yield
            }
        }

        package var products: [(id: UUID, name: String)]
        package var units: [(id: UUID, name: String)]
        package var intakes: [Intake]
        package var runs: [Run] = []
        package var canTake: Bool
        package var values: [String: String] = [:]
        package var errors: [String: String] = [:]

        package init(products: [(id: UUID, name: String)], units: [(id: UUID, name: String)], intakes: [Intake], canTake: Bool) {
            self.products = products
            self.units = units
            self.intakes = intakes
            self.canTake = canTake
        }
    }

    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            let format = text.format
            return Layout.render(title: text.produceTitle, context: context) {
                Div {
                    H1(text.produceTitle)
                    Paragraph(text.produceLead).class("muted")
                }
                .class("page-head")
                if model.canTake {
                    Form(url: SiteURL.supplyProduce.path, method: .post) {
                        CSRFField(context: context)
                        ErrorNotice(messages: model.errors["form"].map { [$0] } ?? [])
                        FormField(
                            scope: "intake", label: text.memberNumberLabel, name: "memberNumber",
                            value: model.values["memberNumber"] ?? "", error: model.errors["memberId"], isRequired: true,
                            inputMode: "numeric", maxLength: 20, scan: (text.scanMemberCard, text.closeCamera))
                        ChoiceField(
                            scope: "intake", label: text.productColumn, name: "productId",
                            options: [("", text.chooseOne)] + model.products.map { ($0.id.uuidString.lowercased(), $0.name) },
                            selected: model.values["productId"] ?? "", error: model.errors["productId"], isRequired: true)
                        FormField(
                            scope: "intake", label: text.weightLabel, name: "quantity", value: model.values["quantity"] ?? "",
                            error: model.errors["quantity"], isRequired: true, inputMode: "decimal", maxLength: 20)
                        ChoiceField(
                            scope: "intake", label: text.supplyField("grade"), name: "grade",
                            options: [("", text.noGrade)] + ProduceGrade.allCases.map { ($0.rawValue, text.gradeName($0)) },
                            selected: model.values["grade"] ?? "", error: model.errors["grade"])
                        FormField(
                            scope: "intake", label: text.supplyField("price"), name: "price", value: model.values["price"] ?? "",
                            error: model.errors["price"], isRequired: true, money: true, maxLength: 20)
                        ChoiceField(
                            scope: "intake", label: text.paymentLabel, name: "payment",
                            options: ProducePayment.allCases.map { ($0.rawValue, text.producePayment($0)) },
                            selected: model.values["payment"] ?? "cash", error: model.errors["payment"], isRequired: true)
                        ChoiceField(
                            scope: "intake", label: text.goodsToUnitLabel, name: "unitId",
                            options: [("", text.myUnit)] + model.units.map { ($0.id.uuidString.lowercased(), $0.name) },
                            selected: model.values["unitId"] ?? "", error: model.errors["unitId"])
                        Div { Button(text.takeProduce).attribute(named: "type", value: "submit").class("primary") }
                            .class("form-actions")
                    }
                    .class("card intake-form")
                }
                if model.canTake { processForm(model, context: context) }
                if !model.runs.isEmpty {
                    Element(name: "section") {
                        H2(text.processingRuns)
                        DataTable(
                            columns: [
                                text.dateColumn, text.processedInput, text.processedOutput, text.yieldLabel, text.processingCost,
                            ],
                            rows: model.runs.map {
                                [
                                    Text(format.date($0.date)), Text(format.quantity($0.inputQuantity) + " " + $0.input),
                                    Text(format.quantity($0.outputQuantity) + " " + $0.output),
                                    Text(text.percentOneDecimal($0.yield)), MoneyText(amount: $0.cost, format: format),
                                ]
                            }, className: "runs-table")
                    }
                    .class("card runs")
                }
                Element(name: "section") {
                    H2(text.recentIntakes)
                    if model.intakes.isEmpty {
                        EmptyState(message: text.noIntakesYet)
                    } else {
                        DataTable(
                            columns: [
                                text.memberColumn, text.productColumn, text.weightLabel, text.supplyField("grade"),
                                text.supplyField("price"), text.amountColumn, text.paymentLabel,
                            ],
                            rows: model.intakes.map {
                                [
                                    Text($0.member), Text($0.product), Text(format.quantity($0.quantity) + " " + $0.unit),
                                    Text($0.grade.map(text.gradeName) ?? "—"), MoneyText(amount: $0.price, format: format),
                                    MoneyText(amount: $0.amount, format: format), Text(text.producePayment($0.payment)),
                                ]
                            })
                        BarChart(
                            rows: Dictionary(grouping: model.intakes, by: \.member).map { member, intakes in
                                let total = intakes.reduce(Int64(0)) { $0 + $1.amount }
                                return BarChart.Row(
                                    label: member,
                                    bars: [.init(value: total, shown: format.money(minorUnits: total), tone: "income")])
                            }.sorted { $0.label < $1.label }, label: text.produceByMember)
                    }
                }
                .class("card intakes")
            }
        }

        private static func processForm(_ model: Model, context: PageContext) -> Component {
            let text = context.text
            let v = model.values
            let products: [(value: String, label: String)] =
                [("", text.chooseOne)] + model.products.map { ($0.id.uuidString.lowercased(), $0.name) }
            return Form(url: SiteURL.supplyProcessing.path, method: .post) {
                H2(text.processTitle)
                Paragraph(text.processLead).class("muted")
                CSRFField(context: context)
                ErrorNotice(messages: model.errors["process"].map { [$0] } ?? [])
                ChoiceField(
                    scope: "process", label: text.processedInput, name: "inputProductId", options: products,
                    selected: v["inputProductId"] ?? "", isRequired: true)
                FormField(
                    scope: "process", label: text.quantityLabel, name: "inputQuantity", value: v["inputQuantity"] ?? "",
                    isRequired: true, inputMode: "decimal", maxLength: 20)
                ChoiceField(
                    scope: "process", label: text.processedOutput, name: "outputProductId", options: products,
                    selected: v["outputProductId"] ?? "", isRequired: true)
                FormField(
                    scope: "process", label: text.quantityLabel, name: "outputQuantity", value: v["outputQuantity"] ?? "",
                    isRequired: true, inputMode: "decimal", maxLength: 20)
                FormField(
                    scope: "process", label: text.processingCost, name: "cost", value: v["cost"] ?? "", money: true, maxLength: 20
                )
                ChoiceField(
                    scope: "process", label: text.businessUnit, name: "unitId",
                    options: [("", text.myUnit)] + model.units.map { ($0.id.uuidString.lowercased(), $0.name) },
                    selected: v["unitId"] ?? "")
                Div { Button(text.processButton).attribute(named: "type", value: "submit").class("primary") }.class(
                    "form-actions")
            }
            .class("card process-form")
        }
    }
}
