import Foundation
import GuyubCore
import GuyubStore
import Testing
import Vapor
import VaporTesting

/// Shifts at the till through the API, on SQLite and PostgreSQL: a float, the shift's cash sales and
/// refunds, and the count whose difference is posted.
@Suite("Shop shifts") struct ShiftAPITests {
    /// The cashier opens with Rp 200.000, sells Rp 14.000 in cash and Rp 5.000 from savings, Rp 1.400 is paid
    /// back for a returned kilo: the drawer should hold Rp 212.600; Rp 212.000 is counted, Rp 600 short.
    @Test func aShiftClosesWithItsCountAndTheDifferenceIsPosted() async throws {
        try await withTestApp { t in
            // given
            let coop = try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            try await t.user("kasir@sukamaju.coop", roles: [.teller], in: coop)
            try await t.user("kasir2@sukamaju.coop", roles: [.teller], in: coop)
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let cashier = try await t.apiClient("kasir@sukamaju.coop")
            let other = try await t.apiClient("kasir2@sukamaju.coop")
            let siti = try await t.member(People.siti, through: api)
            try await api.deposit(siti, "sukarela", "10.000")
            let rice = try await StoreAPITests.product(api)
            try await StoreAPITests.receive(api, rice, "50", at: "1.000")
            let opened = try await cashier.post("/api/v1/store/shifts", json: ["float": "Rp 200.000"])
            let shift = try opened.json()["id"] as! String
            let sale = try await cashier.post("/api/v1/store/sales", json: StoreAPITests.sale(rice, "10")).json()["id"] as! String
            _ = try await cashier.post(
                "/api/v1/store/sales", json: StoreAPITests.sale(rice, "4", payment: "savings", extra: ["memberId": siti]))
            _ = try await api.post(
                "/api/v1/store/sales/\(sale)/returns",
                json: ["lines": [["productId": rice, "quantity": "1"]], "reason": "Beras basah"])
            // when
            let second = try await other.post("/api/v1/store/shifts", json: ["float": "100.000"])
            let running = try await api.get("/api/v1/store/shifts/\(shift)").json()
            let byOther = try await other.post("/api/v1/store/shifts/\(shift)/close", json: ["counted": "212.000"])
            let negative = try await cashier.post("/api/v1/store/shifts/\(shift)/close", json: ["counted": "-5"])
            let closed = try await cashier.post(
                "/api/v1/store/shifts/\(shift)/close", json: ["counted": "212.000", "note": "Uang receh kurang"])
            let again = try await cashier.post("/api/v1/store/shifts/\(shift)/close", json: ["counted": "212.600"])
            // then
            #expect(opened.status == .created)
            #expect(second.status == .conflict && second.errorCode == "shift_already_open")
            #expect(running["expected"] as? String == "212600")
            #expect(running["cashIn"] as? String == "14000")
            #expect(running["cashOut"] as? String == "1400")
            #expect((running["sales"] as? [[String: Any]])?.count == 2)
            #expect(byOther.status == .forbidden && byOther.errorCode == "shift_not_yours")
            #expect(negative.status == .unprocessableEntity && negative.errorCode == "invalid_price")
            #expect(closed.status == .ok)
            let body = try closed.json()
            #expect(body["difference"] as? String == "-600")
            #expect(body["status"] as? String == "closed")
            #expect(again.status == .conflict && again.errorCode == "shift_closed")
            #expect(try await api.account(role: "cashOverShort")?["balance"] as? String == "600")
            // A sale after the shift closed belongs to no shift.
            let later = try await cashier.post("/api/v1/store/sales", json: StoreAPITests.sale(rice, "1")).json()["id"] as! String
            #expect(try await t.tenant().find(SaleRecord.self, UUID(uuidString: later))?.shiftID == nil)
            try await t.expectBooksSound()
        }
    }

    /// A manager closes a cashier's shift; a drawer with more than expected posts the surplus.
    @Test func aManagerClosesAnotherCashiersShiftAndASurplusIsPosted() async throws {
        try await withTestApp { t in
            // given
            let coop = try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            try await t.user("kasir@sukamaju.coop", roles: [.teller], in: coop)
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let cashier = try await t.apiClient("kasir@sukamaju.coop")
            let shift = try await cashier.post("/api/v1/store/shifts", json: ["float": "50.000"]).json()["id"] as! String
            // when
            let closed = try await api.post("/api/v1/store/shifts/\(shift)/close", json: ["counted": "50.500"])
            let reopened = try await cashier.post("/api/v1/store/shifts", json: ["float": "50.500"])
            // then
            #expect(try closed.json()["difference"] as? String == "500")
            #expect(reopened.status == .created)
            #expect(try await api.account(role: "cashOverShort")?["balance"] as? String == "-500")
            #expect(try await api.account(role: "cash")?["balance"] as? String == "500")
            try await t.expectBooksSound()
        }
    }

