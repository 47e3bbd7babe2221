import Foundation
import Testing
import Vapor
import VaporTesting

@Suite("Signing in") struct AuthTests {
    @Test func tokenThenMe() async throws {
        try await withTestApp { t in
            // given
            let id = try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let client = Client(t.app)

            // when
            let signIn = try await client.post(
                "/api/v1/auth/token",
                json: ["email": "KETUA@sukamaju.coop ", "password": TestApp.password])
            let body = try signIn.json()
            client.token = body["token"] as? String
            let me = try await client.get("/api/v1/me")

            // then
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

            let wrong = try await client.post(
                "/api/v1/auth/token", json: ["email": "ketua@sukamaju.coop", "password": "salah-sekali-123"])
            let unknown = try await client.post(
                "/api/v1/auth/token", json: ["email": "siapa@sukamaju.coop", "password": "salah-sekali-123"])

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
                let r = try await client.post(
                    "/api/v1/auth/token", json: ["email": "ketua@sukamaju.coop", "password": "tebak-tebakan-1"])
                #expect(r.status == .unauthorized)
            }

            // Even the right password is refused while the account is throttled.
            let throttled = try await client.post(
                "/api/v1/auth/token", json: ["email": "ketua@sukamaju.coop", "password": TestApp.password])

            #expect(throttled.status == .tooManyRequests)
            #expect(throttled.errorCode == "too_many_attempts")
            let retry = try #require(throttled.headers.first(name: .retryAfter).flatMap(Int.init))
            #expect(retry > 0 && retry <= 15 * 60)
        }
    }

    /// Guesses sent at once are each counted before their password is checked: of forty wrong guesses and
    /// the right password in one burst, no more than the account's limit get an answer other than 429.
    @Test func guessesSentAtOnceAreCountedBeforeTheyAreChecked() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let client = Client(t.app)
            let answers = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for i in 0...40 {
                    group.addTask {
                        try await client.post(
                            "/api/v1/auth/token",
                            json: [
                                "email": "ketua@sukamaju.coop", "password": i == 40 ? TestApp.password : "tebakan-\(i)",
                            ]
                        ).status
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            let checked = answers.filter { $0 != .tooManyRequests && $0 != .serviceUnavailable }
            #expect(checked.count <= 5, "\(answers)")
            #expect(answers.filter { $0 == .tooManyRequests }.count >= 36)
        }
    }

    /// Behind a proxy only the address the proxy appended counts: the client writes what it likes on the left.
    @Test func onlyTheAddressTheProxyAppendedCounts() async throws {
        try await withTestApp({
            $0.trustProxy = true
            $0.throttle.perAddress = 3
        }) { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let client = Client(t.app)
            for (i, email) in ["a@x.coop", "b@x.coop", "c@x.coop"].enumerated() {
                let spoofed: HTTPHeaders = ["X-Forwarded-For": "10.9.9.\(i), 203.0.113.7"]
                try await client.post(
                    "/api/v1/auth/token", json: ["email": email, "password": "tebak-tebakan-1"], headers: spoofed)
            }

            let fourth = try await client.post(
                "/api/v1/auth/token", json: ["email": "d@x.coop", "password": "tebak-tebakan-1"],
                headers: ["X-Forwarded-For": "10.9.9.99, 203.0.113.7"])
            let victim = try await client.post(
                "/api/v1/auth/token", json: ["email": "ketua@sukamaju.coop", "password": TestApp.password],
                headers: ["X-Forwarded-For": "203.0.113.7, 198.51.100.1"])

            #expect(fourth.status == .tooManyRequests) // spoofing the left does not escape the count
            #expect(victim.status == .ok) // naming someone's address on the left does not lock them out
        }
    }

    @Test func repeatedFailuresFromOneAddressAreThrottled() async throws {
        try await withTestApp({
            $0.trustProxy = true
            $0.throttle.perAddress = 3
        }) { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let client = Client(t.app)
            let from: HTTPHeaders = ["X-Forwarded-For": "203.0.113.7"]
            // Three different accounts guessed from one address.
            for email in ["a@x.coop", "b@x.coop", "c@x.coop"] {
                try await client.post("/api/v1/auth/token", json: ["email": email, "password": "tebak-tebakan-1"], headers: from)
            }

            let fromSame = try await client.post(
                "/api/v1/auth/token", json: ["email": "ketua@sukamaju.coop", "password": TestApp.password], headers: from)
            let fromElsewhere = try await client.post(
                "/api/v1/auth/token", json: ["email": "ketua@sukamaju.coop", "password": TestApp.password],
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

            let response = try await client.post(
                "/sign-in",
                form: [
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
            let response = try await client.post(
                "/sign-in",
                form: [
                    "_csrf": try form.csrfToken(), "email": "ketua@sukamaju.coop", "password": TestApp.password,
                ])
            let cookie = try #require(response.headers[.setCookie].first { $0.hasPrefix("__Host-guyub_session=") })
            #expect(cookie.contains("Secure"))
        }
    }

    @Test func signInRedirectsOnlyWithinTheSite() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let client = Client(t.app)
            let form = try await client.get("/sign-in")
            let response = try await client.post(
                "/sign-in?next=//evil.example/phish",
                form: [
                    "_csrf": try form.csrfToken(), "email": "ketua@sukamaju.coop", "password": TestApp.password,
                ])
            #expect(response.headers.first(name: .location) == "/dashboard")
        }
    }

    /// A `next` that is not plainly a path of this site goes home: line breaks would reach the Location
    /// header (a cookie or header of the sender's choosing), a tab or backslash would leave the site.
    @Test(arguments: [
        "/%0d%0aSet-Cookie:%20guyub_session=attacker", "/members%0aX-Evil:%201", "/%09/evil.example",
        "/%5c/evil.example", "%2f%2fevil.example", "/%20/evil.example", "https://evil.example/",
        "/members%00", "/%E2%80%A8x",
    ])
    func hostileNextGoesHome(next: String) async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let client = Client(t.app)
            let language = try await client.get("/language/en?next=\(next)")
            #expect(language.headers.first(name: .location) == "/dashboard")
            #expect(language.headers[.setCookie].allSatisfy { !$0.contains("attacker") })
            #expect(language.headers.first(name: "X-Evil") == nil)

            let form = try await client.get("/sign-in")
            let signIn = try await client.post(
                "/sign-in?next=\(next)",
                form: [
                    "_csrf": try form.csrfToken(), "email": "ketua@sukamaju.coop", "password": TestApp.password,
                ])
            #expect(signIn.headers.first(name: .location) == "/dashboard")
            #expect(signIn.headers[.setCookie].allSatisfy { !$0.contains("attacker") })

            let plain = try await client.get("/language/id?next=/members%3Fq%3Dsiti")
            #expect(plain.headers.first(name: .location) == "/members?q=siti")
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

@Suite("Accounts") struct AccountTests {
    /// The member role shows a member their own record, so it is never given to a user without one — at
    /// creation or later.
    @Test func theMemberRoleNeedsAMemberRecord() async throws {
        try await withTestApp { t in
            let coop = try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            try await t.user("kasir@sukamaju.coop", roles: [.teller], in: coop)
            let api = try await t.apiClient("ketua@sukamaju.coop")
            let users =
                try JSONSerialization.jsonObject(with: Data(buffer: try await api.get("/api/v1/users").body)) as? [[String: Any]]
            let teller = try #require(users?.first { $0["email"] as? String == "kasir@sukamaju.coop" }?["id"] as? String)

            let made = try await api.post(
                "/api/v1/users",
                json: [
                    "email": "anggota@sukamaju.coop", "name": "Anggota",
                    "password": "tanam-padi-2026", "roles": ["member"],
                ])
            let changed = try await api.send(
                .PUT, "/api/v1/users/\(teller)/roles",
                body: ByteBuffer(data: try JSONSerialization.data(withJSONObject: ["roles": ["member"]])),
                contentType: .json)

            #expect(made.status == .unprocessableEntity && made.errorCode == "member_record_required")
            #expect(changed.status == .unprocessableEntity && changed.errorCode == "member_record_required")
        }
    }

    @Test(arguments: ["qwerty1234", "Passw0rd!!", String(repeating: "tanam-padi-", count: 7)])
    func weakOrOverlongPasswordsAreRefused(password: String) async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await t.apiClient("ketua@sukamaju.coop")

            let made = try await api.post(
                "/api/v1/users",
                json: [
                    "email": "kasir@sukamaju.coop", "name": "Kasir",
                    "password": password, "roles": ["teller"],
                ])

            #expect(made.status == .unprocessableEntity && made.errorCode == "weak_password", "\(made.body.string)")
        }
    }

    /// A cooperative adding an address used in another learns nothing: the person keeps one account
    /// and their own password, and can move between the two; taken in this cooperative is still said.
    @Test func anAddressFromAnotherCooperativeRevealsNothing() async throws {
        try await withTestApp { t in
            try await t.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let other = try await t.cooperative("Koperasi Sumberejo", admin: "ketua@sumberejo.coop")
            try await t.user("kasir@sumberejo.coop", roles: [.teller], in: other)
            let api = try await t.apiClient("ketua@sukamaju.coop")

            let elsewhere = try await api.post(
                "/api/v1/users",
                json: [
                    "email": "kasir@sumberejo.coop", "name": "Kasir Baru",
                    "password": "tanam-padi-2026", "roles": ["teller"],
                ])
            let fresh = try await api.post(
                "/api/v1/users",
                json: [
                    "email": "baru@sukamaju.coop", "name": "Orang Baru",
                    "password": "tanam-padi-2026", "roles": ["teller"],
                ])
            let again = try await api.post(
                "/api/v1/users",
                json: [
                    "email": "baru@sukamaju.coop", "name": "Orang Baru",
                    "password": "tanam-padi-2026", "roles": ["teller"],
                ])

            #expect(elsewhere.status == .created && fresh.status == .created, "\(elsewhere.body.string)")
            #expect(Set(try elsewhere.json().keys) == Set(try fresh.json().keys))
            #expect(again.status == .conflict && again.errorCode == "email_taken")
            // The person signs in with their own password, not the one typed here, and reaches both.
            let mine = try await Client(t.app).post(
                "/api/v1/auth/token",
                json: [
                    "email": "kasir@sumberejo.coop",
                    "password": "tanam-padi-2026",
                ])
            #expect(mine.status == .unauthorized)
            let browser = try await t.browser("kasir@sumberejo.coop")
            let home = try await browser.get("/dashboard")
            let target = try #require(
                home.body.string.firstMatch(of: /action="\/cooperatives\/([0-9a-f-]+)"/).map { String($0.1) })
            let moved = try await browser.post("/cooperatives/\(target)", form: ["_csrf": try home.csrfToken()])
            let after = try await browser.get("/dashboard")
            #expect(moved.status == .seeOther)
            // Sign-in opens the cooperative the person works in, not the one that added them (first by name);
            // after they move, the next sign-in opens where they went.
            #expect(home.body.string.contains(#"<p class="lead">Koperasi Sumberejo</p>"#))
            #expect(after.body.string.contains(#"<p class="lead">Koperasi Sukamaju</p>"#))
            let next = try await t.browser("kasir@sumberejo.coop").get("/dashboard")
            #expect(next.body.string.contains(#"<p class="lead">Koperasi Sukamaju</p>"#))
            // Asking to open a cooperative that is not theirs is refused like a wrong password.
            let notTheirs = try await Client(t.app).post(
                "/api/v1/auth/token",
                json: [
                    "email": "ketua@sukamaju.coop", "password": TestApp.password, "cooperativeId": other.uuidString,
                ])
            #expect(notTheirs.status == .unauthorized)
            // A cooperative the user has no role in cannot be opened.
            let stranger = try await t.browser("ketua@sukamaju.coop")
            let refused = try await stranger.post(
                "/cooperatives/\(other.uuidString.lowercased())",
                form: ["_csrf": try await stranger.get("/dashboard").csrfToken()])
            #expect(refused.status == .notFound)
        }
    }
}
