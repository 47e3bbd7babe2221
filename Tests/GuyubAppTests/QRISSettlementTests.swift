import Foundation
import GuyubCore
import Testing
import Vapor
import VaporTesting

/// QRIS money between the counter and the bank, on SQLite and PostgreSQL: in transit after the sale,
/// settled when the bank credits it less the acquirer's fee, which the cooperative bears.
@Suite("QRIS settlement") struct QRISSettlementTests {
    /// Rp 4.200 paid by QRIS; the bank credits Rp 4.170 (Rp 30 of MDR kept). More than is in transit, or a
    /// fee as large as the amount, is refused; a cashier may not record it.
    @Test func theBankCreditsWhatWasInTransitLessItsFee() async throws {
        try await withTestApp { t in
            // given
            let coop = try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            try await t.user("kasir@sukamaju.coop", roles: [.teller], in: coop)
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let cashier = try await t.apiClient("kasir@sukamaju.coop")
            let rice = try await StoreAPITests.product(api)
            try await StoreAPITests.receive(api, rice, "10", at: "1.000")
            _ = try await api.post("/api/v1/store/sales", json: StoreAPITests.sale(rice, "3", payment: "qris"))
            let bankBefore = Int(try await api.account(role: "bank")?["balance"] as? String ?? "") ?? 0
            // when
            let before = try await api.get("/api/v1/store/qris").json()
            let tooMuch = try await api.post("/api/v1/store/qris/settlements", json: ["amount": "5.000"])
            let feeTooLarge = try await api.post("/api/v1/store/qris/settlements", json: ["amount": "4.200", "fee": "4.200"])
            let forbidden = try await cashier.post("/api/v1/store/qris/settlements", json: ["amount": "4.200"])
            let settled = try await api.post("/api/v1/store/qris/settlements", json: ["amount": "Rp 4.200", "fee": "30"])
            // then
            #expect(before["inTransit"] as? String == "4200")
            #expect(tooMuch.errorCode == "over_qris_in_transit")
            #expect(feeTooLarge.errorCode == "invalid_price")
            #expect(feeTooLarge.errorField == "fee")
            #expect(forbidden.status == .forbidden)
            #expect(settled.status == .created, "\(settled.body.string)")
            #expect(try settled.json()["credited"] as? String == "4170")
            #expect(try settled.json()["inTransit"] as? String == "0")
            #expect(try await api.account(role: "qrisClearing")?["balance"] as? String == "0")
            #expect(Int(try await api.account(role: "bank")?["balance"] as? String ?? "") == bankBefore + 4_170)
            #expect(try await api.account(role: "operatingExpense")?["balance"] as? String == "30")
            try await t.expectBooksSound()
        }
    }

    /// The treasurer records the credit on the page; a form without its token changes nothing.
    @Test func theTreasurerRecordsTheCreditInTheBrowser() async throws {
        try await withTestApp { t in
            // given
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let rice = try await StoreAPITests.product(api)
            try await StoreAPITests.receive(api, rice, "10", at: "1.000")
            _ = try await api.post("/api/v1/store/sales", json: StoreAPITests.sale(rice, "3", payment: "qris"))
            let browser = try await t.browser("ketua@sukamaju.coop")
            // when
            let page = try await browser.get("/store/qris")
            let forged = try await browser.post("/store/qris", form: ["amount": "4.200"])
            let refused = try await browser.post("/store/qris", form: ["_csrf": try page.csrfToken(), "amount": "9.000"])
            let recorded = try await browser.post(
                "/store/qris", form: ["_csrf": try page.csrfToken(), "amount": "4.200", "fee": "30"])
            // then
            #expect(page.body.string.contains("Rp 4.200"))
            #expect(forged.status == .forbidden)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Melebihi dana QRIS dalam penyelesaian"))
            #expect(recorded.status == .seeOther)
            #expect(try await api.get("/api/v1/store/qris").json()["inTransit"] as? String == "0")
        }
    }
}
