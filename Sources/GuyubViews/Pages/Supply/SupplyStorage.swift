import Foundation
import GuyubCore
import Plot

/// Cold storage and the warehouse as a service: goods kept by the kilogram for a fee a day, billed in cash as
/// they go out.
package enum SupplyStorage {
    package struct Model: Sendable {
        package struct Lot: Sendable, Equatable {
            package var id: UUID
            package var number: Int
            package var owner: String
            package var goods: String
            package var quantity: Int64
            package var held: Int64
            package var rate: Int64
            package var storedOn: CivilDate
            package var fees: Int64
            package init(
                id: UUID, number: Int, owner: String, goods: String, quantity: Int64, held: Int64, rate: Int64,
                storedOn: CivilDate,
                fees: Int64
            ) {
                self.id = id
                self.number = number
                self.owner = owner
                self.goods = goods
                self.quantity = quantity
                self.held = held
                self.rate = rate
                self.storedOn = storedOn
                self.fees = fees
            }
        }

        package var lots: [Lot]
        package var canManage: Bool
        package var values: [String: String] = [:]
        package var errors: [String: String] = [:]
        package var failed: UUID?

        package init(lots: [Lot], canManage: Bool) {
            self.lots = lots
            self.canManage = canManage
        }
    }

    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            let format = text.format
            let errors = model.failed == nil ? model.errors : [:]
            return Layout.render(title: text.storageTitle, context: context) {
                Div {
                    H1(text.storageTitle)
                    Paragraph(text.storageLead).class("muted")
                }
                .class("page-head")
                if model.canManage {
                    Form(url: SiteURL.supplyStorage.path, method: .post) {
                        H2(text.storeGoods)
                        CSRFField(context: context)
                        ErrorNotice(messages: errors["form"].map { [$0] } ?? [])
                        FormField(
                            scope: "lot", label: text.memberNumberOrOwner, name: "owner", value: model.values["owner"] ?? "",
                            error: errors["owner"], isRequired: true, maxLength: FieldLimit.name)
                        FormField(
                            scope: "lot", label: text.goodsLabel, name: "goods", value: model.values["goods"] ?? "",
                            error: errors["goods"], isRequired: true, maxLength: FieldLimit.name)
                        FormField(
                            scope: "lot", label: text.weightLabel, name: "quantity", value: model.values["quantity"] ?? "",
                            error: errors["quantity"], isRequired: true, inputMode: "decimal", maxLength: 20)
                        FormField(
                            scope: "lot", label: text.ratePerKgDay, name: "rate", value: model.values["rate"] ?? "",
                            error: errors["rate"], isRequired: true, money: true, maxLength: 20)
                        Div { Button(text.storeGoods).attribute(named: "type", value: "submit").class("primary") }.class(
                            "form-actions")
                    }
                    .class("card storage-form")
                }
                Element(name: "section") {
                    H2(text.storedLots)
                    if model.lots.isEmpty { EmptyState(message: text.nothingStored) }
                    for lot in model.lots {
                        Element(name: "article") {
                            H3(text.lotNumber(lot.number) + " · " + lot.owner)
                            DefinitionList(items: [
                                .init(text.goodsLabel, detail: Text(lot.goods)),
                                .init(
                                    text.heldLabel,
                                    detail: Text(format.quantity(lot.held) + " kg / " + format.quantity(lot.quantity) + " kg")),
                                .init(text.ratePerKgDay, detail: MoneyText(amount: lot.rate, format: format)),
                                .init(text.storedOnLabel, detail: Text(format.date(lot.storedOn))),
                                .init(text.feesPaidLabel, detail: MoneyText(amount: lot.fees, format: format)),
                            ])
                            if model.canManage && lot.held > 0 {
                                Form(url: SiteURL.supplyStorageRelease(lot.id).path, method: .post) {
                                    CSRFField(context: context)
                                    ErrorNotice(messages: model.failed == lot.id ? model.errors.values.map { $0 } : [])
                                    FormField(
                                        scope: "out-\(lot.number)", label: text.takeOutLabel, name: "quantity",
                                        value: format.quantity(lot.held),
                                        isRequired: true, inputMode: "decimal", maxLength: 20)
                                    Button(text.takeOutButton).attribute(named: "type", value: "submit")
                                }
                                .class("release-form")
                            }
                        }
                        .class("card lot")
                    }
                }
                .class("lots")
            }
        }
    }
}
