import Foundation
import GuyubCore
import Plot

package enum LoanApply {}

extension LoanApply {
    /// The application form: the member (by number), the product, the amount, rate and term, what for,
    /// and what secures it. A refused form comes back filled in, its errors beside their fields.
    package struct Model: Sendable {
        package struct Product: Sendable, Equatable {
            package var id: UUID
            package var name: String
            package var summary: String
            package init(id: UUID, name: String, summary: String) {
                self.id = id
                self.name = name
                self.summary = summary
            }
        }

        package var products: [Product]
        package var values: [String: String]
        package var errors: [String: String]
        package var member: MemberRow?

        package init(products: [Product], values: [String: String], errors: [String: String], member: MemberRow?) {
            self.products = products
            self.values = values
            self.errors = errors
            self.member = member
        }
    }

    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            func field(
                _ name: String, _ label: String, hint: String? = nil, inputMode: String? = nil, money: Bool = false,
                lines: Int = 1, required: Bool = false
            ) -> Component {
                FormField(
                    label: label, name: name, value: model.values[name] ?? "", error: model.errors[name], hint: hint,
                    isRequired: required, inputMode: inputMode, money: money, maxLength: lines > 1 ? 300 : nil, lines: lines)
            }
            return Layout.render(title: text.applyForLoan, context: context) {
                Div {
                    Paragraph { Link(text.loansTitle, url: SiteURL.loans().path) }.class("crumb")
                    H1(text.applyForLoan)
                    Paragraph(text.applyLead).class("muted")
                }
                .class("page-head")
                if model.products.isEmpty {
                    EmptyState(message: text.noLoanProducts)
                } else {
                    Element(name: "section") {
                        Form(url: SiteURL.loanNew().path, method: .post) {
                            CSRFField(context: context)
                            if let member = model.member {
                                HiddenField(name: "memberNumber", value: String(member.memberNumber))
                                Paragraph(text.applyingFor(member.name, member.memberNumber)).class("lead")
                            } else {
                                field("memberNumber", text.fieldName("memberNumber"), inputMode: "numeric", required: true)
                            }
                            ChoiceField(
                                label: text.loanField("productId"), name: "productId",
                                options: model.products.map { ($0.id.uuidString.lowercased(), "\($0.name) — \($0.summary)") },
                                selected: model.values["productId"] ?? "", error: model.errors["productId"], isRequired: true)
                            Div {
                                field("principal", text.loanField("principal"), money: true, required: true)
                                field("ratePercent", text.applyRate, hint: text.applyRateHint, inputMode: "decimal")
                                field("periods", text.simulationPeriods, inputMode: "numeric", required: true)
                            }
                            .class("form-grid")
                            field("purpose", text.loanPurpose, lines: 2)
                            field("collateral", text.loanCollateral, hint: text.collateralHint, lines: 2)
                            Div {
                                Element(name: "label") {
                                    Node<HTML.BodyContext>.input(
                                        .type(.checkbox), .name("autoDebit"), .value("1"),
                                        .attribute(named: "checked", value: model.values["autoDebit"] == "1" ? "checked" : nil))
                                    Text(" " + text.autoDebitLabel)
                                }
                                .class("check")
                            }
                            .class("field")
                            Button(text.submitApplication).attribute(named: "type", value: "submit").class("primary")
                        }
                    }
                    .class("card")
                }
            }
        }
    }
}
