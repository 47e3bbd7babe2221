import Foundation
import GuyubCore

package enum Journal {}

extension Journal {
    /// The journal, newest first, for a period.
    package struct Model: Sendable {
        package struct Row: Sendable, Equatable {
            package var id: UUID
            package var number: Int
            package var date: CivilDate
            package var description: String
            package var total: Int64
            /// `manual`, `savings.deposit`, `reversal`…
            package var source: JournalSource
            package init(id: UUID, number: Int, date: CivilDate, description: String, total: Int64, source: JournalSource) {
                self.id = id
                self.number = number
                self.date = date
                self.description = description
                self.total = total
                self.source = source
            }
        }

        package var from: CivilDate?
        package var to: CivilDate?
        package var rows: [Row]
        package var page: Int
        package var pageCount: Int
        package var total: Int
        package var canPost: Bool

        package init(from: CivilDate?, to: CivilDate?, rows: [Row], page: Int, pageCount: Int, total: Int, canPost: Bool) {
            self.from = from
            self.to = to
            self.rows = rows
            self.page = page
            self.pageCount = pageCount
            self.total = total
            self.canPost = canPost
        }
    }
}

package enum EntryShow {}

extension EntryShow {
    /// One journal entry with its lines; the treasurer may reverse it.
    package struct Model: Sendable {
        package struct Line: Sendable, Equatable {
            package var code: String
            package var name: String
            package var debit: Int64
            package var credit: Int64
            package var memo: String?
            package init(code: String, name: String, debit: Int64, credit: Int64, memo: String?) {
                self.code = code
                self.name = name
                self.debit = debit
                self.credit = credit
                self.memo = memo
            }
        }

        package var id: UUID
        package var number: Int
        package var date: CivilDate
        package var description: String
        package var source: JournalSource
        package var total: Int64
        package var lines: [Line]
        package var recordedBy: String
        package var recordedAt: Date?
        /// The entry this one reverses, and the one that reversed it: (id, number).
        package var reverses: (id: UUID, number: Int)?
        package var reversedBy: (id: UUID, number: Int)?
        /// True when the entry moved members' savings (it has a receipt).
        package var hasReceipt: Bool
        package var canReverse: Bool
        package var today: CivilDate
        package var errors: [String: String]
        /// The reversal form's fields as typed, so a refused reversal comes back as it was left
        /// (`reversalDate` empty: today).
        package var reversalDate = ""
        package var reversalReason = ""

        package init(
            id: UUID, number: Int, date: CivilDate, description: String, source: JournalSource, total: Int64, lines: [Line],
            recordedBy: String, recordedAt: Date?, reverses: (id: UUID, number: Int)?,
            reversedBy: (id: UUID, number: Int)?, hasReceipt: Bool, canReverse: Bool, today: CivilDate,
            errors: [String: String] = [:]
        ) {
            self.id = id
            self.number = number
            self.date = date
            self.description = description
            self.source = source
            self.total = total
            self.lines = lines
            self.recordedBy = recordedBy
            self.recordedAt = recordedAt
            self.reverses = reverses
            self.reversedBy = reversedBy
            self.hasReceipt = hasReceipt
            self.canReverse = canReverse
            self.today = today
            self.errors = errors
        }
    }
}

package enum EntryForm {}

extension EntryForm {
    /// A manual journal entry: a date, a description, and lines whose debits equal their credits.
    package struct Model: Sendable {
        package struct LineValues: Sendable, Equatable {
            package var accountID = ""
            package var debit = ""
            package var credit = ""
            package var memo = ""
            package var unitID = ""
            package init() {}
        }

        package struct AccountOption: Sendable, Equatable {
            package var id: UUID
            package var code: String
            package var name: String
            package init(id: UUID, code: String, name: String) {
                self.id = id
                self.code = code
                self.name = name
            }
        }

        package var date: String
        package var description: String
        package var lines: [LineValues]
        /// The accounts a manual entry may use (active, and not members' savings).
        package var accounts: [AccountOption]
        package var errors: [String: String]
        /// The business units a line may belong to (active ones).
        package var units: [(id: UUID, name: String)] = []

        package init(
            date: String, description: String = "", lines: [LineValues], accounts: [AccountOption],
            errors: [String: String] = [:]
        ) {
            self.date = date
            self.description = description
            self.lines = lines
            self.accounts = accounts
            self.errors = errors
        }
    }
}
