import Foundation
import GuyubCore
import GuyubStore
import Testing
import Vapor
import VaporTesting

/// The shop's counter in the browser: a scanned barcode adds the product, a member number gives member
/// prices, paying ends on the receipt, and a refusal keeps the sale on the page.
@Suite("Shop pages") struct ShopPagesTests {
    @Test func aCashierSellsAtTheCounter() async throws {
        try await withTestApp { t in
            // given: rice with a barcode in stock, and Siti a member
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let siti = try await t.member(People.siti, through: api)
            var fields = StoreAPITests.rice
            fields["barcode"] = "8991234567890"
            let rice = try await StoreAPITests.product(api, fields)
            try await StoreAPITests.receive(api, rice, "50", at: "1.000")
            let number = try await api.get("/api/v1/members/\(siti)").json()["memberNumber"] as! Int
            let browser = try await t.browser("ketua@sukamaju.coop")

            // when: the barcode is scanned into the search, the member's number typed, and the sale paid
            let scanned = try await browser.get("/store?q=8991234567890")
            let token = try scanned.csrfToken()
            let paid = try await browser.post(
                "/store/sales",
                form: [
                    "_csrf": token, "productId[]": rice, "quantity[]": "2,5", "buyer": String(number), "payment": "cash",
                    "cashGiven": "Rp 5.000", "action": "pay",
                ])
            let receipt = try await browser.get(try #require(paid.headers.first(name: .location)))

            // then
            #expect(scanned.status == .ok)
            #expect(scanned.body.string.contains("Beras Medium"))
            #expect(scanned.body.string.contains(#"name="quantity[]""#))
            // The counter for a dropped connection is there, hidden, keyed to this cashier in this cooperative;
            // the parts that need the server are marked for the script to hide.
            #expect(scanned.body.string.contains(#"id="offline-counter" hidden="hidden" data-device=""#))
            #expect(scanned.body.string.components(separatedBy: #"data-online="true""#).count == 3)
            #expect(paid.status == .seeOther)
            #expect(receipt.status == .ok)
            #expect(receipt.body.string.contains("Rp 3.125")) // 2,5 kg at the member price of Rp 1.250
            #expect(receipt.body.string.contains("Rp 1.875")) // change from Rp 5.000
            #expect(receipt.body.string.contains("Siti Aminah"))
            #expect(receipt.body.string.contains("https://wa.me/6281234567890?text="))
            #expect(receipt.body.string.contains("tiga ribu seratus dua puluh lima rupiah"))
            #expect(try await api.get("/api/v1/store/products/\(rice)").json()["stock"] as? String == "47.5")
            try await t.expectBooksSound()
        }
    }

    @Test func aRefusedSaleStaysOnThePageWithItsReason() async throws {
        try await withTestApp { t in
            // given
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let rice = try await StoreAPITests.product(api)
            try await StoreAPITests.receive(api, rice, "2", at: "1.000")
            let browser = try await t.browser("ketua@sukamaju.coop")
            let token = try await browser.get("/store").csrfToken()

            // when
            let refused = try await browser.post(
                "/store/sales",
                form: ["_csrf": token, "productId[]": rice, "quantity[]": "3", "payment": "cash", "action": "pay"])
            let short = try await browser.post(
                "/store/sales",
                form: [
                    "_csrf": token, "productId[]": rice, "quantity[]": "1", "payment": "cash", "cashGiven": "1.000",
                    "action": "pay",
                ])

            // then
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Stok tidak cukup: tersisa 2."))
            #expect(refused.body.string.contains(#"value="3""#))
            #expect(short.status == .unprocessableEntity)
            #expect(short.body.string.contains("Uang diterima kurang dari total."))
            #expect(try await t.tenant().query(SaleRecord.self).count() == 0)
        }
    }

    /// The manager takes 1 kg of 2,5 back from the receipt page; too much is refused under its line; the
    /// cashier sees no return form and cannot send one.
    @Test func aSupervisorTakesGoodsBackFromTheReceipt() async throws {
        try await withTestApp { t in
            // given
            let coop = try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            try await t.user("kasir@sukamaju.coop", roles: [.teller], in: coop)
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let rice = try await StoreAPITests.product(api)
            try await StoreAPITests.receive(api, rice, "10", at: "1.000")
            let sale = try await api.post("/api/v1/store/sales", json: StoreAPITests.sale(rice, "2,5")).json()["id"] as! String
            let manager = try await t.browser("ketua@sukamaju.coop")
            let cashier = try await t.browser("kasir@sukamaju.coop")
            let page = try await manager.get("/store/sales/\(sale)")
            let form = ["_csrf": try page.csrfToken(), "productId[]": rice, "action": "some"]

            // when
            let tooMuch = try await manager.post(
                "/store/sales/\(sale)/returns", form: form.merging(["quantity[]": "3", "reason": "Rusak"]) { $1 })
            let noReason = try await manager.post(
                "/store/sales/\(sale)/returns", form: form.merging(["quantity[]": "1", "reason": ""]) { $1 })
            let done = try await manager.post(
                "/store/sales/\(sale)/returns", form: form.merging(["quantity[]": "1", "reason": "Beras basah"]) { $1 })
            let after = try await manager.get(try #require(done.headers.first(name: .location)))
            let cashierPage = try await cashier.get("/store/sales/\(sale)")
            let byCashier = try await cashier.post(
                "/store/sales/\(sale)/returns",
                form: ["_csrf": try cashierPage.csrfToken(), "action": "all", "reason": "Batal"])

            // then
            #expect(page.body.string.contains("Retur barang"))
            #expect(tooMuch.status == .unprocessableEntity)
            #expect(
                tooMuch.body.string.contains("paling banyak 2.5 lagi") || tooMuch.body.string.contains("paling banyak 2,5 lagi"))
            #expect(noReason.status == .unprocessableEntity)
            #expect(noReason.body.string.contains("Alasan wajib diisi."))
            #expect(done.status == .seeOther)
            #expect(after.body.string.contains("Retur dicatat."))
            #expect(after.body.string.contains("Beras basah"))
            #expect(after.body.string.contains("-Rp 1.400"))
            #expect(!cashierPage.body.string.contains("Retur barang"))
            #expect(byCashier.status == .forbidden)
            #expect(try await api.get("/api/v1/store/products/\(rice)").json()["stock"] as? String == "8.5")
            try await t.expectBooksSound()
        }
    }

    /// The cashier opens the till from the counter's link, sells, and closes the shift a little short.
    @Test func aCashierOpensAndClosesTheTill() async throws {
        try await withTestApp { t in
            // given
            let coop = try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            try await t.user("kasir@sukamaju.coop", roles: [.teller], in: coop)
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let rice = try await StoreAPITests.product(api)
            try await StoreAPITests.receive(api, rice, "10", at: "1.000")
            let cashier = try await t.browser("kasir@sukamaju.coop")
            let closedCounter = try await cashier.get("/store")
            let shifts = try await cashier.get("/store/shifts")

            // when
            let badFloat = try await cashier.post("/store/shifts", form: ["_csrf": try shifts.csrfToken(), "float": "dua ratus"])
            let opened = try await cashier.post("/store/shifts", form: ["_csrf": try shifts.csrfToken(), "float": "200.000"])
            let shiftPage = try await cashier.get(try #require(opened.headers.first(name: .location)))
            let counter = try await cashier.get("/store")
            _ = try await cashier.post(
                "/store/sales",
                form: [
                    "_csrf": try counter.csrfToken(), "productId[]": rice, "quantity[]": "2", "payment": "cash", "action": "pay",
                ])
            let path = try #require(opened.headers.first(name: .location))
            let closed = try await cashier.post(
                path + "/close", form: ["_csrf": try shiftPage.csrfToken(), "counted": "Rp 202.500"])
            let report = try await cashier.get(path)

            // then
            #expect(closedCounter.body.string.contains("Laci kas belum dibuka."))
            #expect(badFloat.status == .unprocessableEntity)
            #expect(badFloat.body.string.contains("Modal awal laci"))
            #expect(opened.status == .seeOther)
            #expect(counter.body.string.contains("Shift Kasir") || counter.body.string.contains("sejak"))
            #expect(closed.status == .seeOther)
            #expect(report.body.string.contains("Shift ditutup."))
            #expect(report.body.string.contains("Rp 202.800")) // the float and 2 kg at Rp 1.400
            let slip = report.body.string.split(separator: "\n")
            #expect(slip.contains { $0.hasPrefix("Kurang ") && $0.hasSuffix(" Rp 300") })
            #expect(!report.body.string.contains(#"name="counted""#))
            try await t.expectBooksSound()
        }
    }

    /// The e-RDKK imported in the browser: the season's farmers with what they have left; at the counter,
    /// a farmer's NIK shows their allocation left under the line, and a NIK not on the list says so.
    @Test func aSeasonsListIsImportedAndItsRemainderShownAtTheCounter() async throws {
        try await withTestApp { t in
            // given
            let coop = try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let (urea, programme) = try await AllocationAPITests.urea(api)
            let browser = try await t.browser("ketua@sukamaju.coop")
            let page = "/store/programmes/\(programme)/allocations"
            let token = try await browser.get(page).csrfToken()
            let year = Calendar(identifier: .gregorian).component(.year, from: Date())
            // when
            let imported = try await browser.upload(
                page,
                fields: [
                    ("_csrf", token), ("season", "MT I"), ("startsOn", "01/01/\(year - 1)"), ("endsOn", "31/12/\(year + 1)"),
                ],
                csv: "NIK;Nama Petani;Alokasi\n\(AllocationAPITests.siti);Siti Aminah;100\n3.5E+15;Tanpa NIK;5\n",
                fileName: "erdkk.csv")
            _ = try await AllocationAPITests.buy(api, urea, "25", nik: AllocationAPITests.siti)
            let list = try await browser.get(page)
            let found = try await browser.get(page + "?q=siti")
            let counter = try await browser.get(
                "/store?productId[]=\(urea)&quantity[]=10&buyerNik=\(AllocationAPITests.siti)")
            let stranger = try await browser.get("/store?productId[]=\(urea)&quantity[]=10&buyerNik=\(AllocationAPITests.budi)")
            let noCSRF = try await browser.upload(
                page, fields: [("season", "MT II"), ("startsOn", "01/01/2000"), ("endsOn", "31/12/2000")],
                csv: "NIK,Alokasi\n\(AllocationAPITests.budi),5\n", fileName: "erdkk.csv")
            try await t.user("kasir@sukamaju.coop", roles: [.teller], in: coop)
            let cashier = try await t.browser("kasir@sukamaju.coop")
            // then
            #expect(imported.status == .ok)
            #expect(imported.body.string.contains("1 petani masuk daftar"))
            #expect(imported.body.string.contains("Baris yang tidak dapat dipakai"))
            #expect(list.body.string.contains("Siti Aminah"))
            #expect(list.body.string.contains("75 kg"))
            #expect(found.body.string.contains("Siti Aminah"))
            #expect(counter.body.string.contains("Sisa alokasi NIK ini: 75 kg (MT I)."))
            #expect(stranger.body.string.contains("tidak tercantum dalam daftar alokasi"))
            #expect(noCSRF.status == .forbidden)
            #expect(try await cashier.get(page).status == .forbidden)
        }
    }

    /// QRIS at the counter: the code for the total is shown first, and the sale is booked only when the
    /// cashier says the money came in; a sale changed meanwhile gets a new code. A unit without merchant
    /// data says so where the payment is chosen.
    @Test func aQRISSaleShowsItsCodeBeforeItIsBooked() async throws {
        try await withTestApp { t in
            // given
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let rice = try await StoreAPITests.product(api)
            try await StoreAPITests.receive(api, rice, "50", at: "1.000")
            let browser = try await t.browser("ketua@sukamaju.coop")
            let token = try await browser.get("/store").csrfToken()
            func pay(_ action: String, kilos: String = "2", total: String? = nil) async throws -> TestingHTTPResponse {
                var form = ["_csrf": token, "productId[]": rice, "quantity[]": kilos, "payment": "qris", "action": action]
                form["qrisTotal"] = total
                return try await browser.post("/store/sales", form: form)
            }
            // when
            let unset = try await pay("pay")
            let outlet = try await api.get("/api/v1/store/products/\(rice)").json()["unitId"] as? String ?? ""
            let badMerchant = try await api.send(
                .PUT, "/api/v1/store/units/\(outlet)/qris",
                body: ByteBuffer(
                    string: #"{"merchantName":"KOP SUKAMAJU","merchantId":"ID10261234","city":"KLATEN","postalCode":"57A11"}"#),
                contentType: .json)
            let merchant = try await api.send(
                .PUT, "/api/v1/store/units/\(outlet)/qris",
                body: ByteBuffer(string: #"{"merchantName":"KOP SUKAMAJU","merchantId":"ID1026123456789","city":"KLATEN"}"#),
                contentType: .json)
            let shown = try await pay("pay")
            let changed = try await pay("qris-paid", kilos: "3", total: "2800")
            let booked = try await pay("qris-paid", kilos: "3", total: "4200")
            // then
            #expect(unset.body.string.contains("Data merchant QRIS unit ini belum diisi"))
            #expect(badMerchant.status == .unprocessableEntity)
            #expect(merchant.status == .ok, "\(merchant.body.string)")
            #expect(shown.status == .ok)
            #expect(shown.body.string.contains(#"class="qr-code""#))
            #expect(shown.body.string.contains(#"name="qrisTotal" value="2800""#))
            #expect(changed.status == .ok)
            #expect(changed.body.string.contains(#"name="qrisTotal" value="4200""#))
            #expect(booked.status == .seeOther)
            let product = try await api.get("/api/v1/store/products/\(rice)").json()
            #expect(product["stock"] as? String == "47")
            #expect(try await api.account(role: "qrisClearing")?["balance"] as? String == "4200")
        }
    }
}
