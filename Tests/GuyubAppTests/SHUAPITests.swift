import FluentKit
import Foundation
import GuyubCore
import GuyubStore
import SQLKit
import Testing
import Vapor
import VaporTesting

/// The year-end close and the SHU through the router.
@Suite("SHU and the year-end close") struct SHUAPITests {
    struct Setup {
        let board: Client
        let coop: UUID
        let siti: String
        let budi: String
    }

    /// Siti and Budi, members since 1 January 2025, bought 3.000.000 and 1.000.000 at the store in 2025;
    /// the year's books: sales to members 10.000.000 and operating costs 4.000.000.
    func setup(_ t: TestApp) async throws -> Setup {
        let coop = try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
        let board = try await t.apiClient("ketua@sukamaju.coop")
        let siti = try await t.member(People.siti, through: board)
        let budi = try await t.member(People.budi, through: board)
        try await (t.app.db as! any SQLDatabase).raw("/* test */ UPDATE members SET joined_on = '2025-01-01'").run()
        for (member, amount) in [(siti, Int64(3_000_000)), (budi, 1_000_000)] {
            let record = BusinessRecord()
            record.memberID = UUID(uuidString: member)!
            record.source = .store
            record.happenedOn = CivilDate(year: 2025, month: 6, day: 1)!
            record.amount = amount
            try await Tenant(cooperativeID: coop, db: t.app.db).create(record)
        }
        let list =
            try JSONSerialization.jsonObject(with: Data(buffer: try await board.get("/api/v1/ledger/accounts").body))
            as? [[String: Any]] ?? []
        let codes = Dictionary(uniqueKeysWithValues: list.map { ($0["code"] as! String, $0["id"] as! String) })
        for (debit, credit, amount) in [("1-1100", "4-2100", "10000000"), ("5-3100", "1-1100", "4000000")] {
            let posted = try await board.post(
                "/api/v1/ledger/entries",
                json: [
                    "description": "Usaha 2025", "date": "2025-07-01",
                    "lines": [["accountId": codes[debit]!, "debit": amount], ["accountId": codes[credit]!, "credit": amount]],
                ])
            #expect(posted.status == .created, "\(posted.body.string)")
        }
        return Setup(board: board, coop: coop, siti: siti, budi: budi)
    }

    @Test func theSimulationIsPublic() async throws {
        try await withTestApp { t in
            let anyone = Client(t.app)
            let ok = try await anyone.post(
                "/api/v1/simulations/shu",
                json: [
                    "surplus": "100000000",
                    "allocation": [
                        "reserve": 40, "capital": 20, "patronage": 25, "board": 5, "staff": 5,
                        "education": "2,5", "social": 2.5,
                    ],
                    "members": [
                        ["id": "A", "savings": "1000000", "business": "5000000"],
                        ["id": "B", "savings": 1_000_000, "business": 0],
                    ],
                ])
            #expect(ok.status == .ok, "\(ok.body.string)")
            let body = try ok.json()
            #expect((body["pools"] as? [String: String])?["capital"] == "20000000")
            let members = body["members"] as? [[String: String]]
            #expect(members?.first { $0["id"] == "A" }?["total"] == "35000000")

            let over = try await anyone.post(
                "/api/v1/simulations/shu", json: ["surplus": "100", "allocation": ["reserve": 60, "capital": 50]])
            #expect(over.status == .unprocessableEntity && over.errorCode == "allocation_over_100")
            let unreadable = try await anyone.post("/api/v1/simulations/shu", json: ["surplus": "sejuta"])
            #expect(unreadable.status == .unprocessableEntity && unreadable.errorField == "surplus")
            let empty = try await anyone.post(
                "/api/v1/simulations/shu", json: ["surplus": "1000", "allocation": ["capital": 100]])
            #expect(empty.status == .ok, "zero totals leave the pool to the reserve, never a crash")
        }
    }

