import Foundation
import GuyubCore
import Plot

extension SHUSimulationPage {
    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            let format = text.format
            let values = model.values
            func field(_ name: String, _ label: String) -> Component {
                FormField(scope: "sim", label: label, name: name, value: values[name] ?? "", inputMode: "decimal")
            }
            return Layout.render(title: text.shuSimulationTitle, context: context) {
                Div {
                    H1(text.shuSimulationTitle)
                    Paragraph(text.shuSimulationLead).class("muted")
                }
                .class("page-head")
                ErrorNotice(messages: model.error.map { [$0] } ?? [])
                Form(url: SiteURL.shuSimulation.path, method: .get) {
                    FormField(
                        scope: "sim", label: text.surplusToShareLabel, name: "surplus", value: values["surplus"] ?? "",
                        money: true)
                    Div {
                        for fund in SHUSettingsPage.Model.funds { field(fund, text.fundName(fund) + " (%)") }
                    }
                    .class("grid")
                    FormField(
                        scope: "sim", label: text.membersLinesLabel, name: "members", value: values["members"] ?? "",
                        hint: text.membersLinesHint, lines: 6)
                    Button(text.simulateButton).attribute(named: "type", value: "submit").class("primary")
                }
                .class("card")
                if let result = model.result {
                    Element(name: "section") {
                        H2(text.fundsHeading)
                        MoneyTable(
                            columns: [.init(text.columnFund), .init(text.columnAmount, amount: true)],
                            rows: SHURules.inBylawOrder(result.pools.keys).map { fund in (fund, result.pools[fund] ?? 0) }.map {
                                fund, amount in
                                [Text(text.fundName(fund)), MoneyText(amount: amount, format: format)]
                            },
                            footer: [
                                [
                                    Text(text.roundingLeft),
                                    MoneyText(amount: result.remainder.values.reduce(0, +), format: format),
                                ]
                            ],
                            className: "shu-funds")
                        H2(text.sharesHeading)
                        MoneyTable(
                            columns: [
                                .init(text.columnName), .init(text.columnCapitalShare, amount: true),
                                .init(text.columnPatronageShare, amount: true), .init(text.columnSHU, amount: true),
                            ],
                            rows: result.members.map { share in
                                [
                                    Text(share.id), MoneyText(amount: share.capital, format: format),
                                    MoneyText(amount: share.patronage, format: format),
                                    MoneyText(amount: share.total, format: format),
                                ]
                            },
                            className: "shu-shares")
                        Paragraph(text.shuRoundedDown).class("muted")
                    }
                    .class("card")
                }
            }
        }
    }
}
