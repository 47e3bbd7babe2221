import Foundation
import GuyubCore
import GuyubViews
import Testing

@Suite("Chart of accounts page")
struct ChartViewTests {
    let kas = Chart.Model.mock.rows[0]
    let listrik = Chart.Model.mock.rows[1]

    var model: Chart.Model {
        var model = Chart.Model.mock
        model.rows.append(
            .init(
                id: UUID(uuidString: "55555555-0000-0000-0000-000000000004")!, code: "4-1200",
                nameID: "Penjualan kepada non-anggota", nameEN: "Sales to non-members", type: .income,
                segment: .nonMember, isSystem: false, active: false, balance: -20_000))
        return model
    }

    @Test func accountsAreGroupedByTypeInChartOrder() {
        // when
        let html = Chart.View.render(model, in: boardContext(.id)).mainPart
        // then
        let headings = html.matches(of: /<h2>([^<]*)<\/h2>/).map { String($0.1) }
        #expect(headings == ["Aset", "Liabilitas", "Ekuitas", "Pendapatan", "Beban", "Tambah akun", "Unit usaha"])
        #expect(
            html.contains(
                #"<span class="code">1-1100</span><span class="account-name">Kas</span><span class="money">Rp 12.450.000</span>"#)
        )
        #expect(html.contains("Belum ada akun."))
    }

    @Test func segmentAndInactiveAreMarked() {
        // when
        let id = Chart.View.render(model, in: boardContext(.id)).mainPart
        let en = Chart.View.render(model, in: boardContext(.en)).mainPart
        // then
        #expect(
            id.contains(
                #"Penjualan kepada non-anggota<span class="muted"> · non-anggota</span> <span class="badge inactive">Tidak aktif</span>"#
            ))
        #expect(id.contains(#"<li class="inactive">"#))
        #expect(id.contains("(Rp 20.000)"))
        #expect(
            en.contains(
                #"Sales to non-members<span class="muted"> · non-members</span> <span class="badge inactive">Inactive</span>"#))
        #expect(en.contains(#"<span class="account-name">Cash on hand</span>"#))
    }

