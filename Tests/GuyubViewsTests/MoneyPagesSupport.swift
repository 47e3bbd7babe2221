import Foundation
import GuyubCore
import GuyubViews

// The savings, teller and books pages, rendered from their mocks, for the checks every page must pass
// (language, CSRF, escaping, stylesheet), kept apart from `allPages` whose counts other tests rely on.

/// Each page of the money area with a note of how many POST forms it should hold besides sign-out.
func moneyPages(_ context: PageContext) -> [(name: String, html: String, postForms: Int)] {
    var member = MemberShow.Model.mock
    member.savings = SavingsRow.mocks
    member.owed = Owed(wajib: 30_000, months: 3, since: YearMonth(year: 2026, month: 9), pokok: 0)
    member.canHandleCash = true
    member.moves = []
    var dashboard = Dashboard.Model(
        cooperativeName: "Koperasi Desa Merah Putih Sukamaju", userName: "Siti Aminah",
        counts: nil, recentMembers: [], ownRecord: MemberRow.mocks[0])
    dashboard.ownSavings = SavingsRow.mocks
    dashboard.ownOwed = Owed(wajib: 10_000, months: 1, since: YearMonth(year: 2026, month: 11), pokok: 0)
    var applicant = Teller.Model.mock
    applicant.member = MemberRow.mocks[1]
    applicant.accounts = []
    applicant.owed = nil
    applicant.pokokDue = 50_000
    let search = Teller.Model(query: "siti", results: MemberRow.mocks)
    var readOnly = SavingsSettingsForm.Model.mock
    readOnly.canEdit = false
    var noPlan = MonthEndPage.Model.mock
    noPlan.plan = nil
    return [
        ("teller", Teller.View.render(.mock, in: context), 3),
        ("teller applicant", Teller.View.render(applicant, in: context), 1),
        ("teller search", Teller.View.render(search, in: context), 0),
        ("receipt", Receipt.View.render(.mock, in: context), 0),
        ("statement", Statement.View.render(.mock, in: context), 0),
        ("arrears", Arrears.View.render(.mock, in: context), 1),
        ("arrears empty", Arrears.View.render(.init(rows: [], billableMonth: nil), in: context), 0),
        ("savings settings", SavingsSettingsForm.View.render(.mock, in: context), 1),
        ("savings settings read-only", SavingsSettingsForm.View.render(readOnly, in: context), 0),
        ("books", BooksHome.View.render(.mock, in: context), 0),
        ("journal", Journal.View.render(.mock, in: context), 0),
        ("entry", EntryShow.View.render(.mock, in: context), 1),
        ("new entry", EntryForm.View.render(.mock, in: context), 1),
        ("chart", Chart.View.render(.mock, in: context), 4), // two accounts, the new account, the new unit
        ("month end", MonthEndPage.View.render(.mock, in: context), 1),
        ("month end, not over", MonthEndPage.View.render(noPlan, in: context), 0),
        ("member with savings", MemberShow.View.render(member, in: context), 0),
        ("member dashboard", Dashboard.View.render(dashboard, in: context), 0),
    ]
        + Report.Model.Kind.allCases.map { kind in
            ("report \(kind.rawValue)", Report.View.render(.mock(kind), in: context), 0)
        }
}

/// The same pages with the data an English-speaking cooperative would have typed (names of accounts,
/// descriptions), so that any Indonesian word left on them came from a view.
func englishMoneyPages(_ context: PageContext) -> [(name: String, html: String)] {
    let cooperative = "Sukamaju Cooperative"
    var receipt = Receipt.Model.mock
    receipt.cooperativeName = cooperative
    receipt.description = "Voluntary savings deposit, Siti Aminah (no. 1), cash"
    receipt.lines = [
        .init(code: "1-1100", name: "Cash on hand", debit: 250_000, credit: 0),
        .init(code: "2-1100", name: "Voluntary savings", debit: 0, credit: 250_000),
    ]
    var statement = Statement.Model.mock
    statement.lines = statement.lines.map {
        var line = $0
        line.description = "Voluntary savings movement"
        return line
    }
    var journal = Journal.Model.mock
    journal.rows = journal.rows.map {
        var row = $0
        row.description = "Office electricity for November"
        return row
    }
    var entry = EntryShow.Model.mock
    entry.description = "Office electricity for November"
    entry.lines = [
        .init(code: "5-3100", name: "Operating expenses", debit: 350_000, credit: 0, memo: "PLN"),
        .init(code: "1-1200", name: "Bank", debit: 0, credit: 350_000, memo: nil),
    ]
    var form = EntryForm.Model.mock
    form.accounts = form.accounts.map {
        var option = $0
        option.name = "Operating expenses"
        return option
    }
    var settings = SavingsSettingsForm.Model.mock
    settings.values.wajibClasses = "staff = 20000"
    var member = MemberShow.Model.mock
    member.history = member.history.map {
        var step = $0
        step.reason = step.reason.map { _ in "Entry deposit paid" }
        return step
    }
    member.savings = SavingsRow.mocks
    member.owed = Owed(wajib: 30_000, months: 3, since: YearMonth(year: 2026, month: 9), pokok: 50_000)
    member.canHandleCash = true
    var dashboard = Dashboard.Model(
        cooperativeName: cooperative, userName: "Siti Aminah", counts: nil, recentMembers: [],
        ownRecord: MemberRow.mocks[0])
    dashboard.ownSavings = SavingsRow.mocks
    dashboard.ownOwed = Owed(wajib: 10_000, months: 1, since: YearMonth(year: 2026, month: 11), pokok: 0)
    var applicant = Teller.Model.mock
    applicant.member = MemberRow.mocks[1]
    applicant.accounts = []
    applicant.pokokDue = 50_000
    var readOnly = SavingsSettingsForm.Model.mock
    readOnly.values.wajibClasses = "staff = 20000"
    readOnly.canEdit = false
    var noPlan = MonthEndPage.Model.mock
    noPlan.plan = nil
    return [
        ("teller", Teller.View.render(.mock, in: context)),
        ("teller applicant", Teller.View.render(applicant, in: context)),
        ("teller search", Teller.View.render(Teller.Model(query: "siti", results: MemberRow.mocks), in: context)),
        ("teller nobody", Teller.View.render(Teller.Model(query: "zzz"), in: context)),
        ("receipt", Receipt.View.render(receipt, in: context)),
        ("statement", Statement.View.render(statement, in: context)),
        ("arrears", Arrears.View.render(.mock, in: context)),
        ("arrears empty", Arrears.View.render(.init(rows: [], billableMonth: nil), in: context)),
        ("savings settings", SavingsSettingsForm.View.render(settings, in: context)),
        ("savings settings read-only", SavingsSettingsForm.View.render(readOnly, in: context)),
        ("books", BooksHome.View.render(.mock, in: context)),
        ("journal", Journal.View.render(journal, in: context)),
        ("entry", EntryShow.View.render(entry, in: context)),
        ("new entry", EntryForm.View.render(form, in: context)),
        ("chart", Chart.View.render(.mock, in: context)),
        ("month end", MonthEndPage.View.render(.mock, in: context)),
        ("month end, not over", MonthEndPage.View.render(noPlan, in: context)),
        ("member with savings", MemberShow.View.render(member, in: context)),
        ("member dashboard", Dashboard.View.render(dashboard, in: context)),
    ]
        + Report.Model.Kind.allCases.map { kind in
            var report = Report.Model.mock(kind)
            report.cooperativeName = cooperative
            return ("report \(kind.rawValue)", Report.View.render(report, in: context))
        }
}
