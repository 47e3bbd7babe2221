import Foundation
import GuyubCore
import Testing
import Vapor
import VaporTesting

/// Goods with expiry dates through the API, on SQLite and PostgreSQL: sold first-expiring-first, brought
/// back where they came from, moved with their dates, and shown when they are about to expire.
@Suite("Stock by expiry date") struct BatchAPITests {
    static func day(_ offset: Int) -> String {
        ISO8601DateFormatter.string(
            from: Calendar.current.date(byAdding: .day, value: offset, to: Date())!,
            timeZone: TimeZone(identifier: "Asia/Jakarta")!,
            formatOptions: .withFullDate)
    }

    static func batches(_ api: Client, _ product: String) async throws -> [String] {
        let read = try await api.get("/api/v1/store/products/\(product)").json()
        return (read["batches"] as? [[String: Any]] ?? []).map {
            "\($0["expiresOn"] as? String ?? "-"):\($0["quantity"] as? String ?? "")"
        }
    }

    /// Milk: 10 expiring in 40 days, 5 in 10 days, 3 that do not expire. A sale of 7 takes the 5 first and 2
    /// of the 40-day ones; 1 brought back goes back to the 40-day ones; 9 moved to the warehouse are those;
    /// 1 written off leaves the 3 that do not expire at 2.
    @Test func firstToExpireFirstOut() async throws {
        try await withTestApp { t in
            // given
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let milk = try await StoreAPITests.product(
                api, ["name": "Susu UHT 1 L", "unit": "pcs", "memberPrice": "18.000", "nonMemberPrice": "19.000"])
            let received = try await api.post(
                "/api/v1/store/receipts",
                json: [
                    "lines": [["productId": milk, "quantity": "10", "unitCost": "15.000", "expiresOn": Self.day(40)]]
                ])
            _ = try await api.post(
                "/api/v1/store/receipts",
                json: ["lines": [["productId": milk, "quantity": "5", "unitCost": "15.000", "expiresOn": Self.day(10)]]])
            try await StoreAPITests.receive(api, milk, "3", at: "15.000")
            let warehouse =
                try await api.post("/api/v1/ledger/units", json: ["code": "GUDANG", "name": "Gudang"]).json()["id"] as! String
            // when
            let sale = try await api.post("/api/v1/store/sales", json: StoreAPITests.sale(milk, "7")).json()["id"] as! String
            let afterSale = try await Self.batches(api, milk)
            _ = try await api.post(
                "/api/v1/store/sales/\(sale)/returns",
                json: ["lines": [["productId": milk, "quantity": "1"]], "reason": "Salah ambil"])
            let afterReturn = try await Self.batches(api, milk)
            _ = try await api.post("/api/v1/store/transfers", json: ["productId": milk, "quantity": "9", "toUnitId": warehouse])
            _ = try await api.post(
                "/api/v1/store/adjustments", json: ["productId": milk, "reason": "damaged", "quantity": "1"])
            let after = try await Self.batches(api, milk)
            let badDate = try await api.post(
                "/api/v1/store/receipts",
                json: ["lines": [["productId": milk, "quantity": "1", "unitCost": "15.000", "expiresOn": "31/02/2027"]]])
            // then
            #expect(received.status == .created)
            #expect(afterSale == ["\(Self.day(40)):8", "-:3"])
            #expect(afterReturn == ["\(Self.day(40)):9", "-:3"])
            #expect(after == ["\(Self.day(40)):9", "-:2"])
            #expect(badDate.errorCode == "invalid_date")
            #expect(badDate.errorField == "expiresOn")
            try await t.expectBooksSound()
        }
    }

    /// Bread that expired yesterday is not taken in; goods written off as expired leave the batch named.
    @Test func expiredGoodsAreRefusedAndWrittenOffByTheirDate() async throws {
        try await withTestApp { t in
            // given
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let bread = try await StoreAPITests.product(
                api, ["name": "Roti Tawar", "unit": "pcs", "memberPrice": "15.000", "nonMemberPrice": "16.000"])
            for (quantity, days) in [("5", 6), ("3", 20)] {
                _ = try await api.post(
                    "/api/v1/store/receipts",
                    json: [
                        "lines": [["productId": bread, "quantity": quantity, "unitCost": "12.000", "expiresOn": Self.day(days)]]
                    ])
            }
            // when
            let stale = try await api.post(
                "/api/v1/store/receipts",
                json: ["lines": [["productId": bread, "quantity": "5", "unitCost": "12.000", "expiresOn": Self.day(-1)]]])
            let written = try await api.post(
                "/api/v1/store/adjustments",
                json: ["productId": bread, "reason": "damaged", "quantity": "2", "expiresOn": Self.day(20)])
            let tooMany = try await api.post(
                "/api/v1/store/adjustments",
                json: ["productId": bread, "reason": "damaged", "quantity": "2", "expiresOn": Self.day(20)])
            // then
            #expect(stale.errorCode == "already_expired")
            #expect(written.status == .created)
            #expect(tooMany.errorCode == "insufficient_stock")
            #expect(try await Self.batches(api, bread) == ["\(Self.day(6)):5", "\(Self.day(20)):1"])
            try await t.expectBooksSound()
        }
    }

    /// The goods page lists what expires within 30 days, with how far off it is.
    @Test func whatExpiresSoonIsShown() async throws {
        try await withTestApp { t in
            // given
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let bread = try await StoreAPITests.product(
                api, ["name": "Roti Tawar", "unit": "pcs", "memberPrice": "15.000", "nonMemberPrice": "16.000"])
            _ = try await api.post(
                "/api/v1/store/receipts",
                json: [
                    "lines": [["productId": bread, "quantity": "12", "unitCost": "12.000", "expiresOn": Self.day(3)]]
                ])
            let browser = try await t.browser("ketua@sukamaju.coop")
            // when
            let page = try await browser.get("/store/products")
            // then
            #expect(page.body.string.contains("Kedaluwarsa dalam 30 hari"))
            #expect(page.body.string.contains("3 hari lagi"))
        }
    }
}
