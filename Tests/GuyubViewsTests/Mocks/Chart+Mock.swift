import Foundation
import GuyubCore
import GuyubViews

extension Chart.Model {
    package static let mock = Self(
        rows: [
            Row(
                id: UUID(uuidString: "55555555-0000-0000-0000-000000000001")!, code: "1-1100", nameID: "Kas",
                nameEN: "Cash on hand", type: .asset, segment: .none, isSystem: true, active: true, balance: 12_450_000),
            Row(
                id: UUID(uuidString: "55555555-0000-0000-0000-000000000003")!, code: "5-3200", nameID: "Beban listrik",
                nameEN: "Electricity", type: .expense, segment: .none, isSystem: false, active: true, balance: 1_400_000),
        ], canEdit: true)
}
