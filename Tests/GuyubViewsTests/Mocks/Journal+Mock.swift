import Foundation
import GuyubCore
import GuyubViews

extension Journal.Model {
    package static let mock = Self(
        from: nil, to: nil,
        rows: [
            Row(
                id: UUID(uuidString: "44444444-0000-0000-0000-000000000002")!, number: 1025,
                date: CivilDate(year: 2026, month: 11, day: 23)!, description: "Bayar listrik kantor November", total: 350_000,
                source: .manual),
            Row(
                id: UUID(uuidString: "44444444-0000-0000-0000-000000000001")!, number: 1024,
                date: CivilDate(year: 2026, month: 11, day: 23)!,
                description: "Setoran simpanan sukarela Siti Aminah (No. 1), tunai",
                total: 250_000, source: .savingsDeposit),
        ], page: 1, pageCount: 21, total: 1025, canPost: true)
}

extension EntryShow.Model {
    package static let mock = Self(
        id: UUID(uuidString: "44444444-0000-0000-0000-000000000002")!, number: 1025,
        date: CivilDate(year: 2026, month: 11, day: 23)!, description: "Bayar listrik kantor November", source: .manual,
        total: 350_000,
        lines: [
            Line(code: "5-3100", name: "Beban usaha", debit: 350_000, credit: 0, memo: "PLN"),
            Line(code: "1-1200", name: "Bank", debit: 0, credit: 350_000, memo: nil),
        ],
        recordedBy: "Sri Wahyuni", recordedAt: Date(timeIntervalSince1970: 1_795_420_000), reverses: nil, reversedBy: nil,
        hasReceipt: false, canReverse: true, today: CivilDate(year: 2026, month: 11, day: 23)!)
}

extension EntryForm.Model {
    package static let mock = Self(
        date: "2026-11-23", lines: Array(repeating: LineValues(), count: 4),
        accounts: [
            AccountOption(id: UUID(uuidString: "55555555-0000-0000-0000-000000000001")!, code: "1-1100", name: "Kas"),
            AccountOption(id: UUID(uuidString: "55555555-0000-0000-0000-000000000002")!, code: "5-3100", name: "Beban usaha"),
        ])
}
