import Foundation
import GuyubCore
import Plot

/// How the people the cooperative serves take part, for its staff and board: ideas proposed month by month
/// and where they stand, consumers gained and who brought them, what the consumers members brought buy
/// against what their rewards cost, and who came to the consultations. Each a picture with its figures.
package enum EngagementPage {
    package struct Month: Sendable, Equatable {
        package var month: YearMonth
        package var ideas: [IdeaStatus: Int]
        package var broughtConsumers: Int
        package var ownConsumers: Int
        package var referralSales: Int64
        package var referralCost: Int64
        package init(
            month: YearMonth, ideas: [IdeaStatus: Int], broughtConsumers: Int, ownConsumers: Int, referralSales: Int64,
            referralCost: Int64
        ) {
            (self.month, self.ideas, self.broughtConsumers, self.ownConsumers) = (month, ideas, broughtConsumers, ownConsumers)
            (self.referralSales, self.referralCost) = (referralSales, referralCost)
        }
    }

    package struct Leader: Sendable, Equatable {
        package var member: String
        package var brought: Int
        package var rewarded: Int
        package init(member: String, brought: Int, rewarded: Int) {
            (self.member, self.brought, self.rewarded) = (member, brought, rewarded)
        }
    }

    package struct Model: Sendable {
        package var months: [Month]
        package var leaders: [Leader]
        /// Since the programme began: what it cost and what the consumers it brought bought.
        package var cost: Int64
        package var sales: Int64
        /// Guests of the sessions held, by group.
        package var guests: [ConsultationGroup: (invited: Int, came: Int)]
        package var publicIdeas: SiteURL
        package var canConsult: Bool
        package init(
            months: [Month], leaders: [Leader], cost: Int64, sales: Int64,
            guests: [ConsultationGroup: (invited: Int, came: Int)], publicIdeas: SiteURL, canConsult: Bool
        ) {
            (self.months, self.leaders, self.cost, self.sales) = (months, leaders, cost, sales)
            (self.guests, self.publicIdeas, self.canConsult) = (guests, publicIdeas, canConsult)
        }
    }

    /// The ideas' colours: waiting for the board, taken up, done, declined.
    static let ideaTones: [(tone: String, statuses: [IdeaStatus])] = [
        ("waiting", [.submitted, .underReview]), ("taken", [.accepted, .inProgress]), ("done", [.done]),
        ("declined", [.declined]),
    ]

    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            let format = text.format
            return Layout.render(title: text.engagementTitle, context: context) {
                Div {
                    H1(text.engagementTitle)
                    Paragraph(text.engagementLead).class("muted")
                    PrintButton(label: text.printPage)
                }
                .class("page-head")
                Element(name: "section") {
                    H2(text.ideasByMonth)
                    StackedBarChart(
                        rows: model.months.map { month in
                            .init(
                                label: format.month(month.month),
                                parts: ideaTones.map { tone in
                                    .init(
                                        value: Int64(tone.statuses.reduce(0) { $0 + month.ideas[$1, default: 0] }),
                                        tone: "idea-" + tone.tone)
                                }, shown: text.ideasCount(month.ideas.values.reduce(0, +)))
                        },
                        key: ideaTones.map { ("idea-" + $0.tone, text.ideaTone($0.tone)) }, label: text.ideasByMonth)
                    Paragraph { Link(text.publicIdeasLink, url: model.publicIdeas.path) }.class("no-print")
                }
                .class("card engagement-ideas")
                Element(name: "section") {
                    H2(text.consumersByMonth)
                    StackedBarChart(
                        rows: model.months.map {
                            .init(
                                label: format.month($0.month),
                                parts: [
                                    .init(value: Int64($0.broughtConsumers), tone: "members"),
                                    .init(value: Int64($0.ownConsumers), tone: "fund"),
                                ], shown: text.peopleCount($0.broughtConsumers + $0.ownConsumers))
                        }, key: [("members", text.broughtByMember), ("fund", text.cameOnTheirOwn)], label: text.consumersByMonth)
                    H3(text.whoBrought)
                    if model.leaders.isEmpty {
                        EmptyState(message: text.noReferralsYet)
                    } else {
                        DataTable(
                            columns: [text.memberColumn, text.broughtColumn, text.rewardedColumn],
                            rows: model.leaders.map { [Text($0.member), Text(String($0.brought)), Text(String($0.rewarded))] },
                            className: "leaders-table")
                    }
                }
                .class("card engagement-consumers")
                Element(name: "section") {
                    H2(text.referralProgramme)
                    BarChart(
                        rows: model.months.map {
                            .init(
                                label: format.month($0.month),
                                bars: [
                                    .init(
                                        value: $0.referralSales, shown: format.money(minorUnits: $0.referralSales), tone: "income"
                                    ),
                                    .init(
                                        value: $0.referralCost, shown: format.money(minorUnits: $0.referralCost), tone: "expense"),
                                ])
                        }, key: [("income", text.referralSales), ("expense", text.referralCost)], label: text.referralProgramme)
                    Paragraph(
                        text.programmeSoFar(
                            sales: format.money(minorUnits: model.sales), cost: format.money(minorUnits: model.cost)))
                }
                .class("card referral-programme")
                Element(name: "section") {
                    H2(text.consultationsTitle)
                    if model.guests.isEmpty {
                        EmptyState(message: text.noConsultationsYet)
                    } else {
                        DataTable(
                            columns: [text.consumerField("group"), text.guestsCount],
                            rows: ConsultationGroup.allCases.compactMap { group in
                                model.guests[group].map {
                                    [Text(text.consultationGroup(group)), Text("\($0.invited) / \($0.came)")]
                                }
                            }, className: "guests-by-group")
                    }
                    if model.canConsult {
                        Paragraph { Link(text.consultationsTitle, url: SiteURL.consultations.path) }.class("no-print")
                    }
                }
                .class("card engagement-consultations")
            }
        }
    }
}
