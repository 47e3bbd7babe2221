import Foundation
import GuyubCore
import GuyubStore
import Testing
import Vapor
import VaporTesting

/// Consultation sessions through the API on SQLite and PostgreSQL: planned, guests of each group invited
/// (their invitation in the outbox when they may be contacted), who came marked from the day, what a guest
/// who came said kept as an idea in their name, and the session closed or called off.
@Suite("Consultations API") struct ConsultationAPITests {
    static let day = CivilDate(year: 2026, month: 8, day: 10)!

    /// A session on `day` about the shop's layout; its id.
    static func planned(_ api: Client, on date: CivilDate = day) async throws -> String {
        let response = try await api.post(
            "/api/v1/consultations",
            json: [
                "topic": "Tata letak toko", "kind": "visit", "heldOn": date.description, "startsAt": "9.30",
                "place": "Toko koperasi",
            ])
        #expect(response.status == .created, "\(response.body.string)")
        return try response.json()["id"] as! String
    }

    static func outbox(_ api: Client) async throws -> [[String: Any]] {
        try JSONSerialization.jsonObject(with: Data(buffer: try await api.get("/api/v1/outbox").body)) as? [[String: Any]]
            ?? []
    }

    @Test func aSessionInvitesEachGroupRecordsWhoCameAndKeepsTheirViewsAsIdeas() async throws {
        let day = Day(Self.day.adding(days: -3)!)
        try await withTestApp({ $0.clock = day.clock }) { t in
            let s = try await ReferralAPITests.shop(t)
            let budi = try await ReferralAPITests.brought(s)
            let wati =
                try await s.api.post(
                    "/api/v1/consumers", json: ["phone": "0813-3333-4444", "name": "Wati", "consent": true]
                ).json()["id"] as! String
            let supplier =
                try await s.api.post(
                    "/api/v1/suppliers",
                    json: ["name": "UD Sumber Rejeki", "phone": "0812-9999-0000", "terms": "credit", "creditDays": 30]
                )
                .json()["id"] as! String
            let id = try await Self.planned(s.api)
            let before = try await Self.outbox(s.api).count

            let siti = try await s.api.post("/api/v1/consultations/\(id)/guests", json: ["group": "member", "memberId": s.siti])
            let consumer = try await s.api.post(
                "/api/v1/consultations/\(id)/guests", json: ["group": "consumer", "consumerId": budi])
            let consenting = try await s.api.post(
                "/api/v1/consultations/\(id)/guests", json: ["group": "consumer", "consumerId": wati])
            let trader = try await s.api.post(
                "/api/v1/consultations/\(id)/guests", json: ["group": "supplier", "supplierId": supplier])
            let neighbour = try await s.api.post(
                "/api/v1/consultations/\(id)/guests",
                json: ["group": "neighbour", "name": "Pak RT Darmo", "phone": "0857 1234 5678"])
            let twice = try await s.api.post(
                "/api/v1/consultations/\(id)/guests", json: ["group": "member", "memberId": s.siti])
            let nameless = try await s.api.post("/api/v1/consultations/\(id)/guests", json: ["group": "neighbour"])
            let stranger = try await s.api.post(
                "/api/v1/consultations/\(id)/guests", json: ["group": "member", "memberId": UUID().uuidString])
            let messages = try await Self.outbox(s.api)
            let early = try await s.api.put(
                "/api/v1/consultations/\(id)/attendance", json: ["guestIds": [try siti.json()["id"] as! String]])

            #expect(siti.status == .created && consumer.status == .created && trader.status == .created, "\(siti.body.string)")
            #expect(consenting.status == .created && neighbour.status == .created)
            #expect(twice.status == .conflict && twice.errorCode == "already_invited")
            #expect(nameless.status == .unprocessableEntity && nameless.errorField == "name")
            #expect(stranger.status == .notFound)
            // Siti, Wati, the supplier and Pak RT have phones and may be told; Budi did not agree to be contacted.
            #expect(messages.count - before == 4, "\(messages)")
            #expect(messages.contains { $0["phone"] as? String == "+6281333334444" })
            #expect(!messages.prefix(messages.count - before).contains { $0["phone"] as? String == "+6281311112222" })
            #expect(
                messages.contains {
                    ($0["body"] as? String)?.contains("Yth. Pak RT Darmo, Koperasi Sukamaju mengundang Anda ke kunjungan")
                        == true && ($0["body"] as? String)?.contains("10 Agu 2026 pukul 09.30 di Toko koperasi") == true
                })
            #expect(early.status == .conflict && early.errorCode == "consultation_state", "nothing is marked before the day")

            // The day: Siti and Budi came; Wati did not.
            let budiAccount = try await t.app.db.write { db in
                let store = ConsumerStore(Tenant(cooperativeID: try await t.tenant().cooperativeID, db: db))
                return try await store.account(of: try await store.find(UUID(uuidString: budi)))
            }
            day.set(Self.day)
            let api = try await t.apiClient(ReferralAPITests.board)
            let guests = [siti, consumer, consenting].map { try! $0.json()["id"] as! String }
            let category = try await IdeaAPITests.category(api)
            let absent = try await api.post(
                "/api/v1/consultations/\(id)/ideas",
                json: ["guestId": guests[2], "categoryId": category, "title": "Parkir", "body": "Tambah parkir motor."])
            let marked = try await api.put("/api/v1/consultations/\(id)/attendance", json: ["guestIds": [guests[0], guests[1]]])
            let said = try await api.post(
                "/api/v1/consultations/\(id)/ideas",
                json: [
                    "guestId": guests[1], "categoryId": category, "title": "Rak beras lebih rendah",
                    "body": "Ibu-ibu susah mengambil karung di rak atas.",
                ])
            let scripted = try await api.post(
                "/api/v1/consultations/\(id)/ideas",
                json: ["guestId": guests[0], "categoryId": category, "title": "x", "body": "<img src=x onerror=alert(1)>"])
            let held = try await api.post("/api/v1/consultations/\(id)/finish", json: [:])
            let late = try await api.post("/api/v1/consultations/\(id)/guests", json: ["group": "neighbour", "name": "Bu Inah"])
            let remark = try await api.put("/api/v1/consultations/\(id)/attendance", json: ["guestIds": [guests[0]]])
            let notes = try await api.post(
                "/api/v1/consultations/\(id)/ideas",
                json: ["guestId": guests[0], "categoryId": category, "title": "Papan harga", "body": "Harga ditulis besar."])
            let session = try await api.get("/api/v1/consultations/\(id)").json()
            let budiSees = try await t.apiClient(userID: budiAccount, in: try await t.tenant().cooperativeID)
                .get("/api/v1/ideas/\(try said.json()["id"] as! String)")

            #expect(absent.status == .conflict && absent.errorCode == "not_attended")
            #expect(marked.status == .ok && said.status == .created, "\(said.body.string)")
            let idea = try said.json()
            #expect(idea["author"] as? String == "Budi" && idea["status"] as? String == "submitted")
            #expect(scripted.status == .unprocessableEntity && scripted.errorCode == "markup")
            #expect(held.status == .ok)
            #expect(try held.json()["status"] as? String == "held")
            #expect(late.status == .conflict && remark.status == .conflict, "a held session's guests and attendance are final")
            #expect(notes.status == .created, "views are still typed up from notes after the session")
            #expect((session["inputs"] as? [[String: Any]])?.count == 2)
            #expect((session["guests"] as? [[String: Any]])?.filter { $0["attended"] as? Bool == true }.count == 2)
            #expect(session["actions"] as? [String] == ["record"])
            #expect(try budiSees.json()["author"] as? String == "Budi", "his view is his")
        }
    }

    @Test func aSessionClosesOnlyWithSomeoneWhoCameAndACancelledOneIsDoneWith() async throws {
        let day = Day(Self.day)
        try await withTestApp({ $0.clock = day.clock }) { t in
            let s = try await ReferralAPITests.shop(t)
            let id = try await Self.planned(s.api)
            let guest = try await s.api.post(
                "/api/v1/consultations/\(id)/guests", json: ["group": "neighbour", "name": "Bu Inah"])
            let empty = try await s.api.post("/api/v1/consultations/\(id)/finish", json: [:])
            let unknown = try await s.api.put("/api/v1/consultations/\(id)/attendance", json: ["guestIds": [UUID().uuidString]])
            let cancelled = try await s.api.post("/api/v1/consultations/\(id)/cancel", json: [:])
            let after = try await s.api.put(
                "/api/v1/consultations/\(id)/attendance", json: ["guestIds": [try guest.json()["id"] as! String]])

            #expect(empty.status == .conflict && empty.errorCode == "none_attended")
            #expect(unknown.status == .notFound)
            #expect(try cancelled.json()["actions"] as? [String] == [])
            #expect(after.status == .conflict && after.errorCode == "consultation_state")
            #expect(try await s.api.get("/api/v1/audit").body.string.contains("consultation.step"))
        }
    }

    @Test("a session's details are checked, nothing kept when refused")
    func refusals() async throws {
        try await withTestApp { t in
            let s = try await ReferralAPITests.shop(t)
            let base: [String: Any] = [
                "topic": "Seragam", "kind": "meeting", "heldOn": "2026-08-10", "startsAt": "13.30", "place": "Balai desa",
            ]
            var cases: [(String, Any, String)] = [
                ("kind", "party", "invalid_choice"), ("heldOn", "", "invalid_date"), ("startsAt", "25.00", "invalid_date"),
                ("place", "  ", "required"), ("topic", "<b>Seragam</b>", "markup"),
            ]
            cases.append(("topic", String(repeating: "a", count: FieldLimit.meetingTitle + 1), "too_long"))
            for (field, value, code) in cases {
                var body = base
                body[field] = value
                let response = try await s.api.post("/api/v1/consultations", json: body)
                #expect(
                    response.status == .unprocessableEntity && response.errorCode == code, "\(field): \(response.body.string)")
                #expect(response.errorField == field)
            }
            let list =
                try JSONSerialization.jsonObject(
                    with: Data(buffer: try await s.api.get("/api/v1/consultations").body)) as? [[String: Any]]
            #expect(list?.isEmpty == true)
        }
    }

    @Test func onlyThoseWhoHoldConsultationsReachThem() async throws {
        try await withTestApp { t in
            let s = try await ReferralAPITests.shop(t)
            let id = try await Self.planned(s.api)
            let coop = try await t.tenant().cooperativeID
            try await t.user("kasir@sukamaju.coop", roles: [.teller], in: coop)
            try await t.user("manajer@sukamaju.coop", roles: [.manager], in: coop)
            let teller = try await t.apiClient("kasir@sukamaju.coop")
            let manager = try await t.apiClient("manajer@sukamaju.coop")
            let consumer = try await IdeaAPITests.consumer(t, s)

            #expect(try await teller.get("/api/v1/consultations/\(id)").status == .forbidden)
            #expect(try await consumer.get("/api/v1/consultations").status == .forbidden)
            #expect(try await manager.get("/api/v1/consultations/\(id)").status == .ok)
        }
    }

    /// What an idea became: a product of the shop's, named by its id; a product id beside another outcome, or
    /// one that does not exist, is refused.
    @Test func anIdeaLinksToTheProductItBecame() async throws {
        try await withTestApp { t in
            let s = try await ReferralAPITests.shop(t)
            let category = try await IdeaAPITests.category(s.api)
            let idea =
                try await s.api.post(
                    "/api/v1/ideas",
                    json: ["categoryId": category, "title": "Jual beras organik", "body": "Dari petani anggota."]
                ).json()["id"] as! String
            let wrongKind = try await s.api.put(
                "/api/v1/ideas/\(idea)/answer", json: ["answer": "Ya", "outcome": "campaign", "productId": s.rice])
            let unknown = try await s.api.put(
                "/api/v1/ideas/\(idea)/answer", json: ["answer": "Ya", "outcome": "product", "productId": UUID().uuidString])
            let linked = try await s.api.put(
                "/api/v1/ideas/\(idea)/answer",
                json: ["answer": "Sudah dijual.", "outcome": "product", "outcomeNote": "Beras organik 5 kg", "productId": s.rice])
            let page = try await t.browser(ReferralAPITests.board).get("/ideas/\(idea)").body.string

            #expect(wrongKind.status == .unprocessableEntity && wrongKind.errorField == "productId")
            #expect(unknown.status == .notFound)
            #expect((try linked.json()["productId"] as? String)?.lowercased() == s.rice.lowercased())
            #expect(page.contains("Menjadi: Produk — Beras organik 5 kg"))
            #expect(page.contains("/store/products/\(s.rice.lowercased())"))
        }
    }
}
