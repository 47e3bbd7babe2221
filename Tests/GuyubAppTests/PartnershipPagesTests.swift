import Foundation
import GuyubCore
import GuyubStore
import Testing
import Vapor
import VaporTesting

/// Partnerships in the browser, on SQLite and PostgreSQL: the board drafts an agreement with its matrix and
/// commitments; the partner's person lands on their agreements and records what their side delivered.
@Suite("Partnership pages") struct PartnershipPagesTests {
    @Test func theBoardRecordsAnAgreementAndThePartnerRecordsItsDelivery() async throws {
        let day = Day(CivilDate(year: 2026, month: 3, day: 5)!)
        try await withTestApp({ $0.clock = day.clock }) { t in
            let s = try await ReferralAPITests.shop(t)
            let campus = try await PartnershipAPITests.partner(s.api, "Universitas Gadjah Mada", kind: "university")
            _ = try await s.api.post(
                "/api/v1/partners/\(campus)/users",
                json: ["email": "dosen@ugm.ac.id", "name": "Bu Rina (UGM)", "password": TestApp.password])
            let board = try await t.browser(ReferralAPITests.board)
            let token = try await board.get("/partnerships").csrfToken()
            let badStart = try await board.submit(
                "/partnerships",
                form: [
                    "_csrf": token, "partnerId": campus.lowercased(), "kind": "technical", "title": "Pelatihan pengurus",
                    "start": "31/02/2026",
                ])
            let drafted = try await board.post(
                "/partnerships",
                form: [
                    "_csrf": token, "partnerId": campus.lowercased(), "kind": "technical", "title": "Pelatihan pengurus",
                    "start": "01/03/2026", "end": "31/12/2026", "ourGoals": "Pengurus paham laporan keuangan",
                    "theirGoals": "Pengabdian masyarakat", "value": "Rp 25.000.000",
                ])
            let path = try #require(drafted.headers.first(name: .location))
            let activated = try await board.post("\(path)/activate", form: ["_csrf": token])
            let page = try await board.get(path).body.string
            func matrix(_ letters: (String, String)) async throws -> TestingHTTPResponse {
                try await board.send(
                    .POST, "\(path)/responsibilities",
                    body: ByteBuffer(
                        string: "_csrf=\(token)&party%5B%5D=Koperasi+Sukamaju&party%5B%5D=Universitas+Gadjah+Mada"
                            + "&task%5B%5D=Materi+pelatihan&p0%5B%5D=\(letters.0)&p1%5B%5D=\(letters.1)"
                            + "&task%5B%5D=&p0%5B%5D=&p1%5B%5D="), contentType: .urlEncodedForm)
            }
            let twoA = try await matrix(("A", "A"))
            var shown = twoA.body.string
            if let location = twoA.headers.first(name: .location) { shown = try await board.get(location).body.string }
            let saved = try await matrix(("C", "A"))
            let owed = try await board.post(
                "\(path)/commitments",
                form: ["_csrf": token, "party": "partner", "what": "Modul pelatihan laporan keuangan", "dueOn": "20/03/2026"])
            let early = try await board.submit(
                "\(path)/commitments", form: ["_csrf": token, "party": "partner", "what": "x", "dueOn": "01/02/2026"])

            let lecturer = try await t.browser("dosen@ugm.ac.id")
            let landing = try await lecturer.get("/dashboard")
            let own = try await lecturer.get("/partnerships").body.string
            let agreement = try await lecturer.get(path).body.string
            let lecturerToken = try await lecturer.get(path).csrfToken()
            let api = try await s.api.get("/api/v1/partnerships/\(path.split(separator: "/").last!)").json()
            let commitment = try #require((api["commitments"] as? [[String: Any]])?.first?["id"] as? String)
            let delivered = try await lecturer.upload(
                "/commitments/\(commitment.lowercased())/deliver",
                fields: [("_csrf", lecturerToken), ("evidence", "Modul dikirim lewat surel 18/03")],
                bytes: SupplyAPITests.png, fileName: "modul.png", type: "image/png")
            let after = try await lecturer.get(path).body.string
            let evidence = try await lecturer.get("/commitments/\(commitment.lowercased())/evidence")
            let boardSees = try await board.get("/commitments/\(commitment.lowercased())/evidence")

            #expect(badStart.body.string.contains("Tanggal mulai tidak dapat dibaca"))
            #expect(drafted.status == .seeOther && activated.status == .seeOther)
            #expect(page.contains("Pengurus paham laporan keuangan") && page.contains("Rp 25.000.000"))
            #expect(shown.contains("tepat satu pihak yang bertanggung gugat"), "\(twoA.status)")
            #expect(saved.status == .seeOther && owed.status == .seeOther)
            #expect(early.body.string.contains("Tenggat tidak boleh sebelum kerja sama dimulai"))
            #expect(landing.headers.first(name: .location) == "/partnerships")
            #expect(own.contains("Pelatihan pengurus") && !own.contains("Papan risiko") && !own.contains("Tambah mitra"))
            #expect(agreement.contains("Materi pelatihan") && agreement.contains("Tandai sudah dipenuhi"))
            #expect(!agreement.contains("Catat tinjauan") && !agreement.contains("Simpan pembagian peran"))
            #expect(delivered.status == .seeOther, "\(delivered.body.string)")
            #expect(after.contains("Modul dikirim lewat surel 18/03") && after.contains("Lihat berkas bukti"))
            #expect(evidence.status == .ok && evidence.headers.contentType == .png && boardSees.status == .ok)
        }
    }

