import Foundation
import GuyubCore
import GuyubViews
import Testing
import Vapor
import VaporTesting

@Suite("Pages in the browser") struct WebPagesTests {
    @Test func everyPageOfTheBoardRendersAndItsLinksResolve() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let id = (try await api.post("/api/v1/members", json: People.siti).json()["id"] as! String).lowercased()
            let browser = try await t.browser("ketua@sukamaju.coop")
            let pages = [
                "/dashboard", "/members", "/members?q=siti", "/members/new", "/members/\(id)",
                "/members/\(id)/edit", "/members/import", "/audit", "/users",
            ]

            var links: Set<String> = []
            for path in pages {
                let page = try await browser.get(path)
                #expect(page.status == .ok, "\(path)")
                #expect(page.body.string.contains("<html lang=\"id\">"), "\(path)")
                for match in page.body.string.matches(of: /href="(\/[^"]*)"/) { links.insert(String(match.1)) }
            }

            // Every link a page renders leads somewhere (the language switch redirects).
            #expect(links.contains("/members/\(id)"))
            for link in links.sorted() {
                let target = try await browser.get(link.replacingOccurrences(of: "&amp;", with: "&"))
                #expect([.ok, .seeOther].contains(target.status), "link \(link) answered \(target.status)")
            }
        }
    }

    @Test func languageSwitchTurnsThePagesEnglish() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let browser = try await t.browser("ketua@sukamaju.coop")
            let before = try await browser.get("/members")

            let switched = try await browser.get(SiteURL.language(.en, next: "/members").path)
            let after = try await browser.get("/members")

            #expect(before.body.string.contains("<html lang=\"id\">"))
            #expect(switched.status == .seeOther)
            #expect(switched.headers.first(name: .location) == "/members")
            #expect(after.body.string.contains("<html lang=\"en\">"))
            #expect(after.body.string.contains(Catalogue(.en).navLabel(.members)))
            #expect(!after.body.string.contains(Catalogue(.id).signOut + "<"))
        }
    }

    @Test func registeringThroughTheFormShowsErrorsInPlace() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let browser = try await t.browser("ketua@sukamaju.coop")
            let token = try await browser.get("/members/new").csrfToken()
            var form = People.budi.mapValues { "\($0)" }
            form["_csrf"] = token
            form["nik"] = "35072412089"
            form["gender"] = ""
            form["birthDate"] = ""

            let refused = try await browser.post("/members/new", form: form)
            form["nik"] = "3507241208900002"
            let accepted = try await browser.post("/members/new", form: form)
            let memberPage = try await browser.get(try #require(accepted.headers.first(name: .location)))

            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains(Catalogue(.id).message(for: MemberError.nik(.wrongLength(11)))))
            #expect(refused.body.string.contains("value=\"Budi Santoso\"")) // what was typed comes back
            #expect(accepted.status == .seeOther)
            #expect(memberPage.body.string.contains("Budi Santoso"))
            #expect(memberPage.body.string.contains(Catalogue(.id).notice(code: "member_registered")!.text))
        }
    }

    @Test func theBoardChangesStatusFromTheMembersPage() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let id = (try await api.post("/api/v1/members", json: People.budi).json()["id"] as! String).lowercased()
            let browser = try await t.browser("ketua@sukamaju.coop")
            let token = try await browser.get("/members/\(id)").csrfToken()

            let refused = try await browser.post(
                "/members/\(id)/status", form: ["_csrf": token, "status": "dismissed", "date": "", "reason": ""])
            let accepted = try await browser.post(
                "/members/\(id)/status", form: ["_csrf": token, "status": "member", "date": "", "reason": "Lunas pokok"])
            let member = try await api.get("/api/v1/members/\(id)").json()

            #expect(refused.status == .unprocessableEntity)
            #expect(accepted.status == .seeOther)
            #expect(member["status"] as? String == "member")
        }
    }

    @Test func errorPagesAreInTheUsersLanguage() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let browser = try await t.browser("ketua@sukamaju.coop")

            let missing = try await browser.get("/members/\(UUID().uuidString.lowercased())")
            let noRoute = try await browser.get("/tidak-ada")

            #expect(missing.status == .notFound)
            #expect(
                missing.body.string.contains(Catalogue(.id).generic("not_found"))
                    || missing.body.string.contains(Catalogue(.id).message(for: MemberError.notFound)))
            #expect(noRoute.status == .notFound)
            #expect(noRoute.body.string.contains("<html lang=\"id\">"))
        }
    }

    @Test func theBoardGivesAMemberASignInFromTheUsersPage() async throws {
        try await withTestApp { t in
            let coop = try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            try await t.user("kasir@sukamaju.coop", roles: [.teller], in: coop)
            let api = try await t.apiClient("ketua@sukamaju.coop")
            try await api.post("/api/v1/members", json: People.siti)
            let browser = try await t.browser("ketua@sukamaju.coop")
            let token = try await browser.get("/users").csrfToken()
            let form = [
                "_csrf": token, "name": "Siti Aminah", "email": "siti@sukamaju.coop",
                "password": "sawah-hijau-2026", "roles[]": "member",
            ]

            let withoutNumber = try await browser.post("/users", form: form)
            let unknownNumber = try await browser.post("/users", form: form.merging(["memberNumber": "99"]) { $1 })
            let created = try await browser.post("/users", form: form.merging(["memberNumber": "1"]) { $1 })
            let again = try await browser.post(
                "/users", form: form.merging(["memberNumber": "1", "email": "siti2@sukamaju.coop"]) { $1 })
            let teller = try await t.browser("kasir@sukamaju.coop").get("/users")
            let client = Client(t.app)
            client.token =
                try await client.post(
                    "/api/v1/auth/token",
                    json: [
                        "email": "siti@sukamaju.coop",
                        "password": "sawah-hijau-2026",
                    ]
                ).json()["token"] as? String
            let member = try await client.get("/api/v1/me").json()

            #expect(withoutNumber.status == .unprocessableEntity)
            #expect(withoutNumber.body.string.contains(Catalogue(.id).message(for: RoleError.memberRecordRequired)))
            #expect(unknownNumber.status == .notFound || unknownNumber.status == .unprocessableEntity)
            #expect(created.status == .seeOther)
            #expect(again.status == .conflict)
            #expect(teller.status == .forbidden)
            #expect(member["memberId"] != nil)
            #expect(member["roles"] as? [String] == ["member"])
        }
    }
}
