/// What kind of failure a domain error is; the app maps each kind to one HTTP status.
package enum ErrorKind: Sendable, Equatable {
    case invalid // the input breaks a rule (422)
    case conflict // the input clashes with what exists (409)
    case notFound // nothing by that id in this cooperative (404)
    case forbidden // the signed-in user's roles do not allow it (403)
    case unauthenticated // no valid sign-in (401)
    case throttled // too many attempts; try later (429)
}

/// An error a rule raises, free of HTTP: a stable code, the field it concerns, and its kind.
/// User-facing messages come from the text catalogue, keyed by `code`.
package protocol DomainError: Error, Sendable {
    var code: String { get }
    var field: String? { get }
    var kind: ErrorKind { get }
}

extension DomainError {
    package var field: String? { nil }
}
