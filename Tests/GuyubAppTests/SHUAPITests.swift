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
        try await (t.app.db as! any SQLDatabase).raw("UPDATE members SET joined_on = '2025-01-01'").run()
        for (member, amount) in [(siti, Int64(3_000_000)), (budi, 1_000_000)] {
            let record = BusinessRecord()
            record.memberID = UUID(uuidString: member)!
            record.source = "store"
            record.happenedOn = "2025-06-01"
            record.amount = amount
            try await Tenant(cooperativeID: coop, db: t.app.db).create(record)
        }
        let list = try JSONSerialization.jsonObject(with: Data(buffer: try await board.get("/api/v1/ledger/accounts").body))
            as? [[String: Any]] ?? []
        let codes = Dictionary(uniqueKeysWithValues: list.map { ($0["code"] as! String, $0["id"] as! String) })
        for (debit, credit, amount) in [("1-1100", "4-2100", "10000000"), ("5-3100", "1-1100", "4000000")] {
            let posted = try await board.post("/api/v1/ledger/entries", json: [
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
            let ok = try await anyone.post("/api/v1/simulations/shu", json: [
                "surplus": "100000000", "allocation": ["reserve": 40, "capital": 20, "patronage": 25, "board": 5, "staff": 5,
                                                       "education": "2,5", "social": 2.5],
                "members": [["id": "A", "savings": "1000000", "business": "5000000"], ["id": "B", "savings": 1_000_000, "business": 0]],
            ])
            #expect(ok.status == .ok, "\(ok.body.string)")
            let body = try ok.json()
            #expect((body["pools"] as? [String: String])?["capital"] == "20000000")
            let members = body["members"] as? [[String: String]]
            #expect(members?.first { $0["id"] == "A" }?["total"] == "35000000")

            let over = try await anyone.post("/api/v1/simulations/shu", json: ["surplus": "100", "allocation": ["reserve": 60, "capital": 50]])
            #expect(over.status == .unprocessableEntity && over.errorCode == "allocation_over_100")
            let unreadable = try await anyone.post("/api/v1/simulations/shu", json: ["surplus": "sejuta"])
            #expect(unreadable.status == .unprocessableEntity && unreadable.errorField == "surplus")
            let empty = try await anyone.post("/api/v1/simulations/shu", json: ["surplus": "1000", "allocation": ["capital": 100]])
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
                try await s.board.send(.PUT, "/api/v1/shu/2025/settings", body: ByteBuffer(data: try JSONSerialization.data(withJSONObject: body)),
                                       contentType: .json)
            }
            let notHundred = try await put(["allocation": ["reserve": 40, "capital": 20]])
            #expect(notHundred.status == .unprocessableEntity && notHundred.errorCode == "allocation_not_100")
            let toMembers = try await put(["nonMemberAllocation": ["reserve": 50, "patronage": 50]])
            #expect(toMembers.status == .unprocessableEntity && toMembers.errorCode == "non_member_surplus_to_members")
            let noAccount = try await put(["allocation": ["reserve": 40, "capital": 20, "patronage": 30, "zakat": 10]])
            #expect(noAccount.status == .unprocessableEntity && noAccount.errorCode == "fund_without_account")

            #expect(try await s.board.post("/api/v1/shu/2025/close", json: [:]).status == .created)
            let changed = try await put(["allocation": ["reserve": 50, "capital": 10, "patronage": 40], "savingsKinds": ["pokok"]])
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
}