    @Test func closingTheYearDraftsTheDistributionOnce() async throws {
        try await withTestApp { t in
            let s = try await setup(t)
            let rules = try await s.board.get("/api/v1/shu/2025/settings")
            #expect(rules.status == .ok)
            #expect(try (rules.json()["allocation"] as? [String: String])?["capital"] == "20")

            let notOver = try await s.board.post("/api/v1/shu/2026/close", json: [:])
            #expect(notOver.status == .unprocessableEntity && notOver.errorCode == "year_not_over")
            let notClosed = try await s.board.get("/api/v1/shu/2025")
            #expect(notClosed.status == .conflict && notClosed.errorCode == "year_not_closed")

            let closed = try await s.board.post("/api/v1/shu/2025/close", json: [:])
            #expect(closed.status == .created, "\(closed.body.string)")
            #expect(try closed.json()["memberSurplus"] as? String == "6000000")
            let entries = try await Tenant(cooperativeID: s.coop, db: t.app.db).query(JournalEntryRecord.self).count()
            let again = try await s.board.post("/api/v1/shu/2025/close", json: [:])
            #expect(again.status == .conflict && again.errorCode == "year_already_closed")
            #expect(try await Tenant(cooperativeID: s.coop, db: t.app.db).query(JournalEntryRecord.self).count() == entries)

            // Patronage 25 % of 6.000.000 = 1.500.000 by business 3:1; capital by savings (pokok and wajib at
            // year end: none in 2025), so its pool goes to the reserve.
            let draft = try await s.board.get("/api/v1/shu/2025").json()
            #expect(draft["status"] as? String == "draft")
            let shares = draft["shares"] as? [[String: Any]] ?? []
            #expect(shares.first { $0["memberId"] as? String == s.siti }?["patronage"] as? String == "1125000")
            #expect(shares.first { $0["memberId"] as? String == s.budi }?["patronage"] as? String == "375000")
            #expect((draft["remainder"] as? [String: String])?["capital"] == "1200000")

            // The year's income statement still shows the year after its closing entry.
            let statement = try await s.board.get("/api/v1/reports/income-statement?from=2025-01-01&to=2025-12-31")
            #expect(statement.body.string.contains("10000000"), "\(statement.body.string)")
            try await t.expectBooksSound()
        }
    }

    @Test func rulesAreCheckedAndRecomputeTheDraft() async throws {
        try await withTestApp { t in
            let s = try await setup(t)
            func put(_ body: [String: Any]) async throws -> TestingHTTPResponse {
                try await s.board.send(
                    .PUT, "/api/v1/shu/2025/settings", body: ByteBuffer(data: try JSONSerialization.data(withJSONObject: body)),
                    contentType: .json)
            }
            let notHundred = try await put(["allocation": ["reserve": 40, "capital": 20]])
            #expect(notHundred.status == .unprocessableEntity && notHundred.errorCode == "allocation_not_100")
            let toMembers = try await put(["nonMemberAllocation": ["reserve": 50, "patronage": 50]])
            #expect(toMembers.status == .unprocessableEntity && toMembers.errorCode == "non_member_surplus_to_members")
            let noAccount = try await put(["allocation": ["reserve": 40, "capital": 20, "patronage": 30, "zakat": 10]])
            #expect(noAccount.status == .unprocessableEntity && noAccount.errorCode == "fund_without_account")

            #expect(try await s.board.post("/api/v1/shu/2025/close", json: [:]).status == .created)
            let changed = try await put([
                "allocation": ["reserve": 50, "capital": 10, "patronage": 40], "savingsKinds": ["pokok"],
            ])
            #expect(changed.status == .ok, "\(changed.body.string)")
            let draft = try await s.board.get("/api/v1/shu/2025").json()
            // Patronage 40 % of 6.000.000 = 2.400.000, 3:1.
            let shares = draft["shares"] as? [[String: Any]] ?? []
            #expect(shares.first { $0["memberId"] as? String == s.siti }?["patronage"] as? String == "1800000")
        }
    }

