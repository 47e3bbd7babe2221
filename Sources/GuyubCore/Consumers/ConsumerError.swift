/// Why a consumer's sign-up or sign-in, a referral, a voucher or an idea was refused.
package enum ConsumerError: DomainError, Equatable {
    case field(FieldError)
    /// A consumer with that phone number already has an account here.
    case phoneTaken
    /// The code sent to the phone is not the one given.
    case codeWrong
    /// The code is older than its lifetime, or was used, or too many wrong tries were made: ask for another.
    case codeExpired
    /// Too many codes were asked for this phone in the last hour.
    case tooManyCodes
    /// No member has that referral code.
    case referralCodeUnknown
    /// The consumer is the member, or of the member's household.
    case selfReferral
    /// The person already supports the idea.
    case alreadySupported
    /// The idea cannot take that step in its state.
    case ideaState(IdeaStatus)
    /// A declined idea needs the reason its proposer will read; a hidden one, why.
    case reasonRequired
    /// No voucher has that code, or it is not the buyer's.
    case voucherUnknown
    case voucherUsed
    case voucherExpired
    /// A package voucher is collected as goods, not spent as money (and the other way round).
    case voucherKind
    /// The consumer is a member already, or their application waits.
    case alreadyApplied
    /// Text with markup or script in it, where only words belong.
    case markup(String)
    /// Referral rules that do not hold together (a package without its product, a window of no days…).
    case rulesInvalid(String)
    /// The consultation cannot take that step in its state, or not before its day.
    case consultationState(ConsultationStatus)
    /// The person is on the session's guest list already.
    case alreadyInvited
    /// A session is closed as held only when someone came.
    case noneAttended
    /// Only what a guest who came said is kept from a session.
    case notAttended
    /// No one in the group has that name or phone; or several do, and the phone or number tells them apart.
    case guestUnknown
    case guestAmbiguous

    package var code: String {
        switch self {
        case .field(let error): error.code
        case .phoneTaken: "phone_taken"
        case .codeWrong: "code_wrong"
        case .codeExpired: "code_expired"
        case .tooManyCodes: "too_many_codes"
        case .referralCodeUnknown: "referral_code_unknown"
        case .selfReferral: "self_referral"
        case .alreadySupported: "already_supported"
        case .ideaState: "idea_state"
        case .reasonRequired: "reason_required"
        case .voucherUnknown: "voucher_unknown"
        case .voucherUsed: "voucher_used"
        case .voucherExpired: "voucher_expired"
        case .voucherKind: "voucher_kind"
        case .alreadyApplied: "already_applied"
        case .rulesInvalid: "rules_invalid"
        case .markup: "markup"
        case .consultationState: "consultation_state"
        case .alreadyInvited: "already_invited"
        case .noneAttended: "none_attended"
        case .notAttended: "not_attended"
        case .guestUnknown: "guest_unknown"
        case .guestAmbiguous: "guest_ambiguous"
        }
    }

    package var field: String? {
        switch self {
        case .field(let error): error.field
        case .phoneTaken: "phone"
        case .codeWrong, .codeExpired: "code"
        case .tooManyCodes: "phone"
        case .referralCodeUnknown, .selfReferral: "referralCode"
        case .reasonRequired: "reason"
        case .voucherUnknown, .voucherUsed, .voucherExpired, .voucherKind: "voucherCode"
        case .rulesInvalid(let field), .markup(let field): field
        case .notAttended: "guestId"
        case .guestUnknown, .guestAmbiguous: "name"
        case .alreadySupported, .ideaState, .alreadyApplied, .consultationState, .alreadyInvited, .noneAttended: nil
        }
    }

    package var kind: ErrorKind {
        switch self {
        case .phoneTaken, .alreadySupported, .ideaState, .voucherUsed, .alreadyApplied, .consultationState, .alreadyInvited,
            .noneAttended, .notAttended:
            .conflict
        case .tooManyCodes: .throttled
        default: .invalid
        }
    }
}
