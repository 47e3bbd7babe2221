import Foundation
import GuyubCore
import GuyubViews

extension MemberList.Model {
    package static let mock = Self(
        query: "", rows: MemberRow.mocks, page: 1, pageCount: 3, total: 52,
        canAdd: true, canImport: true)
}
