import GuyubCore
import Plot

extension Chart {
    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            return Layout.render(title: text.chartTitle, context: context) {
                Div {
                    Paragraph { Link(text.back(to: text.booksTitle), url: SiteURL.books.path) }.class("crumb")
                    H1(text.chartTitle)
                    Paragraph(text.chartLead).class("muted")
                }
                .class("page-head")

                ErrorNotice(messages: model.errors["form"].map { [$0] } ?? [])

                for type in AccountType.allCases {
                    let rows = model.rows.filter { $0.type == type }
                    Element(name: "section") {
                        H2(text.accountTypePlural(type))
                        if rows.isEmpty {
                            Paragraph(text.noAccountsOfType).class("muted")
                        } else {
                            List(rows) { row in accountItem(row, model: model, context: context) }.class("account-list")
                        }
                    }
                    .class("card")
                }

                if model.canEdit {
                    addForm(model, context: context)
                }
                unitsSection(model, context: context)
            }
        }

        /// The business units: each with its form (rename, in use or not), and the form that adds one.
        private static func unitsSection(_ model: Model, context: PageContext) -> Component {
            let text = context.text
            return Element(name: "section") {
                H2(text.businessUnits)
                Paragraph(text.businessUnitsLead).class("muted")
                List(model.units) { unit in
                    ListItem {
                        Span(unit.code).class("account-code")
                        Text(" " + unit.name)
                        if !unit.active { Span(text.activeNo).class("badge") }
                        if model.canEdit {
                            Form(url: SiteURL.unit(unit.id).path, method: .post) {
                                CSRFField(context: context)
                                FormField(
                                    scope: "unit-\(unit.id.uuidString.lowercased())", label: text.unitName, name: "name",
                                    value: unit.name, maxLength: FieldLimit.name)
                                ChoiceField(
                                    scope: "unit-\(unit.id.uuidString.lowercased())", label: text.accountActive,
                                    name: "active", options: [("true", text.activeYes), ("false", text.activeNo)],
                                    selected: unit.active ? "true" : "false")
                                Button(text.save).attribute(named: "type", value: "submit")
                            }
                            .class("inline-form")
                        }
                    }
                }
                .class("account-list")
                if model.canEdit {
                    Form(url: SiteURL.units.path, method: .post) {
                        CSRFField(context: context)
                        FormField(
                            scope: "new-unit", label: text.unitCode, name: "code", value: model.values.unitCode,
                            error: model.errors["unitCode"], isRequired: true, maxLength: 12)
                        FormField(
                            scope: "new-unit", label: text.unitName, name: "name", value: model.values.unitName,
                            error: model.errors["unitName"], isRequired: true, maxLength: FieldLimit.name)
                        Button(text.addUnit).attribute(named: "type", value: "submit").class("primary")
                    }
                }
            }
            .class("card")
        }

        private static func accountItem(_ row: Model.Row, model: Model, context: PageContext) -> Component {
            let text = context.text
            let editing = model.editing == row.id
            let errors = editing ? model.errors : [:]
            let scope = "account-\(row.id.uuidString.lowercased())"
            return ListItem {
                Div {
                    Span(row.code).class("code")
                    Span {
                        Text(text.accountName(row.nameID, row.nameEN))
                        if row.type == .income || row.type == .expense, row.segment != .none {
                            Span(" · " + text.segment(row.segment)).class("muted")
                        }
                        if !row.active {
                            Text(" ")
                            Span(text.inactive).class("badge inactive")
                        }
                    }
                    .class("account-name")
                    MoneyText(amount: row.balance, format: text.format, parentheses: true)
                }
                .class("account-row")
                if model.canEdit {
                    Element(name: "details") {
                        Element(name: "summary") { Text(text.editAccount) }
                        Form(url: SiteURL.account(row.id).path, method: .post) {
                            CSRFField(context: context)
                            FormField(
                                scope: scope, label: text.nameIndonesian, name: "nameID",
                                value: editing ? model.values.nameID : row.nameID, error: errors["nameID"],
                                isRequired: true, maxLength: FieldLimit.name)
                            FormField(
                                scope: scope, label: text.nameEnglish, name: "nameEN",
                                value: editing ? model.values.nameEN : row.nameEN, error: errors["nameEN"],
                                maxLength: FieldLimit.name)
                            if row.isSystem {
                                Paragraph(text.systemAccount).class("hint")
                            } else {
                                ChoiceField(
                                    scope: scope, label: text.accountActive, name: "active",
                                    options: [("true", text.activeYes), ("false", text.activeNo)],
                                    selected: row.active ? "true" : "false", error: errors["active"])
                            }
                            Button(text.saveAccount).attribute(named: "type", value: "submit")
                        }
                        .class("account-form")
                    }
                    .attribute(named: "open", value: editing ? "open" : nil)
                }
            }
            .class(row.active ? "" : "inactive")
        }

        private static func addForm(_ model: Model, context: PageContext) -> Component {
            let text = context.text
            let adding = model.editing == nil
            let values = adding ? model.values : Model.Values()
            let errors = adding ? model.errors : [:]
            return Element(name: "section") {
                H2(text.addAccount)
                Form(url: SiteURL.chart.path, method: .post) {
                    CSRFField(context: context)
                    FormField(
                        label: text.accountCode, name: "code", value: values.code, error: errors["code"],
                        hint: text.accountCodeHint, isRequired: true, autocomplete: "off", maxLength: 12)
                    FormField(
                        label: text.nameIndonesian, name: "nameID", value: values.nameID, error: errors["nameID"],
                        isRequired: true, autocomplete: "off", maxLength: FieldLimit.name)
                    FormField(
                        label: text.optionalField(text.nameEnglish), name: "nameEN", value: values.nameEN,
                        error: errors["nameEN"], autocomplete: "off", maxLength: FieldLimit.name)
                    ChoiceField(
                        label: text.accountTypeLabel, name: "type",
                        options: AccountType.allCases.map { ($0.rawValue, text.accountType($0)) },
                        selected: values.type, error: errors["type"], isRequired: true)
                    ChoiceField(
                        label: text.segmentLabel, name: "segment",
                        options: [Segment.none, .member, .nonMember].map { ($0.rawValue, text.segment($0)) },
                        selected: values.segment, error: errors["segment"], hint: text.segmentHint)
                    Button(text.addAccount).attribute(named: "type", value: "submit").class("primary")
                }
                .class("add-account-form")
            }
            .class("card")
        }
    }
}
