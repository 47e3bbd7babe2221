import GuyubCore
import Plot

package enum LoanList {}

extension LoanList {
    package struct Model: Sendable {
        package var rows: [LoanRow]
        package var status: String
        package var page: Int
        package var pageCount: Int
        package var total: Int
        package var canApply: Bool

        package init(rows: [LoanRow], status: String, page: Int, pageCount: Int, total: Int, canApply: Bool) {
            self.rows = rows
            self.status = status
            self.page = page
            self.pageCount = pageCount
            self.total = total
            self.canApply = canApply
        }

        /// The tabs, in the order work flows.
        static let filters = [
            "", "awaiting", "applied", "reviewed", "approved", "active", "late", "closed", "rejected", "written-off",
        ]
    }

    package enum View {
        /// A tab's label: all loans for "", else the filter it stands for.
        static func tab(_ filter: String, text: Catalogue) -> String {
            switch LoanListFilter(filter) {
            case nil: text.allLoans
            case .late: text.lateLoans
            case .awaiting: text.awaitingDecision
            case .status(let status): text.loanStatus(status).capitalizedFirst
            }
        }

        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            return Layout.render(title: text.loansTitle, context: context) {
                Div {
                    H1(text.loansTitle)
                    Paragraph(text.loansLead).class("muted")
                }
                .class("page-head")
                Div {
                    if model.canApply { Link(text.applyForLoan, url: SiteURL.loanNew().path).class("button primary") }
                    Link(text.portfolioTitle, url: SiteURL.loanPortfolio().path).class("button secondary")
                    Link(text.loanArrearsTitle, url: SiteURL.loanArrears().path).class("button secondary")
                    Link(text.simulationTitle, url: SiteURL.loanSimulation().path).class("button secondary")
                    Link(text.loanSettingsTitle, url: SiteURL.loanSettings().path).class("button secondary")
                }
                .class("actions")
                Navigation {
                    for filter in Model.filters {
                        Link(tab(filter, text: text), url: SiteURL.loans(status: filter).path)
                            .class(filter == model.status ? "current" : "")
                    }
                }
                .class("tabs")
                if model.rows.isEmpty {
                    EmptyState(message: text.noLoans, action: model.canApply ? (text.applyForLoan, SiteURL.loanNew()) : nil)
                } else {
                    Paragraph(text.loanCount(model.total)).class("count")
                    LoanTable(rows: model.rows, text: text)
                    Pager(page: model.page, pageCount: model.pageCount, text: text) {
                        SiteURL.loans(status: model.status, page: $0)
                    }
                }
            }
        }
    }
}

extension String {
    /// "diajukan" → "Diajukan".
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
