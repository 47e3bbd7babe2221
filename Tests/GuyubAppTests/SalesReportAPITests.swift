import Foundation
import GuyubCore
import Testing
import Vapor
import VaporTesting

/// The shop's sales report through the API and the browser, on SQLite and PostgreSQL.
@Suite("Shop sales report") struct SalesReportAPITests {
    /// Siti (a member) buys 10 kg of rice in cash and brings 1 kg back; a villager buys 4 kg by QRIS; sugar
    /// sits on the shelf unsold. Rice costs Rp 1.000 a kilo.
    static func month(_ t: TestApp) async throws -> Client {
        let coop = try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
        try await t.user("kasir@sukamaju.coop", roles: [.teller], in: coop)
        let api = try await t.apiClient("ketua@sukamaju.coop")
        let siti = try await t.member(People.siti, through: api)
        _ = try await api.post("/api/v1/members/\(siti)/status", json: ["status": "member"])
        let rice = try await StoreAPITests.product(api)
        try await StoreAPITests.receive(api, rice, "100", at: "1.000")
        let sugar = try await StoreAPITests.product(
            api, ["name": "Gula Pasir", "unit": "kg", "memberPrice": "17.500", "nonMemberPrice": "18.500"])
        try await StoreAPITests.receive(api, sugar, "5", at: "15.000")
        let member =
            try await api.post(
                "/api/v1/store/sales", json: StoreAPITests.sale(rice, "10", extra: ["memberId": siti])
            ).json()["id"] as! String
        _ = try await api.post("/api/v1/store/sales", json: StoreAPITests.sale(rice, "4", payment: "qris"))
        _ = try await api.post(
            "/api/v1/store/sales/\(member)/returns",
            json: ["lines": [["productId": rice, "quantity": "1"]], "reason": "Beras basah"])
        return api
    }

    /// Net sales Rp 16.850 (11.250 from Siti, 5.600 by QRIS) on a cost of Rp 13.000: a margin of Rp 3.850,
    /// 22,85 % (3.850 / 16.850 = 22,848…, rounded half up); members' share 66,77 % (11.250 / 16.850 =
    /// 66,765…). Stock: 87 kg of rice at Rp 1.000 and 5 kg of sugar at Rp 15.000 is Rp 162.000, as the books
    /// say; the sugar did not sell.
    @Test func aMonthOfSalesNetOfReturns() async throws {
        try await withTestApp { t in
            // given
            let api = try await Self.month(t)
            // when
            let report = try await api.get("/api/v1/store/reports/sales").json()
            // then
            let total = report["total"] as? [String: Any]
            #expect(total?["sales"] as? Int == 2)
            #expect(total?["revenue"] as? String == "16850")
            #expect(total?["cost"] as? String == "13000")
            #expect(total?["margin"] as? String == "3850")
            #expect(total?["marginPercent"] as? String == "22.85")
            #expect(report["membersPercent"] as? String == "66.77")
            let payments = report["payments"] as? [[String: Any]] ?? []
            #expect(payments.map { $0["name"] as? String } == ["cash", "qris"])
            #expect(payments.map { ($0["figures"] as? [String: Any])?["revenue"] as? String } == ["11250", "5600"])
            let products = report["products"] as? [[String: Any]] ?? []
            #expect(products.map { $0["quantity"] as? String } == ["13"])
            #expect(report["stockValue"] as? String == "162000")
            #expect(report["booksValue"] as? String == "162000")
            let slow = report["slowMovers"] as? [[String: Any]] ?? []
            #expect(slow.map { $0["name"] as? String } == ["Gula Pasir"])
            #expect(slow.first?["lastSold"] == nil)
        }
    }

    /// The same month as a CSV an Indonesian spreadsheet opens, and as a page with its chart; a cashier may
    /// not read it, and a period that ends before it starts is refused.
    @Test func theReportAsCSVAndPageForThoseWhoKeepTheStock() async throws {
        try await withTestApp { t in
            // given
            let api = try await Self.month(t)
            let browser = try await t.browser("ketua@sukamaju.coop")
            let cashier = try await t.apiClient("kasir@sukamaju.coop")
            // when
            let csv = try await api.get("/api/v1/store/reports/sales?format=csv")
            let page = try await browser.get("/store/reports")
            let pageCSV = try await browser.get("/store/reports?format=csv")
            let forbidden = try await cashier.get("/api/v1/store/reports/sales")
            let backwards = try await api.get("/api/v1/store/reports/sales?from=2026-12-31&to=2026-01-01")
            // then
            #expect(csv.headers.contentType?.subType == "csv")
            #expect(csv.body.string.contains("Semua penjualan;2;16850;13000;3850;22,85"))
            #expect(pageCSV.body.string == csv.body.string)
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Rp 16.850"))
            #expect(page.body.string.contains("66,77%"))
            #expect(page.body.string.contains("Nilai stok sama dengan buku."))
            #expect(page.body.string.contains("<figure"))
            #expect(page.body.string.contains("Gula Pasir"))
            #expect(forbidden.status == .forbidden)
            #expect(backwards.status == .unprocessableEntity)
        }
    }
}
