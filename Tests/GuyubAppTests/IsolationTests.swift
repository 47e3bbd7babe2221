import Foundation
import GuyubCore
import Testing
import Vapor
import VaporTesting

/// Another cooperative's record answers exactly as a record that does not exist, and each role
/// reaches only what it may.
@Suite("Tenancy and roles") struct IsolationTests {
    @Test func anotherCooperativesMemberIsNotFound() async throws {
        try await withTestApp { t in
            // given: a member of Sukamaju, and the board of Makmur.
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            try await t.cooperative("Koperasi Makmur", admin: "ketua@makmur.coop")
            let a = try await t.apiClient("ketua@sukamaju.coop")
            let b = try await t.apiClient("ketua@makmur.coop")
            let id = try await a.post("/api/v1/members", json: People.siti).json()["id"] as! String
            let missing = UUID().uuidString

            // when, as Makmur, on Sukamaju's member and on an id that exists nowhere.
            let read = try await b.get("/api/v1/members/\(id)")
            let readMissing = try await b.get("/api/v1/members/\(missing)")
            let patch = try await b.patch("/api/v1/members/\(id)", json: ["name": "Diubah"])
            let status = try await b.post("/api/v1/members/\(id)/status", json: ["status": "member"])
            let list = try await b.get("/api/v1/members?query=Siti").json()
            let search = try await b.get("/api/v1/members?query=3507245012720001").json()
            let webPage = try await t.browser("ketua@makmur.coop").get("/members/\(id.lowercased())")

            // then
            #expect(read.status == .notFound)
            #expect(read.body.string == readMissing.body.string)
            #expect(patch.status == .notFound)
            #expect(status.status == .notFound)
            #expect(list["total"] as? Int == 0)
            #expect(search["total"] as? Int == 0)
            #expect(webPage.status == .notFound)
            let stillThere = try await a.get("/api/v1/members/\(id)").json()
            #expect(stillThere["name"] as? String == "Siti Aminah")
            #expect(stillThere["status"] as? String == "applicant")
        }
    }

    @Test func anotherCooperativesAuditTrailIsNotShown() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            try await t.cooperative("Koperasi Makmur", admin: "ketua@makmur.coop")
            let a = try await t.apiClient("ketua@sukamaju.coop")
            let b = try await t.apiClient("ketua@makmur.coop")
            try await a.post("/api/v1/members", json: People.siti)

            let trail = try await b.get("/api/v1/audit").json()

