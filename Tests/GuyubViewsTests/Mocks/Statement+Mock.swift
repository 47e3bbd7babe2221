import Foundation
import GuyubCore
import GuyubViews

extension Statement.Model {
    package static let mock = Self(
        member: MemberRow.mocks[0], account: SavingsRow.mocks[2], from: CivilDate(year: 2026, month: 11, day: 1), to: nil,
        opening: 1_000_000,
        lines: [
            Line(
                entryID: UUID(uuidString: "33333333-0000-0000-0000-000000000001")!, number: 1001,
                date: CivilDate(year: 2026, month: 11, day: 3)!, description: "Setoran simpanan sukarela", amount: 300_000,
                balance: 1_300_000),
            Line(
                entryID: UUID(uuidString: "33333333-0000-0000-0000-000000000002")!, number: 1010,
                date: CivilDate(year: 2026, month: 11, day: 20)!, description: "Penarikan simpanan sukarela", amount: -50_000,
                balance: 1_250_000),
        ], linksReceipts: true)
}
