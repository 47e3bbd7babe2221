import Foundation
import GuyubCore
import GuyubViews

extension Receipt.Model {
    package static let mock = Self(
        kind: .deposit, cooperativeName: "Koperasi Desa Merah Putih Sukamaju",
        entryID: UUID(uuidString: "22222222-0000-0000-0000-000000000001")!, number: 1024,
        date: CivilDate(year: 2026, month: 11, day: 23)!, recordedAt: Date(timeIntervalSince1970: 1_795_420_000),
        description: "Setoran simpanan sukarela Siti Aminah (No. 1), tunai", total: 250_000, channel: .cash,
        parties: [
            Party(
                memberID: MemberRow.mocks[0].id, name: "Siti Aminah", number: 1, kind: .sukarela, amount: 250_000,
                balanceAfter: 1_250_000)
        ],
        lines: [
            Line(code: "1-1100", name: "Kas", debit: 250_000, credit: 0),
            Line(code: "2-1100", name: "Simpanan sukarela", debit: 0, credit: 250_000),
        ],
        recordedBy: "Dewi Lestari", reversedBy: nil, showsLines: true)
}
