import Foundation
import GuyubCore
import Plot

extension EntryForm {
    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            let errors = model.errors
            let accounts: [(value: String, label: String)] =
                [("", text.chooseAccount)]
                + model.accounts.map { ($0.id.uuidString.lowercased(), "\($0.code) \($0.name)") }
            let summary = [errors["form"], errors["lines"]].compactMap { $0 }
            return Layout.render(title: text.newEntryTitle, context: context) {
                Div {
                    Paragraph { Link(text.back(to: text.journalTitle), url: SiteURL.journal().path) }.class("crumb")
                    H1(text.newEntryTitle)
                    Paragraph(text.entryFormLead).class("lead")
                }
                .class("page-head")

                Div {
                    if !errors.isEmpty {
                        ErrorNotice(messages: [text.checkMarkedFields] + summary)
                    }
                    Form(url: SiteURL.newEntry.path, method: .post) {
                        CSRFField(context: context)
                        DateField(
                            label: text.columnDate, name: "date", value: model.date, error: errors["date"],
                            isRequired: true, text: text)
                        FormField(
                            label: text.entryDescription, name: "description", value: model.description,
                            error: errors["description"], hint: text.entryDescriptionHint, isRequired: true,
                            autocomplete: "off", maxLength: 200)
                        for (index, line) in model.lines.enumerated() {
                            lineFields(
                                index, line, accounts: accounts, units: model.units, error: errors["lines[\(index)]"],
                                text: text)
                        }
                        Paragraph(text.membersSavingsNotHere).class("hint")
                        Div {
                            Button(text.addLine)
                                .attribute(named: "type", value: "submit")
                                .attribute(named: "name", value: "addLine")
                                .attribute(named: "value", value: "1")
                                .attribute(Attribute<Any>(name: "formnovalidate", value: nil, ignoreIfValueIsEmpty: false))
                        }
                        .class("form-actions")
                        Div {
                            Button(text.saveEntry).attribute(named: "type", value: "submit").class("primary")
                            Link(text.cancel, url: SiteURL.journal().path).class("button secondary")
                        }
                        .class("form-actions")
                    }
                    .class("entry-form")
                }
                .class("card")
            }
        }

        /// One line of the entry: its account, a debit or a credit, and a note; its own error on top.
        private static func lineFields(
            _ index: Int, _ line: Model.LineValues, accounts: [(value: String, label: String)],
            units: [(id: UUID, name: String)], error: String?, text: Catalogue
        ) -> Component {
            let name = { (field: String) in "lines[\(index)][\(field)]" }
            return Element(name: "fieldset") {
                Element(name: "legend") { Text(text.lineLegend(index)) }
                if let error { Paragraph(error).class("field-error") }
                ChoiceField(label: text.columnAccount, name: name("accountId"), options: accounts, selected: line.accountID)
                FormField(
                    label: text.columnDebit, name: name("debit"), value: line.debit, money: true,
                    autocomplete: "off", maxLength: 20)
                FormField(
                    label: text.columnCredit, name: name("credit"), value: line.credit, money: true,
                    autocomplete: "off", maxLength: 20)
                FormField(
                    label: text.lineMemo, name: name("memo"), value: line.memo, autocomplete: "off",
                    maxLength: FieldLimit.lineMemo)
                if !units.isEmpty {
                    ChoiceField(
                        label: text.businessUnit, name: name("businessUnitId"),
                        options: [("", text.wholeCooperative)] + units.map { ($0.id.uuidString.lowercased(), $0.name) },
                        selected: line.unitID)
                }
            }
            .class(error == nil ? "entry-line" : "entry-line has-error")
        }
    }
}
