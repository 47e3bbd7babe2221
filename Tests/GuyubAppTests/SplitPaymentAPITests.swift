import Foundation
import GuyubCore
import GuyubStore
import Testing
import Vapor
import VaporTesting

/// A sale paid several ways through the API, on SQLite and PostgreSQL: the parts posted each to its account,
/// the till counting only the cash, and returns going back the ways the money came.
@Suite("Split payments through the API") struct SplitPaymentAPITests {
    /// Siti pays Rp 12.500 for 10 kg of rice: Rp 5.000 from her sukarela, the rest in cash at an open till.
    /// 2 kg come back (Rp 2.500, to her savings first), then the rest (Rp 2.500 more to savings, Rp 7.500
    /// in cash).
    @Test func partFromSavingsTheRestInCash() async throws {
        try await withTestApp { t in
            // given
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let siti = try await t.member(People.siti, through: api)
            try await api.deposit(siti, "sukarela", "5000")
            let rice = try await StoreAPITests.product(api)
            try await StoreAPITests.receive(api, rice, "10", at: "1.000")
            let shift = try await api.post("/api/v1/store/shifts", json: ["float": "100.000"]).json()["id"] as! String
            let cashBefore = try await api.account(role: "cash")?["balance"] as? String
            // when
            let sold = try await api.post(
                "/api/v1/store/sales",
                json: [
                    "lines": [["productId": rice, "quantity": "10"]], "memberId": siti, "payment": "split",
                    "payments": [["method": "savings", "amount": "Rp 5.000"], ["method": "cash"]],
                ])
            let sale = try sold.json()["id"] as! String
            let till = try await api.get("/api/v1/store/shifts/\(shift)").json()
            let some = try await api.post(
                "/api/v1/store/sales/\(sale)/returns",
                json: ["lines": [["productId": rice, "quantity": "2"]], "reason": "Berkutu"])
            let savingsAfterSome = try await api.balance(siti, "sukarela")
            let rest = try await api.post("/api/v1/store/sales/\(sale)/returns", json: ["reason": "Batal semua"])
            let tillAfter = try await api.get("/api/v1/store/shifts/\(shift)").json()

            // then
            #expect(sold.status == .created, "\(sold.body.string)")
            #expect(try sold.json()["payment"] as? String == "split")
            let parts = try sold.json()["payments"] as? [[String: Any]]
            #expect(parts?.map { $0["method"] as? String } == ["savings", "cash"])
            #expect(parts?.map { $0["amount"] as? String } == ["5000", "7500"])
            #expect(till["cashIn"] as? String == "7500")
            let byWay = (till["sales"] as? [[String: Any]] ?? []).map { "\($0["payment"]!) \($0["total"]!)" }
            #expect(byWay == ["cash 7500", "savings 5000"])
            #expect(some.status == .created)
            #expect(savingsAfterSome == "2500")
            #expect(rest.status == .created)
            #expect(try await api.balance(siti, "sukarela") == "5000")
            #expect(tillAfter["cashOut"] as? String == "7500")
            #expect(try await api.account(role: "cash")?["balance"] as? String == cashBefore)
            try await t.expectBooksSound()
        }
    }

    @Test func aWarungPaysPartOnCreditAndPartsThatDoNotAddUpAreRefused() async throws {
        try await withTestApp { t in
            // given
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let rice = try await StoreAPITests.product(api)
            try await StoreAPITests.receive(api, rice, "100", at: "1.000")
            let warung = try await StoreAPITests.warung(api)
            func split(_ payments: [[String: Any]], customer: String? = nil) async throws -> TestingHTTPResponse {
                var body: [String: Any] = [
                    "lines": [["productId": rice, "quantity": "10"]], "payment": "split", "payments": payments,
                ]
                if let customer { body["customerId"] = customer }
                return try await api.post("/api/v1/store/sales", json: body)
            }
            // when: Rp 14.000 for 10 kg
            let mismatch = try await split([["method": "credit", "amount": "10.000"], ["method": "cash", "amount": "1.000"]])
            let twice = try await split([["method": "cash"], ["method": "cash"]])
            let noCustomer = try await split([["method": "credit", "amount": "10.000"], ["method": "cash"]])
            let noMember = try await split([["method": "savings", "amount": "10.000"], ["method": "cash"]])
            let overLimit = try await split(
                [["method": "credit", "amount": "25.000"], ["method": "cash"]], customer: warung)
            let paid = try await split([["method": "credit", "amount": "10.000"], ["method": "cash"]], customer: warung)
            // then
            #expect(mismatch.errorCode == "split_mismatch")
            #expect(mismatch.errorMessage?.contains("Rp 14.000") == true)
            #expect(twice.errorCode == "invalid_split")
            #expect(noCustomer.errorCode == "customer_required")
            #expect(noMember.errorCode == "member_required")
            #expect(overLimit.errorCode == "split_mismatch")
            #expect(paid.status == .created, "\(paid.body.string)")
            #expect(try await StoreAPITests.owed(api) == ["10000"])
            #expect(try await api.account(role: "tradeReceivables")?["balance"] as? String == "10000")
            #expect(try await t.tenant().query(SaleRecord.self).count() == 1)
            try await t.expectBooksSound()
        }
    }
}

/// A split payment at the counter's page.
@Suite("Split payments at the counter") struct SplitPaymentPageTests {
    @Test func partFromSavingsAndChangeFromTheCash() async throws {
        try await withTestApp { t in
            // given
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let siti = try await t.member(People.siti, through: api)
            try await api.deposit(siti, "sukarela", "40000")
            let rice = try await StoreAPITests.product(api)
            try await StoreAPITests.receive(api, rice, "20", at: "1.000")
            let number = try await api.get("/api/v1/members/\(siti)").json()["memberNumber"] as! Int
            let browser = try await t.browser("ketua@sukamaju.coop")
            let page = try await browser.get("/store?productId%5B%5D=\(rice)&quantity%5B%5D=10&pack%5B%5D=")
            func pay(_ savings: String, given: String) async throws -> TestingHTTPResponse {
                try await browser.post(
                    "/store/sales",
                    form: [
                        "_csrf": try page.csrfToken(), "productId[]": rice, "quantity[]": "10", "pack[]": "",
                        "buyer": String(number), "payment": "split", "paidSavings": savings, "cashGiven": given,
                        "action": "pay",
                    ])
            }
            // when: Rp 12.500, of which Rp 5.000 from savings; the buyer hands over Rp 10.000 for the rest
            let short = try await pay("5.000", given: "5.000")
            let tooMuch = try await pay("13.000", given: "")
            let paid = try await pay("Rp 5.000", given: "10.000")
            let receipt = try await browser.get(try #require(paid.headers.first(name: .location)))
            // All of it from savings: no cash part at all.
            let allSavings = try await pay("12.500", given: "")
            // then
            #expect(page.body.string.contains(#"data-when="payment=split""#))
            #expect(short.status == .unprocessableEntity)
            #expect(short.body.string.contains("Uang diterima kurang dari total."))
            #expect(tooMuch.status == .unprocessableEntity)
            #expect(tooMuch.body.string.contains("tidak sama dengan total Rp 12.500"))
            #expect(paid.status == .seeOther)
            let slip = receipt.body.string
            #expect(slip.contains("Simpanan sukarela") && slip.contains("5.000"))
            #expect(slip.contains("Kembali") && slip.contains("Rp 2.500"))
            #expect(allSavings.status == .seeOther)
            #expect(try await api.balance(siti, "sukarela") == "22500")
            try await t.expectBooksSound()
        }
    }
}
