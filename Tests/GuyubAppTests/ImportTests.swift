import Foundation
import Testing
import Vapor
import VaporTesting

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
        let response = try await api.send(.POST, "/api/v1/members/import" + (dryRun ? "?dryRun=true" : ""),
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

            let response = try await api.send(.POST, "/api/v1/members/import", body: ByteBuffer(string: "Nama,Alamat\nSiti,Krajan\n"),
                                              contentType: .plainText)

            #expect(response.status == .unprocessableEntity)
            #expect(response.errorCode == "missing_columns")
        }
    }

    @Test func previewThenConfirmInTheBrowser() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let browser = try await t.browser("ketua@sukamaju.coop")
            let token = try await browser.get("/members/import").csrfToken()

            let preview = try await browser.post("/members/import", form: ["_csrf": token, "content": spreadsheet, "fileName": "anggota.csv"])
            let countAfterPreview = try await browser.get("/api/v1/members").json()["total"] as? Int
            let done = try await browser.post("/members/import", form: [
                "_csrf": token, "content": spreadsheet, "fileName": "anggota.csv", "confirm": "1",
            ])
            let countAfterConfirm = try await browser.get("/api/v1/members").json()["total"] as? Int

            #expect(preview.status == .ok)
            #expect(preview.body.string.contains("name=\"confirm\""))
            #expect(countAfterPreview == 0)
            #expect(done.status == .ok)
            #expect(countAfterConfirm == 2)
        }
    }

    @Test func anUploadedFileIsPreviewed() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let browser = try await t.browser("ketua@sukamaju.coop")
            let token = try await browser.get("/members/import").csrfToken()
            let boundary = "----guyub"
            let body = "--\(boundary)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(token)\r\n"
                + "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"anggota.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n\(spreadsheet)\r\n--\(boundary)--\r\n"

            let preview = try await browser.send(.POST, "/members/import", body: ByteBuffer(string: body),
                                                 contentType: HTTPMediaType(type: "multipart", subType: "form-data",
                                                                            parameters: ["boundary": boundary]))

            #expect(preview.status == .ok)
            #expect(preview.body.string.contains("Budi Santoso"))
            #expect(try await browser.get("/api/v1/members").json()["total"] as? Int == 0)
        }
    }
}
