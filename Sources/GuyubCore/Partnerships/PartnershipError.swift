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
    /// The agreement brings another kind of money (a loan cannot be booked as a grant).
    case otherFinancing(Financing)
    /// The agreement's loan is received already.
    case loanExists
    /// No loan was received under the agreement.
    case noLoan
    /// Every instalment is paid.
    case loanRepaid
    /// The loan's first instalment falls due on or before the day it is received.
    case firstDueTooEarly
    /// The loan's terms, as the loan engine refuses them.
    case loanTerms(LoanError)
    /// The indicator is measured from the records; its actual figure is not typed.
    case measured

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
        case .otherFinancing: "other_financing"
        case .loanExists: "loan_exists"
        case .noLoan: "no_loan"
        case .loanRepaid: "loan_repaid"
        case .firstDueTooEarly: "first_due_too_early"
        case .loanTerms(let error): error.code
        case .measured: "measured"
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
        case .firstDueTooEarly: "firstDue"
        case .loanTerms(let error): error.field
        case .measured: "actual"
        case .notFinancial, .riskTaken, .otherFinancing, .loanExists, .noLoan, .loanRepaid: nil
        case .state, .commitmentClosed, .notTheirs: nil
        }
    }

    package var kind: ErrorKind {
        switch self {
        case .state, .commitmentClosed, .partnerExists, .notFinancial, .riskTaken, .otherFinancing, .loanExists, .noLoan,
            .loanRepaid, .measured:
            .conflict
        case .notTheirs: .forbidden
        default: .invalid
        }
    }
}
