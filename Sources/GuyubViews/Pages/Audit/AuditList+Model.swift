import Foundation
import GuyubCore

package enum AuditList {}

extension AuditList {
    /// The audit trail, newest first, for supervisors and the board.
    package struct Model: Sendable {
        package struct Row: Sendable, Equatable {
            package var sequence: Int64
            package var at: Date
            package var actor: String
            /// The action as the trail keeps it (`member.update`…); the catalogue names it.
            package var action: AuditAction
            /// Whom or what it was done to, in words: "Siti Aminah (No. 7)", "Pinjaman No. 3 · Budi".
            package var subject: String?
            /// Where the changed record can be seen, when it still can.
            package var link: SiteURL?
            /// The fields that changed, as `field: before → after`; fields are paths (`tally.yes`).
            package var changes: [Change]
            package init(
                sequence: Int64, at: Date, actor: String, action: AuditAction, subject: String? = nil, link: SiteURL?,
                changes: [Change]
            ) {
                self.sequence = sequence
                self.at = at
                self.actor = actor
                self.action = action
                self.subject = subject
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
    }
}
