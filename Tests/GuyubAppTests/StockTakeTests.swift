import Foundation
import GuyubCore
import Testing
import Vapor
import VaporTesting

/// Stock takes through the API and the browser, on SQLite and PostgreSQL: counted, then approved by a
/// supervisor, each difference posted at moving average cost.
@Suite("Stock takes") struct StockTakeTests {
    /// 100 kg of rice at Rp 1.000 and 20 kg of sugar. The staff count 97 kg of rice (3 missing) and 20 kg of
    /// sugar; 5 kg of rice sell after the count. Approval posts −3 kg (Rp 3.000 to losses): 92 kg left.
    /// Staff may count but not approve; a second sheet for the unit waits until this one is approved.
    @Test func countedThenApprovedBySupervisor() async throws {
        try await withTestApp { t in
            // given
            let coop = try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            try await t.user("staf@sukamaju.coop", roles: [.staff], in: coop)
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let staff = try await t.apiClient("staf@sukamaju.coop")
            let rice = try await StoreAPITests.product(api)
            try await StoreAPITests.receive(api, rice, "100", at: "1.000")
            let sugar = try await StoreAPITests.product(
                api, ["name": "Gula Pasir", "unit": "kg", "memberPrice": "17.500", "nonMemberPrice": "18.500"])
            try await StoreAPITests.receive(api, sugar, "20", at: "15.000")
            // when
            let started = try await staff.post("/api/v1/store/stock-takes", json: [:])
            let id = try started.json()["id"] as! String
            let second = try await staff.post("/api/v1/store/stock-takes", json: [:])
            let counted = try await staff.send(
                .PUT, "/api/v1/store/stock-takes/\(id)/counts",
                body: ByteBuffer(
                    data: try JSONSerialization.data(withJSONObject: [
                        "lines": [["productId": rice, "counted": "97"], ["productId": sugar, "counted": "20"]]
                    ])), contentType: .json)
            _ = try await api.post("/api/v1/store/sales", json: StoreAPITests.sale(rice, "5"))
            let staffApproves = try await staff.post("/api/v1/store/stock-takes/\(id)/approve", json: [:])
            let approved = try await api.post("/api/v1/store/stock-takes/\(id)/approve", json: [:])
            let again = try await api.post("/api/v1/store/stock-takes/\(id)/approve", json: [:])
            // then
            #expect(started.status == .created)
            #expect(second.errorCode == "stock_take_open")
            #expect(counted.status == .ok, "\(counted.body.string)")
            let lines = try counted.json()["lines"] as? [[String: Any]] ?? []
            #expect(lines.first { $0["productId"] as? String == rice }?["difference"] as? String == "-3")
            #expect(staffApproves.status == .forbidden)
            #expect(staffApproves.errorCode == "supervisor_required")
            #expect(approved.status == .ok, "\(approved.body.string)")
            #expect(try approved.json()["status"] as? String == "approved")
            let posted = (try approved.json()["lines"] as? [[String: Any]] ?? []).first { $0["productId"] as? String == rice }
            #expect(posted?["change"] as? String == "-3")
            #expect(posted?["value"] as? String == "-3000")
            #expect(again.errorCode == "stock_take_closed")
            #expect(try await api.get("/api/v1/store/products/\(rice)").json()["stock"] as? String == "92")
            #expect(try await api.account(role: "inventoryLoss")?["balance"] as? String == "3000")
            let trail = (try await api.get("/api/v1/audit").json()["items"] as? [[String: Any]] ?? []).compactMap {
                $0["action"] as? String
            }
            #expect(
                trail.filter { $0.hasPrefix("store.stock_take.") } == [
                    "store.stock_take.approve", "store.stock_take.count", "store.stock_take.start",
                ])
            try await t.expectBooksSound()
        }
    }

    /// On the page: the sheet lists every good, blank counts are left for later, the supervisor approves.
    @Test func theCountSheetInTheBrowser() async throws {
        try await withTestApp { t in
            // given
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let rice = try await StoreAPITests.product(api)
            try await StoreAPITests.receive(api, rice, "10", at: "1.000")
            let browser = try await t.browser("ketua@sukamaju.coop")
            let token = try await browser.get("/store/stock-takes").csrfToken()
            // when
            let started = try await browser.post("/store/stock-takes", form: ["_csrf": token])
            let sheetPath = try #require(started.headers.first(name: .location))
            let sheet = try await browser.get(sheetPath)
            let nothing = try await browser.post(sheetPath + "/approve", form: ["_csrf": token])
            let saved = try await browser.post(
                sheetPath + "/counts", form: ["_csrf": token, "productId[]": rice, "counted[]": "12"])
            let approved = try await browser.post(sheetPath + "/approve", form: ["_csrf": token])
            let after = try await browser.get(sheetPath)
            // then
            #expect(sheet.body.string.contains("Beras Medium"))
            #expect(sheet.body.string.contains(#"name="counted[]""#))
            #expect(nothing.status == .unprocessableEntity)
            #expect(nothing.body.string.contains("Belum ada barang yang dihitung."))
            #expect(saved.status == .seeOther)
            #expect(approved.status == .seeOther)
            #expect(after.body.string.contains("+2 kg"))
            #expect(!after.body.string.contains(#"name="counted[]""#))
            #expect(try await api.get("/api/v1/store/products/\(rice)").json()["stock"] as? String == "12")
            try await t.expectBooksSound()
        }
    }
}