    @Test func eachAccountHasACompactForm() throws {
        // when
        let html = Chart.View.render(model, in: boardContext(.id))
        // then
        let system = try #require(html.forms.first { $0.tag.contains(SiteURL.account(kas.id).path) })
        #expect(system.tag.contains(#"method="post""#))
        #expect(system.body.contains(csrfInput))
        #expect(system.body.contains(#"name="nameID" value="Kas""#))
        #expect(system.body.contains(#"name="nameEN" value="Cash on hand""#))
        #expect(!system.body.contains(#"name="active""#), "the system posts to it: names only")
        let own = try #require(html.forms.first { $0.tag.contains(SiteURL.account(listrik.id).path) })
        #expect(
            own.body.contains(
                #"name="active"><option value="true" selected="selected">Aktif</option><option value="false">Tidak aktif</option></select>"#
            ))
        #expect(html.occurrences(of: "<details>") == 3)
    }

    @Test func addFormFollowsTheContract() throws {
        // when
        let html = Chart.View.render(model, in: boardContext(.id))
        // then
        let add = try #require(html.forms.first { $0.tag.contains(#"action="/books/accounts" "#) })
        #expect(add.body.contains(csrfInput))
        for name in ["code", "nameID", "nameEN"] { #expect(add.body.contains(#"name="\#(name)""#)) }
        #expect(add.body.contains(#"<option value="expense" selected="selected">Beban</option>"#))
        #expect(add.body.contains(#"<option value="liability">Liabilitas</option>"#))
        #expect(add.body.contains(#"<option value="none" selected="selected">umum</option>"#))
        #expect(add.body.contains(#"<option value="non_member">non-anggota</option>"#))
        #expect(add.body.contains("Mis. 5-3200."))
    }

    @Test func errorsGoToTheFormThatWasSent() throws {
        // given: a refused new account, then a refused rename.
        var adding = model
        adding.values.code = "9-9999"
        adding.errors = ["code": "Kode akun ditulis seperti 5-3200.", "form": "Tidak tersimpan."]
        var renaming = model
        renaming.editing = listrik.id
        renaming.values.nameID = ""
        renaming.values.nameEN = "Power"
        renaming.errors = ["nameID": "Nama akun wajib diisi."]
        // when
        let added = Chart.View.render(adding, in: boardContext(.id))
        let renamed = Chart.View.render(renaming, in: boardContext(.id))
        // then
        let add = try #require(added.forms.first { $0.tag.contains(#"action="/books/accounts" "#) })
        #expect(add.body.inputValue(named: "code") == "9-9999")
        #expect(add.body.contains(#"<p class="field-error" id="field-code-note">Kode akun ditulis seperti 5-3200.</p>"#))
        #expect(added.contains(#"<div class="notice notice-error" role="alert"><p>Tidak tersimpan.</p></div>"#))
        #expect(!added.contains("<details open"))
        let row = try #require(renamed.forms.first { $0.tag.contains(SiteURL.account(listrik.id).path) })
        #expect(row.body.contains("Nama akun wajib diisi."))
        #expect(row.body.contains(#"name="nameEN" value="Power""#))
        #expect(renamed.occurrences(of: #"<details open="open">"#) == 1)
        let add2 = try #require(renamed.forms.first { $0.tag.contains(#"action="/books/accounts" "#) })
        #expect(!add2.body.contains("field-error"))
    }

    @Test func readersSeeNoForms() {
        // given
        var reader = model
        reader.canEdit = false
        // when and check
        #expect(!Chart.View.render(reader, in: boardContext(.id)).mainPart.contains("<form"))
    }
}

@Suite("Financial statement pages")
struct ReportViewTests {
    @Test(
        "title and period for each statement",
        arguments: [
            (Report.Model.Kind.trialBalance, "Neraca saldo", "1 Jan 2026 – 30 Nov 2026"),
            (.balanceSheet, "Laporan posisi keuangan", "per 30 Nov 2026"),
            (.incomeStatement, "Laporan hasil usaha", "1 Jan 2026 – 30 Nov 2026"),
            (.equityChanges, "Laporan perubahan ekuitas", "1 Jan 2026 – 30 Nov 2026"),
            (.cashFlow, "Laporan arus kas", "1 Jan 2026 – 30 Nov 2026"),
        ])
    func heading(kind: Report.Model.Kind, title: String, period: String) throws {
        // when
        let html = Report.View.render(.mock(kind), in: boardContext(.id)).mainPart
        // then
        #expect(
            html.contains(
                #"<p class="lead">Koperasi Desa Merah Putih Sukamaju</p><h1>\#(title)</h1><p class="period">\#(period)</p>"#))
        // Tabs lead to the other statements of the same period; this one is marked.
        for other in Report.Model.Kind.allCases {
            let url = SiteURL.report(
                other, from: CivilDate(year: 2026, month: 1, day: 1),
                to: CivilDate(year: 2026, month: 11, day: 30)
            ).path
            #expect(html.contains(#"href="\#(url)""#), "\(other)")
        }
        #expect(html.occurrences(of: #"aria-current="page""#) == 1)
        // The period form, the CSV and printing.
        let form = try #require(html.forms.first)
        #expect(form.tag == #"<form action="\#(SiteURL.report(kind).path)" method="get" class="search period-form">"#)
        #expect(form.body.contains(#"name="to" value="30/11/2026""#))
        #expect(form.body.contains(#"name="from""#) == (kind != .balanceSheet))
        #expect(
            html.contains(
                #"<a href="/books/reports/\#(kind.rawValue)?from=2026-01-01&to=2026-11-30&format=csv" class="button secondary">Unduh CSV</a>"#
            ))
        #expect(html.contains(#"data-print>Cetak</button>"#))
    }

