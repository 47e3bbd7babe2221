import Foundation
import GuyubCore
import GuyubViews
import Testing

@Suite("Books home page")
struct BooksHomeViewTests {
    @Test func showsTheFiguresThatMatterToday() {
        // when
        let html = BooksHome.View.render(.mock, in: boardContext(.id)).mainPart
        // then
        for (value, label) in [
            ("Rp 12.450.000", "Kas"), ("Rp 48.300.000", "Bank"), ("Rp 250.000", "QRIS belum masuk bank"),
            ("Rp 23.500.000", "Simpanan pokok dan wajib"),
            ("Rp 31.200.000", "Simpanan sukarela dan berjangka"), ("Rp 6.300.000", "SHU tahun berjalan"),
        ] {
            #expect(html.contains(#"<span class="figure-value">\#(value)</span><span class="figure-label">\#(label)</span>"#))
        }
        #expect(html.contains("Per 23 Nov 2026"))
        #expect(html.contains("Buku sudah ditutup sampai 31 Okt 2026."))
    }

    @Test func aLossShowsInParentheses() {
        // given
        var model = BooksHome.Model.mock
        model.surplusThisYear = -1_250_000
        // when and check
        #expect(
            BooksHome.View.render(model, in: boardContext(.id)).contains(#"<span class="figure-value">(Rp 1.250.000)</span>"#))
    }

    @Test func saysClearlyWhetherTheBooksBalance() {
        // given
        var model = BooksHome.Model.mock
        model.balanced = false
        model.closedThrough = nil
        // when
        let good = BooksHome.View.render(.mock, in: boardContext(.id)).mainPart
        let bad = BooksHome.View.render(model, in: boardContext(.id)).mainPart
        // then
        #expect(good.contains(#"<p class="notice notice-success books-check">Buku seimbang"#))
        #expect(bad.contains(#"<p class="notice notice-error books-check" role="alert">Buku TIDAK seimbang"#))
        #expect(bad.contains("Belum ada bulan yang ditutup."))
    }

    @Test func warnsOfACashBoxBelowZero() {
        // given
        var model = BooksHome.Model.mock
        model.negativeAssets = [StatementLine(code: "1-1100", nameID: "Kas", nameEN: "Cash on hand", amount: -1_505_011)]
        // when
        let warned = BooksHome.View.render(model, in: boardContext(.id)).mainPart
        let quiet = BooksHome.View.render(.mock, in: boardContext(.id)).mainPart
        // then
        #expect(warned.contains(#"<div class="notice notice-error" role="alert"><p>Saldo aset ini di bawah nol"#))
        #expect(warned.contains("<li>Kas: (Rp 1.505.011)</li>"))
        #expect(!quiet.contains("di bawah nol"))
    }

    @Test func leadsToEveryBookAndReport() {
        // given
        var reader = BooksHome.Model.mock
        reader.canKeepBooks = false
        // when
        let html = BooksHome.View.render(.mock, in: boardContext(.id)).mainPart
        let readOnly = BooksHome.View.render(reader, in: boardContext(.id)).mainPart
        // then
        let urls: [SiteURL] =
            [.journal(), .newEntry, .chart, .monthEnd, .arrears(), .savingsSettings]
            + Report.Model.Kind.allCases.map { .report($0) }
        for url in urls {
            #expect(html.contains(#"<a href="\#(url.path)">"#), "\(url.path)")
        }
        #expect(html.contains(#"<a href="/books/reports/balance-sheet">Laporan posisi keuangan</a>"#))
        #expect(!readOnly.contains(SiteURL.newEntry.path))
    }
}

@Suite("Journal page")
struct JournalViewTests {
    @Test func rowsLinkToTheirEntriesWithTheirKind() {
        // when
        let html = Journal.View.render(.mock, in: boardContext(.id)).mainPart
        // then
        for row in Journal.Model.mock.rows {
            #expect(html.contains(#"<a href="\#(SiteURL.entry(row.id).path)">\#(row.number)</a>"#))
        }
        #expect(html.contains(#"<span class="source">Manual</span> Bayar listrik kantor November"#))
        #expect(html.contains(#"<span class="source">Setoran</span> Setoran simpanan sukarela"#))
        #expect(html.contains(#"<span class="money">Rp 350.000</span>"#))
        #expect(html.contains("1.025 jurnal · Semua transaksi"))
    }

    @Test(
        "each source reads as a word",
        arguments: [
            (JournalSource.savingsWithdrawal, "Penarikan", "Withdrawal"), (.savingsTransfer, "Pindah buku", "Transfer"),
            (.reversal, "Pembalikan", "Reversal"), (.savingsInterest, "Jasa simpanan", "Savings interest"),
            (.savingsExit, "Pengembalian simpanan", "Savings refund"), (.loanRepayment, "Angsuran pinjaman", "Loan repayment"),
            (.shuPayout, "Pembayaran SHU", "SHU payout"), (.yearClose, "Tutup tahun buku", "Year-end close"),
        ])
    func source(code: JournalSource, indonesian: String, english: String) {
        #expect(Catalogue(.id).entrySource(code) == indonesian)
        #expect(Catalogue(.en).entrySource(code) == english)
    }

