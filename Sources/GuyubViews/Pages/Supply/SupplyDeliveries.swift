import Foundation
import GuyubCore
import Plot

/// Deliveries: on a driver's phone, their own with the step each can take next (setting off, handing over
/// with who took the goods and a photo, or why it failed); for a manager, planning one and the list of all.
package enum SupplyDeliveries {
    package struct Model: Sendable {
        package struct Delivery: Sendable, Equatable {
            package var id: UUID
            package var number: Int
            package var goods: String
            package var destination: String
            package var recipient: String
            package var plannedOn: CivilDate
            package var driver: String?
            package var status: DeliveryStatus
            package var fee: Int64
            package var feePaidBy: DeliveryFee
            package var receivedBy: String?
            package var note: String?
            package var hasPhoto: Bool
            /// What the reader may do with it now.
            package var actions: [DeliveryAction]
            package init(
                id: UUID, number: Int, goods: String, destination: String, recipient: String, plannedOn: CivilDate,
                driver: String?, status: DeliveryStatus, fee: Int64, feePaidBy: DeliveryFee, receivedBy: String?, note: String?,
                hasPhoto: Bool, actions: [DeliveryAction]
            ) {
                self.id = id
                self.number = number
                self.goods = goods
                self.destination = destination
                self.recipient = recipient
                self.plannedOn = plannedOn
                self.driver = driver
                self.status = status
                self.fee = fee
                self.feePaidBy = feePaidBy
                self.receivedBy = receivedBy
                self.note = note
                self.hasPhoto = hasPhoto
                self.actions = actions
            }
        }

        /// The reader's own deliveries still to finish, as their driver.
        package var mine: [Delivery]
        package var all: [Delivery]
        package var canPlan: Bool
        package var drivers: [(id: UUID, name: String)]
        package var vehicles: [(id: UUID, name: String)]
        package var values: [String: String] = [:]
        /// What the delivery being planned is for (a sale, a customer, an order), as the form says it.
        package var source: String?
        package var errors: [String: String] = [:]
        /// The delivery whose step was refused.
        package var failed: UUID?

        package init(
            mine: [Delivery], all: [Delivery], canPlan: Bool, drivers: [(id: UUID, name: String)],
            vehicles: [(id: UUID, name: String)]
        ) {
            self.mine = mine
            self.all = all
            self.canPlan = canPlan
            self.drivers = drivers
            self.vehicles = vehicles
        }
    }

    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            let format = text.format
            return Layout.render(title: text.deliveriesTitle, context: context) {
                Div {
                    H1(text.deliveriesTitle)
                    Paragraph(text.deliveriesLead).class("muted")
                }
                .class("page-head")
                if !model.mine.isEmpty {
                    Element(name: "section") {
                        H2(text.myDeliveries)
                        for delivery in model.mine { card(delivery, model, context: context) }
                    }
                    .class("my-deliveries")
                }
                if model.canPlan { planForm(model, context: context) }
                Element(name: "section") {
                    H2(text.allDeliveries)
                    if model.all.isEmpty {
                        EmptyState(message: text.noDeliveriesYet)
                    } else {
                        DataTable(
                            columns: [
                                text.deliveryColumn, text.destinationLabel, text.plannedLabel, text.driverLabel,
                                text.statusColumn,
                            ],
                            rows: model.all.map {
                                [
                                    Text(text.deliveryNumber($0.number) + " · " + $0.goods),
                                    Text($0.destination + " (" + $0.recipient + ")"),
                                    Text(format.date($0.plannedOn)), Text($0.driver ?? "—"),
                                    Span(text.deliveryStatus($0.status)).class("badge delivery-\($0.status.rawValue)"),
                                ]
                            })
                    }
                }
                .class("card deliveries")
            }
        }

        private static func card(_ d: Model.Delivery, _ model: Model, context: PageContext) -> Component {
            let text = context.text
            let format = text.format
            let errors = model.failed == d.id ? model.errors : [:]
            let scope = "d\(d.number)"
            return Element(name: "article") {
                H3(text.deliveryNumber(d.number) + " · " + text.deliveryStatus(d.status))
                DefinitionList(items: [
                    .init(text.goodsLabel, detail: Text(d.goods)),
                    .init(text.destinationLabel, detail: Text(d.destination)),
                    .init(text.recipientLabel, detail: Text(d.recipient)),
                    .init(text.plannedLabel, detail: Text(format.date(d.plannedOn))),
                    .init(
                        text.deliveryFeeLabel,
                        detail: Text(
                            d.fee == 0 ? text.noFee : format.money(minorUnits: d.fee) + " · " + text.feePaidBy(d.feePaidBy))),
                ])
                ErrorNotice(messages: errors["form"].map { [$0] } ?? [])
                if d.actions.contains(.depart) {
                    Form(url: SiteURL.supplyDeliveryAction(d.id, .depart).path, method: .post) {
                        CSRFField(context: context)
                        Button(text.departButton).attribute(named: "type", value: "submit").class("primary")
                    }
                    .class("depart-form")
                }
                if d.actions.contains(.deliver) {
                    Form(url: SiteURL.supplyDeliveryAction(d.id, .deliver).path, method: .post, contentType: .multipartData) {
                        CSRFField(context: context)
                        FormField(
                            scope: scope, label: text.receivedByLabel, name: "receivedBy", value: d.recipient,
                            error: errors["receivedBy"], isRequired: true, maxLength: FieldLimit.name)
                        FormField(
                            scope: scope, label: text.noteLabel, name: "note", error: errors["note"], maxLength: FieldLimit.note)
                        FileField(
                            id: "\(scope)-photo", label: text.photoLabel, name: "photo", accept: "image/*", camera: true,
                            error: errors["file"])
                        Button(text.deliveredButton).attribute(named: "type", value: "submit").class("primary")
                    }
                    .class("deliver-form")
                }
                if d.actions.contains(.fail) {
                    Form(url: SiteURL.supplyDeliveryAction(d.id, .fail).path, method: .post) {
                        CSRFField(context: context)
                        FormField(
                            scope: scope + "-fail", label: text.failReasonLabel, name: "note", error: errors["note"],
                            isRequired: true, maxLength: FieldLimit.note)
                        Button(text.failedButton).attribute(named: "type", value: "submit")
                    }
                    .class("fail-form")
                }
            }
            .class("card delivery delivery-\(d.status.rawValue)")
        }

        private static func planForm(_ model: Model, context: PageContext) -> Component {
            let text = context.text
            let v = model.values
            let errors = model.failed == nil ? model.errors : [:]
            return Form(url: SiteURL.supplyDeliveries.path, method: .post) {
                H2(text.planDelivery)
                CSRFField(context: context)
                if let source = model.source { Paragraph(source).class("muted") }
                for key in ["saleId", "customerId", "orderId"] {
                    if let id = v[key], !id.isEmpty { HiddenField(name: key, value: id) }
                }
                ErrorNotice(messages: errors["form"].map { [$0] } ?? [])
                FormField(
                    scope: "plan", label: text.goodsLabel, name: "goods", value: v["goods"] ?? "", error: errors["goods"],
                    isRequired: true, maxLength: FieldLimit.note)
                FormField(
                    scope: "plan", label: text.destinationLabel, name: "destination", value: v["destination"] ?? "",
                    error: errors["destination"], isRequired: true, maxLength: FieldLimit.address)
                FormField(
                    scope: "plan", label: text.recipientLabel, name: "recipient", value: v["recipient"] ?? "",
                    error: errors["recipient"], isRequired: true, maxLength: FieldLimit.name)
                DateField(
                    label: text.plannedLabel, name: "plannedOn", value: v["plannedOn"] ?? "", error: errors["plannedOn"],
                    text: text)
                ChoiceField(
                    scope: "plan", label: text.driverLabel, name: "driverId",
                    options: [("", text.chooseOne)] + model.drivers.map { ($0.id.uuidString.lowercased(), $0.name) },
                    selected: v["driverId"] ?? "", error: errors["driverId"])
                ChoiceField(
                    scope: "plan", label: text.vehicleLabel, name: "vehicleId",
                    options: [("", text.chooseOne)] + model.vehicles.map { ($0.id.uuidString.lowercased(), $0.name) },
                    selected: v["vehicleId"] ?? "", error: errors["vehicleId"])
                FormField(
                    scope: "plan", label: text.deliveryFeeLabel, name: "fee", value: v["fee"] ?? "", error: errors["fee"],
                    money: true,
                    maxLength: 20)
                ChoiceField(
                    scope: "plan", label: text.feePaidByLabel, name: "feePaidBy",
                    options: DeliveryFee.allCases.map { ($0.rawValue, text.feePaidBy($0)) },
                    selected: v["feePaidBy"] ?? "cooperative", error: errors["feePaidBy"])
                Div { Button(text.planDelivery).attribute(named: "type", value: "submit").class("primary") }.class("form-actions")
            }
            .class("card plan-form").attribute(named: "id", value: "plan")
        }
    }
}
