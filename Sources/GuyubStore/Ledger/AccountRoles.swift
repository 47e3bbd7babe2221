import Foundation
import GuyubCore
import NIOConcurrencyHelpers

/// The accounts that play each role in each cooperative's books, remembered by this process. Safe to
/// keep without ever invalidating: an account is given its role once, when the chart is seeded, and an
/// account with a role can be neither deactivated nor removed (`ChartStore`). Bounded, so a server
/// of many cooperatives keeps only the recent ones.
enum AccountRoles {
    private static let known = NIOLockedValueBox<[UUID: [AccountRole: UUID]]>([:])
    private static let capacity = 1_000

    static func cached(_ cooperativeID: UUID) -> [AccountRole: UUID] {
        known.withLockedValue { $0[cooperativeID] ?? [:] }
    }

    static func remember(_ roles: [AccountRole: UUID], of cooperativeID: UUID) {
        known.withLockedValue { known in
            if known[cooperativeID] == nil, known.count >= capacity { known.removeAll(keepingCapacity: true) }
            known[cooperativeID, default: [:]].merge(roles) { $1 }
        }
    }
}
