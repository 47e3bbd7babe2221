/// What the loan rules refuse. Each has its own code, so a client can tell a rate out of the product's
/// range from an overpayment without reading the message.
package enum LoanError: DomainError, Equatable {
    /// A field missing or not a readable date; named in loans' words.
    case field(FieldError)
    case invalidRate
    case rateTooHigh
    case invalidPrincipal
    case invalidPeriods
    case invalidEvery
    case invalidGrace
    case invalidInterestOnly
    case invalidDecimals
    case unknownMethod
    case unknownRounding
    case unknownDayCount
    case datedScheduleNeedsStart
    case invalidProduct(String)
    case unknownProduct
    case productInactive
    case rateOutOfRange
    case periodsOutOfRange
    case principalOutOfRange
    case overLimit(limit: Int64)
    case collateralRequired
    case notAMember
    case ownApplication
    case ownLoan
    case nothingToWriteOff
    case wrongStatus(LoanStatus)
    case loanClosed
    case overpayment(payoff: Int64)
    case insufficientSavings
    case reasonRequired

    package var code: String {
        switch self {
        case .field(let e): e.code
        case .invalidRate: "invalid_rate"
        case .rateTooHigh: "rate_too_high"
        case .invalidPrincipal: "invalid_principal"
        case .invalidPeriods: "invalid_periods"
        case .invalidEvery: "invalid_every"
        case .invalidGrace: "invalid_grace"
        case .invalidInterestOnly: "invalid_interest_only"
        case .invalidDecimals: "invalid_decimals"
        case .unknownMethod: "unknown_method"
        case .unknownRounding: "unknown_rounding"
        case .unknownDayCount: "unknown_day_count"
        case .datedScheduleNeedsStart: "start_date_required"
        case .invalidProduct: "invalid_product_setting"
        case .unknownProduct: "unknown_product"
        case .productInactive: "product_inactive"
        case .rateOutOfRange: "rate_out_of_range"
        case .periodsOutOfRange: "term_out_of_range"
        case .principalOutOfRange: "amount_out_of_range"
        case .overLimit: "over_loan_limit"
        case .collateralRequired: "collateral_required"
        case .notAMember: "borrower_not_member"
        case .ownApplication: "own_application"
        case .ownLoan: "own_loan"
        case .nothingToWriteOff: "nothing_to_write_off"
        case .wrongStatus: "wrong_loan_status"
        case .loanClosed: "loan_closed"
        case .overpayment: "overpayment"
        case .insufficientSavings: "insufficient_savings"
        case .reasonRequired: "reason_required"
        }
    }

    package var field: String? {
        switch self {
        case .field(let e): e.field
        case .invalidProduct(let field): field
        case .invalidRate, .rateTooHigh, .rateOutOfRange: "rate"
        case .invalidPrincipal, .principalOutOfRange, .overLimit: "principal"
        case .invalidPeriods, .periodsOutOfRange: "periods"
        case .invalidEvery: "every"
        case .invalidGrace: "grace"
        case .invalidInterestOnly: "interestOnly"
        case .invalidDecimals: "decimals"
        case .unknownMethod: "method"
        case .unknownRounding: "rounding"
        case .unknownDayCount: "dayCount"
        case .datedScheduleNeedsStart: "start"
        case .unknownProduct, .productInactive: "productId"
        case .collateralRequired: "collateral"
        case .overpayment: "amount"
        case .reasonRequired: "reason"
        default: nil
        }
    }

    /// Each is a 422: the request named something the rules refuse, and nothing was written.
    package var kind: ErrorKind {
        switch self {
        case .field(let e): e.kind
        default: .invalid
        }
    }
}
