import GuyubCore
import Plot

extension LoanSimulationPage {
    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            return Layout.render(title: text.simulationTitle, context: context) {
                Div {
                    H1(text.simulationTitle)
                    Paragraph(text.simulationLead).class("muted")
                }
                .class("page-head")

                Element(name: "section") {
                    Form(url: SiteURL.loanSimulation().path, method: .get) {
                        Div {
                            field(model, "principal", text.loanField("principal"), money: true)
                            field(model, "rate", text.simulationRate, inputMode: "decimal")
                            ChoiceField(
                                label: text.simulationRatePer, name: "ratePer",
                                options: [("year", text.perYear), ("month", text.perMonth)],
                                selected: model.values["ratePer"] ?? "year")
                            field(model, "periods", text.simulationPeriods, inputMode: "numeric")
                            ChoiceField(
                                label: text.loanField("method"), name: "method",
                                options: InterestMethod.allCases.map { ($0.rawValue, text.methodName($0)) },
                                selected: model.values["method"] ?? "flat",
                                error: model.error?.field == "method" ? model.error?.message : nil,
                                hint: text.methodHint(InterestMethod(rawValue: model.values["method"] ?? "") ?? .flat))
                            field(model, "grace", text.simulationGrace, inputMode: "numeric")
                        }
                        .class("form-grid")
                        Button(text.simulate).attribute(named: "type", value: "submit").class("primary")
                    }
                }
                .class("card")

                if let error = model.error,
                    error.field == nil || !["principal", "rate", "periods", "method", "grace"].contains(error.field!)
                {
                    Paragraph(error.message).class("notice notice-error")
                }

                if let schedule = model.schedule {
                    terms(schedule, model: model, text: text)
                    summary(schedule, model: model, text: text)
                    comparison(model, text: text)
                    chart(schedule, text: text)
                    ScheduleTable(schedule: schedule, decimals: model.decimals, text: text)
                    PrintButton(label: text.printPage)
                }
            }
        }

        static func field(_ model: Model, _ name: String, _ label: String, inputMode: String? = nil, money: Bool = false)
            -> Component
        {
            FormField(
                label: label, name: name, value: model.values[name] ?? "",
                error: model.error?.field == name ? model.error?.message : nil, inputMode: inputMode, money: money)
        }

        /// What was simulated, for the printout (on screen the form says it).
        static func terms(_ schedule: LoanSchedule, model: Model, text: Catalogue) -> Component {
            let method = InterestMethod(rawValue: model.values["method"] ?? "") ?? .flat
            let per = model.values["ratePer"] == "month" ? text.perMonth : text.perYear
            let grace = Int(model.values["grace"] ?? "") ?? 0
            return DefinitionList(
                items: [
                    .init(
                        text.loanField("principal"),
                        text.format.money(
                            minorUnits: schedule.installments.reduce(0) { $0 + $1.principal },
                            decimals: model.decimals)),
                    .init(text.simulationRate, text.typedPercent(model.values["rate"] ?? "") + " per " + per),
                    .init(text.simulationPeriods, model.values["periods"] ?? ""),
                    .init(text.loanField("method"), text.methodName(method)),
                ] + (grace > 0 ? [.init(text.simulationGrace, String(grace))] : []),
                className: "details print-only simulation-terms")
        }

        static func summary(_ schedule: LoanSchedule, model: Model, text: Catalogue) -> Component {
            let format = text.format
            let first = schedule.installments.first { $0.principal > 0 } ?? schedule.installments[0]
            return Div {
                figure(format.money(minorUnits: first.payment, decimals: model.decimals), text.simulationInstallment)
                figure(format.money(minorUnits: schedule.totalInterest, decimals: model.decimals), text.simulationTotalInterest)
                figure(format.money(minorUnits: schedule.totalPayment, decimals: model.decimals), text.simulationTotalPayment)
            }
            .class("figures money-figures")
        }

        static func figure(_ value: String, _ label: String) -> Component {
            Div {
                Span(value).class("figure-value")
                Span(label).class("figure-label")
            }
            .class("figure neutral")
        }

        static func comparison(_ model: Model, text: Catalogue) -> Component {
            let format = text.format
            return MoneyTable(
                columns: [
                    .init(text.loanField("method")), .init(text.simulationFirstInstallment, amount: true),
                    .init(text.simulationTotalInterest, amount: true),
                ],
                rows: model.comparison.map { row in
                    [
                        Text(text.methodName(row.method)),
                        Span(format.money(minorUnits: row.first, decimals: model.decimals)).class("money"),
                        Span(format.money(minorUnits: row.interest, decimals: model.decimals)).class("money"),
                    ]
                },
                caption: text.simulationCompare, className: "compare")
        }

        /// Each instalment as a bar, principal below and interest above, so the shape of each method shows.
        /// Drawn in SVG: its sizes are attributes, which the Content-Security-Policy allows, not inline styles.
        static func chart(_ schedule: LoanSchedule, text: Catalogue) -> Component {
            let rows = Array(schedule.installments.prefix(120))
            let largest = max(1, rows.map(\.payment).max() ?? 1)
            return Element(name: "figure") {
                Element(name: "svg") {
                    for (index, row) in rows.enumerated() {
                        let principal = Double(row.principal * 1000 / largest) / 10
                        let interest = Double(row.interest * 1000 / largest) / 10
                        Element(name: "rect") {}
                            .attribute(named: "class", value: "bar-principal")
                            .attribute(named: "x", value: "\(index * 10 + 1)").attribute(named: "width", value: "8")
                            .attribute(named: "y", value: "\(100 - principal)").attribute(named: "height", value: "\(principal)")
                        Element(name: "rect") {}
                            .attribute(named: "class", value: "bar-interest")
                            .attribute(named: "x", value: "\(index * 10 + 1)").attribute(named: "width", value: "8")
                            .attribute(named: "y", value: "\(100 - principal - interest)").attribute(
                                named: "height", value: "\(interest)")
                    }
                }
                .attribute(named: "viewBox", value: "0 0 \(rows.count * 10) 100")
                .attribute(named: "preserveAspectRatio", value: "none")
                .attribute(named: "class", value: "bars")
                .attribute(named: "aria-hidden", value: "true")
                Element(name: "figcaption") {
                    Span(text.columnPrincipal).class("key key-principal")
                    Span(text.columnInterest).class("key key-interest")
                }
            }
            .class("chart card")
        }
    }
}

