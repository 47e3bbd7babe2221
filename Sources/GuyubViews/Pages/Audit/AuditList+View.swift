import Foundation
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
                        columns: [text.columnSequence, text.columnTime, text.columnActor, text.columnAction,
                                  text.columnChanges],
                        rows: model.rows.map { row in
                            [
                                Text(String(row.sequence)),
                                Span(text.format.dateTime(row.at, timeZone: timeZone)).class("nowrap"),
                                Text(row.actor),
                                action(row, text: text),
                                changes(row.changes, text: text),
                            ]
                        },
                        className: "audit")
                }

                Pager(page: model.page, pageCount: model.pageCount, text: text) { SiteURL.audit(page: $0) }
            }
        }

        private static func action(_ row: Model.Row, text: Catalogue) -> Component {
            let label = text.auditAction(row.action)
            guard let link = row.link else { return Text(label) }
            return Link(label, url: link.path)
        }

        /// `Nomor HP: +6281… → +6281…`, one line per field; a value that did not exist shows as a dash.
        private static func changes(_ changes: [Model.Change], text: Catalogue) -> Component {
            if changes.isEmpty { return Text("—") }
            return List(changes) { change in
                ListItem {
                    Span(text.auditFieldName(change.field)).class("field-name")
                    Text(": ")
                    if let before = change.before {
                        Element(name: "del") { Text(text.auditValue(field: change.field, before)) }
                        Text(" → ")
                    }
                    Element(name: "ins") { Text(change.after.map { text.auditValue(field: change.field, $0) } ?? "—") }
                }
            }
            .class("changes")
        }
    }
}
