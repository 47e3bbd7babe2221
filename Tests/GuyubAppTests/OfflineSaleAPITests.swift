import Foundation
import GuyubCore
import Testing
import Vapor
import VaporTesting

/// Cash sales a counter made while offline, sent when it is back: each recorded once whatever the retries,
/// in the order sent, at the time and on the day it was made (on SQLite and PostgreSQL).
@Suite("Offline sales") struct OfflineSaleAPITests {
    /// An instant as a browser writes it (`toISOString()`: milliseconds, UTC).
    static func written(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }

    /// The day `date` falls on in the cooperative (Asia/Jakarta).
    static func day(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Jakarta")!
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return CivilDate(year: c.year!, month: c.month!, day: c.day!)!.description
    }

    static func offlineSale(_ rice: String, _ kilos: String, madeAt: Date) -> [String: Any] {
        StoreAPITests.sale(rice, kilos, extra: ["madeAt": written(madeAt)])
    }

    /// Three sales made an hour, fifty and forty minutes ago come in order; the first is sent twice (its
    /// answer was lost), and is recorded once. Each is booked at the time it was made.
    @Test func salesSentLaterAreRecordedOnceInOrderAtTheTimeMade() async throws {
        try await withTestApp { t in
            // given
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let rice = try await StoreAPITests.product(api)
            try await StoreAPITests.receive(api, rice, "20", at: "1.000")
            let now = Date()
            let made = [3_600, 3_000, 2_400].map {
                Date(timeIntervalSince1970: (now.timeIntervalSince1970 - Double($0)).rounded())
            }
            // when
            var answers: [TestingHTTPResponse] = []
            for (index, madeAt) in made.enumerated() {
                var sale = Self.offlineSale(rice, "1", madeAt: madeAt)
                sale["expectedTotal"] = "1400"
                answers.append(
                    try await api.post(
                        "/api/v1/store/sales", json: sale,
                        headers: ["Idempotency-Key": "kasir-offline-\(index)"]))
            }
            var first = Self.offlineSale(rice, "1", madeAt: made[0])
            first["expectedTotal"] = "1400"
            let resent = try await api.post("/api/v1/store/sales", json: first, headers: ["Idempotency-Key": "kasir-offline-0"])
            // then
            #expect(answers.map(\.status) == [.created, .created, .created])
            let sales = try answers.map { try $0.json() }
            let numbers = sales.compactMap { $0["number"] as? Int }
            #expect(numbers == numbers.sorted() && Set(numbers).count == 3)
            #expect(sales.map { $0["soldAt"] as? String } == made.map { ISO8601DateFormatter().string(from: $0) })
            #expect(sales.map { $0["date"] as? String } == made.map(Self.day))
            #expect(try resent.json()["id"] as? String == sales[0]["id"] as? String)
            #expect(try await api.get("/api/v1/store/products/\(rice)").json()["stock"] as? String == "17")
            try await t.expectBooksSound()
        }
    }

    /// A time ahead of the server's clock, one older than a week, one that does not read, or a total the
    /// server's prices do not make: refused, and nothing sold.
    @Test func anUnbelievableTimeIsRefusedAndChangesNothing() async throws {
        try await withTestApp { t in
            // given
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let rice = try await StoreAPITests.product(api)
            try await StoreAPITests.receive(api, rice, "20", at: "1.000")
            // when
            let ahead = try await api.post(
                "/api/v1/store/sales", json: Self.offlineSale(rice, "1", madeAt: Date().addingTimeInterval(3_600)))
            let old = try await api.post(
                "/api/v1/store/sales", json: Self.offlineSale(rice, "1", madeAt: Date().addingTimeInterval(-8 * 86_400)))
            let unreadable = try await api.post(
                "/api/v1/store/sales", json: StoreAPITests.sale(rice, "1", extra: ["madeAt": "kemarin sore"]))
            // The counter charged Rp 1.250 a kilo from the prices it kept; the price is now Rp 1.400 for others.
            let repriced = try await api.post(
                "/api/v1/store/sales",
                json: StoreAPITests.sale(rice, "1", extra: ["madeAt": Self.written(Date()), "expectedTotal": "1250"]))
            // then
            #expect(ahead.errorCode == "made_in_future")
            #expect(old.errorCode == "made_too_long_ago")
            #expect(unreadable.errorCode == "invalid_date")
            #expect(repriced.errorCode == "total_changed")
            #expect(repriced.errorMessage?.contains("Rp 1.400") == true, "\(repriced.errorMessage ?? "")")
            #expect([ahead, old, unreadable].allSatisfy { $0.status == .unprocessableEntity })
            #expect([ahead, old, unreadable].allSatisfy { $0.errorField == "madeAt" })
            #expect(try await api.get("/api/v1/store/products/\(rice)").json()["stock"] as? String == "20")
        }
    }

    /// What the counter keeps for going offline: the goods on sale with barcodes and prices, regulated goods
    /// marked; a cashier may read it, and an inactive product is not in it.
    @Test func theCounterKeepsTheCatalogue() async throws {
        try await withTestApp { t in
            // given
            let coop = try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            var fields = StoreAPITests.rice
            fields["barcode"] = "8991234567890"
            _ = try await StoreAPITests.product(api, fields)
            _ = try await StoreAPITests.sphpPack(api)
            var gone = StoreAPITests.rice
            gone["name"] = "Beras Lama"
            let old = try await StoreAPITests.product(api, gone)
            gone["active"] = false
            _ = try await api.send(
                .PUT, "/api/v1/store/products/\(old)", body: ByteBuffer(data: try JSONSerialization.data(withJSONObject: gone)),
                contentType: .json)
            try await t.user("kasir@sukamaju.coop", roles: [.teller], in: coop)
            let cashier = try await t.apiClient("kasir@sukamaju.coop")
            // when
            let catalogue = try await cashier.get("/api/v1/store/catalogue")
            // then
            #expect(catalogue.status == .ok)
            let products = try catalogue.json()["products"] as? [[String: Any]] ?? []
            #expect(products.map { $0["name"] as? String } == ["Beras Medium", "Beras SPHP 5 kg"])
            #expect(products.first?["barcode"] as? String == "8991234567890")
            #expect(products.first?["memberPrice"] as? String == "1250")
            #expect(products.map { $0["regulated"] as? Bool } == [false, true])
        }
    }
}
