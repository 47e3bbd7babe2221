import GuyubCore
import Plot

extension Statement {
    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            let format = text.format
            let account = model.account
            let title = text.statementTitle(account.kind)
            return Layout.render(title: "\(title) · \(model.member.name)", context: context) {
                Div {
                    H1(title)
                    Paragraph {
                        Link(url: SiteURL.member(model.member.id).path) {
                            Element(name: "strong") { Text(model.member.name) }
                            Text(" ")
                            Span(text.memberNumber(model.member.memberNumber)).class("member-number")
                        }
                    }
                    .class("lead")
                    Paragraph(details(account, text: text)).class("muted")
                    Paragraph(text.period(from: model.from, to: model.to)).class("period")
                }
                .class("page-head")

                Form(url: SiteURL.statement(account.id).path, method: .get) {
                    DateField(label: text.periodFrom, name: "from", value: model.from?.description ?? "", text: text)
                    DateField(label: text.periodTo, name: "to", value: model.to?.description ?? "", text: text)
                    Button(text.show).attribute(named: "type", value: "submit")
                }
                .class("search period-form")

                Div {
                    PrintButton(label: text.printPage)
                    Link(text.downloadCSV, url: SiteURL.statement(account.id, from: model.from, to: model.to, csv: true).path)
                        .class("button secondary")
                }
                .class("actions")

                Element(name: "section") {
                    Paragraph {
                        Span(text.openingBalance)
                        MoneyText(amount: model.opening, format: format)
                    }
                    .class("balance-line")
                    if model.lines.isEmpty {
                        Paragraph(text.noMovements).class("muted")
                    } else {
                        MoneyTable(
                            columns: [
                                .init(text.columnDate), .init(text.columnEntryNumber), .init(text.columnDescription),
                                .init(text.columnIn, amount: true), .init(text.columnOut, amount: true),
                                .init(text.columnBalance, amount: true),
                            ],
                            rows: model.lines.map { line in
                                [
                                    Span(format.date(line.date)).class("nowrap"),
                                    model.linksReceipts
                                        ? Link(String(line.number), url: SiteURL.receipt(line.entryID).path)
                                        : Text(String(line.number)),
                                    Text(line.description),
                                    line.amount > 0 ? MoneyText(amount: line.amount, format: format) : Text(""),
                                    line.amount < 0 ? MoneyText(amount: Int64(line.amount.magnitude), format: format) : Text(""),
                                    MoneyText(amount: line.balance, format: format),
                                ]
                            },
                            className: "movements")
                    }
                    Paragraph {
                        Span(text.closingBalance)
                        MoneyText(amount: model.closing, format: format)
                    }
                    .class("balance-line closing")
                }
                .class("card statement-movements")
            }
        }

        /// "Simpanan berjangka · 6 bulan · 5% setahun · … · Dibuka 1 Jun 2026 · Ditutup".
        private static func details(_ account: SavingsRow, text: Catalogue) -> String {
            var parts = [text.savingsAccountName(account.kind)]
            if account.kind == .berjangka {
                parts.append(text.termDetails(months: account.termMonths, rate: account.rate, maturesOn: account.maturesOn))
            }
            parts.append(text.accountOpenedOn(account.openedOn))
            if !account.isOpen { parts.append(text.accountClosed) }
            return parts.filter { !$0.isEmpty }.joined(separator: " · ")
        }
    }
}
