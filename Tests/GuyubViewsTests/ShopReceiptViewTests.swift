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
}
