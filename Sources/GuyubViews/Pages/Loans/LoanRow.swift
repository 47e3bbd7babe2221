import Foundation
import GuyubCore
import Plot

/// A loan as lists show it.
package struct LoanRow: Sendable, Equatable {
    package var id: UUID
    package var number: Int
    package var borrower: String
    package var memberID: UUID?
    package var status: LoanStatus
    package var principal: Int64
    package var outstanding: Int64
    package var daysLate: Int
    package var collectibility: Collectibility
    package var appliedOn: CivilDate

    package init(
        id: UUID, number: Int, borrower: String, memberID: UUID?, status: LoanStatus, principal: Int64,
        outstanding: Int64, daysLate: Int, collectibility: Collectibility, appliedOn: CivilDate
    ) {
        self.id = id
        self.number = number
        self.borrower = borrower
        self.memberID = memberID
        self.status = status
        self.principal = principal
        self.outstanding = outstanding
        self.daysLate = daysLate
        self.collectibility = collectibility
        self.appliedOn = appliedOn
    }
}

/// A loan's status as a coloured label.
struct LoanStatusBadge: Component {
    let status: LoanStatus
    let text: Catalogue

    var body: Component {
        Span(text.loanStatus(status)).class("badge loan-\(status.rawValue)")
    }
}

/// A loan's class as a coloured label.
struct CollectibilityBadge: Component {
    let collectibility: Collectibility
    let text: Catalogue

    var body: Component {
        Span(text.collectibilityName(collectibility)).class("badge quality-\(collectibility.rawValue)")
    }
}

/// Loans in a table: number and borrower, status, principal, what is left, days late.
struct LoanTable: Component {
    let rows: [LoanRow]
    let text: Catalogue

    var body: Component {
        let format = text.format
        return MoneyTable(
            columns: [
                .init(text.columnLoan), .init(text.columnStatus), .init(text.columnPrincipal, amount: true),
                .init(text.columnOutstanding, amount: true), .init(text.columnDaysLate, amount: true),
            ],
            rows: rows.map { row in
                [
                    Link(url: SiteURL.loan(row.id).path) {
                        Span(text.loanNumber(row.number)).class("member-number")
                        Text(" ")
                        Span(row.borrower).class("name")
                    },
                    Span {
                        LoanStatusBadge(status: row.status, text: text)
                        if row.status == .active && row.collectibility != .lancar {
                            Text(" ")
                            CollectibilityBadge(collectibility: row.collectibility, text: text)
                        }
                    },
                    MoneyText(amount: row.principal, format: format),
                    row.status == .active ? MoneyText(amount: row.outstanding, format: format) : Text("—"),
                    row.status == .active && row.daysLate > 0 ? Span(text.daysLate(row.daysLate)).class("late") : Text("—"),
                ]
            },
            className: "loans")
    }
}
