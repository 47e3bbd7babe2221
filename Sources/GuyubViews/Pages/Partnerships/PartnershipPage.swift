import Foundation
import GuyubCore
import Plot

/// One agreement: each side's goals side by side, who does what (the responsibility matrix), what each
/// side committed and delivered, and its reviews; with the board's forms, and a partner's people's form to
/// record what their side delivered.
package enum PartnershipPage {
    package struct Commitment: Sendable, Equatable {
        package var id: UUID
        package var party: PartnershipParty
        package var what: String
        package var due: CivilDate
        package var status: CommitmentStatus
        package var overdue: Bool
        package var deliveredOn: CivilDate?
        package var evidence: String?
        /// A photo or a PDF kept as evidence of delivery.
        package var evidenceFile = false
        package init(
            id: UUID, party: PartnershipParty, what: String, due: CivilDate, status: CommitmentStatus, overdue: Bool,
            deliveredOn: CivilDate?, evidence: String?
        ) {
            (self.id, self.party, self.what, self.due, self.status, self.overdue) = (id, party, what, due, status, overdue)
            (self.deliveredOn, self.evidence) = (deliveredOn, evidence)
        }
    }

    package struct Review: Sendable, Equatable {
        package var on: CivilDate
        package var committed: Int
        package var delivered: Int
        package var diverging: Bool
        package var decision: ReviewDecision
        package var note: String
        package var by: String
        /// The benefits against their targets as the review found them.
        package var benefits: [ReviewedBenefit] = []
        package init(
            on: CivilDate, committed: Int, delivered: Int, diverging: Bool, decision: ReviewDecision, note: String, by: String
        ) {
            (self.on, self.committed, self.delivered, self.diverging) = (on, committed, delivered, diverging)
            (self.decision, self.note, self.by) = (decision, note, by)
        }
    }

    /// A benefit the agreement is measured by.
    package struct Indicator: Sendable, Equatable {
        package var id: UUID
        package var name: String
        package var benefit: Benefit
        package var unit: String?
        package init(id: UUID, name: String, benefit: Benefit, unit: String?) {
            (self.id, self.name, self.benefit, self.unit) = (id, name, benefit, unit)
        }
    }

    package struct Model: Sendable {
        package var agreement: PartnershipsPage.Agreement
        package var ourGoals: String
        package var theirGoals: String
        package var value: Int64
        package var cooperative: String
        package var tasks: [ResponsibilityTask]
        package var commitments: [Commitment]
        package var reviews: [Review]
        package var canManage: Bool
        /// A financial agreement's grant money, and the accounts it may be spent on.
        package var grant: (received: Int64, spent: Int64)?
        package var spendAccounts: [(id: UUID, name: String)] = []
        /// Each side's commitments kept on time, quarter by quarter.
        package var record: [(party: PartnershipParty, quarter: GuyubCore.Commitment.Quarter)] = []
        /// What a financial agreement brings, once said or booked.
        package var financing: Financing?
        /// A partner bank's loan: its schedule, and the day each paid instalment was paid.
        package var loan: (schedule: LoanSchedule, paidOn: [Int: CivilDate])?
        package var equity: [(direction: EquityDirection, amount: Int64, on: CivilDate)] = []
        package var indicators: [Indicator] = []
        package var documents: [(id: UUID, title: String)] = []
        /// A partner's own person: records only what the partner delivers.
        package var asPartner: Bool
        package var values: [String: String] = [:]
        package var errors: [String: String] = [:]
        /// Which form was refused: `tasks`, `commitment`, `deliver-<id>`, `review`; a step's shows at the top.
        package var failed: String?
        package init(
            agreement: PartnershipsPage.Agreement, ourGoals: String, theirGoals: String, value: Int64, cooperative: String,
            tasks: [ResponsibilityTask], commitments: [Commitment], reviews: [Review], canManage: Bool, asPartner: Bool
        ) {
            (self.agreement, self.ourGoals, self.theirGoals, self.value, self.cooperative) = (
                agreement, ourGoals, theirGoals, value, cooperative
            )
            (self.tasks, self.commitments, self.reviews, self.canManage, self.asPartner) = (
                tasks, commitments, reviews, canManage, asPartner
            )
        }

        /// The matrix's columns: the cooperative, the partner, then any other party named.
        package var parties: [String] {
            let named = Set(tasks.flatMap(\.parties.keys))
            return [cooperative, agreement.partner] + named.subtracting([cooperative, agreement.partner]).sorted()
        }
    }

    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            let format = text.format
            let a = model.agreement
            let open = a.status != .ended
            return Layout.render(title: a.title, context: context) {
                Paragraph { Link(text.partnershipsTitle, url: SiteURL.partnerships.path) }.class("muted no-print")
                Div {
                    H1(a.title)
                    Paragraph {
                        Span(text.partnershipStatus(a.status)).class("badge partnership-\(a.status.rawValue)")
                        Text(
                            " " + a.partner + " · " + text.partnershipKind(a.kind) + " · " + format.date(a.start)
                                + (a.end.map { " – " + format.date($0) } ?? "")
                                + (model.value > 0 ? " · " + format.money(minorUnits: model.value) : ""))
                    }
                    .class("muted")
                    PrintButton(label: text.printPage)
                }
                .class("page-head")
                ErrorNotice(messages: model.failed == nil ? model.errors["form"].map { [$0] } ?? [] : [])
                Div {
                    Element(name: "section") {
                        H2(text.partnershipField("ourGoals"))
                        Paragraph(model.ourGoals.isEmpty ? "—" : model.ourGoals)
                    }
                    .class("card goals")
                    Element(name: "section") {
                        H2(text.partnershipField("theirGoals"))
                        Paragraph(model.theirGoals.isEmpty ? "—" : model.theirGoals)
                    }
                    .class("card goals")
                }
                .class("goals-pair")
                if model.canManage && !a.status.allowed.isEmpty {
                    Element(name: "section") {
                        for action in a.status.allowed where action != .review {
                            Form(url: SiteURL.partnershipStep(a.id, action.rawValue).path, method: .post) {
                                CSRFField(context: context)
                                Button(text.partnershipAction(action)).attribute(named: "type", value: "submit")
                                    .class(action == .end ? "danger" : "primary")
                            }
                            .class("partnership-step")
                        }
                    }
                    .class("card partnership-steps no-print")
                }
                if let grant = model.grant { grantSection(model, grant, context: context, open: open) }
                if a.kind == .financial && [nil, .loan].contains(model.financing) {
                    loanSection(model, context: context, open: open)
                }
                if a.kind == .financial && [nil, .equity].contains(model.financing) {
                    equitySection(model, context: context, open: open)
                }
                benefits(model, context: context, open: open)
                matrix(model, context: context, editable: model.canManage && open)
                commitments(model, context: context, open: open)
                reviews(model, context: context, open: open && (a.status == .active || a.status == .underReview))
                documents(model, context: context)
            }
        }

        /// A grant's money: received, spent on its purpose, left; the board records both.
        private static func grantSection(
            _ model: Model, _ grant: (received: Int64, spent: Int64), context: PageContext, open: Bool
        ) -> Component {
            let text = context.text
            let format = text.format
            let channels = [("bank", text.grantChannel("bank")), ("cash", text.grantChannel("cash"))]
            func errors(_ form: String) -> [String: String] { model.failed == form ? model.errors : [:] }
            func values(_ form: String) -> [String: String] { model.failed == form ? model.values : [:] }
            return Element(name: "section") {
                H2(text.grantTitle)
                DefinitionList(items: [
                    .init(text.grantReceived, format.money(minorUnits: grant.received)),
                    .init(text.grantSpent, format.money(minorUnits: grant.spent)),
                    .init(text.grantLeft, format.money(minorUnits: grant.received - grant.spent)),
                ])
                if model.canManage && open {
                    Form(url: SiteURL.partnershipStep(model.agreement.id, "grants").path, method: .post) {
                        H3(text.receiveGrant)
                        CSRFField(context: context)
                        ErrorNotice(messages: errors("grant")["form"].map { [$0] } ?? [])
                        FormField(
                            scope: "grant", label: text.partnershipField("amount"), name: "amount",
                            value: values("grant")["amount"] ?? "", error: errors("grant")["amount"], isRequired: true,
                            money: true, maxLength: 30)
                        ChoiceField(
                            scope: "grant", label: text.partnershipField("channel"), name: "channel", options: channels,
                            selected: values("grant")["channel"] ?? "bank")
                        Button(text.receiveGrant).attribute(named: "type", value: "submit").class("primary")
                    }
                    .class("grant-form no-print")
                    Form(url: SiteURL.partnershipStep(model.agreement.id, "grants/spending").path, method: .post) {
                        H3(text.spendGrant)
                        CSRFField(context: context)
                        ErrorNotice(messages: errors("spend")["form"].map { [$0] } ?? [])
                        FormField(
                            scope: "spend", label: text.partnershipField("amount"), name: "amount",
                            value: values("spend")["amount"] ?? "", error: errors("spend")["amount"], isRequired: true,
                            money: true, maxLength: 30)
                        FormField(
                            scope: "spend", label: text.partnershipField("purpose"), name: "purpose",
                            value: values("spend")["purpose"] ?? "", error: errors("spend")["purpose"], isRequired: true,
                            maxLength: FieldLimit.note)
                        ChoiceField(
                            scope: "spend", label: text.partnershipField("accountId"), name: "accountId",
                            options: [("", text.chooseOne)]
                                + model.spendAccounts.map { ($0.id.uuidString.lowercased(), $0.name) },
                            selected: values("spend")["accountId"] ?? "", error: errors("spend")["accountId"],
                            isRequired: true)
                        ChoiceField(
                            scope: "spend", label: text.partnershipField("channel"), name: "channel", options: channels,
                            selected: values("spend")["channel"] ?? "bank")
                        Button(text.spendGrant).attribute(named: "type", value: "submit").class("primary")
                    }
                    .class("grant-form no-print")
                }
            }
            .class("card grant")
        }

        /// Who does what: a row a task, a column a party, each cell R, A, C or I; the board edits it in place,
        /// with two empty rows to add tasks.
        private static func matrix(_ model: Model, context: PageContext, editable: Bool) -> Component {
            let text = context.text
            let parties = model.parties
            let rows = model.failed == "tasks" ? [] : model.tasks
            return Element(name: "section") {
                H2(text.matrixTitle)
                Paragraph(text.matrixLead).class("hint")
                if model.tasks.isEmpty && !editable { EmptyState(message: text.noTasksYet) }
                if !editable && !model.tasks.isEmpty {
                    DataTable(
                        columns: [text.partnershipField("task")] + parties,
                        rows: model.tasks.map { task in
                            [Text(task.task)] + parties.map { Text(task.parties[$0]?.rawValue ?? "—") as Component }
                        }, className: "matrix-table")
                }
                if editable {
                    Form(url: SiteURL.partnershipStep(model.agreement.id, "responsibilities").path, method: .post) {
                        CSRFField(context: context)
                        for party in parties { HiddenField(name: "party[]", value: party) }
                        ErrorNotice(messages: model.failed == "tasks" ? model.errors.values.sorted() : [])
                        for (index, task) in (rows + [nil, nil]).enumerated() {
                            Element(name: "fieldset") {
                                FormField(
                                    scope: "task-\(index)", label: text.partnershipField("task") + " \(index + 1)",
                                    name: "task[]", value: task?.task ?? "", maxLength: FieldLimit.name)
                                for (column, party) in parties.enumerated() {
                                    ChoiceField(
                                        scope: "task-\(index)-\(column)", label: party, name: "p\(column)[]",
                                        options: [("", "—")]
                                            + Responsibility.allCases.map { ($0.rawValue, text.responsibility($0)) },
                                        selected: task?.parties[party]?.rawValue ?? "")
                                }
                            }
                            .class("matrix-row")
                        }
                        Button(text.saveMatrix).attribute(named: "type", value: "submit").class("primary")
                    }
                    .class("matrix-form no-print")
                    if !model.tasks.isEmpty {
                        DataTable(
                            columns: [text.partnershipField("task")] + parties,
                            rows: model.tasks.map { task in
                                [Text(task.task)] + parties.map { Text(task.parties[$0]?.rawValue ?? "—") as Component }
                            }, className: "matrix-table print-only")
                    }
                }
            }
            .class("card matrix")
        }

        private static func commitments(_ model: Model, context: PageContext, open: Bool) -> Component {
            let text = context.text
            let format = text.format
            let e = model.failed == "commitment" ? model.errors : [:]
            let v = model.failed == "commitment" ? model.values : [:]
            let quarters = Array(Set(model.record.map(\.quarter.label))).sorted()
            func kept(_ party: PartnershipParty, _ label: String) -> String {
                model.record.first { $0.party == party && $0.quarter.label == label }
                    .map { text.keptOfDue($0.quarter.kept, $0.quarter.due) } ?? "—"
            }
            return Element(name: "section") {
                H2(text.commitmentsTitle)
                if model.commitments.isEmpty { EmptyState(message: text.noCommitmentsYet) }
                if !quarters.isEmpty {
                    DataTable(
                        columns: [text.quarterColumn, model.agreement.partner, model.cooperative],
                        rows: quarters.map { label in
                            [Text(label), Text(kept(.partner, label)), Text(kept(.cooperative, label))]
                        }, caption: text.trackRecordCaption, className: "track-record")
                }
                for c in model.commitments {
                    Element(name: "article") {
                        Paragraph {
                            Span(text.commitmentState(c.status, overdue: c.overdue))
                                .class("badge commitment-\(c.overdue ? "overdue" : c.status.rawValue)")
                            Text(" " + text.partnershipParty(c.party) + " · " + text.dueOn(format.date(c.due)))
                        }
                        .class("muted")
                        Paragraph(c.what)
                        if let on = c.deliveredOn {
                            Paragraph(text.deliveredOn(format.date(on)) + (c.evidence.map { ": " + $0 } ?? "")).class("muted")
                        }
                        if c.evidenceFile {
                            Paragraph { Link(text.evidenceFileLink, url: SiteURL.commitmentStep(c.id, "evidence").path) }
                        }
                        if c.status == .open && open && (model.canManage || (model.asPartner && c.party == .partner)) {
                            let failed = model.failed == "deliver-\(c.id.uuidString.lowercased())"
                            let scope = "deliver-\(c.id.uuidString.lowercased())"
                            Form(
                                url: SiteURL.commitmentStep(c.id, "deliver").path, method: .post, contentType: .multipartData
                            ) {
                                CSRFField(context: context)
                                FormField(
                                    scope: scope, label: text.partnershipField("evidence"),
                                    name: "evidence", error: failed ? model.errors.values.first : nil, maxLength: FieldLimit.note)
                                FileField(id: "\(scope)-file", label: text.evidenceFileLabel, name: "file")
                                Button(text.markDelivered).attribute(named: "type", value: "submit").class("primary")
                            }
                            .class("deliver-form no-print")
                        }
                    }
                    .class("commitment")
                }
                if model.canManage && open {
                    Form(url: SiteURL.partnershipStep(model.agreement.id, "commitments").path, method: .post) {
                        H3(text.addCommitment)
                        CSRFField(context: context)
                        ErrorNotice(messages: e["form"].map { [$0] } ?? [])
                        ChoiceField(
                            scope: "commitment", label: text.partnershipField("party"), name: "party",
                            options: PartnershipParty.allCases.map {
                                ($0.rawValue, $0 == .partner ? model.agreement.partner : model.cooperative)
                            }, selected: v["party"] ?? PartnershipParty.partner.rawValue, error: e["party"])
                        FormField(
                            scope: "commitment", label: text.partnershipField("what"), name: "what", value: v["what"] ?? "",
                            error: e["what"], isRequired: true, maxLength: FieldLimit.note)
                        DateField(
                            label: text.partnershipField("dueOn"), name: "dueOn", value: v["dueOn"] ?? "", error: e["dueOn"],
                            isRequired: true, text: text)
                        Button(text.addCommitment).attribute(named: "type", value: "submit").class("primary")
                    }
                    .class("add-commitment no-print")
                }
            }
            .class("card commitments")
        }

        private static func reviews(_ model: Model, context: PageContext, open: Bool) -> Component {
            let text = context.text
            let format = text.format
            let e = model.failed == "review" ? model.errors : [:]
            let v = model.failed == "review" ? model.values : [:]
            return Element(name: "section") {
                H2(text.reviewsTitle)
                if model.reviews.isEmpty { EmptyState(message: text.noReviewsYet) }
                for r in model.reviews {
                    Element(name: "article") {
                        Paragraph(
                            format.date(r.on) + " · " + text.reviewDecision(r.decision) + " · "
                                + text.deliveredOfCommitted(r.delivered, r.committed)
                        )
                        .class("muted")
                        if r.diverging { Paragraph(text.goalsApart).class("field-error") }
                        Paragraph(r.note)
                        if !r.benefits.isEmpty {
                            Paragraph(
                                text.benefitsAtReview(
                                    r.benefits.map { "\($0.name) \($0.benefit.percent)%" }.joined(separator: " · "))
                            )
                            .class("muted")
                        }
                        Paragraph(r.by).class("muted")
                    }
                    .class("review")
                }
                if model.canManage && open {
                    Form(url: SiteURL.partnershipStep(model.agreement.id, "reviews").path, method: .post) {
                        H3(text.recordReview)
                        CSRFField(context: context)
                        ErrorNotice(messages: e["form"].map { [$0] } ?? [])
                        ChoiceField(
                            scope: "review", label: text.partnershipField("decision"), name: "decision",
                            options: ReviewDecision.allCases.map { ($0.rawValue, text.reviewDecision($0)) },
                            selected: v["decision"] ?? ReviewDecision.continue.rawValue, error: e["decision"])
                        Div {
                            Element(name: "label") {
                                Node<HTML.BodyContext>.input(.type(.checkbox), .name("diverging"), .value("1"))
                                Text(" " + text.goalsApartLabel)
                            }
                            .class("check")
                        }
                        .class("field")
                        FormField(
                            scope: "review", label: text.partnershipField("note"), name: "note", value: v["note"] ?? "",
                            error: e["note"], isRequired: true, maxLength: FieldLimit.note * 3, lines: 3)
                        Button(text.recordReview).attribute(named: "type", value: "submit").class("primary")
                    }
                    .class("review-form no-print")
                }
            }
            .class("card reviews")
        }
    }
}
