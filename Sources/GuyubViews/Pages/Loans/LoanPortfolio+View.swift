import Foundation
import GuyubCore
import Plot

package enum LoanPortfolioPage {}

extension LoanPortfolioPage {
    /// The board's morning view: quality by class, PAR, the problem-loan ratio and its band, and money
    /// lent and collected per month.
    package struct Model: Sendable {
        package struct Line: Sendable, Equatable {
            package var collectibility: Collectibility
            package var loans: Int
            package var outstanding: Int64
            package var allowance: Int64
            package init(collectibility: Collectibility, loans: Int, outstanding: Int64, allowance: Int64) {
                self.collectibility = collectibility
                self.loans = loans
                self.outstanding = outstanding
                self.allowance = allowance
            }
        }
        package struct Month: Sendable, Equatable {
            package var month: YearMonth
            package var disbursed: Int64
            package var disbursements: Int
            package var principal: Int64
            package var interest: Int64
            package var penalty: Int64
            package var collected: Int64
            package init(
                month: YearMonth, disbursed: Int64, disbursements: Int, principal: Int64, interest: Int64,
                penalty: Int64, collected: Int64
            ) {
                self.month = month
                self.disbursed = disbursed
                self.disbursements = disbursements
                self.principal = principal
                self.interest = interest
                self.penalty = penalty
                self.collected = collected
            }
        }

        package var lines: [Line]
        package var loans: Int
        package var outstanding: Int64
        package var allowance: Int64
        /// Basis points of the outstanding principal.
        package var par30: Int64
        package var par90: Int64
        package var problem: Int64
        package var health: LoanHealth
        package var months: [Month]
        package var year: Int
        package var canCloseDay: Bool

        package init(
            lines: [Line], loans: Int, outstanding: Int64, allowance: Int64, par30: Int64, par90: Int64, problem: Int64,
            health: LoanHealth, months: [Month], year: Int, canCloseDay: Bool
        ) {
            self.lines = lines
            self.loans = loans
            self.outstanding = outstanding
            self.allowance = allowance
            self.par30 = par30
            self.par90 = par90
            self.problem = problem
            self.health = health
            self.months = months
            self.year = year
            self.canCloseDay = canCloseDay
        }
    }

    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            let format = text.format
            func percent(_ basisPoints: Int64) -> String { format.percent(basisPoints: Int(basisPoints)) }
            return Layout.render(title: text.portfolioTitle, context: context) {
                Div {
                    Paragraph { Link(text.loansTitle, url: SiteURL.loans().path) }.class("crumb")
                    H1(text.portfolioTitle)
                    Paragraph(text.portfolioLead).class("muted")
                }
                .class("page-head")
                Div {
                    figure(format.money(minorUnits: model.outstanding), text.portfolioOutstanding(model.loans))
                    figure(percent(model.problem), text.problemRatio, tone: model.health == .sehat ? "good" : "bad")
                    figure(percent(model.par30), "PAR30", tone: model.par30 > 500 ? "bad" : "neutral")
                    figure(percent(model.par90), "PAR90", tone: model.par90 > 0 ? "bad" : "neutral")
                }
                .class("figures money-figures")
                Paragraph {
                    Text(text.healthLabel + " ")
                    Span(text.healthName(model.health)).class("badge health-\(model.health.rawValue)")
                    Text(" " + text.healthBands)
                }
                Element(name: "section") {
                    H2(text.byCollectibility)
                    let largest = max(1, model.lines.map(\.outstanding).max() ?? 1)
                    MoneyTable(
                        columns: [
                            .init(text.columnClass), .init(text.columnLoans, amount: true),
                            .init(text.columnOutstanding, amount: true), .init(text.allowanceHeld, amount: true),
                        ],
                        rows: model.lines.map { line in
                            [
                                Span {
                                    CollectibilityBadge(collectibility: line.collectibility, text: text)
                                    Element(name: "svg") {
                                        Element(name: "rect") {}
                                            .attribute(named: "width", value: "\(line.outstanding * 100 / largest)")
                                            .attribute(named: "height", value: "4")
                                    }
                                    .attribute(named: "viewBox", value: "0 0 100 4")
                                    .attribute(named: "preserveAspectRatio", value: "none")
                                    .attribute(named: "class", value: "share share-\(line.collectibility.rawValue)")
                                    .attribute(named: "aria-hidden", value: "true")
                                },
                                Text(format.number(line.loans)), MoneyText(amount: line.outstanding, format: format),
                                MoneyText(amount: line.allowance, format: format),
                            ]
                        },
                        footer: [
                            [
                                Text(text.columnTotal), Text(format.number(model.loans)),
                                MoneyText(amount: model.outstanding, format: format),
                                MoneyText(amount: model.allowance, format: format),
                            ]
                        ],
                        className: "quality")
                    Div { Link(text.downloadCSV, url: SiteURL.loanPortfolio(csv: true).path).class("button secondary") }
                        .class("actions")
                }
                Element(name: "section") {
                    H2(text.flowsHeading(model.year))
                    if model.months.isEmpty {
                        EmptyState(message: text.noFlows)
                    } else {
                        MoneyTable(
                            columns: [
                                .init(text.columnMonth), .init(text.columnDisbursed, amount: true),
                                .init(text.columnPrincipal, amount: true), .init(text.columnInterest, amount: true),
                                .init(text.columnPenalty, amount: true), .init(text.columnCollected, amount: true),
                            ],
                            rows: model.months.map { m in
                                [
                                    Text(format.month(m.month)), MoneyText(amount: m.disbursed, format: format),
                                    MoneyText(amount: m.principal, format: format), MoneyText(amount: m.interest, format: format),
                                    MoneyText(amount: m.penalty, format: format), MoneyText(amount: m.collected, format: format),
                                ]
                            },
                            className: "flows")
                    }
                }
                if model.canCloseDay {
                    Element(name: "section") {
                        Form(url: SiteURL.loanCloseDay.path, method: .post) {
                            CSRFField(context: context)
                            Paragraph(text.closeDayHint).class("hint")
                            Button(text.closeDay).attribute(named: "type", value: "submit").class("secondary")
                        }
                    }
                    .class("card")
                }
                PrintButton(label: text.printPage)
            }
        }

        static func figure(_ value: String, _ label: String, tone: String = "neutral") -> Component {
            Div {
                Span(value).class("figure-value")
                Span(label).class("figure-label")
            }
            .class("figure \(tone)")
        }
    }
}

