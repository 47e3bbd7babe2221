import Foundation
import GuyubCore
import GuyubStore
import Testing
import Vapor
import VaporTesting

/// Consultation sessions and the engagement page in the browser, on SQLite and PostgreSQL.
@Suite("Consultation pages") struct ConsultationPagesTests {
    /// The manager plans a session in words, invites guests found by name or phone in their group, marks who
    /// came and keeps what one said; refusals show beside the form.
    @Test func aSessionIsHeldThroughItsPage() async throws {
        let day = Day(ConsultationAPITests.day)
        try await withTestApp({ $0.clock = day.clock }) { t in
            let s = try await ReferralAPITests.shop(t)
            _ = try await ReferralAPITests.brought(s)
            _ = try await ReferralAPITests.brought(s, phone: "0813-5555-6666", name: "Budiman")
            let browser = try await t.browser(ReferralAPITests.board)
            let token = try await browser.get("/consultations").csrfToken()
            let badTime = try await browser.submit(
                "/consultations",
                form: [
                    "_csrf": token, "topic": "Seragam", "kind": "meeting", "heldOn": "10/08/2026", "startsAt": "jam 9",
                    "place": "Balai desa",
                ])
            let planned = try await browser.post(
                "/consultations",
                form: [
                    "_csrf": token, "topic": "Seragam petugas toko", "kind": "meeting", "heldOn": "10/08/2026",
                    "startsAt": "13.30", "place": "Balai desa",
                ])
            let path = try #require(planned.headers.first(name: .location))
            func invite(_ group: String, name: String = "", phone: String = "") async throws -> TestingHTTPResponse {
                try await browser.submit(
                    "\(path)/guests", form: ["_csrf": token, "group": group, "name": name, "phone": phone])
            }
            let member = try await invite("member", phone: "0812 3456 7890")
            let ambiguous = try await invite("consumer", name: "Budi")
            let consumer = try await invite("consumer", phone: "0813-1111-2222")
            let nobody = try await invite("member", name: "Joko")
            let neighbour = try await invite("neighbour", name: "Pak RT Darmo")
            let page = try await browser.get(path).body.string
            let guests = try await s.api.get("/api/v1/consultations/\(path.split(separator: "/").last!)").json()
            let ids = (guests["guests"] as? [[String: Any]] ?? []).reduce(into: [String: String]()) {
                $0[$1["name"] as! String] = ($1["id"] as! String).lowercased()
            }
            // Two boxes ticked, as the browser sends them.
            let marked = try await browser.send(
                .POST, "\(path)/attendance",
                body: ByteBuffer(string: "_csrf=\(token)&came%5B%5D=\(ids["Siti Aminah"] ?? "")&came%5B%5D=\(ids["Budi"] ?? "")"),
                contentType: .urlEncodedForm)
            let category = try await IdeaAPITests.category(s.api)
            let absent = try await browser.submit(
                "\(path)/ideas",
                form: [
                    "_csrf": token, "guestId": ids["Pak RT Darmo"] ?? "", "categoryId": category, "title": "Topi",
                    "body": "Pakai topi caping.",
                ])
            let said = try await browser.post(
                "\(path)/ideas",
                form: [
                    "_csrf": token, "guestId": ids["Budi"] ?? "", "categoryId": category, "title": "Seragam batik",
                    "body": "Batik motif desa setiap Jumat.",
                ])
            let held = try await browser.post("\(path)/finish", form: ["_csrf": token])
            let after = try await browser.get(path).body.string

            #expect(badTime.body.string.contains("Jam tidak dapat dibaca"))
            #expect(planned.status == .seeOther, "\(planned.body.string)")
            #expect(member.status == .seeOther && consumer.status == .seeOther && neighbour.status == .seeOther)
            #expect(ambiguous.body.string.contains("Ada beberapa yang cocok"))
            #expect(nobody.body.string.contains("Tidak ada yang bernama atau bernomor HP itu"))
            #expect(page.contains("Siti Aminah") && page.contains("Pak RT Darmo") && page.contains("Simpan kehadiran"))
            #expect(ids.count == 3)
            #expect(marked.status == .seeOther)
            #expect(absent.body.string.contains("Masukan dicatat hanya dari tamu yang hadir"))
            #expect(said.status == .seeOther && held.status == .seeOther)
            #expect(after.contains("Terlaksana") && after.contains("Seragam batik") && !after.contains("Simpan kehadiran"))
            // The idea keeps where it was said.
            let ideas =
                try JSONSerialization.jsonObject(with: Data(buffer: try await s.api.get("/api/v1/ideas").body))
                as? [[String: Any]] ?? []
            let idea = try #require(ideas.first { $0["title"] as? String == "Seragam batik" })
            let ideaPage = try await browser.get("/ideas/\(idea["id"] as! String)").body.string
            #expect(ideaPage.contains("Dari pertemuan konsultasi") && ideaPage.contains(path))
        }
    }

    /// The engagement page draws the months with their figures: ideas by where they stand, consumers by who
    /// brought them, and what referrals bring against their cost; a teller sees it, a consumer does not.
    @Test func theEngagementPageChartsHowPeopleTakePart() async throws {
        try await withTestApp { t in
            let s = try await ReferralAPITests.shop(t, rules: ["welcomeValue": "5.000"])
            let budi = try await ReferralAPITests.brought(s)
            _ = try await s.api.post("/api/v1/consumers", json: ["phone": "0813-7777-8888", "name": "Rina"])
            _ = try await ReferralAPITests.buys(s, budi, "10")
            let category = try await IdeaAPITests.category(s.api)
            for title in ["Rak rendah", "Parkir motor"] {
                _ = try await s.api.post("/api/v1/ideas", json: ["categoryId": category, "title": title, "body": "x"])
            }
            let page = try await t.browser(ReferralAPITests.board).get("/engagement")
            let html = page.body.string
            let consumer = try await ConsumerPagesTests.consumerBrowser(t, s).get("/engagement")

            #expect(page.status == .ok)
            #expect(html.contains("Ide yang masuk per bulan") && html.contains("2 ide"))
            #expect(html.contains("Konsumen baru per bulan") && html.contains("2 orang"))
            #expect(html.contains("Diajak anggota") && html.contains("Datang sendiri"))
            #expect(html.contains("Rp 5.000"), "the welcome voucher is the month's cost")
            #expect(html.contains("<rect") && html.contains("bar-idea-waiting"))
            #expect(html.occurrences(of: "class=\"bar-row\"") == 3, "one month in each chart: no empty ones before")
            #expect(consumer.status == .forbidden || consumer.status == .notFound)
        }
    }
}
