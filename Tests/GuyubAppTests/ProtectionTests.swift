import Fluent
import Foundation
import GuyubCore
import GuyubStore
import Testing
import Vapor
import VaporTesting

@testable import GuyubApp

@Suite("CSRF and idempotency") struct ProtectionTests {
    @Test func aFormWithoutTheSessionsTokenIsRefusedAndChangesNothing() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let browser = try await t.browser("ketua@sukamaju.coop")
            let token = try await browser.get("/members/new").csrfToken()
            var form = People.budi.mapValues { "\($0)" }

            let missing = try await browser.post("/members/new", form: form)
            form["_csrf"] = "forged-\(token)"
            let forged = try await browser.post("/members/new", form: form)
            let countAfterRefusals = try await browser.get("/api/v1/members?x=1")
            form["_csrf"] = token
            let accepted = try await browser.post("/members/new", form: form)

            #expect(missing.status == .forbidden)
            #expect(forged.status == .forbidden)
            #expect(!countAfterRefusals.body.string.contains("Budi"))
            #expect(accepted.status == .seeOther)
            #expect(accepted.headers.first(name: .location)?.hasPrefix("/members/") == true)
        }
    }

    /// A teller who taps "Setor" twice (or goes back and sends the form again) takes the money once:
    /// each rendering of a form carries its own `_once` key, and the copy gets the first answer.
    @Test func aFormSentTwiceIsDoneOnce() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let siti = try await t.member(People.siti, through: api)
            let browser = try await t.browser("ketua@sukamaju.coop")
            let page = try await browser.get("/teller?member=\(siti)").body.string
            let once = try #require(page.range(of: #"name="_once" value=""#)).upperBound
            var form = [
                "_csrf": try await browser.get("/dashboard").csrfToken(), "memberId": siti, "kind": "sukarela",
                "amount": "75000", "channel": "cash", "_once": String(page[once...].prefix { $0 != "\"" }),
            ]

            let first = try await browser.post("/teller/deposits", form: form)
            let second = try await browser.post("/teller/deposits", form: form)
            form["_once"] = "another-rendering"
            let third = try await browser.post("/teller/deposits", form: form)

            #expect(first.status == .seeOther && second.status == .seeOther)
            #expect(second.headers.first(name: .location) == first.headers.first(name: .location))
            #expect(second.headers.first(name: "Idempotent-Replayed") == "true")
            #expect(third.headers.first(name: .location) != first.headers.first(name: .location))
            #expect(try await api.balance(siti, "sukarela") == "150000")
        }
    }

    @Test func answersKeptForRetriesAreDroppedAfterAWeek() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            _ = try await api.post("/api/v1/members", json: People.siti, headers: ["Idempotency-Key": "lama"])
            _ = try await api.post("/api/v1/members", json: People.budi, headers: ["Idempotency-Key": "baru"])
            let old = Date().addingTimeInterval(-8 * 86_400)
            let tenant = try await t.tenant()
            try await tenant.query(IdempotencyRecord.self).filter(\.$key == "lama").set(\.$createdAt, to: old).update()

            try await IdempotencyRecord.prune(tenant, now: Date())

            #expect(try await tenant.query(IdempotencyRecord.self).all().map(\.key) == ["baru"])
        }
    }

    @Test func aCookieSessionCallingTheAPINeedsTheTokenToo() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let browser = try await t.browser("ketua@sukamaju.coop")
            let token = try await browser.get("/dashboard").csrfToken()

            let without = try await browser.post("/api/v1/members", json: People.budi)
            let with = try await browser.post("/api/v1/members", json: People.budi, headers: ["X-CSRF-Token": token])

            #expect(without.status == .forbidden)
            #expect(without.errorCode == "csrf_mismatch")
            #expect(with.status == .created)
        }
    }

    @Test func theSignInFormCannotBePostedFromElsewhere() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let client = Client(t.app)

            // No visit to the form first: no CSRF cookie, no token.
            let response = try await client.post(
                "/sign-in", form: ["email": "ketua@sukamaju.coop", "password": TestApp.password])

            #expect(response.status == .forbidden)
            #expect(client.cookies["guyub_session"] == nil)
        }
    }

    @Test func aRetriedRequestIsAnsweredOnceAndAppliedOnce() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let key: HTTPHeaders = ["Idempotency-Key": "daftar-budi-1"]

            let first = try await api.post("/api/v1/members", json: People.budi, headers: key)
            let retry = try await api.post("/api/v1/members", json: People.budi, headers: key)
            var changed = People.budi
            changed["name"] = "Budi Lain"
            let misuse = try await api.post("/api/v1/members", json: changed, headers: key)
            let total = try await api.get("/api/v1/members").json()["total"] as? Int

            #expect(first.status == .created)
            #expect(retry.status == .created)
            #expect(retry.body.string == first.body.string)
            #expect(retry.headers.first(name: "Idempotent-Replayed") == "true")
            #expect(misuse.status == .conflict)
            #expect(misuse.errorCode == "idempotency_key_reused")
            #expect(total == 1)
        }
    }

    /// A client that gives up waiting and resends while its first request is still running: the copies
    /// are answered alike, the money moves once. (Before keys were claimed first, the later copies ran
    /// again and were told "insufficient funds" about a withdrawal that had been made.)
    @Test func copiesSentAtOnceGetOneAnswerAndMoveMoneyOnce() async throws {
        try await withTestApp { t in
            // given
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let siti = try await t.member(People.siti, through: api)
            try await api.deposit(siti, "sukarela", "100000")
            // when
            let answers = try await withThrowingTaskGroup(of: TestingHTTPResponse.self) { group in
                for _ in 0..<6 {
                    group.addTask {
                        try await api.post(
                            "/api/v1/savings/withdrawals",
                            json: [
                                "memberId": siti, "kind": "sukarela", "amount": "80000",
                                "channel": "cash",
                            ], headers: ["Idempotency-Key": "tarik-siti-1"])
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            // then: each copy is the first's answer or "busy, try again" — never a refusal
            let made = answers.filter { $0.status == .created }
            #expect(!made.isEmpty)
            #expect(
                answers.allSatisfy { $0.status == .created || $0.status == .serviceUnavailable },
                "\(answers.map { "\($0.status) \($0.body.string)" })")
            #expect(Set(made.map(\.body.string)).count == 1)
            #expect(made.filter { $0.headers.first(name: "Idempotent-Replayed") == nil }.count == 1)
            #expect(try await api.balance(siti, "sukarela") == "20000")
            try await t.expectBooksSound()
        }
    }

    /// A refusal is the request's answer too: its copies get it again, it wrote nothing, and a
    /// corrected request needs a new key. Answers that do not come from the request — busy, not
    /// allowed — leave the key free.
    @Test func aRefusedRequestIsAnsweredAlikeAndWritesNothing() async throws {
        try await withTestApp { t in
            // given
            let coop = try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            try await t.user("kasir@sukamaju.coop", roles: [.teller], in: coop)
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let teller = try await t.apiClient("kasir@sukamaju.coop")
            let key: HTTPHeaders = ["Idempotency-Key": "coba-lagi"]
            var bad = People.budi
            bad["phone"] = "12"
            // when
            let failed = try await api.post("/api/v1/members", json: bad, headers: key)
            let again = try await api.post("/api/v1/members", json: bad, headers: key)
            let fixedSameKey = try await api.post("/api/v1/members", json: People.budi, headers: key)
            let fixed = try await api.post("/api/v1/members", json: People.budi, headers: ["Idempotency-Key": "coba-lagi-2"])
            let forbidden = try await teller.post(
                "/api/v1/ledger/units", json: ["code": "TK", "name": "Toko"],
                headers: ["Idempotency-Key": "unit-1"])
            let allowed = try await api.post(
                "/api/v1/ledger/units", json: ["code": "TK", "name": "Toko"],
                headers: ["Idempotency-Key": "unit-1"])
            let trail = try await api.get("/api/v1/audit").json()
            // then
            #expect(failed.status == .unprocessableEntity)
            #expect(again.status == .unprocessableEntity)
            #expect(again.body.string == failed.body.string)
            #expect(again.headers.first(name: "Idempotent-Replayed") == "true")
            #expect(fixedSameKey.errorCode == "idempotency_key_reused")
            #expect(fixed.status == .created)
            let registrations = (trail["items"] as? [[String: Any]])?.filter { $0["action"] as? String == "member.register" }
            #expect(registrations?.count == 1)
            #expect(forbidden.status == .forbidden)
            #expect(allowed.status == .created, "\(allowed.body.string)")
        }
    }

    @Test func keysBelongToTheirCooperative() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            try await t.cooperative("Koperasi Makmur", admin: "ketua@makmur.coop")
            let a = try await t.apiClient("ketua@sukamaju.coop")
            let b = try await t.apiClient("ketua@makmur.coop")
            let key: HTTPHeaders = ["Idempotency-Key": "same-key"]

            let inA = try await a.post("/api/v1/members", json: People.budi, headers: key)
            let inB = try await b.post("/api/v1/members", json: People.budi, headers: key)

            #expect(inA.status == .created)
            #expect(inB.status == .created)
            #expect(inB.headers.first(name: "Idempotent-Replayed") == nil)
            #expect(try inB.json()["id"] as? String != (try inA.json()["id"] as? String))
        }
    }
}

