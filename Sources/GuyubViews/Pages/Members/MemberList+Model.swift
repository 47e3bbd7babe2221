import GuyubCore

package enum MemberList {}

extension MemberList {
    /// The registry: search by name, NIK, phone or number, one page at a time.
    package struct Model: Sendable {
        package var query: String
        package var rows: [MemberRow]
        package var page: Int
        package var pageCount: Int
        package var total: Int
        package var canAdd: Bool
        package var canImport: Bool
        /// Only members, applicants or those who left, when the list is narrowed to them.
        package var group: MemberGroup?

        package init(
            query: String, rows: [MemberRow], page: Int, pageCount: Int, total: Int,
            canAdd: Bool, canImport: Bool, group: MemberGroup? = nil
        ) {
            self.group = group
            self.query = query
            self.rows = rows
            self.page = page
            self.pageCount = pageCount
            self.total = total
            self.canAdd = canAdd
            self.canImport = canImport
        }
    }
}
