import Foundation
import GuyubCore
import GuyubViews
import Testing

/// What every page of the savings, teller and books area must do, like `LanguageTests` and
/// `SecurityTests` for the members' pages.
@Suite("Savings and books pages: language, forms, scripts, escaping")
struct MoneyPagesTests {
    static let indonesianWords = LanguageTests.indonesianWords.union([
        "simpanan", "setoran", "penarikan", "jurnal", "akun", "bulan", "jumlah", "laporan", "tunggakan", "tagih", "cetak",
        "bukti", "kasir", "pembukuan", "tutup", "pajak", "jasa", "beban", "pendapatan", "usaha", "ekuitas", "saldo",
        "rekening", "koran", "pokok", "sukarela", "berjangka", "terbilang", "kas", "koperasi", "setahun", "jatuh", "tempo",
        "masuk", "ditutup", "aktif", "kredit", "aset", "liabilitas", "neraca", "arus", "unduh", "tampilkan", "sampai",
        "dengan", "penerimaan", "pengeluaran", "jenis", "cara", "bayar", "tunai", "cairkan", "anggota",
    ])
    static let englishWords = LanguageTests.englishWords.union([
        "deposit", "withdrawal", "balance", "savings", "statement", "print", "download", "account", "accounts", "total",
        "receipt", "teller", "books", "journal", "income", "expenses", "equity", "assets", "liabilities", "month",
        "close", "tax", "interest", "amount", "cash", "term", "voluntary", "mandatory", "principal", "show", "from",
        "paid", "in", "owed", "unpaid", "settings", "closed", "words",
    ])

    @Test func englishPagesHaveNoIndonesianWords() {
        // given
        let context = boardContext(
            .en,
            user: SignedInUser(
                name: "Hartono", cooperativeName: "Sukamaju Cooperative",
                sections: NavSection.allCases))
        for page in englishMoneyPages(context) {
            // when
            let leaked = page.html.visibleWords.intersection(Self.indonesianWords)
            // then
            #expect(leaked.isEmpty, "\(page.name): \(leaked.sorted())")
            #expect(page.html.hasPrefix(#"<!DOCTYPE html><html lang="en">"#))
        }
    }

    @Test func indonesianPagesHaveNoEnglishWords() {
        for page in moneyPages(boardContext(.id)) {
            // when
            let leaked = page.html.visibleWords.intersection(Self.englishWords)
            // then
            #expect(leaked.isEmpty, "\(page.name): \(leaked.sorted())")
        }
    }

    @Test func theWordListsWouldCatchALeak() {
        // A view that typed "Saldo" into an English page, or "Balance" into an Indonesian one.
        #expect(#"<body><td data-label="Saldo">1</td></body>"#.visibleWords.intersection(Self.indonesianWords) == ["saldo"])
        #expect("<body><p>Balance</p></body>".visibleWords.intersection(Self.englishWords) == ["balance"])
    }

