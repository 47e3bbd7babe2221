import Foundation
import GuyubCore
import Plot

package enum LoanSettingsPage {}

extension LoanSettingsPage {
    /// The loan products and the collectibility rules, as the bylaws set them; one form adds a product
    /// or, opened on one, changes it.
    package struct Model: Sendable {
        package struct Product: Sendable, Equatable {
            package var id: UUID
            package var rules: LoanProduct
            package var active: Bool
            package init(id: UUID, rules: LoanProduct, active: Bool) {
                self.id = id
                self.rules = rules
                self.active = active
            }
        }

        package var products: [Product]
        package var rules: CollectibilityRules
        /// The product form's values (a product being changed carries its id), and its errors by field.
        package var values: [String: String]
        package var errors: [String: String]
        package var canEdit: Bool

        package init(
            products: [Product], rules: CollectibilityRules, values: [String: String], errors: [String: String],
            canEdit: Bool
        ) {
            self.products = products
            self.rules = rules
            self.values = values
            self.errors = errors
            self.canEdit = canEdit
        }

        /// A product's rules as the form shows them, amounts in the currency's decimals.
        package static func values(of product: Product, decimals: Int) -> [String: String] {
            let p = product.rules
            func money(_ value: Int64) -> String { Amount.string(value, decimals: decimals) }
            return [
                "id": product.id.uuidString.lowercased(), "code": p.code, "name": p.name, "method": p.method.rawValue,
                "rateMinPercent": InterestRate.percent(p.rateMin), "rateMaxPercent": InterestRate.percent(p.rateMax),
                "periodsMin": String(p.periodsMin), "periodsMax": String(p.periodsMax),
                "principalMin": money(p.principalMin), "principalMax": money(p.principalMax),
                "adminFixed": money(p.adminFee.fixed), "adminPercent": InterestRate.percent(p.adminFee.rate),
                "provisionPercent": InterestRate.percent(p.provisionFee.rate),
                "penaltyPercent": InterestRate.percent(p.penalty.rate), "penaltyPer": p.penalty.per.rawValue,
                "penaltyGraceDays": String(p.penalty.graceDays), "penaltyCapPercent": InterestRate.percent(p.penalty.cap),
                "savingsMultiple": String(p.savingsMultiple), "collateralRequired": p.collateralRequired ? "1" : "",
                "active": product.active ? "1" : "",
            ]
        }
    }

    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            return Layout.render(title: text.loanSettingsTitle, context: context) {
                Div {
                    Paragraph { Link(text.loansTitle, url: SiteURL.loans().path) }.class("crumb")
                    H1(text.loanSettingsTitle)
                }
                .class("page-head")
                Element(name: "section") {
                    H2(text.loanProductsHeading)
                    if model.products.isEmpty {
                        EmptyState(message: text.noLoanProducts)
                    } else {
                        MoneyTable(
                            columns: [.init(text.loanProduct), .init(text.loanTermsHeading), .init(text.columnStatus)],
                            rows: model.products.map { product in
                                [
                                    Span {
                                        if model.canEdit {
                                            Link(product.rules.name, url: SiteURL.loanSettings(product: product.id).path).class(
                                                "name")
                                        } else {
                                            Span(product.rules.name).class("name")
                                        }
                                        Span(product.rules.code).class("code")
                                    },
                                    Text(text.productSummary(product.rules)),
                                    Span(product.active ? text.productActive : text.productInactive)
                                        .class(product.active ? "badge loan-active" : "badge inactive"),
                                ]
                            },
                            className: "products")
                    }
                }
                if model.canEdit { productForm(model, context: context) }
                Element(name: "section") {
                    H2(text.collectibilityHeading)
                    Paragraph(text.schemeName(model.rules.scheme)).class("lead")
                    DefinitionList(
                        items: model.rules.classes.enumerated().map { index, collectibility in
                            .init(
                                text.collectibilityName(collectibility),
                                text.classRule(model.rules, index: index) + " · PPAP "
                                    + text.format.percent(basisPoints: Int(model.rules.allowance[index] / 100)))
                        })
                    if model.canEdit {
                        Form(url: SiteURL.loanRules.path, method: .post) {
                            CSRFField(context: context)
                            ChoiceField(
                                label: text.schemeLabel, name: "scheme",
                                options: CollectibilityRules.Scheme.allCases.map { ($0.rawValue, text.schemeName($0)) },
                                selected: model.rules.scheme.rawValue)
                            FormField(
                                label: text.allowanceLabel, name: "allowancePercent",
                                value: model.rules.allowance.map { InterestRate.percent($0) }.joined(separator: "; "),
                                error: model.errors["allowance"], hint: text.allowanceHint)
                            Button(text.saveRules).attribute(named: "type", value: "submit").class("secondary")
                        }
                    }
                }
                .class("card")
            }
        }

        static func productForm(_ model: Model, context: PageContext) -> Component {
            let text = context.text
            let values = model.values
            func field(_ name: String, _ label: String, hint: String? = nil, inputMode: String? = "decimal", money: Bool = false)
                -> Component
            {
                FormField(
                    scope: "product", label: label, name: name, value: values[name] ?? "", error: model.errors[name],
                    hint: hint, inputMode: inputMode, money: money)
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
            let editing = values["id"].map { !$0.isEmpty } ?? false
            return Element(name: "section") {
                H2(editing ? text.changeProduct : text.addProduct)
                Form(url: SiteURL.loanProducts.path, method: .post) {
                    CSRFField(context: context)
                    HiddenField(name: "id", value: values["id"] ?? "")
                    Div {
                        field("code", text.loanField("code"), inputMode: nil)
                        field("name", text.loanField("name"), inputMode: nil)
                        ChoiceField(
                            scope: "product", label: text.loanField("method"), name: "method",
                            options: InterestMethod.allCases.map { ($0.rawValue, text.methodName($0)) },
                            selected: values["method"] ?? "flat")
                        field("rateMinPercent", text.rateMinLabel)
                        field("rateMaxPercent", text.rateMaxLabel)
                        field("periodsMin", text.periodsMinLabel, inputMode: "numeric")
                        field("periodsMax", text.periodsMaxLabel, inputMode: "numeric")
                        field("principalMin", text.principalMinLabel, money: true)
                        field("principalMax", text.principalMaxLabel, money: true)
                        field("adminFixed", text.adminFixedLabel, money: true)
                        field("adminPercent", text.adminPercentLabel)
                        field("provisionPercent", text.provisionPercentLabel)
                        field("penaltyPercent", text.penaltyPercentLabel)
                        ChoiceField(
                            scope: "product", label: text.penaltyPerLabel, name: "penaltyPer",
                            options: [("day", text.perDay), ("month", text.perMonth)], selected: values["penaltyPer"] ?? "day")
                        field("penaltyGraceDays", text.penaltyGraceLabel, inputMode: "numeric")
                        field("penaltyCapPercent", text.penaltyCapLabel)
                        field("savingsMultiple", text.savingsMultipleLabel, hint: text.savingsMultipleHint, inputMode: "numeric")
                    }
                    .class("form-grid")
                    check("collateralRequired", text.collateralRequiredLabel)
                    check("active", text.productActive)
                    Button(editing ? text.changeProduct : text.addProduct).attribute(named: "type", value: "submit").class(
                        "primary")
                }
            }
            .class("card")
        }
    }
}
