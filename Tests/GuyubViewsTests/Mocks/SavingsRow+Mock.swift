import Foundation
import GuyubCore
import GuyubViews

extension SavingsRow {
    package static let mocks: [SavingsRow] = [
        SavingsRow(
            id: UUID(uuidString: "11111111-0000-0000-0000-000000000001")!, kind: .pokok, balance: 50_000, isOpen: true,
            openedOn: CivilDate(year: 2024, month: 1, day: 15)!),
        SavingsRow(
            id: UUID(uuidString: "11111111-0000-0000-0000-000000000002")!, kind: .wajib, balance: 340_000, isOpen: true,
            openedOn: CivilDate(year: 2024, month: 1, day: 15)!),
        SavingsRow(
            id: UUID(uuidString: "11111111-0000-0000-0000-000000000003")!, kind: .sukarela, balance: 1_250_000,
            isOpen: true, openedOn: CivilDate(year: 2024, month: 1, day: 15)!),
        SavingsRow(
            id: UUID(uuidString: "11111111-0000-0000-0000-000000000004")!, kind: .berjangka, balance: 5_000_000,
            isOpen: true, openedOn: CivilDate(year: 2026, month: 6, day: 1)!, termMonths: 6, rate: 500,
            maturesOn: CivilDate(year: 2026, month: 12, day: 1)!),
    ]
}
