import Plot

/// A member's savings accounts, one line each: the account, its balance, a term deposit's term, rate
/// and maturity, and (when `linksStatements`) the way to its statement. Closed accounts are greyed.
struct SavingsList: Component {
    var accounts: [SavingsRow]
    var text: Catalogue
    var linksStatements = true

    var body: Component {
        List(accounts) { account in
            ListItem {
                Span(text.savingsAccountName(account.kind)).class("savings-name")
                MoneyText(amount: account.balance, format: text.format)
                if account.kind == .berjangka {
                    Span(text.termDetails(months: account.termMonths, rate: account.rate, maturesOn: account.maturesOn))
                        .class("savings-note")
                }
                if !account.isOpen {
                    Span(text.accountClosed).class("savings-note")
                }
                if linksStatements {
                    Link(text.accountStatement, url: SiteURL.statement(account.id).path)
                }
            }
            .class(account.isOpen ? "" : "closed")
        }
        .class("savings-list")
    }
}

/// What a member still owes of wajib and pokok, as a warning; nothing when nothing is owed.
struct OwedNotice: Component {
    var owed: Owed?
    var text: Catalogue

    var body: Component {
        guard let owed, owed.total > 0 else { return EmptyComponent() }
        return Div {
            if owed.wajib > 0 {
                Paragraph(text.owedWajib(months: owed.months, since: owed.since, amount: owed.wajib))
            }
            if owed.pokok > 0 {
                Paragraph(text.owedPokok(owed.pokok))
            }
        }
        .class("notice notice-warning owed")
    }
}
