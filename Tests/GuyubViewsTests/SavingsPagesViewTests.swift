import Foundation
import GuyubCore
import GuyubViews
import Testing

@Suite("Statement page (rekening koran)")
struct StatementViewTests {
    let account = SavingsRow.mocks[2]

    @Test func namesTheMemberTheAccountAndThePeriod() {
        // when
        let id = Statement.View.render(.mock, in: boardContext(.id)).mainPart
        let en = Statement.View.render(.mock, in: boardContext(.en)).mainPart
        // then
        #expect(id.contains("<h1>Rekening koran simpanan sukarela</h1>"))
        #expect(id.contains(#"<a href="\#(SiteURL.member(MemberRow.mocks[0].id).path)"><strong>Siti Aminah</strong>"#))
        #expect(id.contains("Simpanan sukarela · Dibuka 15 Jan 2024"))
        #expect(id.contains(#"<p class="period">Sejak 1 Nov 2026</p>"#))
        #expect(en.contains("<h1>Statement of voluntary savings</h1>"))
    }

    @Test func periodFormIsAGetFormWithTwoDates() throws {
        // when
        let html = Statement.View.render(.mock, in: boardContext(.id)).mainPart
        // then
        let form = try #require(html.forms.first)
        #expect(form.tag == #"<form action="\#(SiteURL.statement(account.id).path)" method="get" class="search period-form">"#)
        #expect(form.body.contains(#"<input type="text" id="field-from" name="from" value="01/11/2026" inputmode="numeric""#))
        #expect(form.body.contains(#"<input type="text" id="field-to" name="to" value inputmode="numeric""#))
        #expect(!form.body.contains("_csrf"))
    }

    @Test func linesRunFromTheOpeningToTheClosingBalance() {
        // when
        let html = Statement.View.render(.mock, in: boardContext(.id)).mainPart
        // then
        #expect(html.contains(#"<p class="balance-line"><span>Saldo awal</span><span class="money">Rp 1.000.000</span></p>"#))
        #expect(
            html.contains(#"<p class="balance-line closing"><span>Saldo akhir</span><span class="money">Rp 1.250.000</span></p>"#)
        )
        #expect(
            html.contains(
                #"<td data-label="Masuk" class="num"><span class="money">Rp 300.000</span></td><td data-label="Keluar" class="num"></td>"#
            ))
        #expect(
            html.contains(
                #"<td data-label="Masuk" class="num"></td><td data-label="Keluar" class="num"><span class="money">Rp 50.000</span></td>"#
            ))
        #expect(html.contains(#"<td data-label="Saldo" class="num"><span class="money">Rp 1.300.000</span></td>"#))
        #expect(html.contains("3 Nov 2026"))
        // Numbers lead to the receipts.
        for line in Statement.Model.mock.lines {
            #expect(html.contains(#"<a href="\#(SiteURL.receipt(line.entryID).path)">\#(line.number)</a>"#))
        }
    }

    @Test func numbersAreNotLinksWhenReceiptsAreNotOffered() {
        // given
        var model = Statement.Model.mock
        model.linksReceipts = false
        // when
        let html = Statement.View.render(model, in: boardContext(.id)).mainPart
        // then
        #expect(!html.contains("/receipts/"))
        #expect(html.contains(#"<td data-label="No. bukti">1001</td>"#))
    }

    @Test func csvAndPrint() {
        // when
        let html = Statement.View.render(.mock, in: boardContext(.id)).mainPart
        // then
        let csv = SiteURL.statement(account.id, from: CivilDate(year: 2026, month: 11, day: 1), csv: true).path
        #expect(csv.hasSuffix("?from=2026-11-01&format=csv"))
        #expect(html.contains(#"<a href="\#(csv)" class="button secondary">Unduh CSV</a>"#))
        #expect(html.contains(#"data-print>Cetak</button>"#))
    }

    @Test func anEmptyPeriodSaysSoAndKeepsTheBalance() {
        // given
        var model = Statement.Model.mock
        model.lines = []
        // when
        let html = Statement.View.render(model, in: boardContext(.id)).mainPart
        // then
        #expect(html.contains("Tidak ada transaksi pada periode ini."))
        #expect(html.contains(#"<span>Saldo akhir</span><span class="money">Rp 1.000.000</span>"#))
        #expect(!html.contains("<table"))
    }
}

@Suite("Arrears page")
struct ArrearsViewTests {
    @Test func listsWhoOwesWithACallLink() {
        // when
        let html = Arrears.View.render(.mock, in: boardContext(.id)).mainPart
        // then
        #expect(html.contains("Jumlah tunggakan Rp 80.000 dari 2 anggota"))
        #expect(html.contains(#"<a href="\#(SiteURL.member(MemberRow.mocks[0].id).path)"><span class="name">Siti Aminah</span>"#))
        #expect(html.contains(#"<a href="tel:+6281234567890" class="nowrap">0812-3456-7890</a>"#))
        #expect(html.contains(#"<span class="money">Rp 30.000</span><span class="owed-months">3 bulan sejak Sep 2026</span>"#))
        #expect(html.contains(#"<td data-label="Pokok" class="num"><span class="money">Rp 50.000</span></td>"#))
        #expect(html.contains(#"<td data-label="Jumlah" class="num"><strong><span class="money">Rp 80.000</span></strong></td>"#))
        #expect(html.contains(#"<a href="/savings/arrears?format=csv" class="button secondary">Unduh CSV</a>"#))
    }

