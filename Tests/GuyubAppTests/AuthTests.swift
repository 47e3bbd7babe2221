import Foundation
import Testing
import Vapor
import VaporTesting

@Suite("Signing in") struct AuthTests {
    @Test func tokenThenMe() async throws {
        try await withTestApp { t in
            // Setup
            let id = try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let client = Client(t.app)

            // Call
            let signIn = try await client.post("/api/v1/auth/token",
                                               json: ["email": "KETUA@sukamaju.coop ", "password": TestApp.password])
            let body = try signIn.json()
            client.token = body["token"] as? String
            let me = try await client.get("/api/v1/me")

            // Checks
            #expect(signIn.status == .ok)
            #expect((body["expiresAt"] as? String)?.hasSuffix("Z") == true)
            #expect(me.status == .ok)
            let json = try me.json()
            #expect((json["roles"] as? [String]) == ["board"])
            #expect(((json["cooperative"] as? [String: Any])?["id"] as? String)?.lowercased() == id.uuidString.lowercased())
            #expect(((json["user"] as? [String: Any])?["email"] as? String) == "ketua@sukamaju.coop")
        }
    }

    @Test func wrongPasswordAndUnknownEmailGetTheSameAnswer() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let client = Client(t.app)

            let wrong = try await client.post("/api/v1/auth/token", json: ["email": "ketua@sukamaju.coop", "password": "salah-sekali-123"])
            let unknown = try await client.post("/api/v1/auth/token", json: ["email": "siapa@sukamaju.coop", "password": "salah-sekali-123"])

            #expect(wrong.status == .unauthorized)
            #expect(unknown.status == .unauthorized)
            #expect(wrong.errorCode == "wrong_credentials")
            #expect(wrong.body.string == unknown.body.string)
        }
    }

    @Test func repeatedFailuresForOneAccountAreThrottled() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let client = Client(t.app)
            for _ in 0..<5 {
                let r = try await client.post("/api/v1/auth/token", json: ["email": "ketua@sukamaju.coop", "password": "tebak-tebakan-1"])
                #expect(r.status == .unauthorized)
            }

            // Even the right password is refused while the account is throttled.
            let throttled = try await client.post("/api/v1/auth/token", json: ["email": "ketua@sukamaju.coop", "password": TestApp.password])

            #expect(throttled.status == .tooManyRequests)
            #expect(throttled.errorCode == "too_many_attempts")
            let retry = try #require(throttled.headers.first(name: .retryAfter).flatMap(Int.init))
            #expect(retry > 0 && retry <= 15 * 60)
        }
    }

    @Test func repeatedFailuresFromOneAddressAreThrottled() async throws {
        try await withTestApp({ $0.trustProxy = true; $0.throttle.perAddress = 3 }) { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let client = Client(t.app)
            let from: HTTPHeaders = ["X-Forwarded-For": "203.0.113.7"]
            // Three different accounts guessed from one address.
            for email in ["a@x.coop", "b@x.coop", "c@x.coop"] {
                try await client.post("/api/v1/auth/token", json: ["email": email, "password": "tebak-tebakan-1"], headers: from)
            }

            let fromSame = try await client.post("/api/v1/auth/token", json: ["email": "ketua@sukamaju.coop", "password": TestApp.password], headers: from)
            let fromElsewhere = try await client.post("/api/v1/auth/token", json: ["email": "ketua@sukamaju.coop", "password": TestApp.password],
                                                      headers: ["X-Forwarded-For": "198.51.100.1"])

            #expect(fromSame.status == .tooManyRequests)
            #expect(fromElsewhere.status == .ok)
        }
    }

    @Test func missingOrBadTokenIs401() async throws {
        try await withTestApp { t in
            let client = Client(t.app)
            let none = try await client.get("/api/v1/me")
            client.token = "not-a-real-token"
            let bad = try await client.get("/api/v1/members")

            #expect(none.status == .unauthorized)
            #expect(none.errorCode == "sign_in_required")
            #expect(bad.status == .unauthorized)
            #expect(bad.errorCode == "session_expired")
        }
    }

    @Test func revokedTokenStopsWorking() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let client = try await t.apiClient("ketua@sukamaju.coop")

            let revoke = try await client.send(.DELETE, "/api/v1/auth/token")
            let after = try await client.get("/api/v1/me")

            #expect(revoke.status == .noContent)
            #expect(after.status == .unauthorized)
        }
    }

    @Test func webSessionCookieIsHttpOnlyAndLax() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let client = Client(t.app)
            let form = try await client.get("/sign-in")

            let response = try await client.post("/sign-in", form: [
                "_csrf": try form.csrfToken(), "email": "ketua@sukamaju.coop", "password": TestApp.password,
            ])

            #expect(response.status == .seeOther)
            #expect(response.headers.first(name: .location) == "/dashboard")
            let cookie = try #require(response.headers[.setCookie].first { $0.hasPrefix("guyub_session=") })
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Lax"))
            #expect(!cookie.contains("Secure"))
            let dashboard = try await client.get("/dashboard")
            #expect(dashboard.status == .ok)
        }
    }

    @Test func cookiesAreSecureBehindHTTPS() async throws {
        try await withTestApp({ $0.publicURL = "https://koperasi.example.id" }) { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let client = Client(t.app)
            let form = try await client.get("/sign-in")
            let response = try await client.post("/sign-in", form: [
                "_csrf": try form.csrfToken(), "email": "ketua@sukamaju.coop", "password": TestApp.password,
            ])
            let cookie = try #require(response.headers[.setCookie].first { $0.hasPrefix("guyub_session=") })
            #expect(cookie.contains("Secure"))
        }
    }

    @Test func signInRedirectsOnlyWithinTheSite() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let client = Client(t.app)
            let form = try await client.get("/sign-in")
            let response = try await client.post("/sign-in?next=//evil.example/phish", form: [
                "_csrf": try form.csrfToken(), "email": "ketua@sukamaju.coop", "password": TestApp.password,
            ])
            #expect(response.headers.first(name: .location) == "/dashboard")
        }
    }

    @Test func signedOutVisitorIsSentToSignIn() async throws {
        try await withTestApp { t in
            let response = try await Client(t.app).get("/members")
            #expect(response.status == .seeOther)
            #expect(response.headers.first(name: .location)?.hasPrefix("/sign-in?next=/members") == true)
        }
    }

    @Test func signOutEndsTheSession() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let browser = try await t.browser("ketua@sukamaju.coop")
            let token = try await browser.get("/dashboard").csrfToken()
            let stolen = browser.cookies["guyub_session"]

            let out = try await browser.post("/sign-out", form: ["_csrf": token])
            let replay = Client(t.app)
            replay.cookies["guyub_session"] = stolen
            let after = try await replay.get("/dashboard")

            #expect(out.status == .seeOther)
            #expect(after.status == .seeOther)
            #expect(after.headers.first(name: .location)?.hasPrefix("/sign-in") == true)
        }
    }
}