@Suite("Response headers") struct HeaderTests {
    @Test func pagesCannotBeFramedOrLoadOtherSitesFiles() async throws {
        try await withTestApp { t in
            for path in ["/sign-in", "/api/v1/openapi.json", "/tidak-ada"] {
                let response = try await Client(t.app).get(path)
                #expect(response.headers.first(name: "X-Frame-Options") == "DENY", "\(path)")
                #expect(response.headers.first(name: "Content-Security-Policy")?.contains("frame-ancestors 'none'") == true)
                #expect(response.headers.first(name: "X-Content-Type-Options") == "nosniff")
            }
        }
    }
}

@Suite("One transaction per change") struct UnitOfWorkTests {
    /// A handler that writes and then answers with a refusal (as a form shown again does) leaves nothing behind.
    @Test func aRefusalRollsBackWhatTheHandlerWrote() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            t.app.grouped(SignInRequired(), UnitOfWork()).post("api", "v1", "test-refusal") { request async throws -> Response in
                let principal = try request.signedIn()
                _ = try await MemberStore(request.tenant()).register(
                    try MemberDetails(name: "Sementara", nik: "3507241208900002", phone: "081234567890", address: "x"),
                    on: request.today(), by: principal.actor)
                return Response(status: .unprocessableEntity)
            }
            let api = try await t.apiClient("ketua@sukamaju.coop")

