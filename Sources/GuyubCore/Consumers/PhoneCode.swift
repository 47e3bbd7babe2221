import Foundation

/// A one-time code that proves a phone is its holder's: six digits, good for ten minutes and five tries,
/// used once. The cooperative sends it through its outbox (a staff member may also read it out).
package enum PhoneCode {
    package static let lifetime: TimeInterval = 10 * 60
    package static let tries = 5
    /// Codes one phone may be sent in an hour, so that nobody floods the outbox or guesses by asking again.
    package static let perHour = 5

    /// Six random digits, leading zeros kept.
    package static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        return String(format: "%06d", Int.random(in: 0..<1_000_000, using: &generator))
    }

    /// Accepts `given` for a code sent at `sentAt`, tried `tries` times before, not used; `matches` says
    /// whether it is the code sent (compared by its hash, in the store).
    package static func check(matches: Bool, sentAt: Date, tries: Int, used: Bool, now: Date) throws(ConsumerError) {
        guard !used, tries < Self.tries, now.timeIntervalSince(sentAt) <= lifetime, now >= sentAt else {
            throw .codeExpired
        }
        guard matches else { throw .codeWrong }
    }

    /// The code as typed: digits only (spaces and dashes a phone's keyboard adds dropped), or nil.
    package static func read(_ text: String?) -> String? {
        let digits = (text ?? "").filter { !$0.isWhitespace && $0 != "-" }
        guard digits.count == 6, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else { return nil }
        return digits
    }
}
