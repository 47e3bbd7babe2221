import GuyubCore
import Plot

extension Journal {
    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            let format = text.format
            return Layout.render(title: text.journalTitle, context: context) {
                Div {
                    Paragraph { Link(text.back(to: text.booksTitle), url: SiteURL.books.path) }.class("crumb")
                    H1(text.journalTitle)
                    if model.canPost {
                        Div {
                            Link(text.newEntryTitle, url: SiteURL.newEntry.path).class("button primary")
                        }
                        .class("actions")
                    }
                }
                .class("page-head")

                Form(url: SiteURL.journal().path, method: .get) {
                    DateField(label: text.periodFrom, name: "from", value: model.from?.description ?? "", text: text)
                    DateField(label: text.periodTo, name: "to", value: model.to?.description ?? "", text: text)
                    Button(text.show).attribute(named: "type", value: "submit")
                }
                .class("search period-form")

                Paragraph(text.entryCount(model.total) + " · " + text.period(from: model.from, to: model.to)).class("count")

                if model.rows.isEmpty {
                    EmptyState(message: text.noEntries)
                } else {
                    MoneyTable(
                        columns: [
                            .init(text.columnNumber), .init(text.columnDate), .init(text.columnDescription),
                            .init(text.columnTotal, amount: true),
                        ],
                        rows: model.rows.map { row in
                            [
                                Link(String(row.number), url: SiteURL.entry(row.id).path),
                                Span(format.date(row.date)).class("nowrap"),
                                Span {
                                    Span(text.entrySource(row.source)).class("source")
                                    Text(" " + row.description)
                                },
                                MoneyText(amount: row.total, format: format),
                            ]
                        },
                        className: "journal")
                }

                Pager(page: model.page, pageCount: model.pageCount, text: text) {
                    SiteURL.journal(from: model.from, to: model.to, page: $0)
                }
            }
        }
    }
}
