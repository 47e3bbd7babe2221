import Foundation
import GuyubCore
import GuyubViews

extension Dashboard.Model {
    package static let mock = Self(
        cooperativeName: "Koperasi Desa Merah Putih Sukamaju", userName: "Hartono",
        counts: Counts(members: 48, applicants: 2, left: 1),
        recentMembers: MemberRow.mocks, ownRecord: nil)
}