            let refused = try await api.send(.POST, "/api/v1/test-refusal")
            let total = try await api.get("/api/v1/members").json()["total"] as? Int
            let next = try await api.post("/api/v1/members", json: People.siti).json()["memberNumber"] as? Int

            #expect(refused.status == .unprocessableEntity)
            #expect(total == 0)
            #expect(next == 1) // the number the refused request took was given back
        }
    }
}

/// Every form is answered with a redirect (post/redirect/get), refusals included, so Back and reload never
/// send it again; a refusal is shown where the eye is; a kept form sent again, changed, says what stands.
@Suite("Forms answered with a redirect") struct FormRedirectTests {
    func counter(_ t: TestApp) async throws -> (browser: Client, api: Client, siti: String, page: String) {
        let coop = try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
        let api = try await t.apiClient("ketua@sukamaju.coop")
        let siti = try await t.member(People.siti, through: api).lowercased()
        try await api.deposit(siti, "sukarela", "60000")
        try await t.user("kasir@sukamaju.coop", roles: [.teller], in: coop)
        return (try await t.browser("kasir@sukamaju.coop"), api, siti, "/teller?member=\(siti)")
    }

    func form(_ page: TestingHTTPResponse, _ fields: [String: String]) throws -> [String: String] {
        let html = page.body.string
        let once = try #require(html.range(of: #"name="_once" value=""#)).upperBound
        return fields.merging([
            "_csrf": try page.csrfToken(), "_once": String(html[once...].prefix { $0 != "\"" }),
            "_page": "/teller?member=\(fields["memberId"] ?? "")",
        ]) { $1 }
    }

    @Test func aRefusalIsARedirectToItsPageShownAgainWithTheReason() async throws {
        try await withTestApp { t in
            let (browser, api, siti, page) = try await counter(t)
            let sent = try form(
                try await browser.get(page),
                [
                    "memberId": siti, "kind": "sukarela", "amount": "Rp 70.000",
                    "channel": "cash",
                ])

            let refused = try await browser.post("/teller/withdrawals", form: sent)
            let location = try #require(refused.headers.first(name: .location))
            let shown = try await browser.get(location)
            let again = try await browser.post("/teller/withdrawals", form: sent) // a double tap
            let stranger = try await t.browser("ketua@sukamaju.coop").get(location)

            #expect(refused.status == .seeOther)
            #expect(location.hasPrefix(page + "&attempt="))
            #expect(shown.status == .unprocessableEntity)
            let html = shown.body.string
            let banner = try #require(html.range(of: #"<main><div class="notice notice-error refusal" role="alert">"#))
            #expect(html[banner.upperBound...].hasPrefix("Saldo tidak cukup: yang dapat ditarik paling banyak Rp 60.000"))
            #expect(html.contains(#"value="Rp 70.000""#)) // what was typed comes back
            #expect(again.headers.first(name: .location) == location)
            #expect(!stranger.body.string.contains("Saldo tidak cukup")) // shown again only to whoever sent it
            #expect(try await api.balance(siti, "sukarela") == "60000")
        }
    }

    @Test func aKeptFormSentAgainChangedSaysWhatStands() async throws {
        try await withTestApp { t in
            let (browser, api, siti, page) = try await counter(t)
            let kept = try await browser.get(page)
            let first = try form(kept, ["memberId": siti, "kind": "sukarela", "amount": "10.000", "channel": "cash"])

            let done = try await browser.post("/teller/deposits", form: first)
            var changed = first
            changed["amount"] = "20.000"
            let again = try await browser.post("/teller/deposits", form: changed)

            #expect(done.status == .seeOther)
            #expect(again.status == .conflict)
            #expect(again.body.string.contains("Formulir ini sudah dikirim"))
            #expect(again.body.string.contains(#"href="\#(try #require(done.headers.first(name: .location)))""#))
            #expect(again.body.string.contains("Kembali ke formulir"))
            #expect(!again.body.string.contains("Idempotency-Key"))
            #expect(try await api.balance(siti, "sukarela") == "70000")
        }
    }
}
