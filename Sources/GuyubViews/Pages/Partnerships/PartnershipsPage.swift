import Foundation
import GuyubCore
import Plot

/// Partnerships, for the board: the risk board first (each risk with its evidence and who handles it), then
/// the agreements with where each stands and each side's track record, the partners, and the forms to add a
/// partner and draft an agreement. A partner's own people see only their agreements.
package enum PartnershipsPage {
    package struct Agreement: Sendable, Equatable {
        package var id: UUID
        package var title: String
        package var partner: String
        package var kind: PartnershipKind
        package var status: PartnershipStatus
        package var start: CivilDate
        package var end: CivilDate?
        /// Each side's share of commitments kept on time, in percent; nil before any falls due.
        package var partnerKept: Int?
        package var cooperativeKept: Int?
        package init(
            id: UUID, title: String, partner: String, kind: PartnershipKind, status: PartnershipStatus, start: CivilDate,
            end: CivilDate?, partnerKept: Int?, cooperativeKept: Int?
        ) {
            (self.id, self.title, self.partner, self.kind, self.status) = (id, title, partner, kind, status)
            (self.start, self.end, self.partnerKept, self.cooperativeKept) = (start, end, partnerKept, cooperativeKept)
        }
    }

    package struct Risk: Sendable, Equatable {
        package var kind: PartnershipRiskKind
        package var key: String
        package var evidence: String
        package var partnershipID: UUID?
        package var owner: String?
        package init(kind: PartnershipRiskKind, key: String, evidence: String, partnershipID: UUID?, owner: String?) {
            (self.kind, self.key, self.evidence, self.partnershipID, self.owner) = (kind, key, evidence, partnershipID, owner)
        }
    }

    package struct Partner: Sendable, Equatable {
        package var id: UUID
        package var name: String
        package var kind: PartnerKind
        package var contact: String?
        package init(id: UUID, name: String, kind: PartnerKind, contact: String?) {
            (self.id, self.name, self.kind, self.contact) = (id, name, kind, contact)
        }
    }

    package struct Model: Sendable {
        package var agreements: [Agreement]
        package var risks: [Risk]
        package var partners: [Partner]
        /// The board's people keep them; others (a partner's people, the supervisors) read.
        package var canManage: Bool
        package var seesAll: Bool
        package var values: [String: String] = [:]
        package var errors: [String: String] = [:]
        /// Which form was refused: `partner`, `agreement` or `risk`.
        package var failed: String?
        package init(agreements: [Agreement], risks: [Risk], partners: [Partner], canManage: Bool, seesAll: Bool) {
            (self.agreements, self.risks, self.partners, self.canManage, self.seesAll) = (
                agreements, risks, partners, canManage, seesAll
            )
        }
    }

    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            return Layout.render(title: text.partnershipsTitle, context: context) {
                Div {
                    H1(text.partnershipsTitle)
                    Paragraph(model.seesAll ? text.partnershipsLead : text.partnerOwnLead).class("muted")
                }
                .class("page-head")
                if model.seesAll { riskBoard(model, context: context) }
                Element(name: "section") {
                    H2(text.agreementsTitle)
                    if model.agreements.isEmpty { EmptyState(message: text.noAgreementsYet) }
                    for agreement in model.agreements { card(agreement, text: text) }
                }
                .class("agreements")
                if model.seesAll { partnerList(model, context: context) }
                if model.canManage { agreementForm(model, context: context) }
            }
        }

        private static func card(_ a: Agreement, text: Catalogue) -> Component {
            let format = text.format
            return Element(name: "article") {
                H3 { Link(a.title, url: SiteURL.partnership(a.id).path) }
                Paragraph {
                    Span(text.partnershipStatus(a.status)).class("badge partnership-\(a.status.rawValue)")
                    Text(
                        " " + a.partner + " · " + text.partnershipKind(a.kind) + " · " + format.date(a.start)
                            + (a.end.map { " – " + format.date($0) } ?? ""))
                }
                .class("muted")
                Paragraph(text.keptOnTime(partner: a.partnerKept, cooperative: a.cooperativeKept)).class("muted")
            }
            .class("card agreement")
        }

        private static func riskBoard(_ model: Model, context: PageContext) -> Component {
            let text = context.text
            return Element(name: "section") {
                H2(text.riskBoardTitle)
                if model.risks.isEmpty { EmptyState(message: text.noRisks) }
                for (index, risk) in model.risks.enumerated() {
                    Element(name: "article") {
                        Paragraph {
                            Span(text.riskKind(risk.kind)).class("badge risk-\(risk.kind.rawValue)")
                            if let id = risk.partnershipID {
                                Text(" ")
                                Link(text.openAgreement, url: SiteURL.partnership(id).path)
                            }
                        }
                        Paragraph(risk.evidence)
                        if let owner = risk.owner { Paragraph(text.riskHandledBy(owner)).class("muted") }
                        if model.canManage && risk.owner == nil {
                            Form(url: SiteURL.partnershipRisks.path, method: .post) {
                                CSRFField(context: context)
                                HiddenField(name: "key", value: risk.key)
                                FormField(
                                    scope: "risk-\(index)", label: text.partnershipField("owner"),
                                    name: "owner",
                                    error: model.failed == "risk" && model.values["key"] == risk.key
                                        ? model.errors["owner"] : nil,
                                    maxLength: FieldLimit.name)
                                Button(text.takeRisk).attribute(named: "type", value: "submit")
                            }
                            .class("risk-owner no-print")
                        }
                    }
                    .class("risk")
                }
            }
            .class("card risk-board")
        }

        private static func partnerList(_ model: Model, context: PageContext) -> Component {
            let text = context.text
            let e = model.failed == "partner" ? model.errors : [:]
            let v = model.failed == "partner" ? model.values : [:]
            return Element(name: "section") {
                H2(text.partnersTitle)
                if model.partners.isEmpty {
                    EmptyState(message: text.noPartnersYet)
                } else {
                    DataTable(
                        columns: [text.nameLabel, text.partnershipField("kind"), text.partnershipField("contactName")],
                        rows: model.partners.map { [Text($0.name), Text(text.partnerKind($0.kind)), Text($0.contact ?? "—")] },
                        className: "partners-table")
                }
                if model.canManage {
                    Form(url: SiteURL.partners.path, method: .post) {
                        H3(text.addPartner)
                        CSRFField(context: context)
                        ErrorNotice(messages: e["form"].map { [$0] } ?? [])
                        FormField(
                            scope: "partner", label: text.nameLabel, name: "name", value: v["name"] ?? "", error: e["name"],
                            isRequired: true, maxLength: FieldLimit.name)
                        ChoiceField(
                            scope: "partner", label: text.partnershipField("kind"), name: "kind",
                            options: PartnerKind.allCases.map { ($0.rawValue, text.partnerKind($0)) },
                            selected: v["kind"] ?? PartnerKind.government.rawValue, error: e["kind"])
                        FormField(
                            scope: "partner", label: text.optionalField(text.partnershipField("contactName")),
                            name: "contactName", value: v["contactName"] ?? "", error: e["contactName"],
                            maxLength: FieldLimit.name)
                        FormField(
                            scope: "partner", label: text.optionalField(text.consumerField("phone")), name: "phone",
                            value: v["phone"] ?? "", error: e["phone"], inputMode: "tel", maxLength: 20)
                        Button(text.addPartner).attribute(named: "type", value: "submit").class("primary")
                    }
                    .class("add-partner no-print")
                }
            }
            .class("card partners")
        }

        private static func agreementForm(_ model: Model, context: PageContext) -> Component {
            let text = context.text
            let e = model.failed == "agreement" ? model.errors : [:]
            let v = model.failed == "agreement" ? model.values : [:]
            return Form(url: SiteURL.partnerships.path, method: .post) {
                H2(text.draftAgreement)
                CSRFField(context: context)
                ErrorNotice(messages: e["form"].map { [$0] } ?? [])
                ChoiceField(
                    scope: "agreement", label: text.partnershipField("partnerId"), name: "partnerId",
                    options: [("", text.chooseOne)] + model.partners.map { ($0.id.uuidString.lowercased(), $0.name) },
                    selected: v["partnerId"] ?? "", error: e["partnerId"], isRequired: true)
                ChoiceField(
                    scope: "agreement", label: text.partnershipField("kind"), name: "kind",
                    options: PartnershipKind.allCases.map { ($0.rawValue, text.partnershipKind($0)) },
                    selected: v["kind"] ?? PartnershipKind.technical.rawValue, error: e["kind"])
                FormField(
                    scope: "agreement", label: text.partnershipField("title"), name: "title", value: v["title"] ?? "",
                    error: e["title"], isRequired: true, maxLength: FieldLimit.meetingTitle)
                DateField(
                    label: text.partnershipField("start"), name: "start", value: v["start"] ?? "", error: e["start"],
                    isRequired: true, text: text)
                DateField(
                    label: text.optionalField(text.partnershipField("end")), name: "end", value: v["end"] ?? "",
                    error: e["end"], text: text)
                FormField(
                    scope: "agreement", label: text.partnershipField("ourGoals"), name: "ourGoals", value: v["ourGoals"] ?? "",
                    error: e["ourGoals"], maxLength: FieldLimit.note * 3, lines: 3)
                FormField(
                    scope: "agreement", label: text.partnershipField("theirGoals"), name: "theirGoals",
                    value: v["theirGoals"] ?? "", error: e["theirGoals"], maxLength: FieldLimit.note * 3, lines: 3)
                FormField(
                    scope: "agreement", label: text.optionalField(text.partnershipField("value")), name: "value",
                    value: v["value"] ?? "", error: e["value"], money: true, maxLength: 30)
                Button(text.draftAgreement).attribute(named: "type", value: "submit").class("primary")
            }
            .class("card draft-agreement no-print")
        }
    }
}
