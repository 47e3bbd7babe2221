import GuyubCore
import Plot

extension ShopCustomers {
    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            let format = text.format
            return Layout.render(title: text.customersTitle, context: context) {
                Div {
                    H1(text.customersTitle)
                    Paragraph(text.customersLead).class("muted")
                }
                .class("page-head")
                if model.rows.isEmpty {
                    EmptyState(message: text.noCustomersYet)
                }
                for row in model.rows {
                    Element(name: "section") {
                        H2(row.name)
                        DefinitionList(items: [
                            .init(text.storeField("customerClass"), text.customerClass(row.customerClass)),
                            .init(text.storeField("creditLimit"), detail: MoneyText(amount: row.creditLimit, format: format)),
                            .init(text.owedLabel, detail: MoneyText(amount: row.owed, format: format)),
                        ])
                        if model.canReceive && row.owed > 0 { paymentForm(row, model, context: context) }
                        if model.canDeliver {
                            Link(text.deliverToCustomer, url: SiteURL.supplyDeliveryFrom(customer: row.id).path)
                                .class("button secondary")
                        }
                    }
                    .class("card customer")
                }
            }
        }

        private static func paymentForm(_ row: Model.Row, _ model: Model, context: PageContext) -> Component {
            let text = context.text
            let errors = model.failed == row.id ? model.errors : [:]
            return Form(url: SiteURL.shopCustomerPayment(row.id).path, method: .post) {
                CSRFField(context: context)
                ErrorNotice(messages: errors["form"].map { [$0] } ?? [])
                FormField(
                    scope: "pay-\(row.id.uuidString.lowercased())", label: text.amountPaidLabel, name: "amount",
                    value: model.failed == row.id ? model.amountValue : "", error: errors["amount"], isRequired: true,
                    money: true, maxLength: 20)
                ChoiceField(
                    scope: "pay-\(row.id.uuidString.lowercased())", label: text.paymentLabel, name: "channel",
                    options: PaymentChannel.allCases.map { ($0.rawValue, text.channel($0)) }, selected: "cash",
                    error: errors["channel"], isRequired: true)
                Div { Button(text.receivePayment).attribute(named: "type", value: "submit").class("primary") }
                    .class("form-actions")
            }
            .class("payment-form")
        }
    }
}