    @Test func englishSaysMonthsSince() {
        let html = Arrears.View.render(.mock, in: boardContext(.en)).mainPart
        #expect(html.contains("3 months since Sep 2026"))
        #expect(html.contains("Rp 80.000 owed by 2 members"))
    }

    @Test func theTreasurerCanBillTheMonth() throws {
        // when
        let html = Arrears.View.render(.mock, in: boardContext(.id))
        // then
        let form = try #require(html.forms.first { $0.tag.contains(SiteURL.billDues.path) })
        #expect(form.tag.contains(#"method="post""#))
        #expect(form.body.contains(csrfInput))
        #expect(form.body.contains(#"<input type="hidden" name="month" value="2026-11"/>"#))
        #expect(form.body.contains(#"<button type="submit" class="primary">Tagih wajib November 2026</button>"#))
    }

    @Test func noBillingWithoutABillableMonth() {
        // given
        var model = Arrears.Model.mock
        model.billableMonth = nil
        // when
        let html = Arrears.View.render(model, in: boardContext(.id))
        // then
        #expect(!html.contains(SiteURL.billDues.path))
    }

    @Test func saysWhenNobodyOwes() {
        // when
        let html = Arrears.View.render(.init(rows: [], billableMonth: nil), in: boardContext(.id)).mainPart
        // then
        #expect(html.contains("Tidak ada tunggakan: semua anggota sudah melunasi simpanan wajib dan pokok."))
        #expect(!html.contains("<table"))
    }
}

@Suite("Savings settings page")
struct SavingsSettingsViewTests {
    @Test func formPostsEveryField() throws {
        // when
        let html = SavingsSettingsForm.View.render(.mock, in: boardContext(.id))
        // then
        let form = try #require(html.mainPart.forms.first)
        #expect(form.tag == #"<form action="/settings/savings" method="post" class="settings-form">"#)
        #expect(form.body.contains(csrfInput))
        for (name, value) in [
            ("pokokAmount", "50000"), ("wajibAmount", "10000"), ("sukarelaRate", "3"),
            ("sukarelaMinimum", "10000"), ("earlyBreakPenalty", "1"),
            ("interestTaxThreshold", "240000"), ("interestTaxRate", "10"),
        ] {
            #expect(form.body.inputValue(named: name) == value, "\(name)")
        }
        #expect(
            form.body.contains(
                #"name="wajibClasses" autocomplete="off" maxlength="2000" aria-describedby="field-wajibClasses-note" rows="3">pegawai = 20000</textarea>"#
            ))
        #expect(form.body.contains("rows=\"4\">3 = 4.5\n6 = 5\n12 = 5.5</textarea>"))
        #expect(form.body.contains(#"<select id="field-sukarelaBasis" name="sukarelaBasis" required"#))
        #expect(form.body.contains(#"<option value="lowest" selected="selected">Saldo terendah sebulan</option>"#))
        #expect(form.body.contains(#"<option value="average">Saldo rata-rata harian</option>"#))
        #expect(form.body.contains("PP 15/2009"))
        #expect(form.body.contains(#"<select id="field-wajibEveryMonths" name="wajibEveryMonths" required"#))
        #expect(form.body.contains(#"<option value="1" selected="selected">Setiap bulan</option>"#))
        #expect(form.body.contains(#"<option value="3">Setiap 3 bulan (triwulan)</option>"#))
        #expect(form.body.occurrences(of: "<option") == 2 + 6)
    }

    @Test func errorsBySameNames() {
        // given
        var model = SavingsSettingsForm.Model.mock
        model.errors = ["terms": "Baris 2: tulis bulan = persen.", "form": "Pengaturan tidak tersimpan."]
        // when
        let html = SavingsSettingsForm.View.render(model, in: boardContext(.id)).mainPart
        // then
        #expect(html.contains(#"<p class="field-error" id="field-terms-note">Baris 2: tulis bulan = persen.</p>"#))
        #expect(html.contains("<p>Periksa isian yang ditandai.</p><p>Pengaturan tidak tersimpan.</p>"))
    }

    @Test func readOnlyShowsTheValuesWithoutAForm() {
        // given
        var model = SavingsSettingsForm.Model.mock
        model.canEdit = false
        // when
        let id = SavingsSettingsForm.View.render(model, in: boardContext(.id)).mainPart
        let en = SavingsSettingsForm.View.render(model, in: boardContext(.en)).mainPart
        // then
        #expect(!id.contains("<form"))
        #expect(id.contains("<dt>Simpanan pokok (Rp)</dt><dd>Rp 50.000</dd>"))
        #expect(id.contains("<li>pegawai: Rp 20.000</li>"))
        #expect(id.contains("<li>3 bulan: 4,5%</li><li>6 bulan: 5%</li><li>12 bulan: 5,5%</li>"))
        #expect(id.contains("<dd>Saldo terendah sebulan</dd>"))
        #expect(id.contains("<dt>Periode simpanan wajib</dt><dd>Setiap bulan</dd>"))
        #expect(id.contains("<dt>Tarif pajak final (%)</dt><dd>10%</dd>"))
        #expect(en.contains("<li>3 months: 4.5%</li>"))
        #expect(en.contains("Only the board can change these settings."))
    }
}
