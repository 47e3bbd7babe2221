import Foundation
import GuyubCore
import Plot

extension MonthEndPage {
    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            let format = text.format
            let timeZone = context.user?.timeZone ?? TimeZone(identifier: "Asia/Jakarta")!
            return Layout.render(title: text.monthEndTitle, context: context) {
                Div {
                    Paragraph { Link(text.back(to: text.booksTitle), url: SiteURL.books.path) }.class("crumb")
                    H1(text.monthEndTitle)
                    Paragraph(text.monthEndLead).class("muted")
                }
                .class("page-head")

                ErrorNotice(messages: model.error.map { [$0] } ?? [])

                Element(name: "section") {
                    H2(text.nextToClose(model.next))
                    if let plan = model.plan {
                        H3(text.planHeading)
                        DefinitionList(items: [
                            .init(text.planInterest, detail: MoneyText(amount: plan.sukarelaInterest, format: format)),
                            .init(text.planTax, detail: MoneyText(amount: plan.tax, format: format)),
                            .init(text.planAccrued, detail: MoneyText(amount: plan.accrued, format: format)),
                            .init(text.planMaturities, text.accountsCount(plan.maturities)),
                            .init(text.planDues, text.membersCount(plan.duesToBill)),
                        ])
                        if model.canClose {
                            Paragraph(text.closeWarning(plan.month)).class("notice notice-warning")
                            Form(url: SiteURL.closeMonth(plan.month).path, method: .post) {
                                CSRFField(context: context)
                                Div {
                                    Element(name: "label") {
                                        Node<HTML.BodyContext>.input(
                                            .type(.checkbox), .name("confirm"), .value("1"),
                                            .required(true))
                                        Text(" " + text.confirmClose(plan.month))
                                    }
                                    .class("check")
                                }
                                .class("field")
                                Button(text.closeButton(plan.month)).attribute(named: "type", value: "submit").class("primary")
                            }
                            .class("close-form")
                        }
                    } else {
                        Paragraph(text.monthNotOver(model.next)).class("notice notice-warning")
                    }
                }
                .class("card")

                Element(name: "section") {
                    H2(text.closingsHeading)
                    if model.closings.isEmpty {
                        Paragraph(text.noClosings).class("muted")
                    } else {
                        MoneyTable(
                            columns: [
                                .init(text.columnMonth), .init(text.columnClosedAt), .init(text.columnClosedBy),
                                .init(text.columnAuditSeal),
                            ],
                            rows: model.closings.map { closing in
                                [
                                    Text(text.monthName(closing.month)),
                                    Text(closing.closedAt.map { format.dateTime($0, timeZone: timeZone) } ?? "—"),
                                    Text(closing.closedBy),
                                    Span(closing.seal ?? "—").class("seal"),
                                ]
                            },
                            className: "closings")
                        Paragraph(text.auditSealHint).class("hint")
                    }
                }
                .class("card")
            }
        }
    }
}
