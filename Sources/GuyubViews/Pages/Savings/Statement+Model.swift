import Foundation
import GuyubCore

package enum Statement {}

extension Statement {
    /// A member's savings account: every movement with its running balance, for a period.
    package struct Model: Sendable {
        package struct Line: Sendable, Equatable {
            package var entryID: UUID
            package var number: Int
            package var date: CivilDate
            package var description: String
            package var amount: Int64
            package var balance: Int64
            package init(entryID: UUID, number: Int, date: CivilDate, description: String, amount: Int64, balance: Int64) {
                self.entryID = entryID
                self.number = number
                self.date = date
                self.description = description
                self.amount = amount
                self.balance = balance
            }
        }

        package var member: MemberRow
        package var account: SavingsRow
        package var from: CivilDate?
        package var to: CivilDate?
        package var opening: Int64
        package var lines: [Line]
        /// Whether the lines link to their receipts.
        package var linksReceipts: Bool

        package init(
            member: MemberRow, account: SavingsRow, from: CivilDate?, to: CivilDate?, opening: Int64, lines: [Line],
            linksReceipts: Bool
        ) {
            self.member = member
            self.account = account
            self.from = from
            self.to = to
            self.opening = opening
            self.lines = lines
            self.linksReceipts = linksReceipts
        }

        package var closing: Int64 { lines.last?.balance ?? opening }
    }
}