/// A repayment schedule: number, due date, principal, interest, instalment, balance, and totals.
struct ScheduleTable: Component {
    let schedule: LoanSchedule
    let decimals: Int
    let text: Catalogue

    var body: Component {
        let format = text.format
        func money(_ v: Int64) -> Component { Span(format.money(minorUnits: v, decimals: decimals)).class("money") }
        let dated = schedule.installments.contains { $0.due != nil }
        var columns: [MoneyTable.Column] = [.init(text.columnNumber)]
        if dated { columns.append(.init(text.columnDue)) }
        columns += [
            .init(text.columnPrincipal, amount: true), .init(text.columnInterest, amount: true),
            .init(text.columnInstallment, amount: true), .init(text.columnBalance, amount: true),
        ]
        return MoneyTable(
            columns: columns,
            rows: schedule.installments.map { row in
                var cells: [Component] = [Text(String(row.number))]
                if dated { cells.append(Text(row.due.map(format.date) ?? "")) }
                return cells + [money(row.principal), money(row.interest), money(row.payment), money(row.balance)]
            },
            footer: [
                [Text(text.columnTotal)] + (dated ? [Text("")] : []) + [
                    money(schedule.totalPrincipal),
                    money(schedule.totalInterest), money(schedule.totalPayment), Text(""),
                ]
            ],
            caption: text.scheduleCaption, className: "schedule")
    }
}
