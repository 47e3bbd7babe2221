import Foundation
import GuyubCore
import Testing

@testable import GuyubViews

/// A sale's receipt as a 58 mm printer and WhatsApp get it: 32 characters a line at most.
@Suite("Shop receipt") struct ShopReceiptViewTests {
    @Test func everyLineFitsA58mmSlip() {
        // given
        let model = ShopReceipt.Model.mock
        // when
        let text = ShopReceipt.View.text(model, text: Catalogue(.id), timeZone: TimeZone(identifier: "Asia/Jakarta")!)
        // then
        let lines = text.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= ShopReceipt.View.width }, "\(lines.filter { $0.count > 32 })")
        #expect(text.contains("Rp 74.500"))
        #expect(text.contains("Kembali"))
        #expect(text.contains("Rp 25.500"))
        #expect(text.contains("Koperasi Desa Merah Putih\n") && text.contains("Sukamaju")) // wrapped, never cut
        #expect(text.contains("karung"))
    }

    @Test func thePageOffersPrintWhatsAppAndANewSale() {
        // when
        let html = ShopReceipt.View.render(.mock, in: PageContext(language: .id))
        // then
        #expect(html.contains("data-print"))
        #expect(html.contains("https://wa.me/6281234567890?text="))
        #expect(html.contains("tujuh puluh empat ribu lima ratus rupiah"))
        #expect(html.contains(#"href="/store""#))
    }

    @Test func returnsAreOnTheSlipAndTheFormOnlyForASupervisor() {
        // given: the eggs came back, with a long reason
        var model = ShopReceipt.Model.mock
        model.returns = [
            .init(
                at: model.soldAt.addingTimeInterval(3_600), by: "Pak Manajer",
                reason: "Telur pecah dua butir waktu dibawa pulang naik motor", amount: 4_500)
        ]
        var supervisor = model
        supervisor.canReturn = true
        supervisor.lines[0].returnable = 1_000
        // when
        let text = ShopReceipt.View.text(model, text: Catalogue(.id), timeZone: TimeZone(identifier: "Asia/Jakarta")!)
        let cashierPage = ShopReceipt.View.render(model, in: PageContext(language: .id))
        let supervisorPage = ShopReceipt.View.render(supervisor, in: PageContext(language: .id))
        // then
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= ShopReceipt.View.width })
        #expect(text.contains("-Rp 4.500"))
        #expect(text.contains("SETELAH RETUR") && text.contains("Rp 70.000"))
        #expect(!cashierPage.contains("Batalkan seluruh penjualan"))
        #expect(supervisorPage.contains("Batalkan seluruh penjualan"))
        #expect(supervisorPage.components(separatedBy: #"name="quantity[]""#).count == 2) // only the line left to return
    }
}
