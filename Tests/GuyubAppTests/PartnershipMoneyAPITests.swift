import Foundation
import GuyubCore
import GuyubStore
import Testing
import Vapor
import VaporTesting

/// What financial agreements bring into the books on SQLite and PostgreSQL — a partner bank's loan with the
/// loan engine's schedule, equity — and what agreements are measured by: benefits and documents.
@Suite("Partnership money and benefits") struct PartnershipMoneyAPITests {
    static func agreement(_ api: Client, with partner: String, financing: String? = nil, title: String) async throws
        -> String
    {
        var body: [String: Any] = [
            "partnerId": partner, "kind": "financial", "title": title, "start": PartnershipAPITests.start.description,
        ]
        if let financing { body["financing"] = financing }
        let response = try await api.post("/api/v1/partnerships", json: body)
        #expect(response.status == .created, "\(response.body.string)")
        let id = try response.json()["id"] as! String
        #expect(try await api.post("/api/v1/partnerships/\(id)/activate", json: [:]).status == .ok)
        return id
    }

    static func balances(_ api: Client) async throws -> [String: String] {
        let accounts =
            try JSONSerialization.jsonObject(with: Data(buffer: try await api.get("/api/v1/ledger/accounts").body))
            as? [[String: Any]] ?? []
        return accounts.reduce(into: [:]) { $0[$1["code"] as! String] = $1["balance"] as? String }
    }

