import Foundation
import GuyubCore
import Plot

extension SHUIndexPage {
    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            let format = text.format
            return Layout.render(title: text.shuTitle, context: context) {
                Div {
                    Paragraph { Link(text.back(to: text.booksTitle), url: SiteURL.books.path) }.class("crumb")
                    H1(text.shuTitle)
                    Paragraph(text.shuLead).class("muted")
                    Paragraph { Link(text.simulationLink, url: SiteURL.shuSimulation.path) }
                }
                .class("page-head")
                ErrorNotice(messages: model.error.map { [$0] } ?? [])

                Element(name: "section") {
                    H2(text.shuYearsHeading)
                    if model.years.isEmpty {
                        EmptyState(message: text.noSHUYears)
                    } else {
                        MoneyTable(
                            columns: [
                                .init(text.columnYear), .init(text.columnStatus), .init(text.columnMemberSurplus, amount: true),
                                .init(""),
                            ],
                            rows: model.years.map { year in
                                [
                                    year.closed
                                        ? Link(String(year.year), url: SiteURL.shuYear(year.year).path) : Text(String(year.year)),
                                    Text(text.shuStatus(year.closed ? year.status : nil)),
                                    year.memberSurplus.map { MoneyText(amount: $0, format: format, parentheses: true) }
                                        ?? Text("—"),
                                    Link(text.rulesLink, url: SiteURL.shuSettings(year.year).path),
                                ]
                            },
                            className: "shu-years")
                    }
                }
                .class("card")

                if model.canClose, let year = model.closable {
                    Element(name: "section") {
                        H2(text.closeYearHeading)
                        Paragraph(text.closeYearLead).class("muted")
                        Paragraph { Link(text.rulesLink + " \(year)", url: SiteURL.shuSettings(year).path) }
                        Form(url: SiteURL.shuClose.path, method: .post) {
                            CSRFField(context: context)
                            HiddenField(name: "year", value: String(year))
                            Div {
                                Element(name: "label") {
                                    Node<HTML.BodyContext>.input(.type(.checkbox), .name("confirm"), .value("1"), .required(true))
                                    Text(" " + text.confirmCloseYear)
                                }
                                .class("check")
                            }
                            .class("field")
                            Button(text.closeYearButton(year)).attribute(named: "type", value: "submit").class("primary")
                        }
                        .class("close-form")
                    }
                    .class("card")
                }
            }
        }
    }
}
