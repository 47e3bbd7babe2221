import GuyubCore
import Plot

extension Teller {
    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            let query = model.query.trimmingCharacters(in: .whitespaces)
            let title = model.member.map { "\(text.tellerTitle) · \($0.name)" } ?? text.tellerTitle
            return Layout.render(title: title, context: context) {
                Div {
                    H1(text.tellerTitle)
                    Paragraph(text.tellerLead).class("muted")
                }
                .class("page-head")

                Form(url: SiteURL.teller().path, method: .get) {
                    FormField(label: text.findMemberLabel, name: "q", value: model.query, type: .search, autocomplete: "off")
                    Button(text.search).attribute(named: "type", value: "submit")
                }
                .class("search")
                .attribute(named: "role", value: "search")

                if !model.results.isEmpty {
                    List(model.results) { row in
                        ListItem {
                            Link(url: SiteURL.teller(member: row.id).path) {
                                Span(text.memberNumber(row.memberNumber)).class("member-number")
                                Text(" ")
                                Span(row.name).class("name")
                            }
                            StatusBadge(status: row.status, text: text)
                        }
                    }
                    .class("member-list card")
                } else if model.member == nil {
                    if query.isEmpty {
                        Paragraph(text.findMemberFirst).class("muted")
                    } else {
                        EmptyState(message: text.noMemberFound(query))
                    }
                }

                if let member = model.member {
                    memberCard(member, model: model, text: text)
                    ErrorNotice(messages: model.errors["form"].map { [$0] } ?? [])
                    if let transfer = model.transfer {
                        confirmTransfer(member, transfer, context: context)
                    }
                    if model.pokokDue != nil || member.status == .member {
                        Div {
                            deposit(member, model: model, context: context)
                            if let sukarela = model.accounts.first(where: { $0.kind == .sukarela && $0.isOpen }) {
                                withdrawal(member, balance: sukarela.balance, model: model, context: context)
                                transfer(member, model: model, context: context)
                            }
                            for account in model.accounts where account.kind == .berjangka && account.isOpen {
                                breakForm(member, account: account, context: context)
                            }
                        }
                        .class("teller-forms")
                    } else {
                        Paragraph(text.notTransacting(member.status)).class("notice notice-warning")
                    }
                }
            }
        }

        // MARK: The member at the counter

        private static func memberCard(_ member: MemberRow, model: Model, text: Catalogue) -> Component {
            Element(name: "section") {
                H2 {
                    Text(member.name)
                    Text(" ")
                    Span(text.memberNumber(member.memberNumber)).class("member-number")
                }
                Paragraph {
                    StatusBadge(status: member.status, text: text)
                    Text(" ")
                    Link(text.openMemberRecord, url: SiteURL.member(member.id).path)
                }
                if model.accounts.isEmpty {
                    Paragraph(text.noAccountsYet).class("muted")
                } else {
                    SavingsList(accounts: model.accounts, text: text)
                }
                OwedNotice(owed: model.owed, text: text)
                if !model.loans.isEmpty {
                    H3(text.loansAtCounter)
                    List(model.loans) { loan in
                        ListItem {
                            Link(url: SiteURL.loan(loan.row.id).path) {
                                Text(text.loanNumber(loan.row.number) + " · ")
                                MoneyText(amount: loan.row.outstanding, format: text.format)
                            }
                            if loan.due > 0 {
                                Text(" ")
                                Span {
                                    Text(text.dueNow + " ")
                                    MoneyText(amount: loan.due, format: text.format)
                                    if loan.row.daysLate > 0 {
                                        Text(" · " + text.lateLoans + " " + text.daysLate(loan.row.daysLate))
                                    }
                                }
                                .class(loan.row.daysLate > 0 ? "late" : "due")
                            }
                        }
                    }
                    .class("counter-loans")
                }
            }
            .class("card teller-member")
        }

        /// A transfer asked for, with the recipient named, to confirm before it runs.
        private static func confirmTransfer(_ member: MemberRow, _ transfer: Model.Transfer, context: PageContext) -> Component {
            let text = context.text
            return Element(name: "section") {
                H2(text.confirmTransferTitle)
                Paragraph(
                    text.confirmTransfer(
                        amount: transfer.amount, from: member.name, fromNumber: member.memberNumber,
                        to: transfer.recipient.name, toNumber: transfer.recipient.memberNumber)
                )
                .class("lead")
                Form(url: SiteURL.tellerTransfer.path, method: .post) {
                    CSRFField(context: context)
                    HiddenField(name: "memberId", value: member.id.uuidString.lowercased())
                    HiddenField(name: "toMember", value: String(transfer.recipient.memberNumber))
                    HiddenField(name: "amount", value: transfer.amountText)
                    HiddenField(name: "note", value: transfer.note)
                    Div {
                        Button(text.recordTransfer).attribute(named: "type", value: "submit").class("primary")
                        Link(text.cancel, url: SiteURL.teller(member: member.id).path).class("button secondary")
                    }
                    .class("form-actions")
                }
                .class("confirm-transfer-form")
            }
            .class("card confirm")
            .id("confirm-transfer")
        }

        // MARK: Forms

        /// The values and errors of the form last sent, for that form only.
        private static func state(_ operation: Model.Operation, _ model: Model) -> (Model.Values, [String: String]) {
            model.operation == operation ? (model.values, model.errors) : (Model.Values(), [:])
        }

        private static func channels(_ text: Catalogue) -> [(value: String, label: String)] {
            PaymentChannel.allCases.map { ($0.rawValue, text.channel($0)) }
        }

        private static func deposit(_ member: MemberRow, model: Model, context: PageContext) -> Component {
            let text = context.text
            let (values, errors) = state(.deposit, model)
            let kinds: [SavingsKind]
            if model.pokokDue != nil {
                kinds = [.pokok]
            } else {
                kinds =
                    ((model.owed?.pokok ?? 0) > 0 ? [.pokok] : []) + [.wajib, .sukarela]
                    + (model.terms.isEmpty ? [] : [.berjangka])
            }
            let amount = values.amount.isEmpty ? model.pokokDue.map { String($0) } ?? "" : values.amount
            return Element(name: "section") {
                H2(text.depositTitle)
                if let due = model.pokokDue {
                    Paragraph(text.pokokMakesMember(due)).class("notice notice-warning")
                }
                Form(url: SiteURL.tellerDeposit.path, method: .post) {
                    CSRFField(context: context)
                    HiddenField(name: "memberId", value: member.id.uuidString.lowercased())
                    ChoiceField(
                        scope: "deposit", label: text.savingsKindLabel, name: "kind",
                        options: kinds.map { ($0.rawValue, text.savingsAccountName($0)) },
                        selected: model.pokokDue != nil ? SavingsKind.pokok.rawValue : values.kind,
                        error: errors["kind"], isRequired: true)
                    FormField(
                        scope: "deposit", label: text.amountLabel, name: "amount", value: amount,
                        error: errors["amount"], hint: text.amountHint, isRequired: true, money: true,
                        maxLength: 20)
                    ChoiceField(
                        scope: "deposit", label: text.channelLabel, name: "channel", options: channels(text),
                        selected: values.channel, error: errors["channel"], isRequired: true)
                    if model.pokokDue == nil && !model.terms.isEmpty {
                        // Asked only for a term deposit: the script shows it when berjangka is chosen.
                        Div {
                            ChoiceField(
                                scope: "deposit", label: text.termLabel, name: "termMonths",
                                options: [("", text.chooseTerm)]
                                    + model.terms.map { (String($0.months), text.termOption(months: $0.months, rate: $0.rate)) },
                                selected: values.termMonths, error: errors["termMonths"], hint: text.termHint)
                        }
                        .attribute(named: "data-when", value: "kind=" + SavingsKind.berjangka.rawValue)
                    }
                    FormField(
                        scope: "deposit", label: text.noteLabel, name: "note", value: values.note,
                        error: errors["note"], hint: text.noteHint, maxLength: FieldLimit.savingsNote)
                    Button(text.recordDeposit).attribute(named: "type", value: "submit").class("primary")
                }
                .class("deposit-form")
            }
            .class("card")
        }

        private static func withdrawal(_ member: MemberRow, balance: Int64, model: Model, context: PageContext) -> Component {
            let text = context.text
            let (values, errors) = state(.withdrawal, model)
            return Element(name: "section") {
                H2(text.withdrawalTitle)
                Paragraph(text.voluntaryBalance(balance)).class("muted")
                Form(url: SiteURL.tellerWithdrawal.path, method: .post) {
                    CSRFField(context: context)
                    HiddenField(name: "memberId", value: member.id.uuidString.lowercased())
                    HiddenField(name: "kind", value: SavingsKind.sukarela.rawValue)
                    FormField(
                        scope: "withdrawal", label: text.amountLabel, name: "amount", value: values.amount,
                        error: errors["amount"] ?? errors["kind"], hint: text.amountHint, isRequired: true,
                        money: true, maxLength: 20)
                    ChoiceField(
                        scope: "withdrawal", label: text.paidOutBy, name: "channel", options: channels(text),
                        selected: values.channel, error: errors["channel"], isRequired: true)
                    FormField(
                        scope: "withdrawal", label: text.noteLabel, name: "note", value: values.note,
                        error: errors["note"], maxLength: FieldLimit.savingsNote)
                    Button(text.recordWithdrawal).attribute(named: "type", value: "submit").class("primary")
                }
                .class("withdrawal-form")
            }
            .class("card")
        }

        private static func transfer(_ member: MemberRow, model: Model, context: PageContext) -> Component {
            let text = context.text
            let (values, errors) = state(.transfer, model)
            return Element(name: "section") {
                H2(text.transferTitle)
                Paragraph(text.transferLead).class("muted")
                // The first step only looks the recipient up: the page then names them, and the transfer runs
                // once confirmed.
                Form(url: SiteURL.teller().path, method: .get) {
                    HiddenField(name: "member", value: member.id.uuidString.lowercased())
                    FormField(
                        scope: "transfer", label: text.recipientNumber, name: "toMember", value: values.toMember,
                        error: errors["toMember"], hint: text.recipientHint, isRequired: true,
                        inputMode: "numeric", maxLength: 10)
                    FormField(
                        scope: "transfer", label: text.amountLabel, name: "amount", value: values.amount,
                        error: errors["amount"], hint: text.amountHint, isRequired: true, money: true,
                        maxLength: 20)
                    FormField(
                        scope: "transfer", label: text.noteLabel, name: "note", value: values.note,
                        error: errors["note"], maxLength: FieldLimit.savingsNote)
                    Button(text.checkRecipient).attribute(named: "type", value: "submit").class("primary")
                }
                .class("transfer-form")
            }
            .class("card")
        }

        private static func breakForm(_ member: MemberRow, account: SavingsRow, context: PageContext) -> Component {
            let text = context.text
            let scope = "break-\(account.id.uuidString.lowercased().prefix(8))"
            return Element(name: "section") {
                H2(text.breakTitle)
                Paragraph {
                    Element(name: "strong") { Text(text.savingsAccountName(.berjangka)) }
                    Text(" ")
                    MoneyText(amount: account.balance, format: text.format)
                }
                Paragraph(text.termDetails(months: account.termMonths, rate: account.rate, maturesOn: account.maturesOn))
                    .class("muted")
                Element(name: "details") {
                    Element(name: "summary") { Text(text.breakNow) }
                    Paragraph(text.breakWarning).class("notice notice-warning")
                    Form(url: SiteURL.tellerBreak(account.id).path, method: .post) {
                        CSRFField(context: context)
                        HiddenField(name: "memberId", value: member.id.uuidString.lowercased())
                        ChoiceField(
                            scope: scope, label: text.paidOutBy, name: "channel", options: channels(text),
                            selected: PaymentChannel.cash.rawValue, isRequired: true)
                        Button(text.breakNow).attribute(named: "type", value: "submit").class("danger")
                    }
                    .class("break-form")
                }
            }
            .class("card")
        }
    }
}
