import Foundation
import GuyubCore
import GuyubStore
import Testing
import Vapor
import VaporTesting

/// Partnerships through the API on SQLite and PostgreSQL: the matrix's one accountable party, commitments
/// within their agreement, a partner's people who see only theirs, reviews, and the risks that appear and
/// clear as the data changes.
@Suite("Partnerships API") struct PartnershipAPITests {
    static let start = CivilDate(year: 2026, month: 3, day: 1)!

    static func partner(_ api: Client, _ name: String, kind: String = "financial", extra: [String: Any] = [:]) async throws
        -> String
    {
        let response = try await api.post("/api/v1/partners", json: ["name": name, "kind": kind].merging(extra) { $1 })
        #expect(response.status == .created, "\(response.body.string)")
        return try response.json()["id"] as! String
    }

    static func agreement(
        _ api: Client, with partner: String, title: String = "Kredit modal kerja", start: CivilDate = start,
        end: String? = nil, activate: Bool = true
    ) async throws -> String {
        var body: [String: Any] = [
            "partnerId": partner, "kind": "financial", "title": title, "start": start.description,
            "ourGoals": "Modal kerja toko", "theirGoals": "Penyaluran kredit desa", "value": "3.000.000.000",
        ]
        if let end { body["end"] = end }
        let response = try await api.post("/api/v1/partnerships", json: body)
        #expect(response.status == .created, "\(response.body.string)")
        let id = try response.json()["id"] as! String
        if activate { #expect(try await api.post("/api/v1/partnerships/\(id)/activate", json: [:]).status == .ok) }
        return id
    }

    static func commit(_ api: Client, _ agreement: String, _ party: String, due: String, what: String = "Laporan bulanan")
        async throws -> TestingHTTPResponse
    {
        try await api.post(
            "/api/v1/partnerships/\(agreement)/commitments", json: ["party": party, "what": what, "dueOn": due])
    }

    static func risks(_ api: Client) async throws -> [[String: Any]] {
        try JSONSerialization.jsonObject(with: Data(buffer: try await api.get("/api/v1/partnerships/risks").body))
            as? [[String: Any]] ?? []
    }

    @Test func eachTaskHasExactlyOneAccountableParty() async throws {
        try await withTestApp { t in
            let s = try await ReferralAPITests.shop(t)
            let bank = try await Self.partner(s.api, "Bank BRI")
            let id = try await Self.agreement(s.api, with: bank)
            func matrix(_ tasks: [[String: Any]]) async throws -> TestingHTTPResponse {
                try await s.api.put("/api/v1/partnerships/\(id)/responsibilities", json: ["tasks": tasks])
            }
            let none = try await matrix([["task": "Laporan keuangan", "parties": ["koperasi": "R", "bank": "I"]]])
            let two = try await matrix([["task": "Pencairan", "parties": ["koperasi": "A", "bank": "A"]]])
            let badLetter = try await matrix([["task": "Pencairan", "parties": ["koperasi": "X", "bank": "A"]]])
            let good = try await matrix([
                ["task": "Laporan keuangan", "parties": ["koperasi": "A", "bank": "I", "pengawas": "C"]],
                ["task": "Pencairan", "parties": ["koperasi": "R", "bank": "A"]],
            ])
            let after = try await s.api.get("/api/v1/partnerships/\(id)").json()

            #expect(none.status == .unprocessableEntity && none.errorCode == "accountable_required")
            #expect(two.status == .unprocessableEntity && two.errorCode == "accountable_required")
            #expect(badLetter.status == .unprocessableEntity && badLetter.errorField == "parties")
            #expect(good.status == .ok, "\(good.body.string)")
            let tasks = after["tasks"] as? [[String: Any]]
            #expect(tasks?.count == 2 && (tasks?.last?["parties"] as? [String: String])?["bank"] == "A")
        }
    }

    @Test func aPartnersPeopleSeeOnlyTheirAgreementsAndRecordTheirOwnDelivery() async throws {
        try await withTestApp { t in
            let s = try await ReferralAPITests.shop(t)
            let bank = try await Self.partner(s.api, "Bank BRI")
            let campus = try await Self.partner(s.api, "Universitas Gadjah Mada", kind: "university")
            let loan = try await Self.agreement(s.api, with: bank)
            let training = try await Self.agreement(s.api, with: campus, title: "Pelatihan pengurus")
            let owed = try await Self.commit(s.api, loan, "partner", due: "2026-04-01", what: "Mencairkan tahap pertama")
            let ours = try await Self.commit(s.api, loan, "cooperative", due: "2026-04-01")
            let theirs = try await Self.commit(s.api, training, "partner", due: "2026-04-01", what: "Modul pelatihan")
            let early = try await Self.commit(s.api, loan, "partner", due: "2026-02-01")
            let user = try await s.api.post(
                "/api/v1/partners/\(bank)/users",
                json: ["email": "petugas@bri.co.id", "name": "Andi (BRI)", "password": TestApp.password])
            let officer = try await t.apiClient("petugas@bri.co.id")

            let list =
                try JSONSerialization.jsonObject(with: Data(buffer: try await officer.get("/api/v1/partnerships").body))
                as? [[String: Any]]
            let other = try await officer.get("/api/v1/partnerships/\(training)")
            let otherDelivery = try await officer.post(
                "/api/v1/commitments/\(try theirs.json()["id"] as! String)/deliver", json: ["evidence": "Sudah"])
            let notTheirSide = try await officer.post(
                "/api/v1/commitments/\(try ours.json()["id"] as! String)/deliver", json: ["evidence": "Sudah"])
            let bare = try await officer.post("/api/v1/commitments/\(try owed.json()["id"] as! String)/deliver", json: [:])
            let delivered = try await officer.post(
                "/api/v1/commitments/\(try owed.json()["id"] as! String)/deliver",
                json: ["evidence": "Dana Rp 1.000.000.000 ditransfer ke rekening koperasi"])
            let twice = try await officer.post(
                "/api/v1/commitments/\(try owed.json()["id"] as! String)/deliver", json: ["evidence": "Lagi"])
            let risks = try await officer.get("/api/v1/partnerships/risks")
            let partners = try await officer.get("/api/v1/partners")
            let matrix = try await officer.put("/api/v1/partnerships/\(loan)/responsibilities", json: ["tasks": []])

            #expect(user.status == .created, "\(user.body.string)")
            #expect(early.status == .unprocessableEntity && early.errorCode == "due_before_start")
            #expect(list?.count == 1 && list?.first?["id"] as? String == loan)
            #expect(other.status == .notFound && otherDelivery.status == .notFound)
            #expect(notTheirSide.status == .forbidden && notTheirSide.errorCode == "not_theirs")
            #expect(bare.status == .unprocessableEntity && bare.errorField == "evidence")
            #expect(try delivered.json()["status"] as? String == "delivered")
            #expect(twice.status == .conflict && twice.errorCode == "commitment_closed")
            #expect(risks.status == .forbidden && partners.status == .forbidden && matrix.status == .forbidden)
            // The link alone opens nothing: with the partner role taken away, nothing is theirs any more.
            let officerID = try user.json()["id"] as! String
            let demoted = try await s.api.put("/api/v1/users/\(officerID)/roles", json: ["roles": ["staff"]])
            let gone = try await t.apiClient("petugas@bri.co.id").get("/api/v1/partnerships/\(loan)")
            let farOff = try await s.api.post(
                "/api/v1/partnerships",
                json: ["partnerId": bank, "kind": "financial", "title": "Kredit", "start": "9999-12-01"])
            #expect(demoted.status == .ok && gone.status == .forbidden)
            #expect(farOff.status == .unprocessableEntity && farOff.errorField == "start")
        }
    }

    @Test func aReviewRecordsWhatWasDeliveredAndAnEndedAgreementTakesNoMore() async throws {
        let day = Day(CivilDate(year: 2026, month: 5, day: 1)!)
        try await withTestApp({ $0.clock = day.clock }) { t in
            let s = try await ReferralAPITests.shop(t)
            let bank = try await Self.partner(s.api, "Bank BRI")
            let id = try await Self.agreement(s.api, with: bank)
            let kept = try await Self.commit(s.api, id, "partner", due: "2026-04-01")
            _ = try await Self.commit(s.api, id, "cooperative", due: "2026-04-15")
            _ = try await s.api.post(
                "/api/v1/commitments/\(try kept.json()["id"] as! String)/deliver", json: ["evidence": "Terkirim"])
            let noNote = try await s.api.post("/api/v1/partnerships/\(id)/reviews", json: ["decision": "continue"])
            let reviewed = try await s.api.post(
                "/api/v1/partnerships/\(id)/reviews",
                json: ["decision": "end", "diverging": true, "note": "Bank ingin kredit konsumtif, koperasi modal usaha."])
            let again = try await s.api.post(
                "/api/v1/partnerships/\(id)/reviews", json: ["decision": "continue", "note": "Lagi"])
            let commitment = try await Self.commit(s.api, id, "partner", due: "2026-06-01")
            let open = try #require(
                (try reviewed.json()["commitments"] as? [[String: Any]])?.first { $0["status"] as? String == "open" }?["id"]
                    as? String)
            let lateDelivery = try await s.api.post("/api/v1/commitments/\(open)/deliver", json: ["evidence": "Akhirnya"])
            #expect(lateDelivery.status == .conflict && lateDelivery.errorCode == "partnership_state")

            #expect(noNote.status == .unprocessableEntity && noNote.errorField == "note")
            #expect(reviewed.status == .created, "\(reviewed.body.string)")
            let review = (try reviewed.json()["reviews"] as? [[String: Any]])?.first
            #expect(review?["committed"] as? Int == 2 && review?["delivered"] as? Int == 1)
            #expect(try reviewed.json()["status"] as? String == "ended")
            // Delivered a month after its day, the partner's one commitment does not count as kept.
            #expect(try reviewed.json()["fulfilment"] as? [String: Int] == ["partner": 0, "cooperative": 0])
            #expect(again.status == .conflict && again.errorCode == "partnership_state")
            #expect(commitment.status == .conflict)
        }
    }

