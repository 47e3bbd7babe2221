import Fluent
import Foundation
import GuyubCore
import GuyubStore
import SQLKit
import Testing
import Vapor
import VaporTesting

@Suite("The audit trail") struct AuditTests {
    @Test func everyChangeIsRecordedWithWhoWhenAndBeforeAfter() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let id = try await api.post("/api/v1/members", json: People.budi).json()["id"] as! String

            try await api.patch("/api/v1/members/\(id)", json: ["address": "Dusun Baru"])
            try await api.post("/api/v1/members/\(id)/status", json: ["status": "member"])
            let trail = try await api.get("/api/v1/audit").json()

            let items = try #require(trail["items"] as? [[String: Any]])
            #expect(
                items.map { $0["action"] as? String } == [
                    "member.status", "member.update", "member.register",
                    "user.create", "cooperative.create",
                ])
            #expect(items.map { $0["sequence"] as? Int } == [5, 4, 3, 2, 1])
            let update = items[1]
            #expect(update["actor"] as? String == "Ketua Koperasi Sukamaju")
            #expect((update["before"] as? [String: Any])?["address"] as? String == "Dusun Sumberejo RT 01/RW 03, Sukamaju")
            #expect((update["after"] as? [String: Any])?["address"] as? String == "Dusun Baru")
            #expect(items[0]["previousHash"] as? String == update["hash"] as? String)
        }
    }

    @Test func aRefusedChangeLeavesNoAuditRecord() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            try await api.post("/api/v1/members", json: People.budi)

            let duplicate = try await api.post("/api/v1/members", json: People.budi)
            let total = try await api.get("/api/v1/audit").json()["total"] as? Int

            #expect(duplicate.status == .conflict)
            #expect(total == 3)
        }
    }

    @Test func theTrailPageIsForSupervisorsAndTheBoard() async throws {
        try await withTestApp { t in
            let coop = try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            try await t.user("pengawas@sukamaju.coop", roles: [.supervisor], in: coop)
            try await t.user("kasir@sukamaju.coop", roles: [.teller], in: coop)

            let supervisor = try await t.browser("pengawas@sukamaju.coop").get("/audit")
            let teller = try await t.browser("kasir@sukamaju.coop").get("/audit")

            #expect(supervisor.status == .ok)
            #expect(supervisor.body.string.contains("pengawas@sukamaju.coop") || supervisor.body.string.contains("guyub test"))
            #expect(teller.status == .forbidden)
        }
    }

    @Test func verifyPassesOnAnIntactChain() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            try await api.post("/api/v1/members", json: People.budi)

            let failure = try await t.failure("verify")

            #expect(failure == nil)
        }
    }

    /// Each way of tampering with one stored row: `guyub verify` fails and names the link.
    @Test(arguments: [
        ("UPDATE audit_events SET after = '{\"name\":\"Orang Lain\"}' WHERE sequence = 3", AuditFinding.linkAltered(3)),
        ("UPDATE audit_events SET actor = 'someone else' WHERE sequence = 2", .linkAltered(2)),
        ("DELETE FROM audit_events WHERE sequence = 2", .linkMissing(2)),
        ("DELETE FROM audit_events WHERE sequence = 4", .chainEndsEarly(found: 3, recorded: 4)),
        ("UPDATE audit_events SET previous_hash = 'x' WHERE sequence = 3", .linkOutOfOrder(3)),
    ])
    func verifyFailsWhenOneStoredRowIsTamperedWith(tamper: String, expected: AuditFinding) async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let id = try await api.post("/api/v1/members", json: People.budi).json()["id"] as! String
            try await api.patch("/api/v1/members/\(id)", json: ["address": "Dusun Baru"])
            #expect(try await t.failure("verify") == nil)

            try await t.app.db.sql.raw(SQLQueryString("/* test */ " + tamper)).run()
            let failure = try await t.failure("verify")
            let report = try await AuditVerifier.verify(t.app.db)

            #expect(failure != nil)
            #expect(report.cooperatives.first?.findings.first == expected, "\(report.cooperatives.first?.findings ?? [])")
        }
    }
}
