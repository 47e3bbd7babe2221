import Foundation
import Testing
import Vapor
import VaporTesting

@Suite("Savings at the counter") struct SavingsAPITests {
    @Test func payingThePokokMakesAnApplicantAMember() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let siti = try await api.post("/api/v1/members", json: People.siti).json()["id"] as! String
            let budi = try await api.post("/api/v1/members", json: People.budi).json()["id"] as! String

            let wrong = try await api.deposit(budi, "pokok", "40000")
            let sukarelaFirst = try await api.deposit(budi, "sukarela", "10000")
            let paid = try await api.deposit(siti, "pokok", "50000")
            let again = try await api.deposit(siti, "pokok", "50000")
            let member = try await api.get("/api/v1/members/\(siti)").json()

            #expect(wrong.status == .unprocessableEntity)
            #expect(wrong.errorCode == "pokok_amount_mismatch")
            #expect(sukarelaFirst.errorCode == "not_a_member")
            #expect(try await api.get("/api/v1/members/\(budi)").json()["status"] as? String == "applicant")
            #expect(paid.status == .created)
            #expect(try paid.json()["balance"] as? String == "50000")
            #expect((try paid.json()["receiptUrl"] as? String)?.hasPrefix("/receipts/") == true)
            #expect(again.errorCode == "pokok_already_paid")
            #expect(member["status"] as? String == "member")
            #expect(try await api.balance(siti, "wajib") == "0")
            #expect(try await api.balance(siti, "sukarela") == "0")
            try await t.expectBooksSound()
        }
    }

    @Test func theBooksFollowEveryMovement() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let siti = try await t.member(People.siti, through: api)

            #expect(try await api.deposit(siti, "sukarela", "100000").status == .created)
            #expect(try await api.deposit(siti, "sukarela", "25000", channel: "qris").status == .created)
            #expect(try await api.deposit(siti, "wajib", "10000", channel: "bank").status == .created)
            let out = try await api.withdraw(siti, "sukarela", "30000")

            #expect(out.status == .created)
            #expect(try out.json()["balance"] as? String == "95000")
            #expect(try await api.account(role: "cash")?["balance"] as? String == "120000") // 50000 + 100000 − 30000
            #expect(try await api.account(role: "qrisClearing")?["balance"] as? String == "25000")
            #expect(try await api.account(role: "bank")?["balance"] as? String == "10000")
            #expect(try await api.account(role: "savingsSukarela")?["balance"] as? String == "95000")
            #expect(try await api.account(role: "savingsPokok")?["balance"] as? String == "50000")
            try await t.expectBooksSound()
        }
    }

    @Test(arguments: [
        ("pokok", "1000", "not_withdrawable", "kind"),
        ("wajib", "1000", "not_withdrawable", "kind"),
        ("sukarela", "60001", "insufficient_funds", "amount"),
        ("sukarela", "0", "amount_not_positive", "amount"),
        ("sukarela", "-5", "invalid_amount", "amount"),
        ("sukarela", "10.5", "too_many_decimals", "amount"),
        ("sukarela", "1.000,5", "too_many_decimals", "amount"),
        ("sukarela", "Rp 1,2,3", "invalid_amount", "amount"),
        ("sukarela", "1.00.000", "invalid_amount", "amount"),
        ("tabungan", "1000", "invalid_choice", "kind"),
    ])
    func refusedWithdrawalsChangeNothing(kind: String, amount: String, code: String, field: String) async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let siti = try await t.member(People.siti, through: api)
            try await api.deposit(siti, "sukarela", "60000")
            let entriesBefore = try await api.get("/api/v1/ledger/entries").json()["total"] as? Int

            let response = try await api.withdraw(siti, kind, amount)

            #expect(response.status == .unprocessableEntity)
            #expect(response.errorCode == code)
            #expect(response.errorField == field)
            #expect(try await api.balance(siti, "sukarela") == "60000")
            #expect(try await api.get("/api/v1/ledger/entries").json()["total"] as? Int == entriesBefore)
        }
    }

    @Test func theMinimumBalanceStays() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            var settings = try await api.get("/api/v1/savings/settings").json()
            settings["sukarelaMinimumBalance"] = "20000"
            #expect(
                try await api.send(
                    .PUT, "/api/v1/savings/settings",
                    body: ByteBuffer(data: try JSONSerialization.data(withJSONObject: settings)),
                    contentType: .json
                ).status == .ok)
            let siti = try await t.member(People.siti, through: api)
            try await api.deposit(siti, "sukarela", "50000")

            let tooMuch = try await api.withdraw(siti, "sukarela", "30001")
            let enough = try await api.withdraw(siti, "sukarela", "30000")

            #expect(tooMuch.errorCode == "insufficient_funds")
            #expect(try enough.json()["balance"] as? String == "20000")
        }
    }

    @Test func aRetriedDepositPostsOnce() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let siti = try await t.member(People.siti, through: api)
            let key: HTTPHeaders = ["Idempotency-Key": "setoran-0001"]

            let first = try await api.deposit(siti, "sukarela", "75000", headers: key)
            let retry = try await api.deposit(siti, "sukarela", "75000", headers: key)

            #expect(first.status == .created)
            #expect(retry.body.string == first.body.string)
            #expect(try await api.balance(siti, "sukarela") == "75000")
            try await t.expectBooksSound()
        }
    }

    /// Ten withdrawals race for money enough for three: exactly three succeed.
    @Test func racingWithdrawalsNeverOverdraw() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let siti = try await t.member(People.siti, through: api)
            try await api.deposit(siti, "sukarela", "100000")

            let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for _ in 0..<10 {
                    group.addTask { try await api.withdraw(siti, "sukarela", "30000").status }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }

            #expect(statuses.filter { $0 == .created }.count == 3)
            #expect(statuses.allSatisfy { $0 == .created || $0 == .unprocessableEntity || $0 == .serviceUnavailable })
            #expect(try await api.balance(siti, "sukarela") == "10000")
            try await t.expectBooksSound()
        }
    }

    @Test func transfersMoveSukarelaBetweenMembers() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let siti = try await t.member(People.siti, through: api)
            let budi = try await t.member(People.budi, through: api)
            let joko = try await api.post("/api/v1/members", json: People.joko).json()["id"] as! String
            try await api.deposit(siti, "sukarela", "80000")
            func transfer(_ from: String, _ to: String, _ amount: String) async throws -> TestingHTTPResponse {
                try await api.post("/api/v1/savings/transfers", json: ["fromMemberId": from, "toMemberId": to, "amount": amount])
            }

            let ok = try await transfer(siti, budi, "30000")
            let toSelf = try await transfer(siti, siti, "1000")
            let toApplicant = try await transfer(siti, joko, "1000")
            let tooMuch = try await transfer(siti, budi, "50001")

            #expect(ok.status == .created)
            #expect(try ok.json()["fromBalance"] as? String == "50000")
            #expect(try ok.json()["toBalance"] as? String == "30000")
            #expect(toSelf.errorCode == "same_member")
            #expect(toApplicant.errorCode == "not_a_member")
            #expect(tooMuch.errorCode == "insufficient_funds")
            try await t.expectBooksSound()
        }
    }

    @Test func aStatementRunsItsBalance() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let siti = try await t.member(People.siti, through: api)
            let accountID = try await api.deposit(siti, "sukarela", "40000").json()["accountId"] as! String
            try await api.deposit(siti, "sukarela", "15000")
            try await api.withdraw(siti, "sukarela", "5000")

            let statement = try await api.get("/api/v1/savings/accounts/\(accountID)/statement").json()
            let lines = try #require(statement["lines"] as? [[String: Any]])

            #expect(lines.map { $0["amount"] as? String } == ["40000", "15000", "-5000"])
            #expect(lines.map { $0["balance"] as? String } == ["40000", "55000", "50000"])
            #expect(statement["opening"] as? String == "0")
            #expect(statement["closing"] as? String == "50000")
            #expect((lines.first?["description"] as? String)?.contains("Siti Aminah") == true)
        }
    }

    @Test func aMemberSeesOnlyTheirOwnSavings() async throws {
        try await withTestApp { t in
            let coop = try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let siti = try await t.member(People.siti, through: api)
            let budi = try await t.member(People.budi, through: api)
            try await t.user("siti@sukamaju.coop", roles: [.member], in: coop, member: UUID(uuidString: siti))
            let member = try await t.apiClient("siti@sukamaju.coop")
            let budiAccount = try await api.deposit(budi, "sukarela", "1000").json()["accountId"] as! String

            #expect(try await member.get("/api/v1/members/\(siti)/savings").status == .ok)
            #expect(try await member.get("/api/v1/members/\(budi)/savings").status == .notFound)
            #expect(try await member.get("/api/v1/savings/accounts/\(budiAccount)/statement").status == .notFound)
            #expect(try await member.deposit(siti, "sukarela", "1000").status == .forbidden)
        }
    }

    @Test func leavingPaysOutAndClosesTheAccounts() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let siti = try await t.member(People.siti, through: api)
            try await api.deposit(siti, "wajib", "30000")
            try await api.deposit(siti, "sukarela", "20000")

            let exit = try await api.post("/api/v1/members/\(siti)/status", json: ["status": "resigned", "channel": "bank"])
            let accounts =
                try JSONSerialization.jsonObject(with: Data(buffer: try await api.get("/api/v1/members/\(siti)/savings").body))
                as? [[String: Any]] ?? []

            #expect(exit.status == .ok)
            #expect(accounts.count == 3)
            #expect(accounts.allSatisfy { $0["status"] as? String == "closed" && $0["balance"] as? String == "0" })
            #expect(try await api.account(role: "bank")?["balance"] as? String == "-100000")
            #expect(try await api.account(role: "savingsPokok")?["balance"] as? String == "0")
            #expect(try await api.deposit(siti, "sukarela", "1000").errorCode == "not_a_member")
            try await t.expectBooksSound()
        }
    }

    @Test func wajibDuesAndArrears() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let siti = try await t.member(People.siti, through: api)
            _ = try await api.post("/api/v1/members", json: People.budi) // an applicant owes nothing yet
            let month = String(ISO8601DateFormatter().string(from: Date()).prefix(7))

            let billed = try await api.post("/api/v1/savings/dues", json: ["month": month]).json()
            let again = try await api.post("/api/v1/savings/dues", json: ["month": month]).json()
            let before = try await api.get("/api/v1/savings/arrears")
            try await api.deposit(siti, "wajib", "10000")
            let after = try await api.get("/api/v1/savings/arrears")

            #expect(billed["billed"] as? Int == 1)
            #expect(again["billed"] as? Int == 0)
            let owing = try JSONSerialization.jsonObject(with: Data(buffer: before.body)) as? [[String: Any]]
            #expect(owing?.count == 1)
            #expect(owing?.first?["wajibOwed"] as? String == "10000")
            #expect(owing?.first?["since"] as? String == month)
            #expect((try JSONSerialization.jsonObject(with: Data(buffer: after.body)) as? [Any])?.isEmpty == true)
            #expect(try await api.post("/api/v1/savings/dues", json: ["month": "2026-13"]).errorCode == "invalid_date")
            // Never a month to come, nor one before the books began (this cooperative's first entry is this month's).
            for far in ["9999-12", "1970-01", "2026-01"] where far != month {
                let refused = try await api.post("/api/v1/savings/dues", json: ["month": far])
                #expect(refused.status == .unprocessableEntity && refused.errorCode == "month_not_billable", "\(far)")
            }
            let monthEnd = try await api.post("/api/v1/ledger/months/1970-01/close", json: [:])
            #expect(monthEnd.status == .unprocessableEntity && monthEnd.errorCode == "period_not_open")
            // The list to call is paged: its page shows everyone who owes in its count.
            let page = try await t.browser("ketua@sukamaju.coop").get("/savings/arrears?page=2")
            #expect(page.status == .ok)
        }
    }
}
