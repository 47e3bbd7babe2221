import FluentKit
import Foundation

/// Slows down password guessing: after too many failures within the window, for one account or from one
/// address, sign-in is refused until the oldest failure leaves the window. Kept in the database so that
/// every server sees the same count.
package struct SignInThrottle: Sendable {
    package var window: TimeInterval = 15 * 60
    package var perAccount = 5
    package var perAddress = 30

    package init() {}

    /// Seconds to wait before trying again, or nil when sign-in may proceed.
    package func retryAfter(_ db: any Database, email: String, address: String?, now: Date = Date()) async throws -> Int? {
        let since = now.addingTimeInterval(-window)
        var waits: [Int] = []
        for (key, limit) in keys(email: email, address: address) {
            let failures = try await SignInFailureRecord.query(on: db)
                .filter(\.$key == key).filter(\.$at > since).sort(\.$at, .descending).limit(limit).all()
            if failures.count >= limit, let oldest = failures.last {
                waits.append(max(1, Int((oldest.at.addingTimeInterval(window).timeIntervalSince(now)).rounded(.up))))
            }
        }
        return waits.max()
    }

    package func recordFailure(_ db: any Database, email: String, address: String?, now: Date = Date()) async throws {
        for (key, _) in keys(email: email, address: address) {
            try await SignInFailureRecord(key: key, at: now).create(on: db)
        }
        try await SignInFailureRecord.query(on: db).filter(\.$at < now.addingTimeInterval(-window)).delete()
    }

    /// A successful sign-in forgives the account's failures (not the address's).
    package func clear(_ db: any Database, email: String) async throws {
        try await SignInFailureRecord.query(on: db).filter(\.$key == "account:\(email)").delete()
    }

    private func keys(email: String, address: String?) -> [(String, Int)] {
        [("account:\(email.lowercased())", perAccount)] + (address.map { [("address:\($0)", perAddress)] } ?? [])
    }
}