    /// The board records a grant received and spent from the agreement's page; too much is refused in words.
    @Test func aGrantIsRecordedFromItsAgreementsPage() async throws {
        try await withTestApp { t in
            let s = try await ReferralAPITests.shop(t)
            let ngo = try await PartnershipAPITests.partner(s.api, "Yayasan Bina Swadaya", kind: "ngo")
            let id = try await PartnershipAPITests.agreement(s.api, with: ngo, title: "Hibah penataan toko")
            let board = try await t.browser(ReferralAPITests.board)
            let page = try await board.get("/partnerships/\(id.lowercased())")
            let token = try page.csrfToken()
            let expense = try #require(
                page.body.string.components(separatedBy: "<option value=\"").dropFirst()
                    .first { $0.contains("5-3100") }?.prefix(36)
            ).description
            let received = try await board.post(
                "/partnerships/\(id.lowercased())/grants", form: ["_csrf": token, "amount": "Rp 10.000.000", "channel": "bank"])
            let spent = try await board.post(
                "/partnerships/\(id.lowercased())/grants/spending",
                form: ["_csrf": token, "amount": "4.000.000", "purpose": "Rak besi", "accountId": expense, "channel": "bank"])
            let over = try await board.submit(
                "/partnerships/\(id.lowercased())/grants/spending",
                form: ["_csrf": token, "amount": "7.000.000", "purpose": "Kulkas", "accountId": expense, "channel": "bank"])
            let after = try await board.get("/partnerships/\(id.lowercased())").body.string

            #expect(received.status == .seeOther && spent.status == .seeOther, "\(spent.body.string)")
            #expect(over.body.string.contains("Melebihi sisa hibah (Rp 6.000.000)"))
            #expect(after.contains("Rp 10.000.000") && after.contains("Rp 4.000.000") && after.contains("Rp 6.000.000"))
            try await t.expectBooksSound()
        }
    }

    /// A bank's loan as the treasurer types it (`Rp 3.000.000.000`, `6`, `12/04/2026`): the schedule on the page,
    /// an instalment paid from it; a benefit added and typed; a document that is not a photo or a PDF refused in
    /// words.
    @Test func aLoanABenefitAndADocumentFromTheAgreementsPage() async throws {
        let day = Day(CivilDate(year: 2026, month: 3, day: 5)!)
        try await withTestApp({ $0.clock = day.clock }) { t in
            let s = try await SupplyAPITests.shop(t)
            let bri = try await PartnershipAPITests.partner(s.api, "Bank BRI")
            let id = try await PartnershipAPITests.agreement(s.api, with: bri).lowercased()
            let board = try await t.browser(SupplyAPITests.board)
            let token = try await board.get("/partnerships/\(id)").csrfToken()
            let loan: [String: String] = [
                "_csrf": token, "principal": "Rp 3.000.000.000", "ratePercent": "6", "periods": "72", "grace": "6",
                "firstDue": "12/04/2026", "method": "anuitas", "channel": "bank",
            ]
            let badDay = try await board.submit(
                "/partnerships/\(id)/loan", form: loan.merging(["firstDue": "30/04/2026"]) { $1 })
            let received = try await board.post("/partnerships/\(id)/loan", form: loan)
            let paid = try await board.post("/partnerships/\(id)/loan/instalments", form: ["_csrf": token, "channel": "bank"])
            let added = try await board.post(
                "/partnerships/\(id)/indicators",
                form: ["_csrf": token, "name": "Jam pendampingan", "measure": "entered", "target": "40", "unit": "jam"])
            let measured = try await board.post(
                "/partnerships/\(id)/indicators",
                form: ["_csrf": token, "name": "Pinjaman cair", "measure": "loan_received", "target": "Rp 3.000.000.000"])
            let refused = try await board.upload(
                "/partnerships/\(id)/documents", fields: [("_csrf", token), ("title", "Perjanjian")], csv: "a;b",
                fileName: "perjanjian.csv")
            let page = try await board.get("/partnerships/\(id)").body.string

            #expect(badDay.body.string.contains("Angsuran pertama (tanggal 1–28)"), "\(badDay.body.string)")
            #expect(received.status == .seeOther && paid.status == .seeOther && added.status == .seeOther)
            #expect(measured.status == .seeOther)
            #expect(page.contains("Jadwal angsuran (72 bulan)") && page.contains("12 Mei 2026"))
            #expect(page.contains("Bayar angsuran ke-2"))
            #expect(page.contains("Rp 3.000.000.000 dari target Rp 3.000.000.000 (100%)"))
            #expect(page.contains("0 jam dari target 40 jam (0%)"))
            // A form with a file is answered in place: refused, its page with why beside the file.
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("field has-error"), "\(refused.body.string.suffix(3000))")
            try await t.expectBooksSound()
        }
    }
}
