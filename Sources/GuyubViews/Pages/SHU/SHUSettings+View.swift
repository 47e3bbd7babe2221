import Foundation
import GuyubCore
import Plot

extension SHUSettingsPage {
    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            let values = model.values
            func field(_ name: String, _ label: String, hint: String? = nil, inputMode: String? = "decimal") -> Component {
                FormField(
                    scope: "shu", label: label, name: name, value: values[name] ?? "", error: model.errors[name], hint: hint,
                    inputMode: inputMode)
            }
            func check(_ name: String, _ label: String) -> Component {
                Div {
                    Element(name: "label") {
                        Node<HTML.BodyContext>.input(
                            .type(.checkbox), .name(name), .value("1"),
                            .attribute(named: "checked", value: values[name] == "1" ? "checked" : nil))
                        Text(" " + label)
                    }
                    .class("check")
                }
                .class("field")
            }
            return Layout.render(title: text.shuSettingsTitle(model.year), context: context) {
                Div {
                    Paragraph { Link(text.back(to: text.shuTitle), url: SiteURL.shu.path) }.class("crumb")
                    H1(text.shuSettingsTitle(model.year))
                    Paragraph(text.shuSettingsLead).class("muted")
                }
                .class("page-head")
                ErrorNotice(messages: model.errors["form"].map { [$0] } ?? [])
                Form(url: SiteURL.shuSettings(model.year).path, method: .post) {
                    CSRFField(context: context)
                    Element(name: "fieldset") {
                        Element(name: "legend") { Text(text.memberAllocationHeading) }
                        Div {
                            for fund in Model.funds { field("m.\(fund)", text.fundName(fund)) }
                        }
                        .class("grid")
                        field("m.other", text.otherFundsLabel, hint: text.otherFundHint, inputMode: nil)
                        if let error = model.errors["allocation"] { Paragraph(error).class("field-error") }
                    }
                    Element(name: "fieldset") {
                        Element(name: "legend") { Text(text.nonMemberAllocationHeading) }
                        Div {
                            for fund in Model.nonMemberFunds { field("n.\(fund)", text.fundName(fund)) }
                        }
                        .class("grid")
                        field("n.other", text.otherFundsLabel, inputMode: nil)
                        if let error = model.errors["nonMemberAllocation"] { Paragraph(error).class("field-error") }
                    }
                    field("fundAccounts", text.fundAccountsLabel, inputMode: nil)
                    Element(name: "fieldset") {
                        Element(name: "legend") { Text(text.savingsCountsHeading) }
                        for kind in [SavingsKind.pokok, .wajib, .sukarela] {
                            check("kind.\(kind.rawValue)", text.savingsAccountName(kind))
                        }
                        ChoiceField(
                            scope: "shu", label: text.savingsCountsHeading, name: "savingsBasis",
                            options: SHURules.SavingsBasis.allCases.map { ($0.rawValue, text.basisName($0)) },
                            selected: values["savingsBasis"] ?? "yearEnd")
                    }
                    Element(name: "fieldset") {
                        Element(name: "legend") { Text(text.businessCountsHeading) }
                        Div {
                            for source in SHURules.BusinessSource.allCases {
                                field("weight.\(source.rawValue)", text.sourceName(source), inputMode: "numeric")
                            }
                        }
                        .class("grid")
                    }
                    DateField(
                        label: text.joinedBeforeLabel, name: "joinedBefore", value: values["joinedBefore"] ?? "",
                        error: model.errors["joinedBefore"], text: text)
                    ChoiceField(
                        scope: "shu", label: text.payToLabel, name: "payTo",
                        options: [("savings", text.payToSavings), ("payable", text.payToPayable)],
                        selected: values["payTo"] ?? "savings")
                    if model.canEdit {
                        Button(text.saveSHURules).attribute(named: "type", value: "submit").class("primary")
                    }
                }
                .class("card shu-rules")
            }
        }
    }
}