    @Test func onlyTheTreasurerClosesAndMembersSeeOnlyTheirOwn() async throws {
        try await withTestApp { t in
            let s = try await setup(t)
            try await t.user("kasir@sukamaju.coop", roles: [.teller], in: s.coop)
            try await t.user("siti@sukamaju.coop", roles: [.member], in: s.coop, member: UUID(uuidString: s.siti))
            let teller = try await t.apiClient("kasir@sukamaju.coop")
            #expect(try await teller.post("/api/v1/shu/2025/close", json: [:]).status == .forbidden)
            #expect(try await s.board.post("/api/v1/shu/2025/close", json: [:]).status == .created)
            let siti = try await t.apiClient("siti@sukamaju.coop")
            let own = try await siti.get("/api/v1/members/\(s.siti)/shu")
            #expect(own.status == .ok && own.body.string.contains("1125000"), "\(own.body.string)")
            #expect(try await siti.get("/api/v1/members/\(s.budi)/shu").status == .notFound)
            #expect(try await siti.get("/api/v1/shu/2025").status == .forbidden)
            // Nothing is held to collect before the distribution is posted.
            let early = try await teller.post("/api/v1/shu/2025/shares/\(s.siti)/payout", json: ["channel": "cash"])
            #expect(early.status == .conflict && early.errorCode == "share_not_payable")
        }
    }

    /// The RAT of 2026-03-14 passing the SHU distribution of `year`, with Siti voting.
    func approve(_ s: Setup, year: Int = 2025) async throws {
        let meeting =
            try await s.board.post(
                "/api/v1/meetings",
                json: [
                    "heldOn": "2026-03-14", "startsAt": "09:00",
                    "place": "Balai Desa", "financialYear": year,
                ]
            ).json()["id"] as! String
        _ = try await s.board.post("/api/v1/meetings/\(meeting)/notice", json: ["channel": "whatsapp", "text": "Undangan RAT."])
        _ = try await s.board.post("/api/v1/meetings/\(meeting)/start", json: [:])
        for member in [s.siti, s.budi] {
            _ = try await s.board.post("/api/v1/meetings/\(meeting)/attendance", json: ["memberId": member, "mode": "in-person"])
        }
        let motion =
            try await s.board.post(
                "/api/v1/meetings/\(meeting)/resolutions",
                json: [
                    "kind": "shu", "shuYear": year, "motion": "Menetapkan pembagian SHU \(year).", "secret": true,
                ]
            ).json()["id"] as! String
        _ = try await s.board.post("/api/v1/meetings/resolutions/\(motion)/open", json: [:])
        _ = try await s.board.post("/api/v1/meetings/resolutions/\(motion)/votes", json: ["memberId": s.siti, "choice": "yes"])
        let closed = try await s.board.post("/api/v1/meetings/resolutions/\(motion)/close", json: [:])
        #expect(closed.status == .ok, "\(closed.body.string)")
    }

    @Test func postingWaitsForTheRATAndHappensOnce() async throws {
        try await withTestApp { t in
            let s = try await setup(t)
            #expect(try await s.board.post("/api/v1/shu/2025/close", json: [:]).status == .created)
            let early = try await s.board.post("/api/v1/shu/2025/post", json: [:])
            #expect(early.status == .unprocessableEntity && early.errorCode == "distribution_not_approved")
            #expect(try await s.board.balance(s.siti, "sukarela") == "0")

            try await approve(s)
            // What the RAT approved stays as approved until it is posted.
            let recompute = try await s.board.post("/api/v1/shu/2025/compute", json: [:])
            #expect(recompute.status == .conflict && recompute.errorCode == "distribution_already_approved")
            let posted = try await s.board.post("/api/v1/shu/2025/post", json: [:])
            #expect(posted.status == .ok, "\(posted.body.string)")
            #expect(try posted.json()["status"] as? String == "posted")
            #expect(try await s.board.balance(s.siti, "sukarela") == "1125000")
            let again = try await s.board.post("/api/v1/shu/2025/post", json: [:])
            #expect(again.status == .conflict && again.errorCode == "distribution_already_posted")
            #expect(try await s.board.balance(s.siti, "sukarela") == "1125000")
            try await t.expectBooksSound()
        }
    }

