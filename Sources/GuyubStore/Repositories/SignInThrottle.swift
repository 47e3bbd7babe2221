import FluentKit
import Foundation

/// Slows down password guessing: after too many failures within the window, for one account or from one
/// address, sign-in is refused until the oldest failure leaves the window. Kept in the database so that
/// every server sees the same count.
///
/// An attempt is counted before its password is checked: its mark is written first, then the marks in
/// the window are counted. Guesses sent at once each see the marks of those written before them, so no
/// more than the limit of them get their password checked.
package struct SignInThrottle: Sendable {
    package var window: TimeInterval = 15 * 60
    package var perAccount = 5
    package var perAddress = 30

    package init() {}

    /// An attempt let through: its marks count as failures until it succeeds.
    package struct Attempt: Sendable {
        let marks: [UUID]
    }

    package enum Admission: Sendable {
        case admitted(Attempt)
        /// Seconds to wait before trying again.
        case refused(retryAfter: Int)
    }

    /// Marks an attempt and lets it through when, counting it, no limit is exceeded; otherwise takes the
    /// mark back and says how long to wait.
    package func admit(_ db: any Database, email: String, address: String?, now: Date) async throws -> Admission {
        let keys = keys(email: email, address: address)
        var marks: [UUID] = []
        for (key, _) in keys {
            let mark = SignInFailureRecord(key: key, at: now)
            try await mark.create(on: db)
            marks.append(try mark.requireID())
        }
        let since = now.addingTimeInterval(-window)
        var waits: [Int] = []
        for (key, limit) in keys {
            let recent = try await SignInFailureRecord.query(on: db)
                .filter(\.$key == key).filter(\.$at > since).sort(\.$at, .descending).limit(limit + 1).all()
            guard recent.count > limit else { continue }
            let others = recent.filter { !marks.contains($0.id!) }.prefix(limit)
            if let oldest = others.last {
                waits.append(max(1, Int(oldest.at.addingTimeInterval(window).timeIntervalSince(now).rounded(.up))))
            }
        }
        guard let wait = waits.max() else { return .admitted(Attempt(marks: marks)) }
        try await SignInFailureRecord.query(on: db).filter(\.$id ~~ marks).delete()
        return .refused(retryAfter: wait)
    }

    /// The attempt failed: its marks stay as failures; failures older than the window are dropped.
    package func failed(_ db: any Database, now: Date) async throws {
        try await SignInFailureRecord.query(on: db).filter(\.$at < now.addingTimeInterval(-window)).delete()
    }

    /// The attempt succeeded: it was no failure, and it forgives the account's failures (not the address's).
    package func succeeded(_ attempt: Attempt, _ db: any Database, email: String) async throws {
        try await SignInFailureRecord.query(on: db).filter(\.$id ~~ attempt.marks).delete()
        try await SignInFailureRecord.query(on: db).filter(\.$key == "account:\(email.lowercased())").delete()
    }

    private func keys(email: String, address: String?) -> [(String, Int)] {
        [("account:\(email.lowercased())", perAccount)] + (address.map { [("address:\($0)", perAddress)] } ?? [])
    }
}
