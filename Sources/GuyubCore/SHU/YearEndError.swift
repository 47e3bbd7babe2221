/// Why a year's close, or its SHU distribution, was refused.
package enum YearEndError: DomainError, Equatable {
    /// The year has not ended yet in the cooperative's time zone.
    case yearNotOver(Int)
    case yearAlreadyClosed(Int)
    case yearNotClosed(Int)
    /// No RAT resolution approving the year's distribution has passed.
    case notApproved(Int)
    case alreadyPosted(Int)
    /// The RAT approved the draft: its figures stay as approved.
    case alreadyApproved(Int)
    /// A member's share was paid already, or was credited to savings and is not held to collect.
    case shareNotPayable
    case shareNotFound
    case invalidYear

    package var code: String {
        switch self {
        case .yearNotOver: "year_not_over"
        case .yearAlreadyClosed: "year_already_closed"
        case .yearNotClosed: "year_not_closed"
        case .notApproved: "distribution_not_approved"
        case .alreadyPosted: "distribution_already_posted"
        case .alreadyApproved: "distribution_already_approved"
        case .shareNotPayable: "share_not_payable"
        case .shareNotFound: "share_not_found"
        case .invalidYear: "invalid_year"
        }
    }
    package var field: String? { self == .invalidYear ? "year" : nil }
    package var kind: ErrorKind {
        switch self {
        case .yearNotOver, .notApproved, .invalidYear: .invalid
        case .yearAlreadyClosed, .yearNotClosed, .alreadyPosted, .alreadyApproved, .shareNotPayable: .conflict
        case .shareNotFound: .notFound
        }
    }
}
