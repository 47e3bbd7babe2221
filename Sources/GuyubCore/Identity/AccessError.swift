/// Refusals that do not depend on the record: the user's roles do not allow it, or nothing by that
/// id exists in the cooperative (which is also the answer for another cooperative's record).
package enum AccessError: DomainError, Equatable {
    case forbidden
    case notFound

    package var code: String {
        switch self {
        case .forbidden: "forbidden"
        case .notFound: "not_found"
        }
    }

    package var kind: ErrorKind {
        switch self {
        case .forbidden: .forbidden
        case .notFound: .notFound
        }
    }
}