    /// The risks come from the data on the day: an overdue commitment until delivered, a review due until one
    /// is recorded, goals apart from a review that says so, an agreement about to end, and a supplier partner
    /// whose share of purchases is over the board's threshold until other purchases dilute it.
    @Test func risksAppearAndClearAsTheDataChanges() async throws {
        let day = Day(Self.start)
        try await withTestApp({ $0.clock = day.clock }) { t in
            let s = try await SupplyAPITests.shop(t)
            let bank = try await Self.partner(s.api, "Bank BRI")
            let wholesaler = try await Self.partner(
                s.api, "UD Sumber Rejeki", kind: "private_company", extra: ["supplierId": s.supplier])
            let loan = try await Self.agreement(s.api, with: bank, end: "2026-12-31")
            let due = try await Self.commit(s.api, loan, "partner", due: "2026-03-10")
            // Rice from the wholesaler on credit, and a little bought for cash elsewhere.
            let order = try await SupplyAPITests.order(s)
            _ = try await s.api.post(
                "/api/v1/purchase-orders/\(order)/receipts", json: ["lines": [["productId": s.rice, "quantity": "100"]]])
            _ = try await StoreAPITests.receive(s.api, s.rice, "20", at: "1.000")
            let first = try await Self.risks(s.api)

            day.set(CivilDate(year: 2026, month: 3, day: 20)!)
            var api = try await t.apiClient(SupplyAPITests.board)
            let overdue = try await Self.risks(api)
            let key = try #require(overdue.first { $0["kind"] as? String == "overdue_commitment" }?["key"] as? String)
            let owned = try await api.put("/api/v1/partnerships/risks/owner", json: ["key": key, "owner": "Bendahara"])
            let unknownKey = try await api.put("/api/v1/partnerships/risks/owner", json: ["key": "x", "owner": "Bendahara"])
            let withOwner = try await Self.risks(api)
            _ = try await api.post("/api/v1/commitments/\(try due.json()["id"] as! String)/deliver", json: ["evidence": "Cair"])
            _ = try await StoreAPITests.receive(api, s.rice, "300", at: "1.000")
            let cleared = try await Self.risks(api)

            day.set(CivilDate(year: 2026, month: 11, day: 15)!)
            api = try await t.apiClient(SupplyAPITests.board)
            let late = try await Self.risks(api)
            _ = try await api.post(
                "/api/v1/partnerships/\(loan)/reviews",
                json: ["decision": "continue", "diverging": true, "note": "Bank menaikkan bunga; tujuan mulai berbeda."])
            let reviewed = try await Self.risks(api)

            func kinds(_ risks: [[String: Any]]) -> Set<String> { Set(risks.compactMap { $0["kind"] as? String }) }
            #expect(kinds(first) == ["dependence"], "\(first)")
            #expect(first.first?["partnerId"] as? String == wholesaler)
            #expect((first.first?["evidence"] as? String)?.contains("UD Sumber Rejeki memegang 83% pembelian") == true)
            #expect(kinds(overdue) == ["dependence", "overdue_commitment"])
            #expect(
                (overdue.first { $0["key"] as? String == key }?["evidence"] as? String)?.contains("terlambat 10 hari") == true)
            #expect(owned.status == .noContent && unknownKey.status == .notFound)
            #expect(withOwner.first { $0["key"] as? String == key }?["owner"] as? String == "Bendahara")
            #expect(cleared.isEmpty, "\(cleared)")
            #expect(kinds(late) == ["review_due", "ending"], "\(late)")
            #expect(kinds(reviewed) == ["goal_divergence", "ending"], "\(reviewed)")
        }
    }

    /// `guyub close-day` reminds a partner with a phone of what it owes overdue, on the first late day and then
    /// weekly; not what the cooperative owes, nor what was delivered.
    @Test func closingTheDayRemindsPartnersOfWhatTheyOweOverdue() async throws {
        try await withTestApp { t in
            let s = try await ReferralAPITests.shop(t)
            let bank = try await Self.partner(s.api, "Bank BRI", extra: ["phone": "0811-2600-101"])
            let loan = try await Self.agreement(s.api, with: bank)
            _ = try await Self.commit(s.api, loan, "partner", due: "2026-04-01", what: "Mencairkan tahap kedua")
            _ = try await Self.commit(s.api, loan, "cooperative", due: "2026-04-01", what: "Laporan triwulan")
            let kept = try await Self.commit(s.api, loan, "partner", due: "2026-04-01", what: "Pelatihan kasir")
            _ = try await s.api.post("/api/v1/commitments/\(try kept.json()["id"] as! String)/deliver", json: ["evidence": "Ya"])
            func reminders() async throws -> [String] {
                try await ConsultationAPITests.outbox(s.api).filter { $0["phone"] as? String == "+628112600101" }
                    .compactMap { $0["body"] as? String }
            }
            for day in ["2026-04-01", "2026-04-02", "2026-04-03", "2026-04-09"] { try await t.run("close-day", "--date", day) }
            let sent = try await reminders()

            #expect(sent.count == 2, "the first late day and a week later: \(sent)")
            #expect(sent.allSatisfy { $0.contains("Yth. Bank BRI") && $0.contains("\"Mencairkan tahap kedua\"") })
        }
    }

    /// An NGO's grant: received into the bank as owed to its purpose, spent on it (the shelves an expense, the
    /// grant then the cooperative's own), never past what is left, only under a financial agreement; the books
    /// balance and `guyub verify` reconciles what is left with the unspent grants account.
    @Test func aGrantIsReceivedAndSpentAgainstItsPurposeThroughTheBooks() async throws {
        try await withTestApp { t in
            let s = try await ReferralAPITests.shop(t)
            let ngo = try await Self.partner(s.api, "Yayasan Bina Swadaya", kind: "ngo")
            let grant = try await Self.agreement(s.api, with: ngo, title: "Hibah penataan toko")
            let campus = try await Self.partner(s.api, "Universitas Gadjah Mada", kind: "university")
            let training =
                try await s.api.post(
                    "/api/v1/partnerships",
                    json: ["partnerId": campus, "kind": "technical", "title": "Pelatihan", "start": Self.start.description]
                ).json()["id"] as! String
            _ = try await s.api.post("/api/v1/partnerships/\(training)/activate", json: [:])
            let accounts =
                try JSONSerialization.jsonObject(with: Data(buffer: try await s.api.get("/api/v1/ledger/accounts").body))
                as? [[String: Any]] ?? []
            func account(_ code: String) -> String { accounts.first { $0["code"] as? String == code }?["id"] as! String }

            let received = try await s.api.post("/api/v1/partnerships/\(grant)/grants", json: ["amount": "Rp 10.000.000"])
            let notFinancial = try await s.api.post("/api/v1/partnerships/\(training)/grants", json: ["amount": "1.000"])
            let spent = try await s.api.post(
                "/api/v1/partnerships/\(grant)/grants/spending",
                json: ["amount": "4.000.000", "purpose": "Rak besi dan lampu", "accountId": account("5-3100")])
            let over = try await s.api.post(
                "/api/v1/partnerships/\(grant)/grants/spending",
                json: ["amount": "6.000.001", "purpose": "Kulkas", "accountId": account("5-3100")])
            let intoSavings = try await s.api.post(
                "/api/v1/partnerships/\(grant)/grants/spending",
                json: ["amount": "1.000", "purpose": "x", "accountId": account("2-1100")])
            let intoCash = try await s.api.post(
                "/api/v1/partnerships/\(grant)/grants/spending",
                json: ["amount": "1.000", "purpose": "x", "accountId": account("1-1100")])
            let after =
                try JSONSerialization.jsonObject(with: Data(buffer: try await s.api.get("/api/v1/ledger/accounts").body))
                as? [[String: Any]] ?? []
            func balance(_ code: String) -> String? { after.first { $0["code"] as? String == code }?["balance"] as? String }

            #expect(received.status == .created, "\(received.body.string)")
            #expect(notFinancial.status == .conflict && notFinancial.errorCode == "not_financial")
            #expect(spent.status == .created, "\(spent.body.string)")
            #expect(
                try spent.json()["grant"] as? [String: String] == [
                    "received": "10000000", "spent": "4000000", "unspent": "6000000",
                ])
            #expect(over.status == .unprocessableEntity && over.errorCode == "grant_overspent")
            #expect(intoSavings.status == .unprocessableEntity && intoSavings.errorField == "accountId")
            #expect(intoCash.status == .unprocessableEntity && intoCash.errorField == "accountId")
            #expect(balance("2-1900") == "6000000" && balance("3-2200") == "4000000" && balance("5-3100") == "4000000")
            // Rp 10.000.000 from one donor against a few members' savings: the cooperative leans on it.
            let funding = try await Self.risks(s.api).first { $0["kind"] as? String == "dependence" }
            #expect((funding?["facts"] as? [String: String])?["measure"] == "funding" && funding?["partnerId"] as? String == ngo)
            try await t.expectBooksSound()
        }
    }
}
