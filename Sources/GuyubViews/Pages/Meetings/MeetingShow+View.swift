import GuyubCore
import Plot

extension MeetingShow {
    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            return Layout.render(title: model.title, context: context) {
                Div {
                    Paragraph { Link(text.meetingsTitle, url: SiteURL.meetings.path) }.class("crumb")
                    H1(model.title)
                    Paragraph {
                        MeetingStatusBadge(status: model.status, text: text)
                        Text(" " + text.meetingKind(model.kind) + (model.delegates ? " · " + text.delegatesMode : ""))
                    }
                }
                .class("page-head")
                DefinitionList(items: details(model, text: text))
                if model.canManage && model.admits(.edit) { detailsForm(model, context: context) }
                quorum(model, text: text)
                actions(model, context: context)
                agenda(model, context: context)
                notice(model, context: context)
                attendance(model, context: context)
                resolutions(model, context: context)
                minutes(model, context: context)
            }
        }

        static func details(_ model: Model, text: Catalogue) -> [DefinitionList.Item] {
            // The financial year is the annual meeting's business; an extraordinary one meets on its own matter.
            var items = model.isAnnual ? [DefinitionList.Item(text.financialYearLabel, String(model.financialYear))] : []
            items.append(.init(text.meetingDateLabel, "\(text.format.date(model.heldOn)) \(text.format.time(model.startsAt))"))
            if !model.place.isEmpty { items.append(.init(text.placeLabel, model.place)) }
            if !model.onlineLink.isEmpty {
                items.append(.init(text.onlineLinkLabel, detail: Link(model.onlineLink, url: Escape.attribute(model.onlineLink))))
            }
            return items
        }

        /// Date, time, place, link and title, changeable until the meeting opens.
        static func detailsForm(_ model: Model, context: PageContext) -> Component {
            let text = context.text
            return post(.meetingAction(model.id, .details), context, className: "details-form") {
                H2(text.editMeetingDetails)
                FormField(
                    scope: "details", label: text.titleLabel, name: "title", value: model.title, isRequired: true,
                    maxLength: FieldLimit.meetingTitle)
                DateField(label: text.dateLabel, name: "heldOn", value: model.heldOn.description, isRequired: true, text: text)
                FormField(
                    scope: "details", label: text.startsAtLabel, name: "startsAt", value: text.format.time(model.startsAt),
                    hint: text.timeHint, isRequired: true, inputMode: "numeric", maxLength: 5)
                FormField(
                    scope: "details", label: text.placeLabel, name: "place", value: model.place,
                    maxLength: FieldLimit.meetingPlace)
                FormField(
                    scope: "details", label: text.onlineLinkLabel, name: "onlineLink", value: model.onlineLink, type: .url,
                    maxLength: FieldLimit.onlineLink)
                Div { submit(text.saveMeetingDetails) }.class("form-actions")
            }
        }

        static func quorum(_ model: Model, text: Catalogue) -> Component {
            let a = model.attendance
            return Element(name: "section") {
                Div {
                    figure(String(a.present), text.presentLabel)
                    figure(String(a.required), text.quorumLabel)
                    figure(String(a.eligible), text.eligibleLabel)
                }
                .class("figures")
                Paragraph(a.quorumMet ? text.quorumMet : text.quorumMissing(a.required - a.present))
                    .class(a.quorumMet ? "quorum-met" : "quorum-missing")
                Paragraph(
                    text.quorumRule(model.quorumNumerator, model.quorumDenominator) + " "
                        + "\(text.attendanceMode(.inPerson)): \(a.inPerson) · \(text.attendanceMode(.online)): \(a.online)"
                )
                .class("hint")
            }
            .class("card")
            .attribute(named: "aria-label", value: text.attendanceTitle)
        }

        static func figure(_ value: String, _ label: String) -> Component {
            Div {
                Span(value).class("figure-value")
                Span(label).class("figure-label")
            }
            .class("figure")
        }

        static func post(_ url: SiteURL, _ context: PageContext, className: String, @ComponentBuilder _ fields: () -> Component)
            -> Component
        {
            let content = fields()
            return Form(url: url.path, method: .post) {
                CSRFField(context: context)
                content
            }
            .class(className)
        }

        static func submit(_ label: String, danger: Bool = false) -> Component {
            Button(label).attribute(named: "type", value: "submit").class(danger ? "danger" : "primary")
        }

        static func actions(_ model: Model, context: PageContext) -> Component {
            let text = context.text
            return Div {
                if model.notice != nil || model.canManage {
                    Link(text.printNotice, url: SiteURL.meetingDocument(model.id, .invitation).path).class("button secondary")
                }
                if !model.minutes.isEmpty {
                    Link(text.printMinutes, url: SiteURL.meetingDocument(model.id, .minutes).path).class("button secondary")
                }
                if model.canViewAll {
                    Link(text.reportPackTitle, url: SiteURL.meetingDocument(model.id, .report).path).class("button secondary")
                    if model.isAnnual {
                        Link(text.ministryExport, url: SiteURL.meetingDocument(model.id, .ministry, csv: true).path).class(
                            "button secondary")
                    }
                }
                if model.canManage && model.admits(.start) {
                    post(.meetingAction(model.id, .start), context, className: "start-form") { submit(text.startMeeting) }
                }
                if model.canManage && model.admits(.close) {
                    post(.meetingAction(model.id, .close), context, className: "close-meeting-form") {
                        submit(text.closeMeeting, danger: true)
                    }
                }
            }
            .class("actions")
        }

        static func agenda(_ model: Model, context: PageContext) -> Component {
            let text = context.text
            let kinds = AgendaKind.allCases.map { ($0.rawValue, text.agendaKind($0)) }
            return Element(name: "section") {
                H2(text.agendaTitle)
                Element(name: "ol") {
                    for item in model.agenda { ListItem(item.title) }
                }
                .class("agenda")
                if model.canManage && model.admits(.setAgenda) {
                    // One row per item in order, and an empty one to add; an item whose title is cleared is dropped.
                    post(.meetingAction(model.id, .agenda), context, className: "agenda-form") {
                        H3(text.editAgenda)
                        for (index, item)
                            in (model.agenda.map { ($0.kind.rawValue, $0.title) } + [(AgendaKind.other.rawValue, "")])
                            .enumerated()
                        {
                            Div {
                                ChoiceField(
                                    scope: "agenda-\(index)", label: text.agendaKindLabel, name: "kind\(index)", options: kinds,
                                    selected: item.0)
                                FormField(
                                    scope: "agenda-\(index)", label: "\(index + 1). \(text.titleLabel)", name: "title\(index)",
                                    value: item.1, maxLength: FieldLimit.meetingPlace)
                            }
                            .class("agenda-row")
                        }
                        Paragraph(text.agendaHint).class("hint")
                        Div { submit(text.saveAgenda) }.class("form-actions")
                    }
                }
            }
            .class("card")
        }

        static func notice(_ model: Model, context: PageContext) -> Component {
            let text = context.text
            return Element(name: "section") {
                H2(text.noticeTitle)
                if let notice = model.notice {
                    Paragraph(
                        text.noticeSent(
                            text.format.date(notice.sentOn), text.noticeChannel(notice.channel),
                            recipients: notice.recipients))
                    if MeetingNotice.isLate(heldOn: model.heldOn, sentOn: notice.sentOn) {
                        Paragraph(text.noticeWasLate(MeetingNotice.daysAhead(of: model.heldOn, from: notice.sentOn)))
                            .class("notice notice-warning")
                    }
                } else {
                    Paragraph(text.noticeLead).class("muted")
                    if let today = model.today, model.canManage, MeetingNotice.isLate(heldOn: model.heldOn, sentOn: today) {
                        Paragraph(text.noticeWouldBeLate(MeetingNotice.daysAhead(of: model.heldOn, from: today)))
                            .class("notice notice-warning")
                            .attribute(named: "role", value: "alert")
                    }
                }
                if model.canManage && model.admits(.sendNotice) {
                    post(.meetingAction(model.id, .notice), context, className: "notice-form") {
                        ErrorNotice(messages: model.errors["notice"].map { [$0] } ?? [])
                        ChoiceField(
                            scope: "notice", label: text.noticeChannelLabel, name: "channel",
                            options: NoticeChannel.allCases.map { ($0.rawValue, text.noticeChannel($0)) },
                            selected: (model.notice?.channel ?? .whatsapp).rawValue)
                        FormField(
                            scope: "notice", label: text.noticeTextLabel, name: "text",
                            value: model.notice?.text ?? model.noticeDraft, isRequired: true, maxLength: FieldLimit.noticeText,
                            lines: 6)
                        Div { submit(text.sendNotice) }.class("form-actions")
                    }
                }
            }
            .class("card")
        }

        static func attendance(_ model: Model, context: PageContext) -> Component {
            let text = context.text
            return Element(name: "section") {
                H2(text.attendanceTitle)
                if model.admits(.checkIn) && model.ownPresent == false {
                    post(.meetingAction(model.id, .checkIn), context, className: "self-check-in-form") {
                        Paragraph(text.attendOnlineExplained)
                        HiddenField(name: "mode", value: AttendanceMode.online.rawValue)
                        submit(text.attendOnline)
                    }
                }
                if model.canManage && model.delegates && model.admits(.setDelegates) {
                    post(.meetingAction(model.id, .delegates), context, className: "delegates-form") {
                        FormField(
                            scope: "delegates", label: text.delegatesLabel, name: "memberNumbers",
                            value: model.delegateNumbers.map(String.init).joined(separator: ", "), hint: text.delegatesFormHint,
                            isRequired: true, lines: 3)
                        Div { submit(text.saveDelegates) }.class("form-actions")
                    }
                }
                if model.canManage && model.admits(.checkIn) {
                    post(.meetingAction(model.id, .checkIn), context, className: "check-in-form") {
                        ErrorNotice(messages: model.errors["checkIn"].map { [$0] } ?? [])
                        FormField(
                            scope: "check-in", label: text.memberNumberLabel, name: "memberNumber", isRequired: true,
                            inputMode: "numeric", maxLength: 9)
                        ChoiceField(
                            scope: "check-in", label: text.modeLabel, name: "mode",
                            options: AttendanceMode.allCases.map { ($0.rawValue, text.attendanceMode($0)) },
                            selected: AttendanceMode.inPerson.rawValue)
                        Div { submit(text.checkIn) }.class("form-actions")
                    }
                }
                if model.canViewAll {
                    if model.participants.isEmpty {
                        Paragraph(text.noOneYet).class("muted")
                    } else {
                        DataTable(
                            columns: [text.memberNumberLabel, text.nameLabel, text.modeLabel],
                            rows: model.participants.map { p -> [Component] in
                                [Text(String(p.number)), Text(p.name), Text(p.attendance.map(text.attendanceMode) ?? "")]
                            }, caption: text.participantsTitle)
                    }
                }
            }
            .class("card")
        }

        static func resolutions(_ model: Model, context: PageContext) -> Component {
            let text = context.text
            return Element(name: "section") {
                H2(text.resolutionsTitle)
                ErrorNotice(messages: model.errors["vote"].map { [$0] } ?? [])
                if model.resolutions.isEmpty { Paragraph(text.noResolutions).class("muted") }
                for resolution in model.resolutions { self.resolution(resolution, model: model, context: context) }
                Paragraph(text.majorityRule).class("hint")
                if model.canManage && model.admits(.addMotion) {
                    post(.meetingAction(model.id, .resolutions), context, className: "resolution-form") {
                        H3(text.addResolution)
                        ErrorNotice(messages: model.errors["resolution"].map { [$0] } ?? [])
                        ChoiceField(
                            scope: "motion", label: text.agendaTitle, name: "agendaItemId",
                            options: model.agenda.map { ($0.id.uuidString.lowercased(), "\($0.position). \($0.title)") },
                            selected: "")
                        FormField(
                            scope: "motion", label: text.motionLabel, name: "motion", isRequired: true,
                            maxLength: FieldLimit.motion, lines: 3)
                        FormField(
                            scope: "motion", label: text.shuYearLabel, name: "shuYear", value: String(model.financialYear),
                            inputMode: "numeric", maxLength: 4)
                        ChoiceField(
                            scope: "motion", label: text.secretLabel, name: "secret",
                            options: [("0", text.noWord), ("1", text.yesWord)], selected: "")
                        Div { submit(text.addResolution) }.class("form-actions")
                    }
                }
            }
            .class("card")
        }

        static func resolution(_ r: Resolution, model: Model, context: PageContext) -> Component {
            let text = context.text
            let choices = VoteChoice.allCases.map { ($0.rawValue, text.voteChoice($0)) }
            return Element(name: "article") {
                H3 {
                    Text((r.title ?? text.agendaKind(r.kind) + (r.shuYear.map { " \($0)" } ?? "")) + " ")
                    ResolutionStatusBadge(status: r.status, text: text)
                }
                Paragraph(r.motion)
                if r.secret { Paragraph(text.secretLabel).class("hint") }
                if r.status.isDecided {
                    DefinitionList(
                        items: [
                            .init(text.voteChoice(.yes), String(r.tally.yes)), .init(text.voteChoice(.no), String(r.tally.no)),
                            .init(text.voteChoice(.abstain), String(r.tally.abstain)),
                            .init(text.decidedOnLabel, r.decidedOn.map(text.format.date) ?? ""),
                        ], className: "details tally")
                } else if r.status == .open {
                    Paragraph("\(text.ballotsLabel): \(r.ballotsCast). \(text.totalsHidden)").class("muted")
                }
                if r.youVoted { Paragraph(text.youVoted).class("voted") }
                if model.canManage && model.admits(.open, on: r) {
                    post(.resolutionAction(r.id, .open), context, className: "open-vote-form") { submit(text.openVote) }
                }
                if model.admits(.vote, on: r) {
                    if model.ownPresent == true && !r.youVoted {
                        post(.resolutionAction(r.id, .vote), context, className: "vote-form") {
                            RadioChoices(
                                scope: "vote-\(r.id.uuidString.lowercased())", legend: text.yourVote, name: "choice",
                                options: choices)
                            Paragraph(text.voteIsFinal).class("hint")
                            submit(text.castVote)
                        }
                    } else if model.ownPresent == false && model.admits(.checkIn) && !r.youVoted {
                        // A member away from the hall votes once they are counted present online.
                        Paragraph(text.attendOnlineToVote).class("notice notice-warning")
                    }
                    if model.canManage {
                        post(.resolutionAction(r.id, .vote), context, className: "clerk-vote-form") {
                            H4(text.recordVote)
                            FormField(
                                scope: "clerk-\(r.id.uuidString.lowercased())", label: text.memberNumberLabel,
                                name: "memberNumber", isRequired: true, inputMode: "numeric", maxLength: 9)
                            ChoiceField(
                                scope: "clerk-\(r.id.uuidString.lowercased())", label: text.motionLabel, name: "choice",
                                options: choices, selected: "", isRequired: true)
                            submit(text.recordVote)
                        }
                        post(.resolutionAction(r.id, .close), context, className: "close-vote-form") {
                            submit(text.closeVote, danger: true)
                        }
                    }
                }
            }
            .class("resolution")
        }

        static func minutes(_ model: Model, context: PageContext) -> Component {
            let text = context.text
            let writable = model.canManage && model.admits(.writeMinutes)
            return Element(name: "section") {
                H2(text.minutesTitle)
                if !model.minutes.isEmpty {
                    DefinitionList(items: [
                        .init(text.chairLabel, model.chairName), .init(text.secretaryLabel, model.secretaryName),
                    ])
                    Paragraph(model.minutes).class("minutes-text")
                }
                if writable {
                    post(.meetingAction(model.id, .minutes), context, className: "minutes-form") {
                        ErrorNotice(messages: model.errors["minutes"].map { [$0] } ?? [])
                        FormField(
                            scope: "minutes", label: text.chairLabel, name: "chairName", value: model.chairName,
                            isRequired: true, maxLength: FieldLimit.name)
                        FormField(
                            scope: "minutes", label: text.secretaryLabel, name: "secretaryName", value: model.secretaryName,
                            isRequired: true, maxLength: FieldLimit.name)
                        FormField(
                            scope: "minutes", label: text.minutesTitle, name: "minutes", value: model.minutes,
                            isRequired: true, lines: 10)
                        Div { submit(text.saveMinutes) }.class("form-actions")
                    }
                }
            }
            .class("card")
        }
    }
}
