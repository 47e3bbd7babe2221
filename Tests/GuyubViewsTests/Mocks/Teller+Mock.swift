import Foundation
import GuyubCore
import GuyubViews

extension Teller.Model {
    package static let mock = Self(
        query: "siti", results: [], member: MemberRow.mocks[0], accounts: SavingsRow.mocks,
        owed: Owed(wajib: 20_000, months: 2, since: YearMonth(year: 2026, month: 10), pokok: 0),
        terms: [(3, 450), (6, 500), (12, 550)])
}
