import GuyubCore
import Plot

extension Dashboard {
    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            let format = text.format
            return Layout.render(title: text.dashboardTitle, context: context) {
                Div {
                    H1(text.greeting(model.userName))
                    Paragraph(model.cooperativeName).class("lead")
                }
                .class("page-head")

                if let search = model.search {
                    Form(url: search == .counter ? SiteURL.teller().path : SiteURL.members().path, method: .get) {
                        FormField(
                            label: search == .counter ? text.findMemberLabel : text.searchMembersLabel, name: "q",
                            type: .search, autocomplete: "off")
                        Button(text.search).attribute(named: "type", value: "submit")
                    }
                    .class("search home-search")
                    .attribute(named: "role", value: "search")
                }

                for waiting in model.votesWaiting {
                    Div {
                        Paragraph(text.votesWaiting(waiting.votes, in: waiting.title))
                        Link(text.goVote, url: SiteURL.meeting(waiting.meeting).path).class("button primary")
                    }
                    .class("notice notice-warning votes-waiting")
                    .attribute(named: "role", value: "status")
                }

                if let own = model.ownRecord {
                    Div {
                        H2(text.yourMembership)
                        Paragraph {
                            Span(text.memberNumber(own.memberNumber)).class("member-number")
                            Text(" ")
                            Element(name: "strong") { Text(own.name) }
                        }
                        Paragraph {
                            StatusBadge(status: own.status, text: text)
                            Text(" ")
                            Span(text.since(format.date(own.statusSince))).class("muted")
                        }
                        if !model.ownSavings.isEmpty || model.ownOwed != nil {
                            H3(text.yourSavings)
                            if !model.ownSavings.isEmpty { SavingsList(accounts: model.ownSavings, text: text) }
                            OwedNotice(owed: model.ownOwed, text: text)
                        }
                        Link(text.viewMyRecord, url: SiteURL.member(own.id).path).class("button primary")
                    }
                    .class("card own-record")
                }

                if let counts = model.counts {
                    Element(name: "section") {
                        H2(text.registryAtAGlance).class("visually-hidden")
                        Div {
                            figure(counts.members, text.figureMembers, .members, text: text)
                            figure(counts.applicants, text.figureApplicants, .applicants, text: text)
                            figure(counts.left, text.figureLeft, .left, text: text)
                        }
                        .class("figures")
                    }
                    Element(name: "section") {
                        H2(text.recentRegistrations)
                        if model.recentMembers.isEmpty {
                            EmptyState(message: text.noRecentRegistrations)
                        } else {
                            List(model.recentMembers) { row in
                                ListItem {
                                    Link(url: SiteURL.member(row.id).path) {
                                        Span(text.memberNumber(row.memberNumber)).class("member-number")
                                        Text(" ")
                                        Span(row.name).class("name")
                                    }
                                    Text(" ")
                                    StatusBadge(status: row.status, text: text)
                                }
                            }
                            .class("member-list")
                        }
                        Paragraph { Link(text.seeAllMembers, url: SiteURL.members().path) }
                    }
                    .class("card")
                }

                if let loans = model.loans {
                    Element(name: "section") {
                        H2(text.loansTitle)
                        Div {
                            Link(url: SiteURL.loanPortfolio().path) {
                                Span(text.format.money(minorUnits: loans.outstanding)).class("figure-value")
                                Span(text.portfolioOutstanding(loans.active)).class("figure-label")
                            }
                            .class("figure \(loans.health == .sehat ? "good" : "bad")")
                            Link(url: SiteURL.loans(status: "late").path) {
                                Span(text.format.number(loans.late)).class("figure-value")
                                Span(text.lateLoans).class("figure-label")
                            }
                            .class("figure \(loans.late > 0 ? "bad" : "good")")
                            Link(url: SiteURL.loans(status: "awaiting").path) {
                                Span(text.format.number(loans.awaitingDecision)).class("figure-value")
                                Span(text.awaitingDecision).class("figure-label")
                            }
                            .class("figure neutral")
                        }
                        .class("figures money-figures")
                        Paragraph {
                            Text(text.healthLabel + " ")
                            Span(text.healthName(loans.health)).class("badge health-\(loans.health.rawValue)")
                        }
                    }
                }

                if !model.savings.isEmpty {
                    Element(name: "section") {
                        H2(text.savingsChartTitle)
                        BarChart(
                            rows: model.savings.map { kind, total in
                                .init(
                                    label: text.savingsAccountName(kind),
                                    bars: [
                                        .init(
                                            value: total, shown: text.format.money(minorUnits: total),
                                            tone: kind == .pokok || kind == .wajib ? "members" : "fund")
                                    ])
                            }, key: [("members", text.equityKey), ("fund", text.depositsKey)], label: text.savingsChartTitle)
                    }
                    .class("card")
                }

                if !model.otherCooperatives.isEmpty {
                    Element(name: "section") {
                        H2(text.otherCooperativesTitle)
                        for cooperative in model.otherCooperatives {
                            Form(url: SiteURL.switchCooperative(cooperative.id).path, method: .post) {
                                CSRFField(context: context)
                                Button(text.openCooperative(cooperative.name)).attribute(named: "type", value: "submit").class(
                                    "secondary")
                            }
                            .class("switch-form")
                        }
                    }
                    .class("card")
                }

                if model.counts == nil && model.ownRecord == nil {
                    Paragraph(text.noMemberRecord).class("card")
                }
            }
        }

        /// One big number with its label, leading to the list of those it counts.
        private static func figure(_ value: Int, _ label: String, _ group: MemberGroup, text: Catalogue) -> Component {
            Link(url: SiteURL.members(group: group).path) {
                Span(text.format.number(value)).class("figure-value")
                Span(label).class("figure-label")
            }
            .class("figure")
        }
    }
}
