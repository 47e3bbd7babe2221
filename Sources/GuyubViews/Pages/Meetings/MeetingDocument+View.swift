import GuyubCore
import Plot

extension MeetingDocument {
    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            let m = model.meeting
            let heading =
                switch model.kind {
                case .invitation: text.invitationTitle
                case .minutes: text.minutesTitle
                case .report, .ministry: text.reportPackTitle
                }
            return Layout.render(title: "\(heading) · \(m.title)", context: context) {
                Paragraph { Link(text.backToMeeting, url: SiteURL.meeting(m.id).path) }.class("crumb")
                if model.kind == .invitation {
                    invitation(model, text: text)
                } else {
                    Element(name: "article") {
                        Div {
                            H1(heading)
                            Paragraph(
                                model.cooperativeName + (model.registrationNumber.isEmpty ? "" : " · " + model.registrationNumber)
                            )
                            Paragraph(m.title).class("lead")
                        }
                        .class("report-head")
                        DefinitionList(items: MeetingShow.View.details(m, text: text))
                        if model.kind == .minutes { minutes(model, text: text) } else { report(model, text: text) }
                    }
                    .class("report meeting-document")
                }
                if model.kind == .report {
                    Div {
                        Link(text.downloadCSV, url: SiteURL.meetingDocument(m.id, .report, csv: true).path).class(
                            "button secondary")
                        if m.isAnnual {
                            Link(text.ministryExport, url: SiteURL.meetingDocument(m.id, .ministry, csv: true).path).class(
                                "button secondary")
                        }
                    }
                    .class("actions")
                }
                PrintButton(label: text.printPage)
            }
        }

        static func agenda(_ m: MeetingShow.Model, text: Catalogue) -> Component {
            ComponentGroup {
                H2(text.agendaTitle)
                Element(name: "ol") { for item in m.agenda { ListItem(item.title) } }.class("agenda")
            }
        }

        /// The invitation as a letter: the cooperative's letterhead, number, subject, place and date,
        /// the notice, the agenda and the chair's signature under their title. The list of members it
        /// went to is for the screen, not the letter.
        static func invitation(_ model: Model, text: Catalogue) -> Component {
            let m = model.meeting
            let written = m.notice?.sentOn ?? m.heldOn
            return ComponentGroup {
                Element(name: "article") {
                    Element(name: "header") {
                        Paragraph(model.cooperativeName).class("letterhead-name")
                        if !model.address.isEmpty { Paragraph(model.address) }
                        if !model.registrationNumber.isEmpty {
                            Paragraph(text.meetingField("registrationNumber") + ": " + model.registrationNumber)
                        }
                    }
                    .class("letterhead")
                    Paragraph((model.town.isEmpty ? "" : model.town + ", ") + text.longDate(written)).class("letter-date")
                    DefinitionList(
                        items: [
                            .init(text.letterNumberLabel, model.letterNumber ?? text.letterNotSentYet),
                            .init(text.letterSubjectLabel, text.invitationSubject(m.title)),
                        ], className: "details letter-meta")
                    Paragraph(text.invitationTo)
                    Paragraph(m.notice?.text ?? m.noticeDraft).class("minutes-text")
                    DefinitionList(items: MeetingShow.View.details(m, text: text))
                    agenda(m, text: text)
                    Div {
                        Paragraph(text.letterClosing)
                        Paragraph(text.boardOf(model.cooperativeName))
                        Div {
                            Paragraph(text.chairTitle).class("signature-title")
                            Paragraph(m.chairName)
                        }
                        .class("signature")
                    }
                    .class("letter-sign")
                }
                .class("letter meeting-document")
                if !model.recipients.isEmpty {
                    DataTable(
                        columns: [text.memberNumberLabel, text.nameLabel],
                        rows: model.recipients.map { p -> [Component] in
                            [Text(String(p.number)), Text(p.name)]
                        }, caption: text.recipientsTitle(model.recipients.count)
                    )
                    .class("no-print")
                }
            }
        }

        static func decisions(_ m: MeetingShow.Model, text: Catalogue) -> Component {
            DataTable(
                columns: [
                    text.agendaKindLabel, text.motionLabel, text.statusLabel, text.voteChoice(.yes),
                    text.voteChoice(.no), text.voteChoice(.abstain),
                ],
                rows: m.resolutions.map { r -> [Component] in
                    [
                        Text(text.agendaKind(r.kind) + (r.shuYear.map { " \($0)" } ?? "")), Text(r.motion),
                        ResolutionStatusBadge(status: r.status, text: text),
                        Text(r.status.isDecided ? String(r.tally.yes) : ""), Text(r.status.isDecided ? String(r.tally.no) : ""),
                        Text(r.status.isDecided ? String(r.tally.abstain) : ""),
                    ]
                }, caption: text.decisionsTitle)
        }

        static func attendance(_ m: MeetingShow.Model, text: Catalogue) -> Component {
            let a = m.attendance
            return DefinitionList(items: [
                .init(text.eligibleLabel, String(a.eligible)), .init(text.presentLabel, String(a.present)),
                .init(text.attendanceMode(.inPerson), String(a.inPerson)), .init(text.attendanceMode(.online), String(a.online)),
                .init(text.quorumLabel, String(a.required)), .init(text.quorumMetLabel, a.quorumMet ? text.yesWord : text.noWord),
            ])
        }

        static func minutes(_ model: Model, text: Catalogue) -> Component {
            let m = model.meeting
            return ComponentGroup {
                agenda(m, text: text)
                H2(text.attendanceTitle)
                attendance(m, text: text)
                H2(text.minutesTitle)
                Paragraph(m.minutes).class("minutes-text")
                decisions(m, text: text)
                signatures([m.chairName, m.secretaryName], text: text)
            }
        }

        static func report(_ model: Model, text: Catalogue) -> Component {
            let m = model.meeting
            let format = text.format
            return ComponentGroup {
                H2(text.attendanceTitle)
                attendance(m, text: text)
                decisions(m, text: text)
                if let s = model.statements {
                    H2(text.statementsTitle(year: m.financialYear))
                    DefinitionList(
                        items: [
                            .init(text.totalAssetsLabel, format.money(minorUnits: s.totalAssets)),
                            .init(text.totalLiabilitiesLabel, format.money(minorUnits: s.totalLiabilities)),
                            .init(text.totalEquityLabel, format.money(minorUnits: s.totalEquity)),
                            .init(text.businessVolumeLabel, format.money(minorUnits: s.income)),
                            .init(text.expensesLabel, format.money(minorUnits: s.expenses)),
                            .init(text.surplusLabel, format.money(minorUnits: s.surplus)),
                        ], className: "details money")
                }
                H2(text.shuTableTitle)
                if let shares = model.shuShares {
                    DataTable(
                        columns: [text.memberNumberLabel, text.nameLabel, text.surplusLabel],
                        rows: shares.map { share -> [Component] in
                            [
                                Text(String(share.memberNumber)), Text(share.name),
                                Text(format.money(minorUnits: share.capital + share.patronage)),
                            ]
                        })
                } else {
                    Paragraph(text.shuTablePending).class("muted")
                }
                if !model.partnerships.isEmpty {
                    H2(text.reportPartnershipsTitle)
                    DataTable(
                        columns: [
                            text.reportAgreementColumn, text.partnershipField("partnerId"), text.reportKeptColumn,
                            text.reportReviewColumn,
                        ],
                        rows: model.partnerships.map { p -> [Component] in
                            [
                                Text(
                                    p.title + " (" + text.partnershipKind(p.kind).lowercased() + ", "
                                        + text.partnershipStatus(p.status).lowercased() + ")"),
                                Text(p.partner),
                                Text(
                                    text.reportKept(
                                        partner: p.partnerKept, cooperative: p.cooperativeKept, partnerName: p.partner)),
                                Text(
                                    (p.review.map {
                                        format.date($0.on) + ": " + text.reviewDecision($0.decision)
                                            + ($0.diverging ? " — " + text.goalsApart : "") + ". " + $0.note
                                    } ?? text.reportNotReviewed)
                                        + (p.benefits.isEmpty
                                            ? ""
                                            : " "
                                                + text.benefitsAtReview(
                                                    p.benefits.map { "\($0.name) \($0.benefit.percent)%" }.joined(
                                                        separator: " · ")))),
                            ]
                        }, className: "report-partnerships")
                }
                if let seal = model.seal {
                    Paragraph(text.reportSeal(seal)).class("seal")
                }
            }
        }

        static func signatures(_ names: [String], text: Catalogue) -> Component {
            Div {
                for name in names where !name.isEmpty {
                    Div { Paragraph(name) }.class("signature")
                }
            }
            .class("signatures")
            .attribute(named: "aria-label", value: text.signatures)
        }
    }
}