    @Test func theBalanceSheetNeedsOnlyADate() {
        let en = Report.View.render(.mock, in: boardContext(.en)).mainPart
        #expect(en.contains(#"<p class="period">as at 30 Nov 2026</p>"#))
        #expect(en.contains(#"<label for="field-to">As at</label>"#))
        #expect(!en.contains(#"name="from""#))
    }

    @Test func trialBalanceWithTotalsAndSides() {
        // when
        let html = Report.View.render(.mock(.trialBalance), in: boardContext(.id)).mainPart
        let en = Report.View.render(.mock(.trialBalance), in: boardContext(.en)).mainPart
        // then
        #expect(html.contains("Seimbang: jumlah debit sama dengan jumlah kredit."))
        #expect(
            html.contains(
                #"<span class="code">1-1100</span> Kas</span></td><td data-label="Saldo awal" class="num"><span class="money">Rp 0</span></td><td data-label="Debit" class="num"><span class="money">Rp 1.500.000</span></td><td data-label="Kredit" class="num"><span class="money">Rp 350.000</span></td><td data-label="Saldo akhir" class="num"><span class="nowrap"><span class="money">Rp 1.150.000</span> D</span>"#
            ))
        #expect(html.contains(#"<span class="money">Rp 1.000.000</span> K</span>"#))
        #expect(
            html.contains(
                #"<tfoot><tr><td data-label="Akun">Jumlah</td><td data-label="Saldo awal" class="num"></td><td data-label="Debit" class="num"><span class="money">Rp 1.850.000</span></td><td data-label="Kredit" class="num"><span class="money">Rp 1.850.000</span></td>"#
            ))
        #expect(en.contains(#"<span class="money">Rp 1.150.000</span> Dr</span>"#))
        #expect(en.contains("Cash on hand"))
    }

    @Test func anUnbalancedTrialBalanceWarns() {
        // given: one line whose credit has no debit.
        let broken = TrialBalance([
            AccountBalance(
                code: "1-1100", nameID: "Kas", nameEN: "Cash", type: .asset, normalSide: .debit,
                role: .cash, segment: .none, opening: 0, debits: 0, credits: 10)
        ])
        var model = Report.Model.mock(.trialBalance)
        model.content = .trialBalance(broken)
        // when
        let html = Report.View.render(model, in: boardContext(.id)).mainPart
        // then
        #expect(html.contains(#"<p class="notice notice-error" role="alert">TIDAK seimbang"#))
    }

    @Test func balanceSheetWithTheYearsSurplusInParentheses() {
        // when
        let html = Report.View.render(.mock, in: boardContext(.id)).mainPart
        // then: the mock's expenses make a loss of Rp 350.000 this year.
        #expect(html.contains(#"<tr class="group"><th colspan="2" scope="colgroup">Aset</th></tr>"#))
        #expect(
            html.contains(
                #"<tr><td><span class="code">1-1100</span> Kas</td><td class="num"><span class="money">Rp 1.150.000</span></td></tr>"#
            ))
        #expect(
            html.contains(
                #"<tr class="subtotal"><td>Jumlah aset</td><td class="num"><span class="money">Rp 1.150.000</span></td></tr>"#))
        #expect(
            html.contains(#"<tr><td>SHU tahun berjalan</td><td class="num"><span class="money">(Rp 350.000)</span></td></tr>"#))
        #expect(
            html.contains(
                #"<tr class="subtotal"><td>Jumlah ekuitas</td><td class="num"><span class="money">Rp 150.000</span></td></tr>"#))
        #expect(
            html.contains(
                #"<tr class="total"><td>Jumlah liabilitas dan ekuitas</td><td class="num"><span class="money">Rp 1.150.000</span></td></tr>"#
            ))
        #expect(!html.contains("Aset tidak sama dengan"))
    }

    @Test func incomeStatementKeepsMembersAndNonMembersApart() {
        // given
        let trial = TrialBalance([
            AccountBalance(
                code: "4-1100", nameID: "Jasa pinjaman anggota", nameEN: "Loan interest, members", type: .income,
                normalSide: .credit, role: nil, segment: .member, opening: 0, debits: 0, credits: 900_000),
            AccountBalance(
                code: "4-1200", nameID: "Penjualan non-anggota", nameEN: "Sales, non-members", type: .income,
                normalSide: .credit, role: nil, segment: .nonMember, opening: 0, debits: 0, credits: 400_000),
            AccountBalance(
                code: "5-1200", nameID: "HPP non-anggota", nameEN: "Cost of sales, non-members", type: .expense,
                normalSide: .debit, role: nil, segment: .nonMember, opening: 0, debits: 500_000, credits: 0),
        ])
        var model = Report.Model.mock(.incomeStatement)
        model.content = .incomeStatement(IncomeStatement(trial))
        // when
        let html = Report.View.render(model, in: boardContext(.id)).mainPart
        // then
        let groups = html.matches(of: /<tr class="group"><th colspan="4" scope="colgroup">([^<]*)<\/th>/).map { String($0.1) }
        #expect(groups == ["Pendapatan usaha", "Beban pokok pendapatan", "Beban usaha"])
        #expect(
            html.contains(
                #"<tr><td><span class="code">4-1100</span> Jasa pinjaman anggota</td><td class="num" data-label="Anggota"><span class="money">Rp 900.000</span></td><td class="num"></td><td class="num" data-label="Jumlah"><span class="money">Rp 900.000</span></td></tr>"#
            ))
        #expect(
            html.contains(
                #"<tr class="subtotal"><td>Hasil usaha kotor</td><td class="num" data-label="Anggota"><span class="money">Rp 900.000</span></td><td class="num" data-label="Non-anggota"><span class="money">(Rp 100.000)</span></td><td class="num" data-label="Jumlah"><span class="money">Rp 800.000</span></td></tr>"#
            ))
        #expect(
            html.contains(
                #"<tr class="total"><td>Sisa hasil usaha (SHU) setelah pajak</td><td class="num" data-label="Anggota"><span class="money">Rp 900.000</span></td><td class="num" data-label="Non-anggota"><span class="money">(Rp 100.000)</span></td><td class="num" data-label="Jumlah"><span class="money">Rp 800.000</span></td></tr>"#
            ))
        #expect(!html.contains("Pos bersama dibagi"))
    }

    @Test func sharedCostsShowInTheTotalAndAreDividedAtTheFoot() {
        // given: revenue Rp 900.000 from members and Rp 100.000 from others; Rp 200.000 of shared costs.
        let trial = TrialBalance([
            AccountBalance(
                code: "4-1100", nameID: "Jasa pinjaman anggota", nameEN: "", type: .income, normalSide: .credit,
                role: nil, segment: .member, opening: 0, debits: 0, credits: 900_000),
            AccountBalance(
                code: "4-2200", nameID: "Penjualan kepada non-anggota", nameEN: "", type: .income, normalSide: .credit,
                role: nil, segment: .nonMember, opening: 0, debits: 0, credits: 100_000),
            AccountBalance(
                code: "5-3100", nameID: "Beban usaha", nameEN: "", type: .expense, normalSide: .debit,
                role: .operatingExpense, segment: .none, opening: 0, debits: 200_000, credits: 0),
        ])
        var model = Report.Model.mock(.incomeStatement)
        model.content = .incomeStatement(IncomeStatement(trial))
        // when
        let html = Report.View.render(model, in: boardContext(.id)).mainPart
        // then: the shared Rp 200.000 goes 9:1, so members' Rp 900.000 becomes Rp 720.000.
        #expect(
            html.contains(
                #"<tr><td><span class="code">5-3100</span> Beban usaha</td><td class="num"></td><td class="num"></td><td class="num" data-label="Jumlah"><span class="money">Rp 200.000</span></td></tr>"#
            ))
        #expect(
            html.contains(
                #"<tr><td>Pos bersama dibagi menurut pendapatan usaha</td><td class="num" data-label="Anggota"><span class="money">(Rp 180.000)</span></td><td class="num" data-label="Non-anggota"><span class="money">(Rp 20.000)</span></td><td class="num"></td></tr>"#
            ))
        #expect(
            html.contains(
                #"<tr class="total"><td>Sisa hasil usaha (SHU) setelah pajak</td><td class="num" data-label="Anggota"><span class="money">Rp 720.000</span></td><td class="num" data-label="Non-anggota"><span class="money">Rp 80.000</span></td><td class="num" data-label="Jumlah"><span class="money">Rp 800.000</span></td></tr>"#
            ))
    }

    @Test func equityChangesEndWithThePeriodsSurplus() {
        // when
        let html = Report.View.render(.mock(.equityChanges), in: boardContext(.id)).mainPart
        // then
        #expect(
            html.contains(
                #"<span class="code">3-1100</span> Simpanan pokok</span></td><td data-label="Saldo awal" class="num"><span class="money">Rp 0</span></td><td data-label="Penambahan" class="num"><span class="money">Rp 500.000</span></td>"#
            ))
        #expect(
            html.contains(
                #"<td data-label="Akun">SHU periode ini</td><td data-label="Saldo awal" class="num"></td><td data-label="Penambahan" class="num"><span class="money">(Rp 350.000)</span>"#
            ))
        #expect(
            html.contains(#"<td data-label="Saldo akhir" class="num"><span class="money">Rp 150.000</span></td></tr></tfoot>"#))
    }

    @Test func cashFlowByActivityWithOpeningAndClosingCash() {
        // given: a deposit in cash (operating) and a stake in a secondary cooperative paid from the bank (investing).
        func account(_ code: String, _ type: AccountType, _ role: AccountRole?) -> AccountBalance {
            AccountBalance(
                code: code, nameID: "Akun \(code)", nameEN: "Account \(code)", type: type, normalSide: .debit,
                role: role, segment: .none, opening: 0, debits: 0, credits: 0)
        }
        let flow = CashFlow(
            opening: 1_000_000,
            lines: [
                .init(entry: 1, account: account("1-1100", .asset, .cash), isCash: true, delta: 300_000),
                .init(entry: 1, account: account("2-1100", .liability, .savingsSukarela), isCash: false, delta: -300_000),
                .init(entry: 2, account: account("1-1200", .asset, .bank), isCash: true, delta: -200_000),
                .init(entry: 2, account: account("1-5100", .asset, .secondaryStakes), isCash: false, delta: 200_000),
            ])
        var model = Report.Model.mock(.cashFlow)
        model.content = .cashFlow(flow)
        // when
        let html = Report.View.render(model, in: boardContext(.id)).mainPart
        // then
        #expect(
            html.contains(
                #"<span class="code">2-1100</span> Penerimaan: Akun 2-1100</td><td class="num"><span class="money">Rp 300.000</span>"#
            ))
        #expect(
            html.contains(
                #"<span class="code">1-5100</span> Pengeluaran: Akun 1-5100</td><td class="num"><span class="money">(Rp 200.000)</span>"#
            ))
        #expect(
            html.contains(#"<td>Kas bersih dari aktivitas operasi</td><td class="num"><span class="money">Rp 300.000</span>"#))
        #expect(
            html.contains(#"<td>Kas bersih dari aktivitas investasi</td><td class="num"><span class="money">(Rp 200.000)</span>"#)
        )
        #expect(html.contains("Tidak ada arus kas."), "no financing this period")
        #expect(html.contains(#"<td>Kenaikan (penurunan) kas</td><td class="num"><span class="money">Rp 100.000</span>"#))
        #expect(
            html.contains(#"<td>Kas dan setara kas awal periode</td><td class="num"><span class="money">Rp 1.000.000</span>"#))
        #expect(
            html.contains(
                #"<tr class="total"><td>Kas dan setara kas akhir periode</td><td class="num"><span class="money">Rp 1.100.000</span>"#
            ))
    }
}

