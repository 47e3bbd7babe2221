/// Why a partner, an agreement, its matrix, a commitment or a review was refused.
package enum PartnershipError: DomainError, Equatable {
    case field(FieldError)
    /// The agreement cannot take that step in its state (a review of an ended one…).
    case state(PartnershipStatus)
    /// A task of the matrix has no accountable party, or more than one.
    case accountableRequired(String)
    case taskRepeated(String)
    /// A commitment falls due before its agreement starts, or after it ends.
    case dueBeforeStart
    case dueAfterEnd
    /// The agreement ends before it starts.
    case endBeforeStart
    /// The commitment is delivered or waived already.
    case commitmentClosed
    /// A partner's own people record only what their side delivers.
    case notTheirs
    /// A partner by that name exists already.
    case partnerExists
    /// Grants and loans move under financial agreements only.
    case notFinancial
    /// More spent than the grant has left (what is left given).
    case grantOverspent(Int64)
    /// Someone took the risk on at the same moment.
    case riskTaken

    package var code: String {
        switch self {
        case .field(let error): error.code
        case .state: "partnership_state"
        case .accountableRequired: "accountable_required"
        case .taskRepeated: "task_repeated"
        case .dueBeforeStart: "due_before_start"
        case .dueAfterEnd: "due_after_end"
        case .endBeforeStart: "end_before_start"
        case .commitmentClosed: "commitment_closed"
        case .notTheirs: "not_theirs"
        case .partnerExists: "partner_exists"
        case .notFinancial: "not_financial"
        case .grantOverspent: "grant_overspent"
        case .riskTaken: "risk_taken"
        }
    }

    package var field: String? {
        switch self {
        case .field(let error): error.field
        case .accountableRequired, .taskRepeated: "tasks"
        case .dueBeforeStart, .dueAfterEnd: "dueOn"
        case .endBeforeStart: "end"
        case .partnerExists: "name"
        case .grantOverspent: "amount"
        case .notFinancial, .riskTaken: nil
        case .state, .commitmentClosed, .notTheirs: nil
        }
    }

    package var kind: ErrorKind {
        switch self {
        case .state, .commitmentClosed, .partnerExists, .notFinancial, .riskTaken: .conflict
        case .notTheirs: .forbidden
        default: .invalid
        }
    }
}