    @Test("no source shows its code", arguments: JournalSource.allCases)
    func everySourceHasAName(_ source: JournalSource) {
        for language in Language.allCases {
            let name = Catalogue(language).entrySource(source)
            #expect(name != source.rawValue && !name.contains(".") && name != "Lainnya" && name != "Other")
        }
    }

    @Test func filterFormAndPagerKeepThePeriod() throws {
        // given
        var model = Journal.Model.mock
        model.from = CivilDate(year: 2026, month: 11, day: 1)
        model.to = CivilDate(year: 2026, month: 11, day: 30)
        model.page = 2
        // when
        let html = Journal.View.render(model, in: boardContext(.id)).mainPart
        // then
        let form = try #require(html.forms.first)
        #expect(form.tag == #"<form action="/books/journal" method="get" class="search period-form">"#)
        #expect(form.body.contains(#"name="from" value="01/11/2026""#))
        #expect(form.body.contains(#"name="to" value="30/11/2026""#))
        #expect(html.contains(#"href="/books/journal?from=2026-11-01&to=2026-11-30&page=3" rel="next""#))
        #expect(html.contains(#"href="/books/journal?from=2026-11-01&to=2026-11-30" rel="prev""#))
        #expect(html.contains("1 Nov 2026 – 30 Nov 2026"))
    }

    @Test func newEntryOnlyForThoseWhoPost() {
        // given
        var model = Journal.Model.mock
        model.canPost = false
        // when and check
        #expect(
            Journal.View.render(.mock, in: boardContext(.id)).contains(
                #"<a href="/books/journal/new" class="button primary">Jurnal baru</a>"#))
        #expect(!Journal.View.render(model, in: boardContext(.id)).contains("/books/journal/new"))
    }

    @Test func anEmptyPeriod() {
        // given
        var model = Journal.Model.mock
        model.rows = []
        model.total = 0
        model.pageCount = 1
        // when
        let html = Journal.View.render(model, in: boardContext(.en)).mainPart
        // then
        #expect(html.contains("No entries in this period."))
        #expect(html.contains("0 entries"))
        #expect(!html.contains("pager"))
    }
}

@Suite("Journal entry page")
struct EntryShowViewTests {
    let model = EntryShow.Model.mock

    @Test func headerAndLinesWithTotals() {
        // when
        let html = EntryShow.View.render(model, in: boardContext(.id))
        // then
        #expect(html.contains("<h1>Jurnal No. 1025</h1>"))
        #expect(html.contains(#"<p class="lead">Bayar listrik kantor November</p>"#))
        #expect(html.contains("<dt>Tanggal</dt><dd>23 Nov 2026</dd>"))
        #expect(html.contains("<dt>Jenis</dt><dd>Manual</dd>"))
        #expect(html.contains("<dt>Dicatat oleh</dt><dd>Sri Wahyuni</dd>"))
        #expect(html.contains("<dt>Dicatat pada</dt><dd>23 Nov 2026 14.46</dd>"))
        #expect(
            html.contains(
                #"<span class="code">5-3100</span> Beban usaha</span></td><td data-label="Keterangan baris">PLN</td><td data-label="Debit" class="num"><span class="money">Rp 350.000</span></td><td data-label="Kredit" class="num"></td>"#
            ))
        #expect(
            html.contains(
                #"<tfoot><tr><td data-label="Akun">Jumlah</td><td data-label="Keterangan baris"></td><td data-label="Debit" class="num"><span class="money">Rp 350.000</span></td><td data-label="Kredit" class="num"><span class="money">Rp 350.000</span></td></tr></tfoot>"#
            ))
        #expect(!html.contains("/receipts/"))
    }

    @Test func reverseFormWithAWarning() throws {
        // when
        let html = EntryShow.View.render(model, in: boardContext(.id))
        // then
        let form = try #require(html.mainPart.forms.first)
        #expect(form.tag == #"<form action="\#(SiteURL.reverseEntry(model.id).path)" method="post" class="reverse-form">"#)
        #expect(form.body.contains(csrfInput))
        #expect(form.body.contains(#"type="text" id="field-date" name="date" value="23/11/2026" required inputmode="numeric""#))
        #expect(form.body.contains(#"name="reason" value required"#))
        #expect(form.body.contains(#"class="danger">Balik jurnal</button>"#))
        #expect(html.contains("Jurnal tidak pernah diubah atau dihapus."))
    }

