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

        package init(member: MemberRow, account: SavingsRow, from: CivilDate?, to: CivilDate?, opening: Int64, lines: [Line],
                     linksReceipts: Bool) {
            self.member = member
            self.account = account
            self.from = from
            self.to = to
            self.opening = opening
            self.lines = lines
            self.linksReceipts = linksReceipts
        }

        package var closing: Int64 { lines.last?.balance ?? opening }

        package static let mock = Model(
            member: MemberRow.mocks[0], account: SavingsRow.mocks[2], from: CivilDate(year: 2026, month: 11, day: 1), to: nil,
            opening: 1_000_000, lines: [
                Line(entryID: UUID(uuidString: "33333333-0000-0000-0000-000000000001")!, number: 1001,
                     date: CivilDate(year: 2026, month: 11, day: 3)!, description: "Setoran simpanan sukarela", amount: 300_000,
                     balance: 1_300_000),
                Line(entryID: UUID(uuidString: "33333333-0000-0000-0000-000000000002")!, number: 1010,
                     date: CivilDate(year: 2026, month: 11, day: 20)!, description: "Penarikan simpanan sukarela", amount: -50_000,
                     balance: 1_250_000),
            ], linksReceipts: true)
    }
}
