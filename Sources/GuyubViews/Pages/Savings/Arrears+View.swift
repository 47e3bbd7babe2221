import GuyubCore
import Plot

extension Arrears {
    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            let format = text.format
            return Layout.render(title: text.arrearsTitle, context: context) {
                Div {
                    H1(text.arrearsTitle)
                    Paragraph(text.arrearsLead).class("muted")
                }
                .class("page-head")

                if let month = model.billableMonth {
                    Element(name: "section") {
                        Form(url: SiteURL.billDues.path, method: .post) {
                            CSRFField(context: context)
                            HiddenField(name: "month", value: month.description)
                            Paragraph(text.billDuesHint(month)).class("hint")
                            Button(text.billDues(month)).attribute(named: "type", value: "submit").class("primary")
                        }
                        .class("bill-form")
                    }
                    .class("card")
                }

                if model.rows.isEmpty {
                    EmptyState(message: text.nobodyOwes)
                } else {
                    Paragraph(text.arrearsTotal(model.total, members: model.members)).class("count")
                    Div {
                        Link(text.downloadCSV, url: SiteURL.arrears(csv: true).path).class("button secondary")
                    }
                    .class("actions")
                    MoneyTable(
                        columns: [
                            .init(text.columnMember), .init(text.columnPhone), .init(text.columnWajibOwed, amount: true),
                            .init(text.columnPokokOwed, amount: true), .init(text.columnOwedTotal, amount: true),
                        ],
                        rows: model.rows.map { row in
                            [
                                Link(url: SiteURL.member(row.member.id).path) {
                                    Span(row.member.name).class("name")
                                    Text(" ")
                                    Span(text.memberNumber(row.member.memberNumber)).class("member-number")
                                },
                                Link(row.member.phone, url: Escape.attribute(Format.telephoneURI(row.member.phone)))
                                    .class("nowrap"),
                                row.owed.wajib > 0
                                    ? Span {
                                        MoneyText(amount: row.owed.wajib, format: format)
                                        Span(text.monthsSince(row.owed.months, row.owed.since)).class("owed-months")
                                    }
                                    : Text("—"),
                                row.owed.pokok > 0 ? MoneyText(amount: row.owed.pokok, format: format) : Text("—"),
                                Element(name: "strong") { MoneyText(amount: row.owed.total, format: format) },
                            ]
                        },
                        footer: model.pageCount > 1
                            ? []
                            : [
                                [
                                    Text(text.columnOwedTotal), Text(""),
                                    MoneyText(amount: model.rows.reduce(0) { $0 + $1.owed.wajib }, format: format),
                                    MoneyText(amount: model.rows.reduce(0) { $0 + $1.owed.pokok }, format: format),
                                    Element(name: "strong") { MoneyText(amount: model.total, format: format) },
                                ]
                            ],
                        className: "arrears")
                    Pager(page: model.page, pageCount: model.pageCount, text: text) { SiteURL.arrears(page: $0) }
                }
            }
        }
    }
}
