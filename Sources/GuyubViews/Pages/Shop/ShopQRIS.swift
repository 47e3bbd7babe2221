import GuyubCore
import Plot

/// QRIS money in transit and the form that records the bank's credit.
package enum ShopQRIS {
    package struct Model: Sendable {
        package var inTransit: Int64
        package var canSettle: Bool
        package var amount = ""
        package var fee = ""
        package var errors: [String: String] = [:]

        package init(inTransit: Int64, canSettle: Bool) {
            self.inTransit = inTransit
            self.canSettle = canSettle
        }
    }

    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            return Layout.render(title: text.qrisTitle, context: context) {
                Div {
                    H1(text.qrisTitle)
                    Paragraph(text.qrisLead).class("muted")
                }
                .class("page-head")
                Element(name: "section") {
                    DefinitionList(items: [
                        .init(text.inTransitLabel, detail: MoneyText(amount: model.inTransit, format: text.format))
                    ])
                    if model.canSettle && model.inTransit > 0 {
                        Form(url: SiteURL.shopQRIS.path, method: .post) {
                            CSRFField(context: context)
                            ErrorNotice(messages: model.errors["form"].map { [$0] } ?? [])
                            FormField(
                                label: text.settledAmountLabel, name: "amount", value: model.amount,
                                error: model.errors["amount"],
                                isRequired: true, money: true, maxLength: 20)
                            FormField(
                                label: text.feeLabel, name: "fee", value: model.fee, error: model.errors["fee"], money: true,
                                maxLength: 20)
                            Div { Button(text.recordSettlement).attribute(named: "type", value: "submit").class("primary") }
                                .class("form-actions")
                        }
                        .class("settlement-form")
                    }
                }
                .class("card")
            }
        }
    }
}
