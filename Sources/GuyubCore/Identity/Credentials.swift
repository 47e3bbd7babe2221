import Foundation

/// A sign-in e-mail, trimmed and lower-cased.
package struct Email: Hashable, Sendable, CustomStringConvertible {
    package let value: String
    package var description: String { value }

    package init(_ raw: String) throws(CredentialError) {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        guard text.count <= 254,
              text.range(of: #"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$"#, options: .regularExpression) != nil else {
            throw .invalidEmail
        }
        value = text
    }
}

/// The rule for a new password: long enough, not a well-known one, not the e-mail itself.
package enum PasswordPolicy {
    package static let minimumLength = 10

    /// Passwords found first in leaked lists, in Indonesian and English.
    static let common: Set<String> = [
        "1234567890", "12345678910", "0123456789", "1111111111", "password123", "password1234",
        "passw0rd123", "qwertyuiop", "qwerty12345", "asdfghjkl1", "iloveyou12", "abcdefghij",
        "koperasi123", "koperasi2024", "koperasi2025", "koperasi2026", "indonesia1", "indonesia123",
        "bismillah1", "bismillah123", "sayang1234", "rahasia123", "admin12345", "administrator",
        "merahputih", "merahputih1", "jakarta123", "superadmin",
    ]

    package static func check(_ password: String, email: Email?) throws(CredentialError) {
        guard password.count >= minimumLength else { throw .weakPassword(.tooShort) }
        let lower = password.lowercased()
        if common.contains(lower) || Set(lower).count < 4 { throw .weakPassword(.tooCommon) }
        if let local = email?.value.split(separator: "@").first, local.count >= 4, lower.contains(local) {
            throw .weakPassword(.containsEmail)
        }
    }
}

package enum CredentialError: DomainError, Equatable {
    package enum Weakness: Sendable, Equatable { case tooShort, tooCommon, containsEmail }

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
