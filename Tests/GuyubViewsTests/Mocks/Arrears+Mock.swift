import Foundation
import GuyubCore
import GuyubViews

extension Arrears.Model {
    package static let mock = Self(
        rows: [
            Row(
                member: MemberRow.mocks[0], owed: Owed(wajib: 30_000, months: 3, since: YearMonth(year: 2026, month: 9), pokok: 0)
            ),
            Row(member: MemberRow.mocks[1], owed: Owed(wajib: 0, months: 0, since: nil, pokok: 50_000)),
        ], billableMonth: YearMonth(year: 2026, month: 11))
}
