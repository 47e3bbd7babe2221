import Foundation

/// A sign-in e-mail, trimmed and lower-cased.
package struct Email: Hashable, Sendable, CustomStringConvertible {
    package let value: String
    package var description: String { value }

    package init(_ raw: String) throws(CredentialError) {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        guard text.count <= 254,
            text.range(of: #"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$"#, options: .regularExpression) != nil
        else {
            throw .invalidEmail
        }
        value = text
    }
}

/// The rule for a new password: long enough, no longer than the hash keeps, not a well-known one (nor one
/// dressed up with capitals, digits for letters or a number and a sign at the end), not the e-mail itself.
package enum PasswordPolicy {
    package static let minimumLength = 10
    /// Bcrypt reads only the first 72 bytes: a longer password would be cut without a word.
    package static let maximumBytes = 72

    /// Words found first in leaked lists, in Indonesian and English, and the keyboard's runs.
    static let commonWords: Set<String> = [
        "password", "passwort", "qwerty", "qwertyuiop", "qwertz", "azerty", "asdf", "asdfgh", "asdfghjkl", "zxcvbn",
        "zxcvbnm", "iloveyou", "letmein", "welcome", "admin", "administrator", "superadmin", "root", "login", "master",
        "dragon", "monkey", "football", "sunshine", "princess", "abc", "abcdef", "abcdefgh", "abcdefghij",
        "koperasi", "indonesia", "bismillah", "sayang", "sayangku", "rahasia", "merahputih", "jakarta", "bandung",
        "surabaya", "anggota", "pengurus", "bendahara", "kasir", "guyub", "katasandi", "sandi", "cinta", "selamat",
    ]

    package static func check(_ password: String, email: Email?) throws(CredentialError) {
        guard password.count >= minimumLength else { throw .weakPassword(.tooShort) }
        guard password.utf8.count <= maximumBytes else { throw .weakPassword(.tooLong) }
        if isCommon(password) { throw .weakPassword(.tooCommon) }
        if let local = email?.value.split(separator: "@").first, local.count >= 4, password.lowercased().contains(local) {
            throw .weakPassword(.containsEmail)
        }
    }

    /// A run of digits, few distinct characters, or a common word with digits for letters, capitals and
    /// a short tail of digits or signs (`Passw0rd!!`, `qwerty1234`, `Koperasi2025`).
    static func isCommon(_ password: String) -> Bool {
        let lower = password.lowercased()
        if Set(lower).count < 4 { return true }
        let digits = lower.filter(\.isASCIIDigit)
        if digits.count == lower.count, isRun(digits) { return true }
        // The word without what is stuck around it, read before and after digits are taken for letters.
        func word(_ text: String) -> String {
            let start = text.drop { !$0.isLetter }
            return String(start.prefix(upTo: start.lastIndex(where: \.isLetter).map(start.index(after:)) ?? start.startIndex))
        }
        let candidates = [String(word(lower).map { leet[$0] ?? $0 }), word(String(lower.map { leet[$0] ?? $0 }))]
        return candidates.contains { commonWords.contains($0) && lower.count - $0.count <= 6 }
    }

    /// Digits a keyboard or a counter gives in order: `1234567890`, `0987654321`, `0123456789`.
    private static func isRun(_ digits: String) -> Bool {
        let values = digits.compactMap(\.wholeNumberValue)
        guard values.count >= 6 else { return false }
        let steps = zip(values, values.dropFirst()).map { ($1 - $0 + 10) % 10 }
        return Set(steps).count == 1 && (steps.first == 1 || steps.first == 9)
    }

    /// Digits and signs read as the letters they stand for.
    private static let leet: [Character: Character] = [
        "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s",
    ]
}

package enum CredentialError: DomainError, Equatable {
    package enum Weakness: Sendable, Equatable { case tooShort, tooLong, tooCommon, containsEmail }

    case invalidEmail
    case weakPassword(Weakness)
    case emailTaken
    case wrongCredentials
    case tooManyAttempts(retryAfterSeconds: Int)
    case signInRequired
    case sessionExpired
    case csrfMismatch

    package var code: String {
        switch self {
        case .invalidEmail: "invalid_email"
        case .weakPassword: "weak_password"
        case .emailTaken: "email_taken"
        case .wrongCredentials: "wrong_credentials"
        case .tooManyAttempts: "too_many_attempts"
        case .signInRequired: "sign_in_required"
        case .sessionExpired: "session_expired"
        case .csrfMismatch: "csrf_mismatch"
        }
    }

    package var field: String? {
        switch self {
        case .invalidEmail, .emailTaken: "email"
        case .weakPassword: "password"
        default: nil
        }
    }

    package var kind: ErrorKind {
        switch self {
        case .invalidEmail, .weakPassword: .invalid
        case .emailTaken: .conflict
        case .wrongCredentials, .signInRequired, .sessionExpired: .unauthenticated
        case .tooManyAttempts: .throttled
        case .csrfMismatch: .forbidden
        }
    }
}
