import GuyubCore
import Plot

extension SavingsSettingsForm {
    package enum View {
        /// The fields in the order the form shows them; an error under any other name goes on top.
        static let fieldNames = [
            "pokokAmount", "wajibAmount", "wajibEveryMonths", "wajibClasses", "sukarelaRate", "sukarelaBasis",
            "sukarelaMinimum", "terms", "earlyBreakPenalty", "interestTaxThreshold", "interestTaxRate",
            "counterLimit",
        ]

        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            return Layout.render(title: text.savingsSettingsTitle, context: context) {
                Div {
                    H1(text.savingsSettingsTitle)
                    Paragraph(text.savingsSettingsLead).class("muted")
                }
                .class("page-head")
                if model.canEdit {
                    form(model, context: context)
                } else {
                    readOnly(model.values, text: text)
                }
            }
        }

        private static func form(_ model: Model, context: PageContext) -> Component {
            let text = context.text
            let values = model.values
            let errors = model.errors
            let unplaced = errors.filter { !fieldNames.contains($0.key) }.sorted { $0.key < $1.key }.map(\.value)
            return Div {
                if !errors.isEmpty {
                    ErrorNotice(messages: [text.checkMarkedFields] + unplaced)
                }
                Form(url: SiteURL.savingsSettings.path, method: .post) {
                    CSRFField(context: context)
                    Element(name: "fieldset") {
                        Element(name: "legend") { Text(text.pokokAndWajib) }
                        FormField(
                            label: text.pokokAmountLabel, name: "pokokAmount", value: values.pokokAmount,
                            error: errors["pokokAmount"], hint: text.pokokAmountHint, isRequired: true,
                            money: true, autocomplete: "off", maxLength: 20)
                        FormField(
                            label: text.wajibAmountLabel, name: "wajibAmount", value: values.wajibAmount,
                            error: errors["wajibAmount"], hint: text.wajibAmountHint, isRequired: true,
                            money: true, autocomplete: "off", maxLength: 20)
                        ChoiceField(
                            label: text.wajibEveryMonthsLabel, name: "wajibEveryMonths",
                            options: Catalogue.wajibPeriods.map { (String($0), text.wajibPeriod($0)) },
                            selected: values.wajibEveryMonths, error: errors["wajibEveryMonths"],
                            hint: text.wajibEveryMonthsHint, isRequired: true)
                        FormField(
                            label: text.optionalField(text.wajibClassesLabel), name: "wajibClasses",
                            value: values.wajibClasses, error: errors["wajibClasses"], hint: text.wajibClassesHint,
                            autocomplete: "off", maxLength: 2000, lines: 3)
                    }
                    Element(name: "fieldset") {
                        Element(name: "legend") { Text(text.sukarelaSection) }
                        FormField(
                            label: text.sukarelaRateLabel, name: "sukarelaRate", value: values.sukarelaRate,
                            error: errors["sukarelaRate"], hint: text.sukarelaRateHint, isRequired: true,
                            inputMode: "decimal", autocomplete: "off", maxLength: 10)
                        ChoiceField(
                            label: text.sukarelaBasisLabel, name: "sukarelaBasis",
                            options: SavingsSettings.InterestBasis.allCases.map { ($0.rawValue, text.interestBasis($0)) },
                            selected: values.sukarelaBasis, error: errors["sukarelaBasis"],
                            hint: text.sukarelaBasisHint, isRequired: true)
                        FormField(
                            label: text.sukarelaMinimumLabel, name: "sukarelaMinimum", value: values.sukarelaMinimum,
                            error: errors["sukarelaMinimum"], hint: text.sukarelaMinimumHint, isRequired: true,
                            money: true, autocomplete: "off", maxLength: 20)
                    }
                    Element(name: "fieldset") {
                        Element(name: "legend") { Text(text.termSection) }
                        FormField(
                            label: text.termsLabel, name: "terms", value: values.terms, error: errors["terms"],
                            hint: text.termsHint, autocomplete: "off", maxLength: 2000, lines: 4)
                        FormField(
                            label: text.earlyBreakPenaltyLabel, name: "earlyBreakPenalty",
                            value: values.earlyBreakPenalty, error: errors["earlyBreakPenalty"],
                            hint: text.earlyBreakPenaltyHint, isRequired: true, inputMode: "decimal",
                            autocomplete: "off", maxLength: 10)
                    }
                    Element(name: "fieldset") {
                        Element(name: "legend") { Text(text.taxSection) }
                        FormField(
                            label: text.interestTaxThresholdLabel, name: "interestTaxThreshold",
                            value: values.interestTaxThreshold, error: errors["interestTaxThreshold"],
                            hint: text.interestTaxThresholdHint, isRequired: true, money: true,
                            autocomplete: "off", maxLength: 20)
                        FormField(
                            label: text.interestTaxRateLabel, name: "interestTaxRate", value: values.interestTaxRate,
                            error: errors["interestTaxRate"], hint: text.interestTaxRateHint, isRequired: true,
                            inputMode: "decimal", autocomplete: "off", maxLength: 10)
                    }
                    Element(name: "fieldset") {
                        Element(name: "legend") { Text(text.counterSection) }
                        FormField(
                            label: text.counterLimitLabel, name: "counterLimit", value: values.counterLimit,
                            error: errors["counterLimit"], hint: text.counterLimitHint, isRequired: true, money: true,
                            autocomplete: "off", maxLength: 30)
                    }
                    Div {
                        Button(text.saveSettings).attribute(named: "type", value: "submit").class("primary")
                        Link(text.cancel, url: SiteURL.books.path).class("button secondary")
                    }
                    .class("form-actions")
                }
                .class("settings-form")
            }
            .class("card")
        }

