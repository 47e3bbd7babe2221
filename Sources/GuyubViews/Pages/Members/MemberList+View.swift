import Foundation
import GuyubCore
import Plot

extension MemberList {
    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            let query = model.query.trimmingCharacters(in: .whitespaces)
            return Layout.render(title: text.membersTitle, context: context) {
                Div {
                    H1(text.membersTitle)
                    if model.canAdd || model.canImport {
                        Div {
                            if model.canAdd {
                                Link(text.addMember, url: SiteURL.memberNew.path).class("button primary")
                            }
                            if model.canImport {
                                Link(text.importFromSpreadsheet, url: SiteURL.memberImport.path).class("button secondary")
                            }
                        }
                        .class("actions")
                    }
                }
                .class("page-head")

                Navigation {
                    Link(text.allMembersTab, url: SiteURL.members(query: model.query).path).class(
                        model.group == nil ? "current" : "")
                    for group in MemberGroup.allCases {
                        Link(text.memberGroup(group), url: SiteURL.members(query: model.query, group: group).path)
                            .class(model.group == group ? "current" : "")
                    }
                }
                .class("tabs")

                Form(url: SiteURL.members().path, method: .get) {
                    if let group = model.group { HiddenField(name: "group", value: group.rawValue) }
                    FormField(
                        label: text.searchMembersLabel, name: "q", value: model.query,
                        type: .search, autocomplete: "off")
                    Button(text.search).attribute(named: "type", value: "submit")
                }
                .class("search")
                .attribute(named: "role", value: "search")

                Paragraph(query.isEmpty ? text.memberCount(model.total) : text.searchResultCount(model.total, query))
                    .class("count")

                if model.rows.isEmpty {
                    if query.isEmpty {
                        EmptyState(
                            message: text.noMembersYet,
                            action: model.canImport ? (text.importFromSpreadsheet, SiteURL.memberImport) : nil)
                    } else {
                        EmptyState(message: text.noSearchResults(query), action: (text.showAllMembers, SiteURL.members()))
                    }
                } else {
                    DataTable(
                        columns: [
                            text.columnNumber, text.columnName, text.fieldName("nik"), text.columnPhone, text.columnStatus,
                        ],
                        rows: model.rows.map { row in
                            [
                                Text(String(row.memberNumber)),
                                Link(row.name, url: SiteURL.member(row.id).path),
                                Span(row.nik).class("nik"),
                                Span(row.phone).class("nowrap"),
                                StatusBadge(status: row.status, text: text),
                            ]
                        },
                        className: "members")
                }

                Pager(page: model.page, pageCount: model.pageCount, text: text) {
                    SiteURL.members(query: model.query, page: $0, group: model.group)
                }
            }
        }
    }
}
