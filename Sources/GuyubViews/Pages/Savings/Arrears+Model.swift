import GuyubCore

package enum Arrears {}

extension Arrears {
    /// Who owes wajib or pokok, how much, since when: the list to call.
    package struct Model: Sendable {
        package struct Row: Sendable, Equatable {
            package var member: MemberRow
            package var owed: Owed
            package init(member: MemberRow, owed: Owed) {
                self.member = member
                self.owed = owed
            }
        }

        /// One page of those who owe, most owed first.
        package var rows: [Row]
        /// The month the treasurer may bill now (nil for those who may not).
        package var billableMonth: YearMonth?
        package var page: Int
        package var pageCount: Int
        /// Everyone who owes, and what they owe in all (every page).
        package var members: Int
        package var total: Int64

        package init(
            rows: [Row], billableMonth: YearMonth?, page: Int = 1, pageCount: Int = 1, members: Int? = nil,
            total: Int64? = nil
        ) {
            self.rows = rows
            self.billableMonth = billableMonth
            self.page = page
            self.pageCount = pageCount
            self.members = members ?? rows.count
            self.total = total ?? rows.reduce(0) { $0 + $1.owed.total }
        }
    }
}
