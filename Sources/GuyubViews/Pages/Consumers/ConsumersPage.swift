import Foundation
import GuyubCore
import Plot

/// The consumers, for the shop's staff: signing one up at the counter (with the code of the member who
/// brought them), finding one, the codes and invitations the outbox sent (to read out to someone without
/// signal), and the board's rules for members' referrals; how they go is on the engagement page.
package enum ConsumersPage {
    package struct Row: Sendable, Equatable {
        package var name: String
        package var phone: String
        package var joinedOn: CivilDate
        package var broughtBy: String?
        package init(name: String, phone: String, joinedOn: CivilDate, broughtBy: String?) {
            self.name = name
            self.phone = phone
            self.joinedOn = joinedOn
            self.broughtBy = broughtBy
        }
    }

    package struct Message: Sendable, Equatable {
        package var phone: String
        package var at: Date
        package var body: String
        package init(phone: String, at: Date, body: String) {
            self.phone = phone
            self.at = at
            self.body = body
        }
    }

    package struct Model: Sendable {
        package var query: String
        package var rows: [Row]
        package var outbox: [Message]
        package var rules: ReferralRules
        package var canAdd: Bool
        package var canSetRules: Bool
        /// The products a package may be, for the rules' form.
        package var products: [(id: UUID, name: String)] = []
        package var values: [String: String] = [:]
        package var errors: [String: String] = [:]
        /// Which form was refused: "add" or "rules".
        package var failed: String?

        package init(
            query: String, rows: [Row], outbox: [Message], rules: ReferralRules, canAdd: Bool, canSetRules: Bool
        ) {
            self.query = query
            self.rows = rows
            self.outbox = outbox
            self.rules = rules
            self.canAdd = canAdd
            self.canSetRules = canSetRules
        }
    }

    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            let format = text.format
            let zone = context.user?.timeZone ?? TimeZone(identifier: "Asia/Jakarta")!
            return Layout.render(title: text.consumersTitle, context: context) {
                Div {
                    H1(text.consumersTitle)
                    Paragraph(text.consumersLead).class("muted")
                    Paragraph { Link(text.seeEngagement, url: SiteURL.engagement.path) }
                }
                .class("page-head")
                if model.canAdd { addForm(model, context: context) }
                Element(name: "section") {
                    H2(text.consumerList)
                    Form(url: SiteURL.consumers().path, method: .get) {
                        FormField(
                            label: text.findConsumer, name: "q", value: model.query, inputMode: "search", maxLength: 120)
                        Button(text.show).attribute(named: "type", value: "submit")
                    }
                    .class("search")
                    if model.rows.isEmpty {
                        EmptyState(message: text.noConsumersYet)
                    } else {
                        DataTable(
                            columns: [text.nameLabel, text.consumerField("phone"), text.joinedColumn, text.broughtByColumn],
                            rows: model.rows.map {
                                [
                                    Text($0.name), Text(format.phone($0.phone)), Text(format.date($0.joinedOn)),
                                    Text($0.broughtBy ?? "—"),
                                ]
                            }, className: "consumers-table")
                    }
                }
                .class("card consumers")
                if model.canSetRules { rulesForm(model, context: context) }
                Element(name: "section") {
                    H2(text.outboxTitle)
                    Paragraph(text.outboxLead).class("muted")
                    if model.outbox.isEmpty {
                        EmptyState(message: text.outboxEmpty)
                    } else {
                        DataTable(
                            columns: [text.consumerField("phone"), text.timeColumn, text.messageColumn],
                            rows: model.outbox.map {
                                [Text(format.phone($0.phone)), Text(format.dateTime($0.at, timeZone: zone)), Text($0.body)]
                            }, className: "outbox-table")
                    }
                }
                .class("card outbox")
            }
        }

        private static func addForm(_ model: Model, context: PageContext) -> Component {
            let text = context.text
            let errors = model.failed == "add" ? model.errors : [:]
            let v = model.failed == "add" ? model.values : [:]
            return Form(url: SiteURL.consumers().path, method: .post) {
                H2(text.addConsumer)
                CSRFField(context: context)
                ErrorNotice(messages: errors["form"].map { [$0] } ?? [])
                FormField(
                    scope: "add", label: text.consumerField("phone"), name: "phone", value: v["phone"] ?? "",
                    error: errors["phone"], isRequired: true, inputMode: "tel", maxLength: 20)
                FormField(
                    scope: "add", label: text.nameLabel, name: "name", value: v["name"] ?? "", error: errors["name"],
                    isRequired: true, maxLength: FieldLimit.name)
                FormField(
                    scope: "add", label: text.optionalField(text.consumerField("referralCode")), name: "referralCode",
                    value: v["referralCode"] ?? "", error: errors["referralCode"], autocomplete: "off", maxLength: 20)
                Div {
                    Element(name: "label") {
                        Node<HTML.BodyContext>.input(.type(.checkbox), .name("consent"), .value("1"))
                        Text(" " + text.consentLabel)
                    }
                    .class("check")
                }
                .class("field")
                Div { Button(text.addConsumer).attribute(named: "type", value: "submit").class("primary") }
                    .class("form-actions")
            }
            .class("card add-consumer")
        }

        private static func rulesForm(_ model: Model, context: PageContext) -> Component {
            let text = context.text
            let format = text.format
            let r = model.rules
            let errors = model.failed == "rules" ? model.errors : [:]
            func value(_ name: String, _ current: String) -> String {
                model.failed == "rules" ? model.values[name] ?? "" : current
            }
            return Form(url: SiteURL.consumerRules.path, method: .post) {
                H2(text.referralRules)
                CSRFField(context: context)
                ErrorNotice(messages: errors["form"].map { [$0] } ?? [])
                ChoiceField(
                    scope: "rules", label: text.rewardLabel, name: "reward",
                    options: ReferralRules.Reward.allCases.map { ($0.rawValue, text.rewardKind($0)) },
                    selected: value("reward", r.reward.rawValue), error: errors["reward"])
                FormField(
                    scope: "rules", label: text.consumerField("voucherValue"), name: "voucherValue",
                    value: value("voucherValue", format.number(r.voucherValue)), error: errors["voucherValue"], money: true,
                    maxLength: 20)
                ChoiceField(
                    scope: "rules", label: text.consumerField("packageProductId"), name: "packageProductId",
                    options: [("", text.chooseOne)] + model.products.map { ($0.id.uuidString.lowercased(), $0.name) },
                    selected: value("packageProductId", r.packageProductID?.uuidString.lowercased() ?? ""),
                    error: errors["packageProductId"])
                FormField(
                    scope: "rules", label: text.consumerField("packageQuantity"), name: "packageQuantity",
                    value: value("packageQuantity", r.packageQuantity == 0 ? "" : format.quantity(r.packageQuantity)),
                    error: errors["packageQuantity"], inputMode: "decimal", maxLength: 20)
                FormField(
                    scope: "rules", label: text.consumerField("minimumPurchase"), name: "minimumPurchase",
                    value: value("minimumPurchase", format.number(r.minimumPurchase)), error: errors["minimumPurchase"],
                    money: true, maxLength: 20)
                FormField(
                    scope: "rules", label: text.daysField(text.consumerField("returnWindowDays")), name: "returnWindowDays",
                    value: value("returnWindowDays", String(r.returnWindowDays)), error: errors["returnWindowDays"],
                    inputMode: "numeric", maxLength: 3)
                FormField(
                    scope: "rules", label: text.consumerField("monthlyCap"), name: "monthlyCap",
                    value: value("monthlyCap", String(r.monthlyCap)), error: errors["monthlyCap"], inputMode: "numeric",
                    maxLength: 4)
                FormField(
                    scope: "rules", label: text.consumerField("welcomeValue"), name: "welcomeValue",
                    value: value("welcomeValue", format.number(r.welcomeValue)), error: errors["welcomeValue"],
                    hint: text.welcomeHint, money: true, maxLength: 20)
                FormField(
                    scope: "rules", label: text.daysField(text.consumerField("voucherDays")), name: "voucherDays",
                    value: value("voucherDays", String(r.voucherDays)), error: errors["voucherDays"], inputMode: "numeric",
                    maxLength: 3)
                Div {
                    Element(name: "label") {
                        Node<HTML.BodyContext>.input(
                            .type(.checkbox), .name("refuseHousehold"), .value("1"),
                            .attribute(named: "checked", value: r.refuseHousehold ? "checked" : nil))
                        Text(" " + text.refuseHouseholdLabel)
                    }
                    .class("check")
                }
                .class("field")
                Div { Button(text.saveRules).attribute(named: "type", value: "submit").class("primary") }
                    .class("form-actions")
            }
            .class("card referral-rules")
        }
    }
}