@Suite("Month end page")
struct MonthEndViewTests {
    @Test func showsWhatClosingWillPost() {
        // when
        let html = MonthEndPage.View.render(.mock, in: boardContext(.id)).mainPart
        // then
        #expect(html.contains("<h2>Bulan berikutnya untuk ditutup: November 2026</h2>"))
        #expect(html.contains(#"<dt>Jasa simpanan sukarela</dt><dd><span class="money">Rp 152.340</span></dd>"#))
        #expect(html.contains(#"<dt>Pajak dipotong</dt><dd><span class="money">Rp 0</span></dd>"#))
        #expect(html.contains(#"<dt>Akrual jasa simpanan berjangka</dt><dd><span class="money">Rp 84.931</span></dd>"#))
        #expect(html.contains("<dt>Simpanan berjangka jatuh tempo</dt><dd>1 rekening</dd>"))
        #expect(html.contains("<dt>Tagihan simpanan wajib</dt><dd>44 anggota</dd>"))
    }

    @Test func closingNeedsAConfirmationAndSaysWhatItLocks() throws {
        // when
        let html = MonthEndPage.View.render(.mock, in: boardContext(.id))
        // then
        let form = try #require(html.mainPart.forms.first)
        #expect(form.tag == #"<form action="/books/month-end/2026-11" method="post" class="close-form">"#)
        #expect(form.body.contains(csrfInput))
        #expect(form.body.contains(#"<input type="checkbox" name="confirm" value="1" required/>"#))
        #expect(form.body.contains(#"<button type="submit" class="primary">Tutup buku November 2026</button>"#))
        #expect(html.contains("Setelah ditutup, jurnal bertanggal November 2026 atau sebelumnya ditolak"))
    }

