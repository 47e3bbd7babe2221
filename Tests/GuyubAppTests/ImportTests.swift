import Fluent
import Foundation
import GuyubCore
import GuyubStore
import Testing
import Vapor
import VaporTesting

@testable import GuyubApp

/// A member list as cooperatives keep it: Indonesian headers, semicolons (Excel in Indonesian),
/// dates written three ways, and the usual mistakes.
let spreadsheet = """
    No;Nama;NIK;No. HP;Alamat;Tempat/Tgl Lahir;L/P;Tgl Masuk
    1;Siti Aminah;3507245012720001;0812-3456-7890;Dusun Krajan RT 02/RW 01;Malang, 10-12-1972;P;05/01/2019
    2;Budi Santoso;3507241208900002;0813 9876 5432;Dusun Sumberejo;Blitar, 12 Agustus 1990;L;2020-03-01
    3;Joko Purnomo;3.51514E+15;085712345678;Dusun Ngemplak;;L;
    4;Rina Lestari;3507244303950004;0821-1111-2222;Dusun Tegalsari;Batu, 03/03/1995;L;
    5;Ani Utami;3507245012720001;0822-1234-5678;Dusun Krajan;;P;
    6;Teguh Prasetyo;3507240507880006;0852 7777 8888;Dusun Sidomulyo;;L;31/02/2021
    """

@Suite("Importing a member spreadsheet") struct ImportTests {
    func importCSV(_ api: Client, dryRun: Bool = false) async throws -> [String: Any] {
        let response = try await api.send(
            .POST, "/api/v1/members/import" + (dryRun ? "?dryRun=true" : ""),
            body: ByteBuffer(string: spreadsheet), contentType: HTTPMediaType(type: "text", subType: "csv"))
        #expect(response.status == .ok, "\(response.body.string)")
        return try response.json()
    }

    @Test func everyRefusedRowIsReportedWithItsLine() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")

            let report = try await importCSV(api)

