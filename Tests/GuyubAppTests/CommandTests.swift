import Fluent
import Foundation
import GuyubApp
import GuyubCore
import GuyubStore
import Testing
import Vapor

@Suite("The command line") struct CommandTests {
    @Test func bootstrapCreatesTheCooperativeAndItsAdmin() async throws {
        try await withTestApp { t in
            try await t.run(
                "bootstrap", "--cooperative", "Koperasi Tani Makmur", "--admin-email", "Ketua@Makmur.coop",
                "--admin-password", "padi-menguning-7")

            let client = Client(t.app)
            let signIn = try await client.post(
                "/api/v1/auth/token", json: ["email": "ketua@makmur.coop", "password": "padi-menguning-7"])
            #expect(signIn.status == .ok)
            client.token = try signIn.json()["token"] as? String
            let me = try await client.get("/api/v1/me").json()
            #expect((me["cooperative"] as? [String: Any])?["name"] as? String == "Koperasi Tani Makmur")
            #expect(me["roles"] as? [String] == ["board"])
        }
    }

    @Test(arguments: [
        (["--admin-email", "ketua@makmur.coop", "--admin-password", "pendek"], "10"),
        (["--admin-email", "ketua@makmur.coop", "--admin-password", "koperasi123"], "umum"),
        (["--admin-email", "bukan-email", "--admin-password", "padi-menguning-7"], "e-mail"),
        (["--admin-email", "ketua@sukamaju.coop", "--admin-password", "padi-menguning-7"], "sudah dipakai"),
    ])
    func bootstrapRefusesWithAClearMessage(arguments: [String], says: String) async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            t.app.environment.arguments = ["guyub", "bootstrap", "--cooperative", "Koperasi Tani Makmur"] + arguments

            let failure = await #expect(throws: CommandFailure.self) { try await t.app.execute() }

            #expect(failure?.message.contains(says) == true, "\(failure?.message ?? "")")
            let cooperatives = try await CooperativeRecord.query(on: t.app.db).count()
            #expect(cooperatives == 1)
        }
    }

    @Test func importMembersReportsRejectionsAndNeverImportsTwice() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let file = NSTemporaryDirectory() + "anggota-\(UUID()).csv"
            try spreadsheet.write(toFile: file, atomically: true, encoding: .utf8)
            defer { try? FileManager.default.removeItem(atPath: file) }
            func count() async throws -> Int { try await t.tenant().query(MemberRecord.self).count() }

            let dry = try await t.failure("import", "members", file, "--dry-run")
            let afterDry = try await count()
            let first = try await t.failure("import", "members", file)
            let afterFirst = try await count()
            let second = try await t.failure("import", "members", file)
            let afterSecond = try await count()

            #expect(dry?.status == 2) // rows were refused
            #expect(afterDry == 0)
            #expect(first?.status == 2)
            #expect(afterFirst == 2)
            #expect(second?.status == 2)
            #expect(afterSecond == 2)
        }
    }

    @Test func importNeedsToKnowWhichCooperative() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let makmur = try await t.cooperative("Koperasi Makmur", admin: "ketua@makmur.coop")
            let file = NSTemporaryDirectory() + "anggota-\(UUID()).csv"
            try spreadsheet.write(toFile: file, atomically: true, encoding: .utf8)
            defer { try? FileManager.default.removeItem(atPath: file) }

            let ambiguous = try await t.failure("import", "members", file)
            let chosen = try await t.failure("import", "members", file, "--cooperative", makmur.uuidString)

            #expect(ambiguous?.status == 1)
            #expect(ambiguous?.message.contains("--cooperative") == true)
            #expect(chosen?.status == 2)
            let inMakmur = try await t.tenant(makmur).query(MemberRecord.self).count()
            #expect(inMakmur == 2)
        }
    }

    @Test func demoSeedsOnceWithValidMembersAndSignIns() async throws {
        try await withTestApp { t in
            try await t.run("demo")
            try await t.run("demo")

            let members = try await t.tenant().query(MemberRecord.self).all()
            #expect(members.count == 50)
            #expect(Set(members.map(\.nik)).count == 50)
            #expect(Set(members.map(\.status)) == [.member, .applicant, .resigned, .deceased])
            let api = Client(t.app)
            for email in ["ketua@sukamaju.coop", "pengawas@sukamaju.coop", "kasir@sukamaju.coop", "anggota@sukamaju.coop"] {
                let r = try await api.post("/api/v1/auth/token", json: ["email": email, "password": "Guyub-Demo-2026"])
                #expect(r.status == .ok, "\(email)")
            }
            #expect(try await t.failure("verify") == nil)

            // A voucher that moves many members' savings shows a member only their own line.
            let member = Client(t.app)
            let signIn = try await member.get("/sign-in")
            _ = try await member.post(
                "/sign-in",
                form: [
                    "_csrf": try signIn.csrfToken(), "email": "anggota@sukamaju.coop",
                    "password": "Guyub-Demo-2026",
                ])
            let opening = try #require(
                try await t.tenant().query(JournalEntryRecord.self).filter(\.$sourceType == JournalSource.opening).first())
            let voucher = try await member.get("/receipts/\(opening.id!)").body.string
            #expect(voucher.occurrences(of: #"class="receipt-party""#) >= 1)
            #expect(
                voucher.components(separatedBy: #"class="receipt-party""#).dropFirst().allSatisfy { $0.contains("Siti Aminah") })
            let others = try await t.tenant().query(MemberRecord.self).filter(\.$memberNumber > 1).all()
            #expect(others.allSatisfy { !voucher.contains($0.name) }, "another member's name on Siti's voucher")
            #expect(!voucher.contains("Lihat jurnal") && !voucher.contains("/teller"))
        }
    }
}