    @Test func noFormForThoseWhoMayNotClose() {
        var model = MonthEndPage.Model.mock
        model.canClose = false
        let html = MonthEndPage.View.render(model, in: boardContext(.id)).mainPart
        #expect(!html.contains("<form"))
        #expect(html.contains("Rp 152.340"))
    }

    @Test func aMonthNotOverYet() {
        // given
        var model = MonthEndPage.Model.mock
        model.plan = nil
        // when
        let id = MonthEndPage.View.render(model, in: boardContext(.id)).mainPart
        let en = MonthEndPage.View.render(model, in: boardContext(.en)).mainPart
        // then
        #expect(id.contains("Bulan ini belum berakhir. November 2026 dapat ditutup mulai 1 Des 2026."))
        #expect(en.contains("This month is not over yet."))
        #expect(!id.contains("<form action=\"/books/month-end/"))
    }

    @Test func errorsAndHistory() {
        // given
        var model = MonthEndPage.Model.mock
        model.error = "Bulan ini tidak dapat ditutup sekarang."
        var empty = MonthEndPage.Model.mock
        empty.closings = []
        // when
        let html = MonthEndPage.View.render(model, in: boardContext(.id)).mainPart
        // then
        #expect(
            html.contains(#"<div class="notice notice-error" role="alert"><p>Bulan ini tidak dapat ditutup sekarang.</p></div>"#))
        #expect(
            html.contains(
                #"<td data-label="Bulan">Oktober 2026</td><td data-label="Ditutup pada">1 Nov 2026 09.26</td><td data-label="Oleh">Sri Wahyuni</td>"#
            ))
        #expect(MonthEndPage.View.render(empty, in: boardContext(.id)).contains("Belum ada bulan yang ditutup."))
    }
}
