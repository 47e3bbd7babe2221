import Foundation
import GuyubCore
import GuyubViews
import Testing

@Suite("Receipt page")
struct ReceiptViewTests {
    let siti = MemberRow.mocks[0]

    @Test func headerNamesTheCooperativeTheKindTheNumberAndTheTime() {
        // when
        let html = Receipt.View.render(.mock, in: boardContext(.id))
        // then: 1_795_420_000 is 23 Nov 2026 07.46 UTC, 14.46 in Jakarta.
        #expect(html.contains("<title>Bukti setoran No. 1024 · Guyub</title>"))
        #expect(html.contains(#"<p class="receipt-coop">Koperasi Desa Merah Putih Sukamaju</p><h1>Bukti setoran</h1>"#))
        #expect(html.contains(#"<strong>No. 1024</strong> · <time datetime="2026-11-23">23 Nov 2026 14.46</time>"#))
    }

    @Test(
        "each kind has its own title",
        arguments: [
            (Receipt.Model.Kind.deposit, "Bukti setoran", "Deposit receipt"),
            (.withdrawal, "Bukti penarikan", "Withdrawal receipt"),
            (.transfer, "Bukti pindah buku", "Transfer receipt"),
            (.exit, "Bukti pengembalian simpanan", "Savings refund receipt"),
            (.repayment, "Bukti pembayaran angsuran", "Instalment receipt"),
            (.reversal, "Bukti pembalikan", "Reversal voucher"),
            (.entry, "Bukti jurnal", "Journal voucher"),
        ])
    func title(kind: Receipt.Model.Kind, indonesian: String, english: String) {
        // given
        var model = Receipt.Model.mock
        model.kind = kind
        // when and check
        #expect(Receipt.View.render(model, in: boardContext(.id)).contains("<h1>\(indonesian)</h1>"))
        #expect(Receipt.View.render(model, in: boardContext(.en)).contains("<h1>\(english)</h1>"))
    }

    @Test func showsWhatMovedAndTheBalanceAfter() {
        // when
        let html = Receipt.View.render(.mock, in: boardContext(.id)).mainPart
        // then
        #expect(html.contains("<dt>Keterangan</dt><dd>Setoran simpanan sukarela Siti Aminah (No. 1), tunai</dd>"))
        #expect(html.contains("<dt>Cara bayar</dt><dd>Tunai</dd>"))
        #expect(html.contains("<dt>Dicatat oleh</dt><dd>Dewi Lestari</dd>"))
        #expect(html.contains(#"<strong>Siti Aminah</strong> <span class="member-number">No. 1</span>"#))
        #expect(html.contains("<dt>Jenis simpanan</dt><dd>Simpanan sukarela</dd>"))
        #expect(html.contains(#"<dt>Masuk</dt><dd><span class="money">Rp 250.000</span></dd>"#))
        #expect(html.contains(#"<dt>Saldo setelah transaksi</dt><dd><span class="money">Rp 1.250.000</span></dd>"#))
    }

    @Test func aTransferShowsBothMembers() {
        // given
        var model = Receipt.Model.mock
        model.kind = .transfer
        model.channel = nil
        model.parties = [
            .init(memberID: siti.id, name: "Siti Aminah", number: 1, kind: .sukarela, amount: -100_000, balanceAfter: 1_150_000),
            .init(
                memberID: MemberRow.mocks[1].id, name: "Budi Santoso", number: 2, kind: .sukarela, amount: 100_000,
                balanceAfter: 100_000),
        ]
        model.total = 100_000
        // when
        let html = Receipt.View.render(model, in: boardContext(.en)).mainPart
        // then
        #expect(html.contains(#"<dt>Out</dt><dd><span class="money">Rp 100.000</span></dd>"#))
        #expect(html.contains(#"<dt>In</dt><dd><span class="money">Rp 100.000</span></dd>"#))
        #expect(html.contains("Budi Santoso"))
        #expect(!html.contains("Paid by"), "a transfer moves no cash")
        #expect(html.contains(#"<div class="signature"><p>Member</p></div><div class="signature"><p>Teller</p></div>"#))
    }

    @Test func theTotalInFiguresAndInWords() {
        // when
        let id = Receipt.View.render(.mock, in: boardContext(.id)).mainPart
        let en = Receipt.View.render(.mock, in: boardContext(.en)).mainPart
        // then
        #expect(id.contains(#"<span class="receipt-total-label">Jumlah</span><span class="money">Rp 250.000</span>"#))
        #expect(id.contains("Terbilang: </span><em>Dua ratus lima puluh ribu rupiah</em>"))
        #expect(en.contains("In words: </span><em>Two hundred fifty thousand rupiah</em>"))
    }

