import Foundation
import GuyubCore
import Plot

extension EntryShow {
    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            let format = text.format
            let timeZone = context.user?.timeZone ?? TimeZone(identifier: "Asia/Jakarta")!
            let title = text.entryTitle(model.number)
            let reversible = model.canReverse && model.reverses == nil && model.reversedBy == nil
            return Layout.render(title: title, context: context) {
                Div {
                    Paragraph { Link(text.back(to: text.journalTitle), url: SiteURL.journal().path) }.class("crumb")
                    H1(title)
                    Paragraph(model.description).class("lead")
                }
                .class("page-head")
                // A refusal of an entry that offers no reversal still shows where the eye is.
                if !reversible { ErrorNotice(messages: model.errors["form"].map { [$0] } ?? []) }

                if let original = model.reverses {
                    Paragraph {
                        Text(text.reversesEntry(original.number) + " ")
                        Link(text.entryTitle(original.number), url: SiteURL.entry(original.id).path)
                    }
                    .class("notice notice-warning")
                }
                if let reversal = model.reversedBy {
                    Paragraph {
                        Text(text.reversedByEntry(reversal.number) + " ")
                        Link(text.entryTitle(reversal.number), url: SiteURL.entry(reversal.id).path)
                    }
                    .class("notice notice-error")
                }

                Element(name: "section") {
                    DefinitionList(
                        items: [
                            .init(text.columnDate, format.date(model.date)),
                            .init(text.sourceLabel, text.entrySource(model.source)),
                            .init(text.recordedByLabel, model.recordedBy),
                        ]
                            + (model.recordedAt.map { [.init(text.recordedAtLabel, format.dateTime($0, timeZone: timeZone))] }
                                ?? []))

                    MoneyTable(
                        columns: [
                            .init(text.columnAccount), .init(text.columnMemo), .init(text.columnDebit, amount: true),
                            .init(text.columnCredit, amount: true),
                        ],
                        rows: model.lines.map { line in
                            [
                                accountCell(code: line.code, name: line.name), Text(line.memo ?? ""),
                                amountCell(line.debit, format), amountCell(line.credit, format),
                            ]
                        },
                        footer: [
                            [
                                Text(text.totalsRow), Text(""),
                                MoneyText(amount: model.lines.reduce(0) { $0 + $1.debit }, format: format),
                                MoneyText(amount: model.lines.reduce(0) { $0 + $1.credit }, format: format),
                            ]
                        ],
                        caption: text.booksLines, className: "lines")

                    if model.hasReceipt {
                        Div {
                            Link(text.seeReceipt, url: SiteURL.receipt(model.id).path).class("button secondary")
                        }
                        .class("actions")
                    }
                }
                .class("card")

                if reversible { reverseForm(model, context: context) }
            }
        }

        private static func reverseForm(_ model: Model, context: PageContext) -> Component {
            let text = context.text
            let errors = model.errors
            return Element(name: "section") {
                H2(text.reverseTitle)
                Paragraph(text.reverseWarning).class("notice notice-warning")
                ErrorNotice(messages: errors["form"].map { [$0] } ?? [])
                Form(url: SiteURL.reverseEntry(model.id).path, method: .post) {
                    CSRFField(context: context)
                    DateField(
                        label: text.reverseDate, name: "date",
                        value: model.reversalDate.isEmpty ? model.today.description : model.reversalDate,
                        error: errors["date"], hint: text.reverseDateHint, isRequired: true, text: text)
                    FormField(
                        label: text.reverseReason, name: "reason", value: model.reversalReason, error: errors["reason"],
                        hint: text.reverseReasonHint, isRequired: true, maxLength: 200)
                    Button(text.reverseButton).attribute(named: "type", value: "submit").class("danger")
                }
                .class("reverse-form")
            }
            .class("card")
        }
    }
}