    @Test func sharesToCollectArePaidOnceInCash() async throws {
        try await withTestApp { t in
            let s = try await setup(t)
            let payable = try await s.board.send(
                .PUT, "/api/v1/shu/2025/settings",
                body: ByteBuffer(
                    data: try JSONSerialization.data(
                        withJSONObject: ["payTo": "payable"])), contentType: .json)
            #expect(payable.status == .ok)
            #expect(try await s.board.post("/api/v1/shu/2025/close", json: [:]).status == .created)
            try await approve(s)
            #expect(try await s.board.post("/api/v1/shu/2025/post", json: [:]).status == .ok)
            let paid = try await s.board.post("/api/v1/shu/2025/shares/\(s.siti)/payout", json: ["channel": "cash"])
            #expect(paid.status == .created, "\(paid.body.string)")
            let twice = try await s.board.post("/api/v1/shu/2025/shares/\(s.siti)/payout", json: ["channel": "cash"])
            #expect(twice.status == .conflict && twice.errorCode == "share_not_payable")
            let shares = try await s.board.get("/api/v1/shu/2025").json()["shares"] as? [[String: Any]] ?? []
            #expect(shares.first { $0["memberId"] as? String == s.siti }?["paidTo"] as? String == "paid")
            #expect(shares.first { $0["memberId"] as? String == s.budi }?["paidTo"] as? String == "payable")
            try await t.expectBooksSound()
        }
    }

    @Test func thePagesCloseShowAndExportTheYear() async throws {
        try await withTestApp { t in
            let s = try await setup(t)
            let browser = try await t.browser("ketua@sukamaju.coop")
            let index = try await browser.get("/shu")
            #expect(index.status == .ok && index.body.string.contains("Tutup buku 2025"))
            let csrf = try index.csrfToken()
            let closed = try await browser.post("/shu/close", form: ["_csrf": csrf, "year": "2025", "confirm": "1"])
            #expect(closed.status == .seeOther, "\(closed.body.string)")
            let again = try await browser.post("/shu/close", form: ["_csrf": csrf, "year": "2025", "confirm": "1"])
            #expect(again.status == .conflict && again.body.string.contains("sudah ditutup"))

            let page = try await browser.get("/shu/2025")
            #expect(page.status == .ok && page.body.string.contains("Rp 1.125.000"), "\(page.body.string)")
            #expect(page.body.string.contains("belum ada keputusan RAT") || page.body.string.contains("Belum ada keputusan RAT"))
            let csv = try await browser.get("/shu/2025?format=csv")
            #expect(csv.headers.contentType?.description.hasPrefix("text/csv") == true)
            #expect(csv.body.string.contains("Siti Aminah;0;3000000;0;1125000;1125000;Rancangan"), "\(csv.body.string)")

            let rules = try await browser.get("/shu/2025/settings")
            var form = [
                "_csrf": try rules.csrfToken(), "m.reserve": "50", "m.capital": "10", "m.patronage": "40", "kind.pokok": "1",
                "savingsBasis": "yearEnd", "weight.store": "100", "payTo": "savings", "n.reserve": "100",
            ]
            let saved = try await browser.post("/shu/2025/settings", form: form)
            #expect(saved.status == .seeOther, "\(saved.body.string)")
            #expect(try await browser.get("/shu/2025").body.string.contains("Rp 1.800.000"))
            form["m.reserve"] = "60"
            let refused = try await browser.post("/shu/2025/settings", form: form)
            #expect(refused.status == .unprocessableEntity && refused.body.string.contains("tepat 100%"))

            try await approve(s)
            let posted = try await browser.post("/shu/2025/post", form: ["_csrf": csrf])
            #expect(posted.status == .seeOther)
            try await t.user("siti@sukamaju.coop", roles: [.member], in: s.coop, member: UUID(uuidString: s.siti))
            let own = try await t.browser("siti@sukamaju.coop").get("/members/\(s.siti)")
            #expect(own.body.string.contains("SHU Anda") && own.body.string.contains("Rp 1.800.000"), "\(own.body.string)")
            try await t.expectBooksSound()
        }
    }

    @Test func theSimulationPageIsPublic() async throws {
        try await withTestApp { t in
            let anyone = Client(t.app)
            let page = try await anyone.get("/shu/simulation")
            #expect(page.status == .ok && page.body.string.contains("Simulasi Pembagian SHU"))
            let computed = try await anyone.get(
                "/shu/simulation?surplus=100.000.000&capital=20&patronage=25&reserve=55&members=A%3B1000000%3B5000000%0AB%3B1000000%3B0"
            )
            #expect(computed.status == .ok && computed.body.string.contains("Rp 35.000.000"), "\(computed.body.string)")
            let bad = try await anyone.get("/shu/simulation?surplus=100&capital=70&patronage=70&members=")
            #expect(bad.status == .unprocessableEntity && bad.body.string.contains("lebih dari 100%"))
        }
    }
}
