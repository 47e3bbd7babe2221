import Foundation
import GuyubCore

package enum Receipt {}

extension Receipt {
    /// A printable proof of one posted entry: a deposit, a withdrawal, a transfer, a payout, or any entry.
    package struct Model: Sendable {
        package enum Kind: String, Sendable {
            case deposit, withdrawal, transfer, exit, repayment, reversal, entry
        }

        /// An instalment paid: which ones it settled, its parts, and what is still owed after it.
        package struct Instalment: Sendable, Equatable {
            package var loanID: UUID
            package var loanNumber: Int
            package var borrower: String
            package var paid: InstalmentsPaid
            package var scheduled: Int
            package var principal: Int64
            package var interest: Int64
            package var penalty: Int64
            package var outstanding: Int64
            package init(
                loanID: UUID, loanNumber: Int, borrower: String, paid: InstalmentsPaid, scheduled: Int, principal: Int64,
                interest: Int64, penalty: Int64, outstanding: Int64
            ) {
                self.loanID = loanID
                self.loanNumber = loanNumber
                self.borrower = borrower
                self.paid = paid
                self.scheduled = scheduled
                self.principal = principal
                self.interest = interest
                self.penalty = penalty
                self.outstanding = outstanding
            }
        }

        package struct Party: Sendable, Equatable {
            package var memberID: UUID
            package var name: String
            package var number: Int
            package var kind: SavingsKind
            /// Into the account (positive) or out of it (negative).
            package var amount: Int64
            /// The account's balance right after this entry, when the reader may see it.
            package var balanceAfter: Int64?
            package init(memberID: UUID, name: String, number: Int, kind: SavingsKind, amount: Int64, balanceAfter: Int64?) {
                self.memberID = memberID
                self.name = name
                self.number = number
                self.kind = kind
                self.amount = amount
                self.balanceAfter = balanceAfter
            }
        }

        package struct Line: Sendable, Equatable {
            package var code: String
            package var name: String
            package var debit: Int64
            package var credit: Int64
            package init(code: String, name: String, debit: Int64, credit: Int64) {
                self.code = code
                self.name = name
                self.debit = debit
                self.credit = credit
            }
        }

        package var kind: Kind
        package var cooperativeName: String
        package var entryID: UUID
        package var number: Int
        package var date: CivilDate
        package var recordedAt: Date?
        package var description: String
        package var total: Int64
        package var channel: PaymentChannel?
        /// The members' accounts the entry moved.
        package var parties: [Party]
        package var lines: [Line]
        package var recordedBy: String
        /// The entry that reversed this one, if any.
        package var reversedBy: UUID?
        /// Whether the viewer may see the books' lines (not a member looking at their own receipt).
        package var showsLines: Bool
        /// The loan instalment the entry received, on an instalment receipt.
        package var instalment: Instalment?

        /// Where the reader's roles let them go from the receipt.
        package struct Links: Sendable, Equatable {
            package var books: Bool
            package var teller: Bool
            package var member: Bool
            package init(books: Bool, teller: Bool, member: Bool) {
                self.books = books
                self.teller = teller
                self.member = member
            }
        }
        package var links: Links

        package init(
            kind: Kind, cooperativeName: String, entryID: UUID, number: Int, date: CivilDate, recordedAt: Date?,
            description: String, total: Int64, channel: PaymentChannel?, parties: [Party], lines: [Line],
            recordedBy: String, reversedBy: UUID?, showsLines: Bool,
            links: Links = .init(books: true, teller: true, member: true)
        ) {
            self.kind = kind
            self.cooperativeName = cooperativeName
            self.entryID = entryID
            self.number = number
            self.date = date
            self.recordedAt = recordedAt
            self.description = description
            self.total = total
            self.channel = channel
            self.parties = parties
            self.lines = lines
            self.recordedBy = recordedBy
            self.reversedBy = reversedBy
            self.showsLines = showsLines
            self.links = links
        }
    }
}