    @Test func theBooksLinesOnlyForThoseWhoKeepThem() {
        // given
        var member = Receipt.Model.mock
        member.showsLines = false
        member.links = .init(books: false, teller: false, member: true)
        var teller = Receipt.Model.mock
        teller.links = .init(books: false, teller: true, member: true)
        // when
        let treasurer = Receipt.View.render(.mock, in: boardContext(.id)).mainPart
        let own = Receipt.View.render(member, in: boardContext(.id)).mainPart
        // then
        #expect(treasurer.contains("<caption>Ayat jurnal</caption>"))
        #expect(treasurer.contains(#"<span class="code">1-1100</span> Kas"#))
        #expect(treasurer.contains(#"<tfoot><tr><td data-label="Akun">Jumlah</td>"#))
        #expect(treasurer.contains(SiteURL.entry(Receipt.Model.mock.entryID).path))
        #expect(!own.contains("Ayat jurnal"))
        #expect(!own.contains("/books/"))
        #expect(!own.contains("/teller"))
        // A teller reads the lines but cannot open the journal, so no link leads there.
        let atCounter = Receipt.View.render(teller, in: boardContext(.id)).mainPart
        #expect(atCounter.contains("<caption>Ayat jurnal</caption>") && !atCounter.contains("/books/"))
    }

    @Test func aPartyWhoseBalanceIsNotTheReadersShowsNone() {
        var model = Receipt.Model.mock
        model.parties[0].balanceAfter = nil
        let html = Receipt.View.render(model, in: boardContext(.id)).mainPart
        #expect(!html.contains("Saldo setelah transaksi"))
    }

    @Test func aReversedReceiptSaysSo() {
        // given
        let reversal = UUID(uuidString: "22222222-0000-0000-0000-000000000009")!
        var model = Receipt.Model.mock
        model.reversedBy = reversal
        var own = model
        own.showsLines = false
        own.links = .init(books: false, teller: false, member: true)
        // when
        let html = Receipt.View.render(model, in: boardContext(.id)).mainPart
        let member = Receipt.View.render(own, in: boardContext(.id)).mainPart
        // then
        #expect(html.contains("Transaksi ini sudah dibatalkan dengan jurnal pembalik"))
        #expect(html.contains(#"<a href="\#(SiteURL.entry(reversal).path)">Lihat jurnal pembalik</a>"#))
        #expect(member.contains("Transaksi ini sudah dibatalkan dengan jurnal pembalik"))
        #expect(!member.contains(SiteURL.entry(reversal).path))
        #expect(!Receipt.View.render(.mock, in: boardContext(.id)).contains("dibatalkan"))
    }

    @Test func printsWithSignatureBoxesAndLinksBack() {
        // when
        let html = Receipt.View.render(.mock, in: boardContext(.id)).mainPart
        // then
        #expect(html.contains(#"<button type="button" class="print-button" data-print>Cetak bukti</button>"#))
        #expect(
            html.contains(
                #"<div class="signatures print-only"><div class="signature"><p>Penyetor</p></div><div class="signature"><p>Kasir</p></div></div>"#
            ))
        #expect(html.contains(#"<a href="\#(SiteURL.member(siti.id).path)" class="button secondary">Data anggota</a>"#))
        #expect(
            html.contains(#"<a href="\#(SiteURL.teller(member: siti.id).path)" class="button secondary">Kembali ke kasir</a>"#))
    }

    @Test func anInstalmentReceiptSaysWhichInstalmentAndWhatIsStillOwed() {
        // given: the second and third of twelve instalments, with a late penalty.
        var model = Receipt.Model.mock
        model.kind = .repayment
        model.parties = []
        model.instalment = .init(
            loanID: UUID(), loanNumber: 7, borrower: "Siti Aminah", paid: .init(first: 2, last: 3), scheduled: 12,
            principal: 833_334, interest: 250_000, penalty: 7_840, outstanding: 8_333_332)
        // when
        let html = Receipt.View.render(model, in: boardContext(.id)).mainPart
        let slip = Receipt.View.slip(model, in: boardContext(.id)).mainPart
        // then
        #expect(html.contains("<h1>Bukti pembayaran angsuran</h1>"))
        #expect(html.contains("<strong>Pinjaman No. 7 · Siti Aminah</strong>"))
        #expect(html.contains("<dt>Angsuran</dt><dd>Angsuran ke-2 sampai ke-3 dari 12</dd>"))
        #expect(html.contains(#"<dt>Denda</dt><dd><span class="money">Rp 7.840</span></dd>"#))
        #expect(html.contains(#"<dt>Sisa pokok pinjaman</dt><dd><span class="money">Rp 8.333.332</span></dd>"#))
        #expect(
            slip.contains(#"<span class="slip-label">Sisa pokok pinjaman</span><span class="slip-value">Rp 8.333.332</span>"#))
    }

    @Test func theSlipIsOneNarrowColumnWithoutTheBooksLines() {
        // when
        let slip = Receipt.View.slip(.mock, in: boardContext(.id)).mainPart
        let receipt = Receipt.View.render(.mock, in: boardContext(.id)).mainPart
        // then
        #expect(slip.contains(#"<article class="slip">"#))
        #expect(!slip.contains("1-1100"))
        #expect(slip.contains(#"<p class="slip-row slip-total"><span class="slip-label">Jumlah</span>"#))
        #expect(receipt.contains(#"href="/receipts/\#(Receipt.Model.mock.entryID.uuidString.lowercased())/slip""#))
        // The books' lines stay on the screen; the printed receipt is for the member.
        #expect(receipt.contains("no-print"))
    }
}
