import Foundation
import GuyubCore
import Plot

/// Consultation sessions, for those who hold them: the sessions with a form to plan one; and a session with
/// its guests by group (invited by name or phone), who came, and what each said, kept as ideas.
package enum ConsultationsPage {
    package struct Session: Sendable, Equatable {
        package var id: UUID
        package var topic: String
        package var kind: ConsultationKind
        package var heldOn: CivilDate
        package var startsAt: String
        package var place: String
        package var status: ConsultationStatus
        package var invited: Int
        package var came: Int
        package init(
            id: UUID, topic: String, kind: ConsultationKind, heldOn: CivilDate, startsAt: String, place: String,
            status: ConsultationStatus, invited: Int, came: Int
        ) {
            (self.id, self.topic, self.kind, self.heldOn, self.startsAt) = (id, topic, kind, heldOn, startsAt)
            (self.place, self.status, self.invited, self.came) = (place, status, invited, came)
        }
    }

    package struct Guest: Sendable, Equatable {
        package var id: UUID
        package var group: ConsultationGroup
        package var name: String
        package var phone: String?
        package var attended: Bool
        package init(id: UUID, group: ConsultationGroup, name: String, phone: String?, attended: Bool) {
            (self.id, self.group, self.name, self.phone, self.attended) = (id, group, name, phone, attended)
        }
    }

    package struct Input: Sendable, Equatable {
        package var ideaID: UUID
        package var number: Int
        package var title: String
        package var status: IdeaStatus
        package var guest: String
        package init(ideaID: UUID, number: Int, title: String, status: IdeaStatus, guest: String) {
            (self.ideaID, self.number, self.title, self.status, self.guest) = (ideaID, number, title, status, guest)
        }
    }

    package struct Model: Sendable {
        package var sessions: [Session]
        package var values: [String: String] = [:]
        package var errors: [String: String] = [:]
        package init(sessions: [Session]) { self.sessions = sessions }
    }

    package struct Detail: Sendable {
        package var session: Session
        package var guests: [Guest]
        package var inputs: [Input]
        package var actions: [ConsultationAction]
        package var categories: [(id: UUID, name: String)]
        package var values: [String: String] = [:]
        package var errors: [String: String] = [:]
        /// Which form was refused: `guests`, `attendance` or `ideas` (a step's refusal shows at the top).
        package var failed: String?
        package init(
            session: Session, guests: [Guest], inputs: [Input], actions: [ConsultationAction],
            categories: [(id: UUID, name: String)]
        ) {
            (self.session, self.guests, self.inputs, self.actions, self.categories) = (
                session, guests, inputs, actions, categories
            )
        }
    }

    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            return Layout.render(title: text.consultationsTitle, context: context) {
                Div {
                    H1(text.consultationsTitle)
                    Paragraph(text.consultationsLead).class("muted")
                }
                .class("page-head")
                Element(name: "section") {
                    if model.sessions.isEmpty { EmptyState(message: text.noConsultationsYet) }
                    for session in model.sessions { card(session, linked: true, text: text) }
                }
                .class("consultations")
                planForm(model, context: context)
            }
        }

        private static func card(_ session: Session, linked: Bool, text: Catalogue) -> Component {
            let format = text.format
            return Element(name: "article") {
                H3 {
                    if linked { Link(session.topic, url: SiteURL.consultation(session.id).path) } else { Text(session.topic) }
                }
                Paragraph {
                    Span(text.consultationStatus(session.status)).class("badge consultation-\(session.status.rawValue)")
                    Text(
                        " " + text.consultationKind(session.kind) + " · " + format.date(session.heldOn) + " "
                            + format.time(session.startsAt) + " · " + session.place)
                }
                .class("muted")
                Paragraph(text.guestsCount + ": \(session.invited) / \(session.came)").class("muted")
            }
            .class("card consultation")
        }

        private static func planForm(_ model: Model, context: PageContext) -> Component {
            let text = context.text
            let v = model.values
            let e = model.errors
            return Form(url: SiteURL.consultations.path, method: .post) {
                H2(text.planConsultation)
                CSRFField(context: context)
                ErrorNotice(messages: e["form"].map { [$0] } ?? [])
                FormField(
                    scope: "plan", label: text.consumerField("topic"), name: "topic", value: v["topic"] ?? "",
                    error: e["topic"], isRequired: true, maxLength: FieldLimit.meetingTitle)
                ChoiceField(
                    scope: "plan", label: text.consumerField("kind"), name: "kind",
                    options: ConsultationKind.allCases.map { ($0.rawValue, text.consultationKind($0)) },
                    selected: v["kind"] ?? ConsultationKind.meeting.rawValue, error: e["kind"])
                DateField(
                    label: text.consumerField("heldOn"), name: "heldOn", value: v["heldOn"] ?? "", error: e["heldOn"],
                    isRequired: true, text: text)
                FormField(
                    scope: "plan", label: text.consumerField("startsAt"), name: "startsAt", value: v["startsAt"] ?? "",
                    error: e["startsAt"], hint: text.timeHint, isRequired: true, inputMode: "decimal", maxLength: 5)
                FormField(
                    scope: "plan", label: text.consumerField("place"), name: "place", value: v["place"] ?? "",
                    error: e["place"], isRequired: true, maxLength: FieldLimit.meetingPlace)
                Div { Button(text.planConsultation).attribute(named: "type", value: "submit").class("primary") }
                    .class("form-actions")
            }
            .class("card plan-consultation")
        }

        package static func render(_ detail: Detail, in context: PageContext) -> String {
            let text = context.text
            let session = detail.session
            let errors = { (form: String) in detail.failed == form ? detail.errors : [:] }
            return Layout.render(title: session.topic, context: context) {
                Paragraph { Link(text.consultationsTitle, url: SiteURL.consultations.path) }.class("muted no-print")
                card(session, linked: false, text: text)
                ErrorNotice(messages: detail.failed == nil ? detail.errors["form"].map { [$0] } ?? [] : [])
                if session.status == .planned && !detail.actions.contains(.attend) {
                    Paragraph(text.attendanceOnTheDay).class("hint")
                }
                guestList(detail, errors: errors("attendance"), context: context)
                if detail.actions.contains(.invite) { inviteForm(detail, errors: errors("guests"), context: context) }
                inputList(detail, errors: errors("ideas"), context: context)
                let steps = detail.actions.filter { $0 == .finish || $0 == .cancel }
                if !steps.isEmpty {
                    Element(name: "section") {
                        for action in steps {
                            Form(url: SiteURL.consultationStep(session.id, action.rawValue).path, method: .post) {
                                CSRFField(context: context)
                                Button(text.consultationAction(action)).attribute(named: "type", value: "submit")
                                    .class(action == .cancel ? "danger" : "primary")
                            }
                            .class("consultation-step")
                        }
                    }
                    .class("card consultation-steps no-print")
                }
            }
        }

        /// The guests by group; on the day, a check box each for who came.
        private static func guestList(_ detail: Detail, errors: [String: String], context: PageContext) -> Component {
            let text = context.text
            let format = text.format
            let marking = detail.actions.contains(.attend)
            let table = DataTable(
                columns: [text.nameLabel, text.consumerField("group"), text.consumerField("phone"), text.attendedColumn],
                rows: detail.guests.map { guest in
                    [
                        Text(guest.name), Text(text.consultationGroup(guest.group)),
                        Text(guest.phone.map(format.phone) ?? "—"),
                        marking
                            ? Element(name: "label") {
                                Node<HTML.BodyContext>.input(
                                    .type(.checkbox), .name("came[]"), .value(guest.id.uuidString.lowercased()),
                                    .attribute(named: "checked", value: guest.attended ? "checked" : nil),
                                    .attribute(named: "aria-label", value: text.attendedColumn + ": " + guest.name))
                            }
                            .class("check")
                            : Text(guest.attended ? "✓" : "—"),
                    ]
                }, className: "guests-table")
            return Element(name: "section") {
                H2(text.guestsTitle)
                ErrorNotice(messages: errors["form"].map { [$0] } ?? [])
                if detail.guests.isEmpty {
                    EmptyState(message: text.noGuestsYet)
                } else if marking {
                    Form(url: SiteURL.consultationStep(detail.session.id, "attendance").path, method: .post) {
                        CSRFField(context: context)
                        table
                        Button(text.saveAttendance).attribute(named: "type", value: "submit").class("primary")
                    }
                } else {
                    table
                }
            }
            .class("card guests")
        }

        private static func inviteForm(_ detail: Detail, errors e: [String: String], context: PageContext) -> Component {
            let text = context.text
            let v = detail.failed == "guests" ? detail.values : [:]
            return Form(url: SiteURL.consultationStep(detail.session.id, "guests").path, method: .post) {
                H2(text.inviteGuest)
                Paragraph(text.inviteHint).class("hint")
                CSRFField(context: context)
                ErrorNotice(messages: e["form"].map { [$0] } ?? [])
                ChoiceField(
                    scope: "guest", label: text.consumerField("group"), name: "group",
                    options: ConsultationGroup.allCases.map { ($0.rawValue, text.consultationGroup($0)) },
                    selected: v["group"] ?? ConsultationGroup.member.rawValue, error: e["group"])
                FormField(
                    scope: "guest", label: text.nameLabel, name: "name", value: v["name"] ?? "", error: e["name"],
                    maxLength: FieldLimit.name)
                FormField(
                    scope: "guest", label: text.consumerField("phone"), name: "phone", value: v["phone"] ?? "",
                    error: e["phone"], inputMode: "tel", maxLength: 20)
                Div { Button(text.inviteGuest).attribute(named: "type", value: "submit").class("primary") }
                    .class("form-actions")
            }
            .class("card invite-guest no-print")
        }

        /// What was said, each an idea on its way; and, from the day, the form to keep another.
        private static func inputList(_ detail: Detail, errors e: [String: String], context: PageContext) -> Component {
            let text = context.text
            let v = detail.failed == "ideas" ? detail.values : [:]
            let came = detail.guests.filter(\.attended)
            return Element(name: "section") {
                H2(text.inputsTitle)
                if detail.inputs.isEmpty {
                    EmptyState(message: text.noInputsYet)
                } else {
                    DataTable(
                        columns: [text.guestColumn, text.consumerField("title"), text.statusColumn],
                        rows: detail.inputs.map {
                            [
                                Text($0.guest), Link("#\($0.number) " + $0.title, url: SiteURL.idea($0.ideaID).path),
                                Span(text.ideaStatus($0.status)).class("badge idea-\($0.status.rawValue)"),
                            ]
                        }, className: "inputs-table")
                }
                if detail.actions.contains(.record) && !came.isEmpty {
                    Form(url: SiteURL.consultationStep(detail.session.id, "ideas").path, method: .post) {
                        H3(text.recordInput)
                        CSRFField(context: context)
                        ErrorNotice(messages: e["form"].map { [$0] } ?? [])
                        ChoiceField(
                            scope: "input", label: text.consumerField("guestId"), name: "guestId",
                            options: [("", text.chooseOne)] + came.map { ($0.id.uuidString.lowercased(), $0.name) },
                            selected: v["guestId"] ?? "", error: e["guestId"], isRequired: true)
                        ChoiceField(
                            scope: "input", label: text.consumerField("categoryId"), name: "categoryId",
                            options: [("", text.chooseOne)] + detail.categories.map { ($0.id.uuidString.lowercased(), $0.name) },
                            selected: v["categoryId"] ?? "", error: e["categoryId"], isRequired: true)
                        FormField(
                            scope: "input", label: text.consumerField("title"), name: "title", value: v["title"] ?? "",
                            error: e["title"], isRequired: true, maxLength: FieldLimit.name)
                        FormField(
                            scope: "input", label: text.consumerField("body"), name: "body", value: v["body"] ?? "",
                            error: e["body"], isRequired: true, maxLength: FieldLimit.note * 3, lines: 3)
                        Button(text.recordInput).attribute(named: "type", value: "submit").class("primary")
                    }
                    .class("record-input no-print")
                }
            }
            .class("card inputs")
        }
    }
}
