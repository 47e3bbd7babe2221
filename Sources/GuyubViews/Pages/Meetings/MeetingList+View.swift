import GuyubCore
import Plot

extension MeetingList {
    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            return Layout.render(title: text.meetingsTitle, context: context) {
                Div {
                    H1(text.meetingsTitle)
                    Paragraph(text.meetingsLead).class("muted")
                }
                .class("page-head")
                if !model.openVotes.isEmpty {
                    Element(name: "section") {
                        H2(text.openVotesForYou)
                        Element(name: "ul") {
                            for vote in model.openVotes {
                                ListItem { Link(vote.motion, url: SiteURL.meeting(vote.meeting).path) }
                            }
                        }
                        .class("link-list")
                    }
                    .class("card open-votes")
                }
                if model.rows.isEmpty {
                    EmptyState(message: text.noMeetings)
                } else {
                    DataTable(columns: [text.titleLabel, text.meetingDateLabel, text.statusLabel], rows: rows(model, text: text))
                }
                if model.canManage { newMeetingForm(model, context: context) }
                if let rules = model.rules { rulesCard(rules, model: model, context: context) }
            }
        }

        /// The bylaws' meeting rules: read by those who see meetings, changed by the board.
        static func rulesCard(_ rules: MeetingRules, model: Model, context: PageContext) -> Component {
            let text = context.text
            return Element(name: "section") {
                H2(text.meetingRulesTitle)
                Paragraph(text.quorumRule(rules.quorumNumerator, rules.quorumDenominator)).class("muted")
                if model.canManage {
                    Form(url: SiteURL.meetingRules.path, method: .post) {
                        CSRFField(context: context)
                        ErrorNotice(messages: model.errors["rules"].map { [$0] } ?? [])
                        FormField(
                            scope: "rules", label: text.quorumNumeratorLabel, name: "quorumNumerator",
                            value: String(rules.quorumNumerator), isRequired: true, inputMode: "numeric", maxLength: 4)
                        FormField(
                            scope: "rules", label: text.quorumDenominatorLabel, name: "quorumDenominator",
                            value: String(rules.quorumDenominator), isRequired: true, inputMode: "numeric", maxLength: 4)
                        ChoiceField(
                            scope: "rules", label: text.secretLabel, name: "secretByDefault",
                            options: [("0", text.noWord), ("1", text.yesWord)], selected: rules.secretByDefault ? "1" : "0")
                        FormField(
                            scope: "rules", label: text.meetingField("registrationNumber"), name: "registrationNumber",
                            value: rules.registrationNumber, maxLength: FieldLimit.registrationNumber)
                        FormField(
                            scope: "rules", label: text.meetingField("address"), name: "address", value: rules.address,
                            maxLength: FieldLimit.letterheadAddress)
                        FormField(
                            scope: "rules", label: text.meetingField("town"), name: "town", value: rules.town,
                            hint: text.townHint,
                            maxLength: FieldLimit.town)
                        Div { Button(text.saveMeetingRules).attribute(named: "type", value: "submit").class("primary") }.class(
                            "form-actions")
                    }
                    .class("meeting-form")
                } else {
                    DefinitionList(items: [
                        .init(text.meetingField("registrationNumber"), rules.registrationNumber),
                        .init(text.meetingField("address"), rules.address),
                        .init(text.meetingField("town"), rules.town),
                    ])
                }
            }
            .class("card")
        }

        static func rows(_ model: Model, text: Catalogue) -> [[Component]] {
            model.rows.map { row in
                let cells: [Component] = [
                    Link(row.title, url: SiteURL.meeting(row.id).path),
                    Text("\(text.format.date(row.heldOn)) \(text.format.time(row.startsAt))"),
                    MeetingStatusBadge(status: row.status, text: text),
                ]
                return cells
            }
        }

        static func newMeetingForm(_ model: Model, context: PageContext) -> Component {
            let text = context.text
            return Element(name: "section") {
                H2(text.newMeetingTitle)
                Form(url: SiteURL.meetings.path, method: .post) {
                    CSRFField(context: context)
                    ChoiceField(
                        label: text.kindLabel, name: "kind",
                        options: MeetingKind.allCases.map { ($0.rawValue, text.meetingKind($0)) },
                        selected: model.values["kind"] ?? "annual", error: model.errors["kind"])
                    FormField(
                        label: text.financialYearLabel, name: "financialYear", value: model.values["financialYear"] ?? "",
                        error: model.errors["financialYear"], hint: nil, inputMode: "numeric", maxLength: 4)
                    DateField(
                        label: text.dateLabel, name: "heldOn", value: model.values["heldOn"] ?? "",
                        error: model.errors["heldOn"], isRequired: true, text: text)
                    FormField(
                        label: text.startsAtLabel, name: "startsAt", value: model.values["startsAt"] ?? text.format.time("09:00"),
                        error: model.errors["startsAt"], hint: text.timeHint, isRequired: true, inputMode: "numeric",
                        maxLength: 5)
                    FormField(
                        label: text.placeLabel, name: "place", value: model.values["place"] ?? "",
                        error: model.errors["place"], maxLength: FieldLimit.meetingPlace)
                    FormField(
                        label: text.onlineLinkLabel, name: "onlineLink", value: model.values["onlineLink"] ?? "",
                        type: .url, error: model.errors["onlineLink"], maxLength: FieldLimit.onlineLink)
                    FormField(
                        label: text.titleLabel, name: "title", value: model.values["title"] ?? "",
                        error: model.errors["title"], maxLength: FieldLimit.meetingTitle)
                    ChoiceField(
                        label: text.delegatesMode, name: "delegates", options: [("0", text.noWord), ("1", text.yesWord)],
                        selected: model.values["delegates"] ?? "0", error: model.errors["delegates"],
                        hint: text.delegatesHint)
                    Div { Button(text.createMeeting).attribute(named: "type", value: "submit").class("primary") }.class(
                        "form-actions")
                }
                .class("meeting-form")
            }
            .class("card")
        }
    }
}

/// A meeting's state as a coloured label.
struct MeetingStatusBadge: Component {
    let status: MeetingStatus
    let text: Catalogue

    var body: Component {
        Span(text.meetingStatus(status)).class("badge meeting-\(status.rawValue)")
    }
}

/// A resolution's state as a coloured label.
struct ResolutionStatusBadge: Component {
    let status: ResolutionStatus
    let text: Catalogue

    var body: Component {
        Span(text.resolutionStatus(status)).class("badge resolution-\(status.rawValue)")
    }
}
