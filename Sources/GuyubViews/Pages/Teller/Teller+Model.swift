import Foundation
import GuyubCore

package enum Teller {}

extension Teller {
    /// The counter: find a member, see their balances, take a deposit, pay a withdrawal, move sukarela.
    package struct Model: Sendable {
        /// The fields of the last submitted form, as typed.
        package struct Values: Sendable, Equatable {
            package var kind = "sukarela"
            package var amount = ""
            package var channel = "cash"
            package var note = ""
            package var termMonths = ""
            /// The recipient's member number, for a transfer.
            package var toMember = ""
            package init() {}
        }

        package var query: String
        /// Members found by the search (empty until one is searched for).
        package var results: [MemberRow]
        /// The member at the counter, once chosen.
        package var member: MemberRow?
        package var accounts: [SavingsRow]
        package var owed: Owed?
        /// The member's loans still running, with what has fallen due, to take an instalment at the counter.
        package var loans: [Loan] = []
        /// A transfer asked for, shown with its recipient's name before it runs.
        package var transfer: Transfer?
        /// The pokok an applicant pays to become a member (nil when not an applicant).
        package var pokokDue: Int64?
        /// Term deposit options: months → basis points a year.
        package var terms: [(months: Int, rate: Int)]
        package var values: Values
        /// Messages by field ("form" for one that concerns none).
        package var errors: [String: String]
        /// Which of the counter's forms `values` and `errors` came from, so a refused withdrawal comes
        /// back in the withdrawal form and not in the deposit form above it.
        package var operation: Operation = .deposit

        package enum Operation: String, Sendable {
            case deposit, withdrawal, transfer
        }

        package struct Loan: Sendable, Equatable {
            package var row: LoanRow
            /// What has fallen due and is unpaid today.
            package var due: Int64
            package init(row: LoanRow, due: Int64) {
                self.row = row
                self.due = due
            }
        }

        /// A transfer to confirm: to whom (found by member number), how much, with what note.
        package struct Transfer: Sendable, Equatable {
            package var recipient: MemberRow
            package var amount: Int64
            package var amountText: String
            package var note: String
            package init(recipient: MemberRow, amount: Int64, amountText: String, note: String) {
                self.recipient = recipient
                self.amount = amount
                self.amountText = amountText
                self.note = note
            }
        }

        package init(
            query: String = "", results: [MemberRow] = [], member: MemberRow? = nil, accounts: [SavingsRow] = [],
            owed: Owed? = nil, pokokDue: Int64? = nil, terms: [(months: Int, rate: Int)] = [],
            values: Values = Values(), errors: [String: String] = [:]
        ) {
            self.query = query
            self.results = results
            self.member = member
            self.accounts = accounts
            self.owed = owed
            self.pokokDue = pokokDue
            self.terms = terms
            self.values = values
            self.errors = errors
        }
    }
}