    /// The warung owes Rp 13.000; it pays Rp 10.000 in cash at the counter (into the open shift's drawer),
    /// cannot pay more than it owes, and pays the rest by bank.
    @Test func aWarungPaysWhatItOwes() async throws {
        try await withTestApp { t in
            // given
            let coop = try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            try await t.user("kasir@sukamaju.coop", roles: [.teller], in: coop)
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let cashier = try await t.apiClient("kasir@sukamaju.coop")
            var fields = StoreAPITests.rice
            fields["tiers"] = [["customerClass": "warung", "minQuantity": "10", "price": "1.300"]]
            let rice = try await StoreAPITests.product(api, fields)
            try await StoreAPITests.receive(api, rice, "100", at: "1.000")
            let warung = try await StoreAPITests.warung(api)
            _ = try await api.post(
                "/api/v1/store/sales", json: StoreAPITests.sale(rice, "10", payment: "credit", extra: ["customerId": warung]))
            let shift = try await cashier.post("/api/v1/store/shifts", json: ["float": "100.000"]).json()["id"] as! String
            let path = "/api/v1/store/customers/\(warung)/payments"
            // when
            let cash = try await cashier.post(path, json: ["amount": "Rp 10.000"])
            let tooMuch = try await cashier.post(path, json: ["amount": "5.000", "channel": "bank"])
            let badChannel = try await cashier.post(path, json: ["amount": "1.000", "channel": "barter"])
            let bank = try await cashier.post(path, json: ["amount": "3.000", "channel": "bank"])
            // then
            #expect(cash.status == .created)
            #expect(try cash.json()["balance"] as? String == "3000")
            #expect(tooMuch.status == .unprocessableEntity && tooMuch.errorCode == "overpayment")
            #expect(tooMuch.errorMessage?.contains("Rp 3.000") == true)
            #expect(badChannel.errorCode == "invalid_choice")
            #expect(try bank.json()["balance"] as? String == "0")
            #expect(try await api.account(role: "tradeReceivables")?["balance"] as? String == "0")
            #expect(try await api.account(role: "bank")?["balance"] as? String == "3000")
            #expect(try await api.get("/api/v1/store/shifts/\(shift)").json()["expected"] as? String == "110000")
            try await t.expectBooksSound()
        }
    }

    /// The warung paid its Rp 13.000 in full, then brings half the rice back: it owes nothing, so the
    /// Rp 6.500 comes out of the drawer, and what it owes stays at nothing.
    @Test func creditGoodsBackAfterPaymentArePaidBackInCash() async throws {
        try await withTestApp { t in
            // given
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            var fields = StoreAPITests.rice
            fields["tiers"] = [["customerClass": "warung", "minQuantity": "10", "price": "1.300"]]
            let rice = try await StoreAPITests.product(api, fields)
            try await StoreAPITests.receive(api, rice, "100", at: "1.000")
            let warung = try await StoreAPITests.warung(api)
            let sale =
                try await api.post(
                    "/api/v1/store/sales", json: StoreAPITests.sale(rice, "10", payment: "credit", extra: ["customerId": warung])
                ).json()["id"] as! String
            _ = try await api.post("/api/v1/store/customers/\(warung)/payments", json: ["amount": "13.000"])
            let shift = try await api.post("/api/v1/store/shifts", json: ["float": "100.000"]).json()["id"] as! String
            // when
            let back = try await api.post(
                "/api/v1/store/sales/\(sale)/returns",
                json: ["lines": [["productId": rice, "quantity": "5"]], "reason": "Kebanyakan"])
            // then
            #expect(try back.json()["amount"] as? String == "6500")
            #expect(try await StoreAPITests.owed(api) == ["0"])
            #expect(try await api.account(role: "tradeReceivables")?["balance"] as? String == "0")
            #expect(try await api.get("/api/v1/store/shifts/\(shift)").json()["expected"] as? String == "93500")
            try await t.expectBooksSound()
        }
    }
}