            let rejected = try #require(report["rejected"] as? [[String: Any]])
            let byLine = Dictionary(uniqueKeysWithValues: rejected.map { ($0["line"] as! Int, $0["code"] as! String) })
            #expect(byLine == [4: "invalid_nik", 5: "nik_gender_mismatch", 6: "duplicate_in_file", 7: "invalid_date"])
            #expect((report["imported"] as? [[String: Any]])?.map { $0["line"] as? Int } == [2, 3])
            let siti = try await api.get("/api/v1/members?query=Siti").json()
            let item = try #require((siti["items"] as? [[String: Any]])?.first)
            #expect(item["status"] as? String == "member")
            #expect(item["joinedOn"] as? String == "2019-01-05")
            #expect(item["birthPlace"] as? String == "Malang")
            #expect(item["birthDate"] as? String == "1972-12-10")
            let reason = rejected.first { $0["line"] as? Int == 4 }?["reason"] as? String
            #expect(reason?.contains("3.51514E+15") == true || reason?.contains("spreadsheet") == true)
        }
    }

    @Test func runningTheSameFileAgainImportsNothingTwice() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            _ = try await importCSV(api)

            let again = try await importCSV(api)

            #expect((again["imported"] as? [Any])?.isEmpty == true)
            let skipped = try #require(again["skipped"] as? [[String: Any]])
            #expect(skipped.map { $0["line"] as? Int } == [2, 3])
            #expect(skipped.allSatisfy { $0["code"] as? String == "already_registered" })
            #expect(try await api.get("/api/v1/members").json()["total"] as? Int == 2)
        }
    }

    @Test func aDryRunWritesNothing() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")

            let report = try await importCSV(api, dryRun: true)

            #expect(report["accepted"] as? Int == 2)
            #expect(report["imported"] == nil)
            #expect(try await api.get("/api/v1/members").json()["total"] as? Int == 0)
        }
    }

    @Test func aFileWithoutTheNeededColumnsIsRefusedWhole() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")

            let response = try await api.send(
                .POST, "/api/v1/members/import", body: ByteBuffer(string: "Nama,Alamat\nSiti,Krajan\n"),
                contentType: .plainText)

            #expect(response.status == .unprocessableEntity)
            #expect(response.errorCode == "missing_columns")
        }
    }

    /// Uploads `csv` as the web form does; returns the answer.
    func upload(_ csv: String, by browser: Client) async throws -> TestingHTTPResponse {
        let token = try await browser.get("/members/import").csrfToken()
        return try await browser.upload("/members/import", fields: [("_csrf", token)], csv: csv, fileName: "anggota.csv")
    }

    /// Upload, preview, confirm, watch it go in: each step a page of its own (the form is answered with a
    /// redirect), the sheet kept on the server, and a second confirmation changing nothing.
    @Test func previewThenConfirmInTheBrowser() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let browser = try await t.browser("ketua@sukamaju.coop")

            let uploaded = try await upload(spreadsheet, by: browser)
            let page = try #require(uploaded.headers.first(name: .location))
            let preview = try await browser.get(page)
            let countAfterPreview = try await browser.get("/api/v1/members").json()["total"] as? Int
            let confirm = try await browser.post(page + "/confirm", form: ["_csrf": try preview.csrfToken()])
            let queued = try await browser.get(page)
            await MemberImportJobs.runWaiting(t.app.db, logger: t.app.logger)
            let done = try await browser.get(page)
            let again = try await browser.post(page + "/confirm", form: ["_csrf": try preview.csrfToken()])
            await MemberImportJobs.runWaiting(t.app.db, logger: t.app.logger)

            #expect(uploaded.status == .seeOther && page.hasPrefix("/members/imports/"))
            #expect(preview.status == .ok && preview.body.string.contains("Budi Santoso"))
            #expect(!preview.body.string.contains("name=\"content\"")) // the sheet stays on the server
            #expect(countAfterPreview == 0)
            #expect(confirm.status == .seeOther && confirm.headers.first(name: .location) == page)
            #expect(queued.body.string.contains("http-equiv=\"refresh\""))
            #expect(done.body.string.contains("2 anggota diimpor"))
            #expect(again.status == .seeOther)
            #expect(try await browser.get("/api/v1/members").json()["total"] as? Int == 2)
        }
    }

    /// A sheet larger than a batch goes in by batches, each committed on its own; the API answers 202 with
    /// the import to follow, and the rows are registered once.
    @Test func aLargeSheetGoesInByBatches() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let rows = (1...(MemberImportJobs.batchSize * 2 + 7)).map { n in
                let serial = String(format: "%04d", n)
                return "Warga \(n);3507241208900\(serial.suffix(3));0812\(String(format: "%08d", n));Dusun Krajan"
            }
            let sheet = "Nama;NIK;No. HP;Alamat\n" + rows.joined(separator: "\n")

            let answer = try await api.send(
                .POST, "/api/v1/members/import", body: ByteBuffer(string: sheet), contentType: .plainText)
            let job = try #require(try answer.json()["job"] as? [String: Any])
            let id = try #require(job["id"] as? String)
            let before = try await api.get("/api/v1/members/imports/\(id)").json()
            await MemberImportJobs.runWaiting(t.app.db, logger: t.app.logger)
            let after = try await api.get("/api/v1/members/imports/\(id)").json()

            #expect(answer.status == .accepted, "\(answer.body.string.prefix(300))")
            #expect(before["status"] as? String == "pending")
            #expect(after["status"] as? String == "done")
            #expect(after["imported"] as? Int == after["accepted"] as? Int)
            #expect(try await api.get("/api/v1/members").json()["total"] as? Int == after["imported"] as? Int)
            #expect(try await AuditVerifier.verify(t.app.db).intact)
        }
    }

    /// An import cut short (its server stopped mid-way) is taken up again once quiet, and carries on without
    /// registering anyone twice.
    @Test func anInterruptedImportCarriesOn() async throws {
        try await withTestApp { t in
            let coop = try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let tenant = Tenant(cooperativeID: coop, db: t.app.db)
            let plan = try await MemberImporter(store: MemberStore(tenant)).plan(csv: spreadsheet)
            let job = try await MemberImportJobs.open(
                tenant, csv: spreadsheet, fileName: "anggota.csv", plan: plan, status: .running,
                on: CivilDate(year: 2026, month: 1, day: 2)!, by: .commandLine("test"))
            // One row went in before the stop; the job was last heard of two minutes ago.
            try await t.app.db.write { db in
                _ = try await MemberImporter(store: MemberStore(Tenant(cooperativeID: coop, db: db)))
                    .commit(
                        .init(accepted: [plan.accepted[0]]), on: CivilDate(year: 2026, month: 1, day: 2)!,
                        by: .commandLine("test"))
            }
            job.heartbeatAt = Date().addingTimeInterval(-120)
            try await job.update(on: tenant.db)

            await MemberImportJobs.runWaiting(t.app.db, logger: t.app.logger)

            let after = try #require(try await tenant.find(MemberImportRecord.self, job.id))
            #expect(after.status == .done)
            #expect(try await t.tenant().query(MemberRecord.self).count() == plan.accepted.count)
        }
    }

    /// A sheet's upload that is not a sheet at all is refused on the form, with nothing kept.
    @Test func anUploadThatIsNotASheetIsRefused() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let browser = try await t.browser("ketua@sukamaju.coop")

            let refused = try await upload("Nama,Alamat\nSiti,Krajan", by: browser)

            #expect(refused.status == .unprocessableEntity)
            #expect(try await t.tenant().query(MemberImportRecord.self).count() == 0)
        }
    }
}