    /// The worked example: Rp 3 miliar from the state bank at 6 % a year over 72 months, the first six
    /// interest only, instalments on the 12th. The schedule is the loan engine's, row for row; receiving and
    /// paying post to the bank loans and interest accounts; the board is warned before each instalment; a loan
    /// is never booked as a grant; `guyub verify` reconciles what is owed.
    @Test func aPartnerBanksLoanFollowsTheEnginesScheduleThroughTheBooks() async throws {
        let day = Day(CivilDate(year: 2026, month: 3, day: 5)!)
        try await withTestApp({ $0.clock = day.clock }) { t in
            let s = try await SupplyAPITests.shop(t)
            let bri = try await PartnershipAPITests.partner(s.api, "Bank BRI")
            let loan = try await Self.agreement(s.api, with: bri, financing: "loan", title: "Kredit modal kerja")
            let spare = try await Self.agreement(s.api, with: bri, title: "Kredit kedua")

            let lateDay = try await s.api.post(
                "/api/v1/partnerships/\(spare)/loan",
                json: ["principal": "1.000.000", "ratePercent": "6", "periods": 12, "firstDue": "2026-04-30"])
            let tooEarly = try await s.api.post(
                "/api/v1/partnerships/\(spare)/loan",
                json: ["principal": "1.000.000", "ratePercent": "6", "periods": 12, "firstDue": "2026-03-05"])
            let badGrace = try await s.api.post(
                "/api/v1/partnerships/\(spare)/loan",
                json: ["principal": "1.000.000", "ratePercent": "6", "periods": 12, "grace": 12, "firstDue": "2026-04-12"])
            let nothingOwed = try await s.api.post("/api/v1/partnerships/\(spare)/loan/instalments", json: [:])
            let spareAfter = try await s.api.get("/api/v1/partnerships/\(spare)").json()
            let received = try await s.api.post(
                "/api/v1/partnerships/\(loan)/loan",
                json: [
                    "principal": "Rp 3.000.000.000", "ratePercent": "6", "periods": 72, "grace": 6,
                    "firstDue": "2026-04-12",
                ])
            let again = try await s.api.post(
                "/api/v1/partnerships/\(loan)/loan",
                json: ["principal": "1.000.000", "ratePercent": "6", "periods": 12, "firstDue": "2026-04-12"])
            let asGrant = try await s.api.post("/api/v1/partnerships/\(loan)/grants", json: ["amount": "1.000.000"])
            let booked = try await Self.balances(s.api)
            let quiet = try await PartnershipAPITests.risks(s.api)

            day.set(CivilDate(year: 2026, month: 4, day: 1)!)
            var api = try await t.apiClient(SupplyAPITests.board)
            let warned = try await PartnershipAPITests.risks(api)
            day.set(CivilDate(year: 2026, month: 4, day: 10)!)
            api = try await t.apiClient(SupplyAPITests.board)
            let paid = try await api.post("/api/v1/partnerships/\(loan)/loan/instalments", json: [:])
            let afterPaying = try await PartnershipAPITests.risks(api)
            let afterBooks = try await Self.balances(api)

            // then: refused terms change nothing
            #expect(lateDay.status == .unprocessableEntity && lateDay.errorField == "firstDue")
            #expect(tooEarly.status == .unprocessableEntity && tooEarly.errorCode == "first_due_too_early")
            #expect(badGrace.status == .unprocessableEntity && badGrace.errorCode == "invalid_grace")
            #expect(nothingOwed.status == .conflict && nothingOwed.errorCode == "no_loan")
            #expect(spareAfter["financing"] == nil && spareAfter["loan"] == nil, "refusals settle nothing")
            #expect(received.status == .created, "\(received.body.string)")
            #expect(again.status == .conflict && again.errorCode == "loan_exists")
            #expect(asGrant.status == .conflict && asGrant.errorCode == "other_financing")

            // the schedule is the engine's, row for row
            let body = try received.json()
            let shown = try #require(body["loan"] as? [String: Any])
            let rows = try #require(shown["schedule"] as? [[String: Any]])
            let engine = try LoanSchedule(
                BankLoan.terms(
                    principal: 3_000_000_000, annualRate: 60_000, method: .anuitas, periods: 72, grace: 6,
                    firstDue: CivilDate(year: 2026, month: 4, day: 12)!, received: CivilDate(year: 2026, month: 3, day: 5)!))
            #expect(rows.count == 72 && engine.installments.count == 72)
            for (row, expected) in zip(rows, engine.installments) {
                #expect(row["number"] as? Int == expected.number)
                #expect(row["dueOn"] as? String == expected.due?.description)
                #expect(row["principal"] as? String == String(expected.principal))
                #expect(row["interest"] as? String == String(expected.interest))
                #expect(row["balance"] as? String == String(expected.balance))
            }
            #expect(rows.prefix(6).allSatisfy { $0["principal"] as? String == "0" && $0["interest"] as? String == "15000000" })
            #expect(rows.allSatisfy { ($0["dueOn"] as? String)?.hasSuffix("-12") == true })
            #expect(rows.last?["dueOn"] as? String == "2032-03-12" && rows.last?["balance"] as? String == "0")
            #expect(body["financing"] as? String == "loan" && shown["owed"] as? String == "3000000000")

            // the books: owed to the bank, the instalment's interest an expense
            #expect(booked["2-1700"] == "3000000000")
            #expect(afterBooks["2-1700"] == "3000000000" && afterBooks["5-8200"] == "15000000")
            #expect(paid.status == .created, "\(paid.body.string)")
            let next = try #require((paid.json()["loan"] as? [String: Any])?["next"] as? [String: Any])
            #expect(next["number"] as? Int == 2 && next["dueOn"] as? String == "2026-05-12")

            // warned eleven days ahead, and no longer once paid; the loan makes the bank most of the funding
            func instalments(_ risks: [[String: Any]]) -> [[String: Any]] {
                risks.filter { $0["kind"] as? String == "instalment_due" }
            }
            #expect(instalments(quiet).isEmpty)
            #expect(instalments(warned).count == 1)
            #expect(
                (instalments(warned).first?["evidence"] as? String)?.contains(
                    "angsuran ke-1 sebesar Rp 15.000.000 jatuh tempo 12 Apr 2026, 11 hari lagi") == true,
                "\(warned)")
            #expect(instalments(afterPaying).isEmpty)
            let funding = warned.first { $0["kind"] as? String == "dependence" }
            #expect((funding?["facts"] as? [String: String])?["measure"] == "funding" && funding?["partnerId"] as? String == bri)
            try await t.expectBooksSound()
        }
    }

    /// Equity a neighbouring cooperative put in and equity put into it: each to its own account, reconciled by
    /// `guyub verify`; an agreement bringing equity takes no grant.
    @Test func equityParticipationReceivedAndMade() async throws {
        try await withTestApp { t in
            let s = try await ReferralAPITests.shop(t)
            let tani = try await PartnershipAPITests.partner(s.api, "Koperasi Tani Makmur", kind: "cooperative")
            let stake = try await Self.agreement(s.api, with: tani, title: "Penyertaan modal bersama")

            let inward = try await s.api.post(
                "/api/v1/partnerships/\(stake)/equity", json: ["direction": "received", "amount": "100.000.000"])
            let outward = try await s.api.post(
                "/api/v1/partnerships/\(stake)/equity", json: ["direction": "made", "amount": "25.000.000", "channel": "bank"])
            let sideways = try await s.api.post(
                "/api/v1/partnerships/\(stake)/equity", json: ["direction": "loaned", "amount": "1.000"])
            let asGrant = try await s.api.post("/api/v1/partnerships/\(stake)/grants", json: ["amount": "1.000"])
            let books = try await Self.balances(s.api)

            #expect(inward.status == .created, "\(inward.body.string)")
            let movements = try outward.json()["equity"] as? [Any]
            #expect(outward.status == .created && movements?.count == 2)
            #expect(sideways.status == .unprocessableEntity && sideways.errorField == "direction")
            #expect(asGrant.status == .conflict && asGrant.errorCode == "other_financing")
            #expect(books["3-1300"] == "100000000" && books["1-1610"] == "25000000")
            try await t.expectBooksSound()
        }
    }

    /// Benefits measured from the records (a grant received, commitments delivered) or typed when no record holds
    /// them; a measured figure is never typed over.
    @Test func benefitsAreMeasuredFromTheRecordsOrTyped() async throws {
        try await withTestApp { t in
            let s = try await ReferralAPITests.shop(t)
            let ngo = try await PartnershipAPITests.partner(s.api, "Yayasan Bina Swadaya", kind: "ngo")
            let grant = try await Self.agreement(s.api, with: ngo, financing: "grant", title: "Hibah pelatihan")
            func add(_ body: [String: Any]) async throws -> TestingHTTPResponse {
                try await s.api.post("/api/v1/partnerships/\(grant)/indicators", json: body)
            }
            let money = try await add(["name": "Hibah cair", "measure": "grant_received", "target": "Rp 10.000.000"])
            let sessions = try await add(["name": "Sesi pelatihan", "measure": "commitments_delivered", "target": "4"])
            let hours = try await add(["name": "Jam pendampingan", "target": "40", "unit": "jam"])
            let negative = try await add(["name": "Rugi", "target": "-1"])
            let unknown = try await add(["name": "Apa", "measure": "weather", "target": "1"])
            _ = try await s.api.post("/api/v1/partnerships/\(grant)/grants", json: ["amount": "10.000.000"])
            let session = try await PartnershipAPITests.commit(s.api, grant, "partner", due: "2026-12-31", what: "Sesi 1")
            _ = try await s.api.post(
                "/api/v1/commitments/\(try session.json()["id"] as! String)/deliver", json: ["evidence": "Hadir 20 orang"])
            let indicators = try #require(hours.json()["indicators"] as? [[String: Any]])
            func id(_ name: String) -> String { indicators.first { $0["name"] as? String == name }?["id"] as! String }
            let typed = try await s.api.put(
                "/api/v1/partnerships/\(grant)/indicators", json: ["indicatorId": id("Jam pendampingan"), "actual": "12"])
            let overMeasured = try await s.api.put(
                "/api/v1/partnerships/\(grant)/indicators", json: ["indicatorId": id("Hibah cair"), "actual": "1"])
            let reviewed = try await s.api.post(
                "/api/v1/partnerships/\(grant)/reviews", json: ["decision": "continue", "note": "Pelatihan berjalan."])
            let atReview = (try reviewed.json()["reviews"] as? [[String: Any]])?.first?["benefits"] as? [[String: Any]]
            let shown = try #require(typed.json()["indicators"] as? [[String: Any]])
            func figure(_ name: String) -> (String?, Int?) {
                let row = shown.first { $0["name"] as? String == name }
                return (row?["actual"] as? String, row?["percent"] as? Int)
            }

            #expect(money.status == .created && sessions.status == .created && hours.status == .created)
            #expect(negative.status == .unprocessableEntity && negative.errorField == "target")
            #expect(unknown.status == .unprocessableEntity && unknown.errorField == "measure")
            #expect(typed.status == .ok, "\(typed.body.string)")
            #expect(overMeasured.status == .conflict && overMeasured.errorCode == "measured")
            #expect(figure("Hibah cair") == ("10000000", 100))
            #expect(figure("Sesi pelatihan") == ("1", 25))
            #expect(figure("Jam pendampingan") == ("12", 30))
            #expect(shown.first { $0["name"] as? String == "Jam pendampingan" }?["unit"] as? String == "jam")
            // The review keeps the benefits as it found them.
            #expect(atReview?.map { $0["percent"] as? Int } == [100, 25, 30], "\(reviewed.body.string)")
        }
    }

    /// Documents kept with an agreement: a photo or a PDF within the size, read back by the board and by the
    /// partner's own people, and by no other partner's.
    @Test func documentsAreKeptCheckedAndSeenOnlyByThoseWhoShareTheAgreement() async throws {
        try await withTestApp { t in
            let s = try await ReferralAPITests.shop(t)
            let ugm = try await PartnershipAPITests.partner(s.api, "Universitas Gadjah Mada", kind: "university")
            let other = try await PartnershipAPITests.partner(s.api, "Dinas Koperasi", kind: "government")
            let agreement = try await Self.agreement(s.api, with: ugm, title: "Pelatihan pengurus")
            for (partner, email) in [(ugm, "dosen@ugm.ac.id"), (other, "staf@dinas.go.id")] {
                let made = try await s.api.post(
                    "/api/v1/partners/\(partner)/users",
                    json: ["email": email, "name": "Mitra", "password": TestApp.password])
                #expect(made.status == .created, "\(made.body.string)")
            }
            let kept = try await s.api.send(
                .POST, "/api/v1/partnerships/\(agreement)/documents?title=Perjanjian%20kerja%20sama",
                body: ByteBuffer(bytes: SupplyAPITests.png), contentType: .png)
            let notAFile = try await s.api.send(
                .POST, "/api/v1/partnerships/\(agreement)/documents?title=Catatan", body: ByteBuffer(string: "teks biasa"),
                contentType: .plainText)
            let untitled = try await s.api.send(
                .POST, "/api/v1/partnerships/\(agreement)/documents", body: ByteBuffer(bytes: SupplyAPITests.png),
                contentType: .png)
            let listed = try await s.api.get("/api/v1/partnerships/\(agreement)").json()["documents"] as? [[String: Any]]
            let document = try kept.json()["id"] as! String
            let board = try await t.browser(SupplyAPITests.board).get("/partnerships/documents/\(document)")
            let theirs = try await t.browser("dosen@ugm.ac.id").get("/partnerships/documents/\(document)")
            let stranger = try await t.browser("staf@dinas.go.id").get("/partnerships/documents/\(document)")

            #expect(kept.status == .created, "\(kept.body.string)")
            #expect(notAFile.status == .unprocessableEntity)
            #expect(untitled.status == .unprocessableEntity && untitled.errorField == "title")
            #expect(listed?.map { $0["title"] as? String } == ["Perjanjian kerja sama"])
            #expect(board.status == .ok && board.headers.contentType == .png)
            #expect(theirs.status == .ok)
            #expect(stranger.status == .notFound)
        }
    }
}