    @Test func aRefusedReversalComesBackWithItsErrors() {
        // given
        var refused = model
        refused.reversalDate = "2026-10-15"
        refused.reversalReason = "salah akun"
        refused.errors = [
            "date": "Buku sudah ditutup sampai 31 Okt 2026; tanggal harus sesudahnya.", "form": "Tidak dapat dibalik.",
        ]
        // when
        let html = EntryShow.View.render(refused, in: boardContext(.id)).mainPart
        // then
        #expect(html.inputValue(named: "date") == "15/10/2026")
        #expect(html.inputValue(named: "reason") == "salah akun")
        #expect(html.contains(#"<p class="field-error" id="field-date-note">Buku sudah ditutup sampai 31 Okt 2026"#))
        #expect(html.contains(#"<div class="notice notice-error" role="alert"><p>Tidak dapat dibalik.</p></div>"#))
    }

    @Test func noReversalOfAReversalOrOfAReversedEntry() {
        // given
        let other = UUID(uuidString: "44444444-0000-0000-0000-000000000009")!
        var reversed = model
        reversed.reversedBy = (other, 1030)
        var reversal = model
        reversal.reverses = (other, 1001)
        reversal.source = .reversal
        var notAllowed = model
        notAllowed.canReverse = false
        // when
        let pages = [reversed, reversal, notAllowed].map { EntryShow.View.render($0, in: boardContext(.id)) }
        // then
        for html in pages { #expect(!html.contains("/reverse")) }
        #expect(pages[0].contains("Jurnal ini sudah dibalik oleh jurnal No. 1030."))
        #expect(pages[0].contains(#"<a href="\#(SiteURL.entry(other).path)">Jurnal No. 1030</a>"#))
        #expect(pages[1].contains("Jurnal ini membalik jurnal No. 1001."))
        #expect(pages[1].contains("<dt>Jenis</dt><dd>Pembalikan</dd>"))
    }

    @Test func aSavingsEntryLinksItsReceipt() {
        // given
        var savings = model
        savings.hasReceipt = true
        // when and check
        #expect(
            EntryShow.View.render(savings, in: boardContext(.id)).contains(
                #"<a href="\#(SiteURL.receipt(model.id).path)" class="button secondary">Lihat bukti</a>"#))
    }
}

@Suite("New journal entry page")
struct EntryFormViewTests {
    @Test func fieldsFollowTheContract() throws {
        // when
        let html = EntryForm.View.render(.mock, in: boardContext(.id))
        // then
        let form = try #require(html.mainPart.forms.first)
        #expect(form.tag == #"<form action="/books/journal/new" method="post" class="entry-form">"#)
        #expect(form.body.contains(csrfInput))
        #expect(form.body.contains(#"type="text" id="field-date" name="date" value="23/11/2026" required inputmode="numeric""#))
        #expect(form.body.contains(#"name="description" value required"#))
        for index in 0..<4 {
            #expect(form.body.contains(#"<legend>Baris \#(index + 1)</legend>"#))
            #expect(form.body.contains(#"<select id="field-lines[\#(index)][accountId]" name="lines[\#(index)][accountId]">"#))
            for field in ["debit", "credit", "memo"] {
                #expect(form.body.contains(#"name="lines[\#(index)][\#(field)]""#), "\(index) \(field)")
            }
        }
        #expect(form.body.occurrences(of: #"<option value selected="selected">— pilih akun —</option>"#) == 4)
        #expect(form.body.contains(#"<option value="55555555-0000-0000-0000-000000000001">1-1100 Kas</option>"#))
        #expect(form.body.contains(#"<button type="submit" name="addLine" value="1" formnovalidate>Tambah baris</button>"#))
        #expect(form.body.contains(#"<button type="submit" class="primary">Simpan jurnal</button>"#))
        #expect(html.contains("Jumlah debit harus sama dengan jumlah kredit."))
    }

    @Test func keepsWhatWasTypedAndMarksTheLine() throws {
        // given
        var model = EntryForm.Model.mock
        model.description = "Bayar listrik"
        model.lines[1].accountID = "55555555-0000-0000-0000-000000000002"
        model.lines[1].debit = "350000"
        model.errors = [
            "lines[1]": "Baris 2: isi debit atau kredit (salah satu, lebih dari nol).",
            "lines": "Debit (Rp 350.000) tidak sama dengan kredit (Rp 0).", "date": "Tanggal wajib diisi.",
        ]
        // when
        let html = EntryForm.View.render(model, in: boardContext(.id)).mainPart
        // then
        #expect(html.inputValue(named: "description") == "Bayar listrik")
        #expect(html.inputValue(named: #"lines\[1\]\[debit\]"#) == "350000")
        #expect(
            html.contains(
                #"<option value="55555555-0000-0000-0000-000000000002" selected="selected">5-3100 Beban usaha</option>"#))
        #expect(
            html.contains(
                #"<fieldset class="entry-line has-error"><legend>Baris 2</legend><p class="field-error">Baris 2: isi debit"#))
        #expect(html.occurrences(of: "entry-line has-error") == 1)
        #expect(html.contains("<p>Periksa isian yang ditandai.</p><p>Debit (Rp 350.000) tidak sama dengan kredit (Rp 0).</p>"))
        #expect(html.contains(#"<p class="field-error" id="field-date-note">Tanggal wajib diisi.</p>"#))
    }
}