    @Test(arguments: Language.allCases)
    func everyPostFormCarriesTheCSRFToken(language: Language) {
        for page in moneyPages(boardContext(language)) {
            // when
            let post = page.html.forms.filter { $0.tag.contains(#"method="post""#) }
            // then: the sign-out form, and the page's own.
            #expect(post.count == 1 + page.postForms, "\(page.name)")
            for form in post {
                #expect(form.body.contains(csrfInput), "\(page.name): \(form.tag)")
            }
            for form in page.html.forms where form.tag.contains(#"method="get""#) {
                #expect(!form.body.contains("_csrf"), "\(page.name): \(form.tag)")
            }
        }
    }

    @Test func oneScriptFileOnEveryPageAndNoInlineCode() {
        // given
        let pages = moneyPages(boardContext(.id)).map { ($0.name, $0.html) } + allPages(boardContext(.id))
        var printable = 0
        for (name, html) in pages {
            // then: one external script, deferred, in the head; a print button at most once; never inline code.
            #expect(html.occurrences(of: "<script") == 1, "\(name)")
            let head = html.components(separatedBy: "</head>").first ?? ""
            #expect(head.occurrences(of: #"<script src="/js/app.js" defer></script>"#) == 1, "\(name)")
            if html.contains("data-print") {
                printable += 1
                #expect(html.occurrences(of: #"<button type="button" class="print-button" data-print>"#) == 1, "\(name)")
            }
            #expect(!html.contains("onclick"), "\(name)")
            #expect(!html.contains("javascript:"), "\(name)")
            // The content security policy refuses inline styles as it does inline scripts.
            #expect(!html.contains(" style=\""), "\(name)")
        }
        #expect(
            printable == 2 + Report.Model.Kind.allCases.count + 3 + 2 + 1 + 1 + 1 + 1 + 1 + 1 + 3,
            "receipt, statement, the reports, a loan, the loan portfolio, the loan simulation, a sale's receipt twice, the shop's sales report, a stock take's count sheet, a member's card, the supply report, a member's referral card, the engagement page, an agreement thrice"
        )
    }

    static let attack = #"<script>alert(1)</script>"><img src=x onerror=alert(2)>"#

    @Test func userDataIsEscapedEverywhere() {
        // given: markup wherever a person could have typed something.
        let attack = Self.attack
        var row = MemberRow.mocks[0]
        row.name = attack
        row.phone = attack
        var teller = Teller.Model.mock
        teller.query = attack
        teller.member = row
        teller.results = [row]
        teller.values.amount = attack
        teller.values.note = attack
        teller.values.toMember = attack
        teller.values.kind = attack
        teller.errors = ["amount": attack, "form": attack]
        var receipt = Receipt.Model.mock
        receipt.cooperativeName = attack
        receipt.description = attack
        receipt.recordedBy = attack
        receipt.parties[0].name = attack
        receipt.lines[0].name = attack
        receipt.lines[0].code = attack
        var statement = Statement.Model.mock
        statement.member = row
        statement.lines[0].description = attack
        let arrears = Arrears.Model(
            rows: [.init(member: row, owed: Owed(wajib: 1, months: 1, since: nil, pokok: 0))],
            billableMonth: nil)
        var settings = SavingsSettingsForm.Model.mock
        settings.values.wajibClasses = attack
        settings.values.terms = attack
        settings.values.pokokAmount = attack
        settings.values.sukarelaBasis = attack
        settings.errors = ["form": attack, "terms": attack]
        var readOnly = settings
        readOnly.canEdit = false
        readOnly.values.wajibClasses = "\(attack) = \(attack)"
        var journal = Journal.Model.mock
        journal.rows[0].description = attack
        var entry = EntryShow.Model.mock
        entry.description = attack
        entry.recordedBy = attack
        entry.lines[0].memo = attack
        entry.lines[0].name = attack
        entry.reversalReason = attack
        entry.errors = ["reason": attack]
        var form = EntryForm.Model.mock
        form.description = attack
        form.lines[0].debit = attack
        form.lines[0].memo = attack
        form.lines[0].accountID = attack
        form.accounts[0].name = attack
        form.errors = ["lines[0]": attack, "form": attack]
        var chart = Chart.Model.mock
        chart.rows[1].nameID = attack
        chart.rows[1].nameEN = attack
        chart.values.code = attack
        chart.errors = ["code": attack]
        var report = Report.Model.mock
        report.cooperativeName = attack
        report.content = .balanceSheet(
            BalanceSheet(
                TrialBalance([
                    AccountBalance(
                        code: attack, nameID: attack, nameEN: attack, type: .asset, normalSide: .debit, role: nil,
                        segment: .none, opening: 0, debits: 1, credits: 0)
                ])))
        var monthEnd = MonthEndPage.Model.mock
        monthEnd.error = attack
        monthEnd.closings[0].closedBy = attack
        var member = MemberShow.Model.mock
        member.row = row
        member.savings = SavingsRow.mocks
        // when
        let pages = [
            Teller.View.render(teller, in: boardContext()), Receipt.View.render(receipt, in: boardContext()),
            Statement.View.render(statement, in: boardContext()), Arrears.View.render(arrears, in: boardContext()),
            SavingsSettingsForm.View.render(settings, in: boardContext()),
            SavingsSettingsForm.View.render(readOnly, in: boardContext()),
            Journal.View.render(journal, in: boardContext()), EntryShow.View.render(entry, in: boardContext()),
            EntryForm.View.render(form, in: boardContext()), Chart.View.render(chart, in: boardContext()),
            Report.View.render(report, in: boardContext()), MonthEndPage.View.render(monthEnd, in: boardContext()),
            MemberShow.View.render(member, in: boardContext()),
        ]
        // then
        for (index, html) in pages.enumerated() {
            #expect(!html.contains("<script>alert"), "page \(index)")
            #expect(!html.contains("<img"), "page \(index)")
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "page \(index)")
        }
        // A value typed into a field reads back as it was typed.
        #expect(pages[0].inputValue(named: "q")?.unescapedAttribute == attack)
        #expect(pages[7].inputValue(named: "reason")?.unescapedAttribute == attack)
        // The phone becomes a tel: link of its digits only.
        #expect(pages[3].contains(#"href="tel:+12""#))
    }
}
