import Foundation
import GuyubCore
import Plot

extension Receipt {
    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            let format = text.format
            let timeZone = context.user?.timeZone ?? TimeZone(identifier: "Asia/Jakarta")!
            let title = text.receiptTitle(model.kind)
            return Layout.render(title: "\(title) \(text.receiptNumber(model.number))", context: context) {
                Element(name: "article") {
                    Header {
                        Paragraph(model.cooperativeName).class("receipt-coop")
                        H1(title)
                        Paragraph {
                            Element(name: "strong") { Text(text.receiptNumber(model.number)) }
                            Text(" · ")
                            Element(name: "time") {
                                Text(model.recordedAt.map { format.dateTime($0, timeZone: timeZone) } ?? format.date(model.date))
                            }
                            .attribute(named: "datetime", value: model.date.description)
                        }
                        .class("receipt-number")
                    }
                    .class("receipt-head")

                    if let reversal = model.reversedBy {
                        Div {
                            Paragraph(text.receiptReversed)
                            if model.links.books {
                                Paragraph { Link(text.seeReversal, url: SiteURL.entry(reversal).path) }
                            }
                        }
                        .class("notice notice-error")
                        .attribute(named: "role", value: "status")
                    }

                    DefinitionList(
                        items: [
                            .init(text.receiptDate, format.date(model.date)),
                            .init(text.descriptionLabel, model.description),
                        ] + (model.channel.map { [.init(text.paidByLabel, text.channel($0))] } ?? [])
                            + [.init(text.recordedByLabel, model.recordedBy)])

                    if let loan = model.instalment {
                        Div {
                            Paragraph { Element(name: "strong") { Text(text.loanOf(loan.loanNumber, borrower: loan.borrower)) } }
                            DefinitionList(
                                items: [
                                    .init(text.instalmentLabel, text.instalmentsPaid(loan.paid, of: loan.scheduled)),
                                    .init(text.principalPart, detail: MoneyText(amount: loan.principal, format: format)),
                                    .init(text.interestPart, detail: MoneyText(amount: loan.interest, format: format)),
                                ]
                                    + (loan.penalty > 0
                                        ? [.init(text.penaltyPart, detail: MoneyText(amount: loan.penalty, format: format))] : [])
                                    + [.init(text.outstandingAfter, detail: MoneyText(amount: loan.outstanding, format: format))])
                        }
                        .class("receipt-party")
                    }

                    for party in model.parties {
                        Div {
                            Paragraph {
                                Element(name: "strong") { Text(party.name) }
                                Text(" ")
                                Span(text.memberNumber(party.number)).class("member-number")
                            }
                            DefinitionList(
                                items: [
                                    .init(text.savingsKindLabel, text.savingsAccountName(party.kind)),
                                    .init(
                                        party.amount < 0 ? text.amountOut : text.amountIn,
                                        detail: MoneyText(amount: Int64(party.amount.magnitude), format: format)),
                                ]
                                    + (party.balanceAfter.map {
                                        [.init(text.balanceAfter, detail: MoneyText(amount: $0, format: format))]
                                    } ?? []))
                        }
                        .class("receipt-party")
                    }

                    Div {
                        Paragraph {
                            Span(text.totalLabel).class("receipt-total-label")
                            MoneyText(amount: model.total, format: format)
                        }
                        .class("receipt-total")
                        Paragraph {
                            Span(text.inWords + ": ").class("muted")
                            Element(name: "em") { Text(capitalised(format.amountInWords(model.total))) }
                        }
                        .class("in-words")
                    }

                    if model.showsLines && !model.lines.isEmpty {
                        MoneyTable(
                            columns: [
                                .init(text.columnAccount), .init(text.columnDebit, amount: true),
                                .init(text.columnCredit, amount: true),
                            ],
                            rows: model.lines.map { line in
                                [
                                    accountCell(code: line.code, name: line.name), amountCell(line.debit, format),
                                    amountCell(line.credit, format),
                                ]
                            },
                            footer: [
                                [
                                    Text(text.totalsRow),
                                    MoneyText(amount: model.lines.reduce(0) { $0 + $1.debit }, format: format),
                                    MoneyText(amount: model.lines.reduce(0) { $0 + $1.credit }, format: format),
                                ]
                            ],
                            caption: text.booksLines, className: "lines no-print")
                    }

                    Div {
                        for label in [text.signatory(model.kind), text.tellerSignature] {
                            Div { Paragraph(label) }.class("signature")
                        }
                    }
                    .class("signatures print-only")
                }
                .class("card receipt")

                Div {
                    PrintButton(label: text.printReceipt)
                    Link(text.printSlip, url: SiteURL.receiptSlip(model.entryID).path).class("button secondary")
                    if let party = model.parties.first {
                        if model.links.member {
                            Link(text.toMemberRecord, url: SiteURL.member(party.memberID).path).class("button secondary")
                        }
                        if model.links.teller {
                            Link(text.backToTeller, url: SiteURL.teller(member: party.memberID).path).class("button secondary")
                        }
                    }
                    if model.links.books {
                        Link(text.seeJournalEntry, url: SiteURL.entry(model.entryID).path).class("button secondary")
                    }
                }
                .class("actions")
            }
        }

        /// The receipt for a 58 mm thermal printer: one narrow column, the parties and the total, no
        /// journal lines; on screen as it will print.
        package static func slip(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            let format = text.format
            let timeZone = context.user?.timeZone ?? TimeZone(identifier: "Asia/Jakarta")!
            let title = text.receiptTitle(model.kind)
            func row(_ label: String, _ value: String, total: Bool = false) -> Component {
                Paragraph {
                    Span(label).class("slip-label")
                    Span(value).class("slip-value")
                }
                .class(total ? "slip-row slip-total" : "slip-row")
            }
            return Layout.render(title: "\(title) \(text.receiptNumber(model.number))", context: context) {
                Element(name: "article") {
                    Paragraph(model.cooperativeName).class("slip-coop")
                    Paragraph(title).class("slip-title")
                    Paragraph(
                        text.receiptNumber(model.number) + " · "
                            + (model.recordedAt.map { format.dateTime($0, timeZone: timeZone) } ?? format.date(model.date))
                    )
                    .class("slip-center")
                    Div {}.class("slip-rule")
                    Paragraph(model.description)
                    if let loan = model.instalment {
                        Paragraph(text.loanOf(loan.loanNumber, borrower: loan.borrower))
                        row(text.instalmentLabel, text.instalmentsPaid(loan.paid, of: loan.scheduled))
                        row(text.principalPart, format.money(minorUnits: loan.principal))
                        row(text.interestPart, format.money(minorUnits: loan.interest))
                        if loan.penalty > 0 { row(text.penaltyPart, format.money(minorUnits: loan.penalty)) }
                        row(text.outstandingAfter, format.money(minorUnits: loan.outstanding))
                    }
                    for party in model.parties {
                        Paragraph(party.name + " · " + text.memberNumber(party.number)).class("slip-party")
                        row(
                            text.savingsAccountName(party.kind) + " · " + (party.amount < 0 ? text.amountOut : text.amountIn),
                            format.money(minorUnits: Int64(party.amount.magnitude)))
                        if let balance = party.balanceAfter { row(text.balanceAfter, format.money(minorUnits: balance)) }
                    }
                    Div {}.class("slip-rule")
                    row(text.totalLabel, format.money(minorUnits: model.total), total: true)
                    if let channel = model.channel { row(text.paidByLabel, text.channel(channel)) }
                    row(text.recordedByLabel, model.recordedBy)
                    Paragraph(text.slipThanks).class("slip-center")
                }
                .class("slip")

                Div {
                    PrintButton(label: text.printReceipt)
                    Link(text.backToReceipt, url: SiteURL.receipt(model.entryID).path).class("button secondary")
                }
                .class("actions")
            }
        }

        /// "Satu juta …": a sentence on the slip starts with a capital.
        static func capitalised(_ words: String) -> String {
            words.prefix(1).uppercased() + words.dropFirst()
        }
    }
}
