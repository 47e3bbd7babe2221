import Foundation
import GuyubCore
import GuyubViews

extension LoanRow {
    package static let mocks: [LoanRow] = [
        LoanRow(
            id: UUID(uuidString: "00000000-0000-0000-0000-00000000a001")!, number: 12, borrower: "Siti Aminah", memberID: nil,
            status: .active, principal: 12_000_000, outstanding: 7_000_000, daysLate: 45, collectibility: .lancar,
            appliedOn: CivilDate(year: 2026, month: 3, day: 2)!),
        LoanRow(
            id: UUID(uuidString: "00000000-0000-0000-0000-00000000a002")!, number: 13, borrower: "Budi Santoso", memberID: nil,
            status: .applied, principal: 5_000_000, outstanding: 0, daysLate: 0, collectibility: .lancar,
            appliedOn: CivilDate(year: 2026, month: 11, day: 20)!),
    ]
}
