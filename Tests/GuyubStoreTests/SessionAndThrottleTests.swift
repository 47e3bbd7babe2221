import FluentKit
import Foundation
import GuyubCore
import GuyubStore
import Testing

@Suite("Sessions and sign-in throttling") struct SessionAndThrottleTests {
    @Test func sessionsAreFoundByTokenUntilTheyExpire() async throws {
        try await withStore { s in
            let a = try await s.cooperative("Sukamaju")
            let user = try #require(try await UserRecord.query(on: s.db).first())
            let now = Date()

            let (token, session) = try await SessionStore.open(
                s.db, userID: user.id!, cooperativeID: a, kind: .web,
                lifetime: 3600, now: now)

            #expect(session.tokenHash != token) // only the digest is stored
            let found = try await SessionStore.signedIn(s.db, token: token, kind: .web, now: now)
            #expect(found?.userID == user.id)
            #expect(found?.cooperativeID == a)
            #expect(found?.roles == [.board])
            #expect(found?.csrfToken == session.csrfToken)
            #expect(try await SessionStore.signedIn(s.db, token: token, kind: .api, now: now) == nil)
            #expect(try await SessionStore.signedIn(s.db, token: token, kind: .web, now: now.addingTimeInterval(3601)) == nil)
            #expect(try await SessionStore.signedIn(s.db, token: token + "x", kind: .web, now: now) == nil)
            try await SessionStore.close(s.db, token: token)
            #expect(try await SessionStore.signedIn(s.db, token: token, kind: .web, now: now) == nil)
        }
    }

    /// A token names its cooperative at its start, so a request is answered from that cooperative's rows
    /// alone; a token whose start is changed, or that names none, opens nothing.
    @Test func aTokenNamesItsCooperative() async throws {
        try await withStore { s in
            let a = try await s.cooperative("Sukamaju")
            let b = try await s.cooperative("Makmur")
            let user = try #require(try await UserRecord.query(on: s.db).filter(\.$email == "ketua@sukamaju.coop").first())
            let (token, _) = try await SessionStore.open(
                s.db, userID: user.id!, cooperativeID: a, kind: .web, lifetime: 3600, now: Date())

            #expect(SessionStore.cooperative(of: token) == a)
            let secret = token.split(separator: ".")[1]
            let elsewhere = b.uuidString.lowercased().replacingOccurrences(of: "-", with: "") + "." + secret
            #expect(try await SessionStore.signedIn(s.db, token: elsewhere, kind: .web, now: Date()) == nil)
            #expect(try await SessionStore.signedIn(s.db, token: String(secret), kind: .web, now: Date()) == nil)
            #expect(SessionStore.cooperative(of: "zz" + token.dropFirst(2)) == nil)
            #expect(try await SessionStore.signedIn(s.db, token: token, kind: .web, now: Date())?.cooperativeID == a)
        }
    }

    @Test func disabledUsersAreSignedOut() async throws {
        try await withStore { s in
            let a = try await s.cooperative("Sukamaju")
            let user = try #require(try await UserRecord.query(on: s.db).first())
            let (token, _) = try await SessionStore.open(
                s.db, userID: user.id!, cooperativeID: a, kind: .api, lifetime: 3600, now: Date())

            user.disabled = true
            try await user.update(on: s.db)

            #expect(try await SessionStore.signedIn(s.db, token: token, kind: .api, now: Date()) == nil)
        }
    }

    @Test func tokensAreRandomAndURLSafe() {
        let tokens = (0..<200).map { _ in SessionStore.randomToken() }
        #expect(Set(tokens).count == 200)
        #expect(tokens.allSatisfy { $0.count == 43 && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" } })
    }

    @Test func failuresAreCountedPerAccountWithinTheWindow() async throws {
        try await withStore { s in
            let throttle = SignInThrottle()
            let start = Date()
            func admit(_ email: String, at seconds: Double) async throws -> Int? {
                switch try await throttle.admit(s.db, email: email, address: nil, now: start.addingTimeInterval(seconds)) {
                case .admitted: nil
                case .refused(let wait): wait
                }
            }
            for i in 0..<5 { #expect(try await admit(i == 4 ? "SITI@x.coop" : "siti@x.coop", at: Double(i)) == nil) }

            let wait = try await admit("siti@x.coop", at: 6)
            let other = try await admit("budi@x.coop", at: 6)
            let later = try await admit("siti@x.coop", at: 15 * 60 + 1)

            #expect(wait.map { (894...895).contains($0) } == true) // 15 minutes after the oldest, rounded up
            #expect(other == nil)
            #expect(later == nil) // the oldest left the window; the refused attempt left no mark
        }
    }

    @Test func aSuccessForgivesTheAccountAndIsNoFailure() async throws {
        try await withStore { s in
            let throttle = SignInThrottle()
            for _ in 0..<4 { _ = try await throttle.admit(s.db, email: "siti@x.coop", address: "10.0.0.1", now: Date()) }
            guard
                case .admitted(let attempt) = try await throttle.admit(
                    s.db, email: "siti@x.coop", address: "10.0.0.1", now: Date())
            else {
                Issue.record("the fifth attempt is let through")
                return
            }
            try await throttle.succeeded(attempt, s.db, email: "siti@x.coop")

            let left = try await SignInFailureRecord.query(on: s.db).all().map(\.key)
            #expect(left == Array(repeating: "address:10.0.0.1", count: 4))
        }
    }
}