package enum LoanArrearsPage {}

extension LoanArrearsPage {
    package struct Model: Sendable {
        package struct Row: Sendable, Equatable {
            package var loanID: UUID
            package var number: Int
            package var borrower: String
            package var phone: String?
            package var daysLate: Int
            package var collectibility: Collectibility
            package var overdue: Int64
            package var penalty: Int64
            package init(
                loanID: UUID, number: Int, borrower: String, phone: String?, daysLate: Int,
                collectibility: Collectibility, overdue: Int64, penalty: Int64
            ) {
                self.loanID = loanID
                self.number = number
                self.borrower = borrower
                self.phone = phone
                self.daysLate = daysLate
                self.collectibility = collectibility
                self.overdue = overdue
                self.penalty = penalty
            }
        }
        package var rows: [Row]
        package init(rows: [Row]) { self.rows = rows }
    }

    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            let format = text.format
            return Layout.render(title: text.loanArrearsTitle, context: context) {
                Div {
                    Paragraph { Link(text.loansTitle, url: SiteURL.loans().path) }.class("crumb")
                    H1(text.loanArrearsTitle)
                    Paragraph(text.loanArrearsLead).class("muted")
                }
                .class("page-head")
                if model.rows.isEmpty {
                    EmptyState(message: text.noLoanArrears)
                } else {
                    Paragraph(
                        text.loanArrearsTotal(model.rows.reduce(0) { $0 + $1.overdue + $1.penalty }, loans: model.rows.count)
                    )
                    .class("count")
                    Div { Link(text.downloadCSV, url: SiteURL.loanArrears(csv: true).path).class("button secondary") }.class(
                        "actions")
                    MoneyTable(
                        columns: [
                            .init(text.columnLoan), .init(text.columnPhone), .init(text.columnDaysLate, amount: true),
                            .init(text.columnOverdue, amount: true), .init(text.columnPenalty, amount: true),
                        ],
                        rows: model.rows.map { row in
                            [
                                Link(url: SiteURL.loan(row.loanID).path) {
                                    Span(text.loanNumber(row.number)).class("member-number")
                                    Text(" ")
                                    Span(row.borrower).class("name")
                                },
                                row.phone.map {
                                    Link($0, url: Escape.attribute(Format.telephoneURI($0))).class("nowrap") as Component
                                }
                                    ?? Text("—"),
                                Span {
                                    Text(text.daysLate(row.daysLate) + " ")
                                    CollectibilityBadge(collectibility: row.collectibility, text: text)
                                },
                                MoneyText(amount: row.overdue, format: format), MoneyText(amount: row.penalty, format: format),
                            ]
                        },
                        className: "arrears")
                }
            }
        }
    }
}
