import Foundation

package enum AuditList {}

extension AuditList {
    /// The audit trail, newest first, for supervisors and the board.
    package struct Model: Sendable {
        package struct Row: Sendable, Equatable {
            package var sequence: Int64
            package var at: Date
            package var actor: String
            /// `member.register`, `member.update`, `member.status`, `user.create`…
            package var action: String
            /// Where the changed record can be seen, when it still can.
            package var link: SiteURL?
            /// The fields that changed, as `field: before → after`.
            package var changes: [Change]
            package init(sequence: Int64, at: Date, actor: String, action: String, link: SiteURL?, changes: [Change]) {
                self.sequence = sequence
                self.at = at
                self.actor = actor
                self.action = action
                self.link = link
                self.changes = changes
            }
        }

        package struct Change: Sendable, Equatable {
            package var field: String
            package var before: String?
            package var after: String?
            package init(field: String, before: String?, after: String?) {
                self.field = field
                self.before = before
                self.after = after
            }
        }

        package var rows: [Row]
        package var page: Int
        package var pageCount: Int
        package var total: Int

        package init(rows: [Row], page: Int, pageCount: Int, total: Int) {
            self.rows = rows
            self.page = page
            self.pageCount = pageCount
            self.total = total
        }

        package static let mock = Model(rows: [
            Row(sequence: 2, at: Date(timeIntervalSince1970: 1_795_400_000), actor: "Hartono",
                action: "member.update", link: .member(MemberRow.mocks[0].id),
                changes: [Change(field: "phone", before: "+6281234567890", after: "+6281234567899")]),
            Row(sequence: 1, at: Date(timeIntervalSince1970: 1_795_300_000), actor: "guyub bootstrap",
                action: "cooperative.create", link: nil,
                changes: [Change(field: "name", before: nil, after: "Koperasi Desa Merah Putih Sukamaju")]),
        ], page: 1, pageCount: 1, total: 2)
    }
}
