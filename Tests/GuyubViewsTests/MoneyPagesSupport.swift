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
    var dashboard = Dashboard.Model(cooperativeName: "Koperasi Desa Merah Putih Sukamaju", userName: "Siti Aminah",
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
        ("teller", Teller.View.render(.mock, in: context), 4),
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
        ("chart", Chart.View.render(.mock, in: context), 3),
        ("month end", MonthEndPage.View.render(.mock, in: context), 1),
        ("month end, not over", MonthEndPage.View.render(noPlan, in: context), 0),
        ("member with savings", MemberShow.View.render(member, in: context), 0),
        ("member dashboard", Dashboard.View.render(dashboard, in: context), 0),
    ] + Report.Model.Kind.allCases.map { kind in
        ("report \(kind.rawValue)", Report.View.render(.mock(kind), in: context), 0)
    }
}
