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

            let (token, session) = try await SessionStore.open(s.db, userID: user.id!, cooperativeID: a, kind: .web,
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

    @Test func disabledUsersAreSignedOut() async throws {
        try await withStore { s in
            let a = try await s.cooperative("Sukamaju")
            let user = try #require(try await UserRecord.query(on: s.db).first())
            let (token, _) = try await SessionStore.open(s.db, userID: user.id!, cooperativeID: a, kind: .api, lifetime: 3600)

            user.disabled = true
            try await user.update(on: s.db)

            #expect(try await SessionStore.signedIn(s.db, token: token, kind: .api) == nil)
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
            for i in 0..<4 {
                try await throttle.recordFailure(s.db, email: "siti@x.coop", address: nil, now: start.addingTimeInterval(Double(i)))
            }
            #expect(try await throttle.retryAfter(s.db, email: "siti@x.coop", address: nil, now: start.addingTimeInterval(5)) == nil)

            try await throttle.recordFailure(s.db, email: "SITI@x.coop", address: nil, now: start.addingTimeInterval(5))
            let wait = try await throttle.retryAfter(s.db, email: "siti@x.coop", address: nil, now: start.addingTimeInterval(6))
            let later = try await throttle.retryAfter(s.db, email: "siti@x.coop", address: nil, now: start.addingTimeInterval(15 * 60 + 1))
            let other = try await throttle.retryAfter(s.db, email: "budi@x.coop", address: nil, now: start.addingTimeInterval(6))

            #expect(wait.map { (894...895).contains($0) } == true) // 15 minutes after the oldest, rounded up
            #expect(later == nil)
            #expect(other == nil)
            try await throttle.clear(s.db, email: "siti@x.coop")
            #expect(try await throttle.retryAfter(s.db, email: "siti@x.coop", address: nil, now: start.addingTimeInterval(6)) == nil)
        }
    }
}