            let actions = (trail["items"] as? [[String: Any]])?.compactMap { $0["action"] as? String } ?? []
            #expect(!actions.contains("member.register"))
            #expect(actions.contains("cooperative.create"))
        }
    }

    @Test func rolesReachOnlyWhatTheyMay() async throws {
        try await withTestApp { t in
            let id = try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            try await t.user("pengawas@sukamaju.coop", roles: [.supervisor], in: id)
            try await t.user("kasir@sukamaju.coop", roles: [.teller], in: id)
            try await t.user("staf@sukamaju.coop", roles: [.staff], in: id)
            let board = try await t.apiClient("ketua@sukamaju.coop")
            let memberID = try await board.post("/api/v1/members", json: People.siti).json()["id"] as! String
            let supervisor = try await t.apiClient("pengawas@sukamaju.coop")
            let teller = try await t.apiClient("kasir@sukamaju.coop")
            let staff = try await t.apiClient("staf@sukamaju.coop")

            // The teller looks members up but changes nothing and sees no audit trail.
            #expect(try await teller.get("/api/v1/members").status == .ok)
            #expect(try await teller.post("/api/v1/members", json: People.budi).status == .forbidden)
            #expect(try await teller.patch("/api/v1/members/\(memberID)", json: ["name": "X"]).status == .forbidden)
            #expect(try await teller.get("/api/v1/audit").status == .forbidden)
            #expect(try await teller.get("/api/v1/users").status == .forbidden)
            // The supervisor reads the trail but does not register members.
            #expect(try await supervisor.get("/api/v1/audit").status == .ok)
            #expect(try await supervisor.post("/api/v1/members", json: People.budi).status == .forbidden)
            // Staff register applicants but do not decide membership.
            #expect(try await staff.post("/api/v1/members", json: People.budi).status == .created)
            #expect(try await staff.post("/api/v1/members/\(memberID)/status", json: ["status": "member"]).status == .forbidden)
            #expect(
                try await staff.send(
                    .POST, "/api/v1/members/import", body: ByteBuffer(string: "Nama;NIK\n"),
                    contentType: .plainText
                ).status == .forbidden)
            // The board decides.
            #expect(try await board.post("/api/v1/members/\(memberID)/status", json: ["status": "member"]).status == .ok)
        }
    }

    @Test func aMemberSeesTheirOwnRecordAndNoOneElses() async throws {
        try await withTestApp { t in
            let coop = try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let board = try await t.apiClient("ketua@sukamaju.coop")
            let siti = try await board.post("/api/v1/members", json: People.siti).json()["id"] as! String
            let budi = try await board.post("/api/v1/members", json: People.budi).json()["id"] as! String
            try await t.user("siti@sukamaju.coop", roles: [.member], in: coop, member: UUID(uuidString: siti))
            let member = try await t.apiClient("siti@sukamaju.coop")
            let browser = try await t.browser("siti@sukamaju.coop")

            let me = try await member.get("/api/v1/me").json()
            let own = try await member.get("/api/v1/members/\(siti)")
            let other = try await member.get("/api/v1/members/\(budi)")
            let list = try await member.get("/api/v1/members")
            let ownPage = try await browser.get("/members/\(siti.lowercased())")
            let otherPage = try await browser.get("/members/\(budi.lowercased())")
            let dashboard = try await browser.get("/dashboard")

            #expect((me["memberId"] as? String)?.lowercased() == siti.lowercased())
            #expect(own.status == .ok)
            #expect(other.status == .notFound)
            #expect(list.status == .forbidden)
            #expect(ownPage.status == .ok)
            #expect(ownPage.body.string.contains("Siti Aminah"))
            #expect(!ownPage.body.string.contains("/edit"))
            #expect(otherPage.status == .notFound)
            #expect(dashboard.body.string.contains("/members/\(siti.lowercased())"))
            #expect(!dashboard.body.string.contains("Budi Santoso"))
        }
    }

    @Test func usersAndRolesAreTheBoardsToGive() async throws {
        try await withTestApp { t in
            let coop = try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            try await t.user("kasir@sukamaju.coop", roles: [.teller], in: coop)
            let board = try await t.apiClient("ketua@sukamaju.coop")
            let teller = try await t.apiClient("kasir@sukamaju.coop")

            let created = try await board.post(
                "/api/v1/users",
                json: [
                    "email": "pengawas@sukamaju.coop", "name": "Bu Pengawas", "password": "awas-awas-2026",
                    "roles": ["supervisor"],
                ])
            let both = try await board.post(
                "/api/v1/users",
                json: [
                    "email": "dobel@sukamaju.coop", "name": "Dobel", "password": "awas-awas-2026",
                    "roles": ["board", "supervisor"],
                ])
            let weak = try await board.post(
                "/api/v1/users",
                json: [
                    "email": "lemah@sukamaju.coop", "name": "Lemah", "password": "12345", "roles": ["teller"],
                ])
            let taken = try await board.post(
                "/api/v1/users",
                json: [
                    "email": "kasir@sukamaju.coop", "name": "Lagi", "password": "awas-awas-2026", "roles": ["teller"],
                ])
            let byTeller = try await teller.post(
                "/api/v1/users",
                json: [
                    "email": "x@sukamaju.coop", "name": "X", "password": "awas-awas-2026", "roles": ["board"],
                ])
            let users = try await board.get("/api/v1/users")

            #expect(created.status == .created)
            #expect(both.errorCode == "incompatible_roles")
            #expect(weak.errorCode == "weak_password")
            #expect(taken.status == .conflict)
            #expect(byTeller.status == .forbidden)
            let emails =
                (try JSONSerialization.jsonObject(with: Data(buffer: users.body)) as? [[String: Any]])?
                .compactMap { $0["email"] as? String } ?? []
            #expect(Set(emails) == ["ketua@sukamaju.coop", "kasir@sukamaju.coop", "pengawas@sukamaju.coop"])
        }
    }
}
