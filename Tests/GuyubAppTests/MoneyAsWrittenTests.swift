import Foundation
import GuyubCore
import GuyubStore
import Testing
import Vapor
import VaporTesting

/// Amounts typed as Indonesians type them, at the counter, in the books and on loans; and the bounds
/// that keep one hostile or mistyped amount from breaking a cooperative's books.
@Suite("Money as people write it") struct MoneyAsWrittenTests {
    @Test func theCounterTakesAmountsAsTheyAreWritten() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let siti = try await t.member(People.siti, through: api)
            let browser = try await t.browser("ketua@sukamaju.coop")

            for amount in ["1.250.000", "Rp 50.000", "Rp50000", "50.000,00"] {
                let token = try await browser.get("/teller?member=\(siti)").csrfToken()
                let done = try await browser.post(
                    "/teller/deposits",
                    form: [
                        "_csrf": token, "memberId": siti, "kind": "sukarela",
                        "amount": amount, "channel": "cash",
                    ])
                #expect(done.status == .seeOther, "\(amount): \(done.body.string.prefix(300))")
            }
            let viaAPI = try await api.deposit(siti, "sukarela", "Rp 25.000,-")

            #expect(viaAPI.status == .created)
            #expect(try await api.balance(siti, "sukarela") == "1425000")
            try await t.expectBooksSound()
        }
    }

    @Test func aJournalLineAndALoanReadGroupedThousands() async throws {
        try await withTestApp { t in
            let coop = try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            try await t.user("bendahara@sukamaju.coop", roles: [.board], in: coop)
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let treasurer = try await t.apiClient("bendahara@sukamaju.coop")
            let siti = try await t.member(People.siti, through: api)
            try await api.deposit(siti, "sukarela", "10.000.000")
            let accounts =
                try JSONSerialization.jsonObject(with: Data(buffer: try await api.get("/api/v1/ledger/accounts").body))
                as? [[String: Any]] ?? []
            func id(_ role: String) -> String { accounts.first { $0["role"] as? String == role }?["id"] as! String }

            let entry = try await api.post(
                "/api/v1/ledger/entries",
                json: [
                    "description": "Bayar listrik kantor",
                    "lines": [
                        ["accountId": id("operatingExpense"), "debit": "1.250.000"],
                        ["accountId": id("cash"), "credit": "Rp 1.250.000"],
                    ],
                ])
            let product = try await api.post("/api/v1/loans/products", json: LoansAPITests.product)
            let loan = try await api.post(
                "/api/v1/loans",
                json: [
                    "memberId": siti, "productId": try product.json()["id"] as! String, "principal": "5.000.000",
                    "ratePercent": "12",
                    "periods": 12, "purpose": "Modal warung",
                ])
            let loanID = try loan.json()["id"] as? String ?? ""
            _ = try await treasurer.post("/api/v1/loans/\(loanID)/approve", json: [:])
            _ = try await api.post("/api/v1/loans/\(loanID)/disburse", json: ["channel": "cash"])
            let repaid = try await api.post("/api/v1/loans/\(loanID)/repayments", json: ["amount": "575.000", "channel": "cash"])

            #expect(entry.status == .created, "\(entry.body.string)")
            #expect(try entry.json()["total"] as? String == "1250000")
            #expect(loan.status == .created, "\(loan.body.string)")
            #expect(try loan.json()["principal"] as? String == "5000000")
            #expect(repaid.status == .created, "\(repaid.body.string)")
            #expect(try repaid.json()["amount"] as? String == "575000")
            try await t.expectBooksSound()
        }
    }

    /// A refusal says what was read, so the teller sees the mistake rather than guessing.
    @Test func aRefusalSaysWhatWasRead() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let siti = try await t.member(People.siti, through: api)

            let cents = try await api.deposit(siti, "sukarela", "1.250,50")
            let garbled = try await api.deposit(siti, "sukarela", "1.25.000")

            #expect(cents.status == .unprocessableEntity && cents.errorCode == "too_many_decimals")
            #expect(
                try (cents.json()["error"] as? [String: Any])?["message"] as? String
                    == "Rupiah tidak memakai sen: terbaca 1.250,50. Tulis tanpa angka di belakang koma.")
            #expect(garbled.status == .unprocessableEntity && garbled.errorCode == "invalid_amount")
            #expect(try await api.balance(siti, "sukarela") == "0")
        }
    }

    /// Nine deposits near the 64-bit limit once pushed the cash account past it: SQLite stored a real
    /// number, and every report and posting of that cooperative failed from then on. An operation is bounded
    /// by the counter's limit, and no balance may pass the books' ceiling.
    @Test func noAmountCanBreakTheBooks() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let siti = try await t.member(People.siti, through: api)
            let budi = try await t.member(People.budi, through: api)

            var huge: [TestingHTTPResponse] = []
            for _ in 0..<9 { huge.append(try await api.deposit(siti, "sukarela", "922337203685477580")) }
            let overLimit = try await api.deposit(siti, "sukarela", "500.000.001")
            var settings = try await api.get("/api/v1/savings/settings").json()
            settings["counterLimit"] = "1.000.000.000.000.000"
            let raised = try await api.send(
                .PUT, "/api/v1/savings/settings",
                body: ByteBuffer(data: try JSONSerialization.data(withJSONObject: settings)), contentType: .json)
            let atCeiling = try await api.deposit(siti, "sukarela", "999.999.999.900.000")
            let past = try await api.deposit(budi, "sukarela", "999.999.999.900.000")

            #expect(huge.allSatisfy { $0.status == .unprocessableEntity && $0.errorCode == "amount_too_large" })
            #expect(overLimit.errorCode == "over_counter_limit")
            #expect(raised.status == .ok, "\(raised.body.string)")
            #expect(atCeiling.status == .created, "\(atCeiling.body.string)")
            // Cash already holds the first; the second would take it past the ceiling: refused, nothing written.
            #expect(past.status == .unprocessableEntity && past.errorCode == "balance_too_large", "\(past.body.string)")
            #expect(try await api.balance(budi, "sukarela") == "0")
            #expect(try await api.get("/api/v1/reports/trial-balance").status == .ok)
            #expect(try await api.withdraw(siti, "sukarela", "100.000").status == .created)
            try await t.expectBooksSound()
        }
    }
}
