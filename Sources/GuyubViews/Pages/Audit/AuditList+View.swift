import Foundation
import GuyubCore
import Plot

extension AuditList {
    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            let timeZone = context.user?.timeZone ?? TimeZone(identifier: "Asia/Jakarta")!
            return Layout.render(title: text.auditTitle, context: context) {
                Div {
                    H1(text.auditTitle)
                    Paragraph(text.auditNote).class("muted")
                }
                .class("page-head")

                Paragraph(text.auditEntryCount(model.total)).class("count")

                if model.rows.isEmpty {
                    EmptyState(message: text.noAuditEntries)
                } else {
                    DataTable(
                        columns: [
                            text.columnSequence, text.columnTime, text.columnActor, text.columnAction,
                            text.columnSubject, text.columnChanges,
                        ],
                        rows: model.rows.map { row in
                            [
                                Text(String(row.sequence)),
                                Span(text.format.dateTime(row.at, timeZone: timeZone)).class("nowrap"),
                                Text(row.actor),
                                Text(text.auditAction(row.action)),
                                subject(row, text: text),
                                changes(row.changes, action: row.action, text: text),
                            ]
                        },
                        className: "audit")
                }

                Pager(page: model.page, pageCount: model.pageCount, text: text) { SiteURL.audit(page: $0) }
            }
        }

        private static func subject(_ row: Model.Row, text: Catalogue) -> Component {
            guard let subject = row.subject else { return Text("—") }
            guard let link = row.link else { return Text(subject) }
            return Link(subject, url: link.path)
        }

        /// `Nomor HP: +6281… → +6281…`, one line per field; a value that did not exist shows as a dash.
        /// Fields the page has no words for are counted, not shown by their codes.
        private static func changes(_ changes: [Model.Change], action: AuditAction, text: Catalogue) -> Component {
            let named = changes.compactMap { change in text.auditField(change.field, action: action).map { (change, $0) } }
            let others = changes.count - named.count
            if named.isEmpty && others == 0 { return Text("—") }
            return List {
                for (change, field) in named {
                    ListItem {
                        Span(field.name).class("field-name")
                        Text(": ")
                        if let before = change.before {
                            Element(name: "del") { Text(text.auditValue(before, as: field.value)) }
                            Text(" → ")
                        }
                        Element(name: "ins") { Text(change.after.map { text.auditValue($0, as: field.value) } ?? "—") }
                    }
                }
                if others > 0 { ListItem(text.auditOtherDetails(others)).class("muted") }
            }
            .class("changes")
        }
    }
}
