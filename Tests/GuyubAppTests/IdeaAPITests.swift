import Foundation
import GuyubCore
import GuyubStore
import Testing
import Vapor
import VaporTesting

/// Ideas from everyone, through the API on SQLite and PostgreSQL: proposed by a consumer, supported once a
/// person, commented on in words only, moved along by the board, declined with a reason the proposer reads,
/// hidden with why.
@Suite("Ideas API") struct IdeaAPITests {
    /// A consumer signed in by the API: Budi, brought by Siti.
    static func consumer(_ t: TestApp, _ s: ReferralAPITests.Shop) async throws -> Client {
        let coop = try await t.tenant().cooperativeID
        let budi = try await ReferralAPITests.brought(s)
        let user = try await t.app.db.write { db in
            let tenant = Tenant(cooperativeID: coop, db: db)
            return try await ConsumerStore(tenant).account(of: try await ConsumerStore(tenant).find(UUID(uuidString: budi)))
        }
        return try await t.apiClient(userID: user, in: coop)
    }

    static func category(_ api: Client) async throws -> String {
        let all =
            try JSONSerialization.jsonObject(with: Data(buffer: try await api.get("/api/v1/idea-categories").body))
            as? [[String: Any]]
        return try #require(all?.first { $0["code"] as? String == "interior" }?["id"] as? String)
    }

    @Test func aConsumersIdeaIsSupportedOnceAnsweredAndDeclinedWithAReason() async throws {
        try await withTestApp { t in
            let s = try await ReferralAPITests.shop(t)
            let budi = try await Self.consumer(t, s)
            let category = try await Self.category(budi)
            let proposed = try await budi.post(
                "/api/v1/ideas",
                json: ["categoryId": category, "title": "Rak beras lebih rendah", "body": "Supaya ibu-ibu mudah mengambil."])
            let id = try proposed.json()["id"] as! String
            let scripted = try await budi.post(
                "/api/v1/ideas", json: ["categoryId": category, "title": "Hai", "body": "<script>alert(1)</script>"])
            let supported = try await budi.post("/api/v1/ideas/\(id)/support", json: [:])
            let twice = try await budi.post("/api/v1/ideas/\(id)/support", json: [:])
            let board = try await s.api.post("/api/v1/ideas/\(id)/support", json: [:])
            let commented = try await s.api.post(
                "/api/v1/ideas/\(id)/comments", json: ["body": "Setuju, rak lama terlalu tinggi."])
            let notTheirs = try await budi.post("/api/v1/ideas/\(id)/accept", json: [:])
            let accepted = try await s.api.post("/api/v1/ideas/\(id)/review", json: [:])
            let bare = try await s.api.post("/api/v1/ideas/\(id)/decline", json: [:])
            let declined = try await s.api.post(
                "/api/v1/ideas/\(id)/decline", json: ["reason": "Rak baru sudah dipesan untuk bulan depan."])
            let answered = try await s.api.put(
                "/api/v1/ideas/\(id)/answer", json: ["answer": "Terima kasih, Pak Budi.", "outcome": "plan_item"])
            let seen = try await budi.get("/api/v1/ideas/\(id)").json()

            #expect(proposed.status == .created, "\(proposed.body.string)")
            #expect(scripted.status == .unprocessableEntity && scripted.errorCode == "markup")
            #expect(supported.status == .created && twice.status == .conflict && twice.errorCode == "already_supported")
            #expect(board.status == .created && commented.status == .created)
            #expect(notTheirs.status == .forbidden)
            #expect(accepted.status == .ok && bare.status == .unprocessableEntity && bare.errorCode == "reason_required")
            #expect(declined.status == .ok && answered.status == .ok)
            #expect(
                seen["status"] as? String == "declined"
                    && seen["reason"] as? String == "Rak baru sudah dipesan untuk bulan depan.")
            #expect(seen["supports"] as? Int == 2 && seen["supported"] as? Bool == true)
            #expect((seen["comments"] as? [[String: Any]])?.count == 1 && seen["answer"] as? String == "Terima kasih, Pak Budi.")
            #expect((seen["actions"] as? [String])?.isEmpty == true, "a consumer moves nothing")
            // Names: Budi reads his own, not the chair's on the comment; the board reads both.
            let boardView = try await s.api.get("/api/v1/ideas/\(id)").json()
            #expect(seen["author"] as? String == "Budi")
            #expect((seen["comments"] as? [[String: Any]])?.first?["author"] == nil)
            #expect(
                boardView["author"] as? String == "Budi" && (boardView["comments"] as? [[String: Any]])?.first?["author"] != nil)
        }
    }

    /// Hidden with its reason: gone for everyone but the board, and the reason is in the audit trail.
    @Test func aHiddenIdeaIsGoneForAllButTheBoard() async throws {
        try await withTestApp { t in
            let s = try await ReferralAPITests.shop(t)
            let budi = try await Self.consumer(t, s)
            let id =
                try await budi.post(
                    "/api/v1/ideas",
                    json: ["categoryId": try await Self.category(budi), "title": "Jual rokok", "body": "Biar laris."]
                ).json()["id"] as! String
            // A PDF is no photo.
            let pdf =
                try await s.api.send(
                    .POST, "/api/v1/uploads", body: ByteBuffer(string: "%PDF-1.4\n%%EOF\n"),
                    contentType: .init(type: "application", subType: "pdf")
                ).json()["id"] as! String
            let withPDF = try await s.api.post(
                "/api/v1/ideas",
                json: [
                    "categoryId": try await Self.category(budi), "title": "Foto", "body": "Lihat lampiran.", "photoIds": [pdf],
                ])
            let hidden = try await s.api.post("/api/v1/ideas/\(id)/hide", json: ["reason": "Bertentangan dengan aturan koperasi"])
            let gone = try await budi.get("/api/v1/ideas/\(id)")
            let list = try await budi.get("/api/v1/ideas").body.string
            let kept = try await s.api.get("/api/v1/ideas/\(id)").json()
            let audit = try await s.api.get("/api/v1/audit").body.string

            #expect(withPDF.status == .unprocessableEntity, "\(withPDF.body.string)")
            #expect(hidden.status == .ok && gone.status == .notFound && !list.contains(id.lowercased()) && !list.contains(id))
            #expect(kept["hidden"] as? Bool == true)
            #expect(audit.contains("Bertentangan dengan aturan koperasi"))
        }
    }
}
