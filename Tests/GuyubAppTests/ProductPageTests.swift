import Foundation
import GuyubCore
import GuyubStore
import Testing
import Vapor
import VaporTesting

/// A product's page in the browser, on SQLite and PostgreSQL: made with its packs and trade price, goods
/// received by the karung, stock put right, and refusals under the field they concern.
@Suite("A product's page") struct ProductPageTests {
    @Test func aProductIsMadeReceivedByTheKarungAndPutRight() async throws {
        try await withTestApp { t in
            // given
            let coop = try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            try await t.user("kasir@sukamaju.coop", roles: [.teller], in: coop)
            let browser = try await t.browser("ketua@sukamaju.coop")
            let form = try await browser.get("/store/products/new")
            let token = try form.csrfToken()
            let fields: [String: String] = [
                "_csrf": token, "name": "Pupuk Urea", "unit": "kg", "memberPrice": "2.300", "nonMemberPrice": "Rp 2.500",
                "reorderPoint": "50", "packName[]": "karung", "packSize[]": "50", "tierClass[]": "warung",
                "tierMin[]": "100", "tierPrice[]": "2.350",
            ]
            // when
            let badPack = try await browser.post(
                "/store/products", form: fields.merging(["packSize[]": "0,5"]) { $1 })
            let made = try await browser.post("/store/products", form: fields)
            let location = try #require(made.headers.first(name: .location))
            let id = String(location.split(separator: "/").last!)
            let page = try await browser.get(location)
            let unreadable = try await browser.post(
                "\(location)/receipts", form: ["_csrf": token, "quantity": "dua", "pack": "karung", "unitCost": "105.000"])
            let received = try await browser.post(
                "\(location)/receipts",
                form: ["_csrf": token, "quantity": "2", "pack": "karung", "unitCost": "105.000", "supplier": "Kios Tani"])
            let adjusted = try await browser.post(
                "\(location)/adjustments", form: ["_csrf": token, "reason": "damaged", "quantity": "1"])
            let after = try await browser.get(location)
            let cashier = try await t.browser("kasir@sukamaju.coop")
            let seen = try await cashier.get(location)
            let refused = try await cashier.post(
                "/store/products", form: fields.merging(["_csrf": try seen.csrfToken(), "name": "Lain"]) { $1 })
            // then
            #expect(form.status == .ok)
            #expect(badPack.status == .unprocessableEntity)
            #expect(badPack.body.string.contains("Kemasan tidak valid"))
            #expect(made.status == .seeOther)
            #expect(page.body.string.contains(#"value="karung""#))
            #expect(unreadable.status == .unprocessableEntity)
            #expect(unreadable.body.string.contains(#"id="receive-quantity""#))
            #expect(unreadable.body.string.contains(#"value="dua""#))
            #expect(received.status == .seeOther && adjusted.status == .seeOther)
            #expect(after.body.string.contains("99 kg"))
            #expect(after.body.string.contains("Rp 2.100")) // 105.000 a karung of 50 kg
            let product = try await t.tenant().find(ProductRecord.self, UUID(uuidString: id))
            #expect(product?.reorderPoint == 50_000)
            #expect(product?.tiers.contains("warung") == true)
            // The form offers a row more than the product has, so saving it loses none.
            #expect(after.body.string.contains(#"id="tier1-tierClass[]""#))
            #expect(after.body.string.contains(#"id="pack1-packName[]""#))
            #expect(seen.status == .ok)
            #expect(!seen.body.string.contains("/receipts"))
            #expect(refused.status == .forbidden)
            // A product with three packs (made through the API) gets a fourth row, empty.
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let noodles = try await StoreAPITests.product(
                api,
                [
                    "name": "Mi Instan", "unit": "pcs", "memberPrice": "3.000", "nonMemberPrice": "3.200",
                    "packs": [["name": "pak", "size": "5"], ["name": "renteng", "size": "10"], ["name": "dus", "size": "40"]],
                ])
            let many = try await browser.get("/store/products/\(noodles)")
            #expect(many.body.string.contains(#"id="pack3-packName[]""#))
            #expect(!many.body.string.contains(#"id="pack4-packName[]""#))
            try await t.expectBooksSound()
        }
    }
}

/// Goods moved between units from the product's page.
@Suite("Moving goods from a product's page") struct ProductTransferPageTests {
    @Test func riceGoesToTheWarehouseAndTooMuchIsRefusedUnderItsField() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let units =
                try JSONSerialization.jsonObject(
                    with: Data(buffer: try await api.post("/api/v1/store/units/template", json: [:]).body)) as? [[String: Any]]
            let warehouse = try #require(units?.first { $0["kind"] as? String == "warehouse" }?["id"] as? String)
            let rice = try await StoreAPITests.product(api)
            try await StoreAPITests.receive(api, rice, "10", at: "1.000")
            let browser = try await t.browser("ketua@sukamaju.coop")
            let page = try await browser.get("/store/products/\(rice)")
            let moved = try await browser.post(
                "/store/products/\(rice)/transfers",
                form: ["_csrf": try page.csrfToken(), "quantity": "4", "toUnitId": warehouse])
            let tooMuch = try await browser.post(
                "/store/products/\(rice)/transfers",
                form: ["_csrf": try page.csrfToken(), "quantity": "100", "toUnitId": warehouse])
            let product = try await api.get("/api/v1/store/products/\(rice)").json()
            #expect(page.body.string.contains("Pindahkan ke unit lain"))
            #expect(moved.status == .seeOther)
            #expect(tooMuch.status == .unprocessableEntity)
            #expect(tooMuch.body.string.contains(#"id="transfer-quantity""#))
            let levels = product["levels"] as? [[String: Any]] ?? []
            #expect(levels.first { $0["unitId"] as? String == warehouse }?["stock"] as? String == "4")
            #expect(product["stock"] as? String == "10")
            try await t.expectBooksSound()
        }
    }
}

/// A member's card and the counter reading it.
@Suite("Member cards") struct MemberCardPageTests {
    @Test func theCardsQRCodeFindsTheMemberAtTheCounter() async throws {
        try await withTestApp { t in
            // given
            let coop = try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let siti = try await t.member(People.siti, through: api)
            let budi = try await t.member(People.budi, through: api)
            try await t.user("siti@sukamaju.coop", roles: [.member], in: coop, member: UUID(uuidString: siti))
            let number = try await api.get("/api/v1/members/\(siti)").json()["memberNumber"] as! Int
            let rice = try await StoreAPITests.product(api)
            try await StoreAPITests.receive(api, rice, "10", at: "1.000")
            let board = try await t.browser("ketua@sukamaju.coop")
            let own = try await t.browser("siti@sukamaju.coop")
            // when
            let card = try await board.get("/members/\(siti)/card")
            let ownCard = try await own.get("/members/\(siti)/card")
            let othersCard = try await own.get("/members/\(budi)/card")
            let counter = try await board.get(
                "/store?productId%5B%5D=\(rice)&quantity%5B%5D=1&pack%5B%5D=&buyer=ANGGOTA-\(number)")
            // then
            #expect(card.status == .ok)
            #expect(card.body.string.contains("KARTU ANGGOTA"))
            #expect(card.body.string.contains("<svg"))
            #expect(card.body.string.contains("Siti Aminah"))
            #expect(ownCard.status == .ok)
            #expect(othersCard.status == .notFound || othersCard.status == .forbidden)
            #expect(counter.body.string.contains("Siti Aminah"))
            #expect(counter.body.string.contains("Rp 1.250")) // the member price
            #expect(counter.body.string.contains(#"data-scan="Pindai kartu anggota""#))
        }
    }
}