        /// The same settings as text, for those who may look but not change.
        private static func readOnly(_ values: Model.Values, text: Catalogue) -> Component {
            let basis =
                SavingsSettings.InterestBasis(rawValue: values.sukarelaBasis).map(text.interestBasis)
                ?? values.sukarelaBasis
            return ComponentGroup {
                Paragraph(text.settingsReadOnly).class("notice notice-warning")
                section(
                    text.pokokAndWajib,
                    [
                        .init(text.pokokAmountLabel, text.typedMoney(values.pokokAmount)),
                        .init(text.wajibAmountLabel, text.typedMoney(values.wajibAmount)),
                        .init(
                            text.wajibEveryMonthsLabel,
                            Int(values.wajibEveryMonths).map(text.wajibPeriod) ?? values.wajibEveryMonths),
                        .init(text.wajibClassesLabel, detail: pairs(values.wajibClasses, text: text) { text.typedMoney($0) }),
                    ])
                section(
                    text.sukarelaSection,
                    [
                        .init(text.sukarelaRateLabel, text.typedPercent(values.sukarelaRate)),
                        .init(text.sukarelaBasisLabel, basis),
                        .init(text.sukarelaMinimumLabel, text.typedMoney(values.sukarelaMinimum)),
                    ])
                section(
                    text.termSection,
                    [
                        .init(
                            text.termsLabel,
                            detail: pairs(values.terms, text: text, key: { Int($0).map(text.monthsCount) ?? $0 }) {
                                text.typedPercent($0)
                            }),
                        .init(text.earlyBreakPenaltyLabel, text.typedPercent(values.earlyBreakPenalty)),
                    ])
                section(
                    text.taxSection,
                    [
                        .init(text.interestTaxThresholdLabel, text.typedMoney(values.interestTaxThreshold)),
                        .init(text.interestTaxRateLabel, text.typedPercent(values.interestTaxRate)),
                    ])
                section(text.counterSection, [.init(text.counterLimitLabel, text.typedMoney(values.counterLimit))])
            }
        }

        private static func section(_ heading: String, _ items: [DefinitionList.Item]) -> Component {
            Element(name: "section") {
                H2(heading)
                DefinitionList(items: items)
            }
            .class("card")
        }

        /// `kelas = jumlah` lines as a list ("pegawai: Rp 20.000"), each side read by `key` and `value`;
        /// "Tidak ada" when there are none.
        private static func pairs(
            _ lines: String, text: Catalogue, key: (String) -> String = { $0 },
            value: (String) -> String
        ) -> Component {
            let rows = lines.split(whereSeparator: \.isNewline).compactMap { line -> String? in
                let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                return parts.count == 2 ? (key(parts[0]) + ": " + value(parts[1])) : nil
            }
            if rows.isEmpty { return Text(text.noneSet) }
            return List(rows) { row in ListItem(row) }.class("pairs")
        }
    }
}
