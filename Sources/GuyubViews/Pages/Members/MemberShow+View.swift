import GuyubCore
import Plot

extension MemberShow {
    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            let format = text.format
            let row = model.row
            // A member looking at their own record sees it, and nothing they could change.
            let canEdit = model.canEdit && !model.isOwnRecord
            let moves = model.isOwnRecord ? [] : model.moves
            let title = model.isOwnRecord ? text.myMembershipRecord : row.name
            return Layout.render(title: title, context: context) {
                Div {
                    if model.isOwnRecord {
                        H1(text.myMembershipRecord)
                        Paragraph {
                            Element(name: "strong") { Text(row.name) }
                            Text(" ")
                            Span(text.memberNumber(row.memberNumber)).class("member-number")
                        }
                        .class("lead")
                    } else {
                        H1 {
                            Text(row.name)
                            Text(" ")
                            Span(text.memberNumber(row.memberNumber)).class("member-number")
                        }
                    }
                    Paragraph {
                        StatusBadge(status: row.status, text: text)
                        Text(" ")
                        Span(text.since(format.date(row.statusSince))).class("muted")
                    }
                    .class("status-line")
                    Div {
                        if canEdit {
                            Link(text.editDetails, url: SiteURL.memberEdit(row.id).path).class("button secondary")
                        }
                        Link(text.memberCardLink, url: SiteURL.memberCard(row.id).path).class("button secondary")
                    }
                    .class("actions")
                }
                .class("page-head")

                Element(name: "section") {
                    H2(text.particulars)
                    DefinitionList(items: [
                        .init(text.fieldName("nik"), detail: Span(row.nik).class("nik")),
                        .init(text.phoneNumber, row.phone),
                        .init(text.fieldName("address"), model.address),
                        .init(text.placeAndDateOfBirth, birth(model, format: format) ?? text.notRecorded),
                        .init(text.fieldName("gender"), text.gender(model.gender)),
                        .init(text.joinedOn, model.joinedOn.map(format.date) ?? text.notRecorded),
                    ])
                }
                .class("card")

                if !model.savings.isEmpty || model.owed != nil {
                    savings(model, text: text)
                }

                if !model.loans.isEmpty || model.canApplyLoan {
                    Element(name: "section") {
                        H2(text.loansOfMember)
                        if !model.loans.isEmpty { LoanTable(rows: model.loans, text: text) }
                        if model.canApplyLoan {
                            Div {
                                Link(text.applyForLoan, url: SiteURL.loanNew(member: model.row.id).path).class("button secondary")
                            }
                            .class("actions")
                        }
                    }
                    .class("card loans")
                }

                if !model.shu.isEmpty {
                    Element(name: "section") {
                        H2(model.isOwnRecord ? text.yourSHUHeading : text.memberSHUHeading)
                        for share in model.shu { shu(share, text: text) }
                        Paragraph(text.shuRoundedDown).class("muted")
                    }
                    .class("card shu")
                }

                Element(name: "section") {
                    H2(text.statusHistory)
                    if model.history.isEmpty {
                        Paragraph(text.noHistory).class("muted")
                    } else {
                        List(model.history) { step in
                            ListItem {
                                Element(name: "time") { Text(format.date(step.on)) }
                                    .attribute(named: "datetime", value: step.on.description)
                                    .class("when")
                                Span(move(step, text: text)).class("what")
                                if let reason = step.reason, !reason.isEmpty {
                                    Span(reason).class("why")
                                }
                                Span(text.by(step.by)).class("who muted")
                            }
                        }
                        .listStyle(.ordered)
                        .class("history")
                    }
                }
                .class("card")

                if !moves.isEmpty {
                    statusForm(model, moves: moves, context: context)
                }
            }
        }

        /// The member's accounts with their balances and statements, what they owe, and (for a teller) the
        /// way to the counter.
        private static func savings(_ model: Model, text: Catalogue) -> Component {
            Element(name: "section") {
                H2(text.savingsHeading)
                if !model.savings.isEmpty {
                    SavingsList(accounts: model.savings, text: text)
                }
                OwedNotice(owed: model.owed, text: text)
                if model.canHandleCash && !model.isOwnRecord {
                    Div {
                        Link(text.toTheCounter, url: SiteURL.teller(member: model.row.id).path).class("button primary")
                    }
                    .class("actions")
                }
            }
            .class("card savings")
        }

        /// "Malang, 5 Agu 1985", or whichever half is known.
        private static func birth(_ model: Model, format: Format) -> String? {
            let parts = [model.birthPlace?.trimmingCharacters(in: .whitespaces), model.birthDate.map(format.date)]
                .compactMap { $0 }.filter { !$0.isEmpty }
            return parts.isEmpty ? nil : parts.joined(separator: ", ")
        }

        private static func move(_ step: Model.Step, text: Catalogue) -> String {
            guard let from = step.from else { return text.registeredAs(text.status(step.to)) }
            return "\(text.status(from)) → \(text.status(step.to))"
        }

        private static func statusForm(_ model: Model, moves: [MemberStatus], context: PageContext) -> Component {
            let text = context.text
            let errors = model.statusErrors
            let known: Set<String> = ["status", "date", "reason"]
            let others = errors.filter { !known.contains($0.key) }.sorted { $0.key < $1.key }.map(\.value)
            return Element(name: "section") {
                H2(text.changeStatus)
                Paragraph(text.changeStatusLead).class("muted")
                if !others.isEmpty {
                    Div {
                        for message in others { Paragraph(message) }
                    }
                    .class("notice notice-error")
                    .attribute(named: "role", value: "alert")
                }
                Form(url: SiteURL.memberStatus(model.row.id).path, method: .post) {
                    CSRFField(context: context)
                    ChoiceField(
                        label: text.newStatus, name: "status",
                        options: [("", text.chooseStatus)] + moves.map { ($0.rawValue, text.status($0)) },
                        selected: "", error: errors["status"], isRequired: true)
                    DateField(
                        label: text.effectiveDate, name: "date", value: model.today.description, error: errors["date"],
                        hint: text.effectiveDateHint,
                        isRequired: true, text: text)
                    FormField(
                        label: text.optionalField(text.statusReason), name: "reason", error: errors["reason"],
                        hint: text.statusReasonHint, maxLength: 200)
                    Button(text.saveStatus).attribute(named: "type", value: "submit").class("primary")
                }
                .class("status-form")
            }
            .class("card")
        }

        /// A year's SHU and how it was computed, in the member's own figures.
        static func shu(_ share: Model.SHUShare, text: Catalogue) -> Component {
            let format = text.format
            func money(_ amount: Int64) -> String { format.money(minorUnits: amount) }
            return Div {
                H3(text.yourSHU(share.year) + ": " + money(share.capital + share.patronage))
                Paragraph(
                    text.capitalExplanation(
                        pool: money(share.capitalPool), savings: money(share.savings),
                        total: money(share.totalSavings), share: money(share.capital)))
                Paragraph(
                    text.patronageExplanation(
                        pool: money(share.patronagePool), business: money(share.business),
                        total: money(share.totalBusiness), share: money(share.patronage)))
                Paragraph(share.posted ? text.paidTo(share.paidTo) : text.shuStatus(.draft)).class("muted")
            }
            .class("shu-year")
        }
    }
}
