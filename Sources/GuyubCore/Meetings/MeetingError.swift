/// What the meeting rules refuse. Each has its own code, so a client can tell a vote without quorum
/// from a second vote without reading the message.
package enum MeetingError: DomainError, Equatable {
    /// A field missing, too long, or not a date, a time or one of its choices; named in meetings' words.
    case field(FieldError)
    case invalidQuorum
    /// The meeting is not in a state that allows this (e.g. attendance before the notice, editing a closed meeting).
    case wrongStatus(MeetingStatus)
    case resolutionNotOpen
    case resolutionNotDraft
    case noQuorum(present: Int, required: Int)
    case alreadyVoted
    case alreadyCheckedIn
    case notEligible
    case notPresent
    /// Someone tried to vote for another member: only the member themselves online, or a clerk for a
    /// member present in the hall.
    case noProxy
    case delegatesNeedLargeCooperative
    case votesStillOpen
    case shuYearRequired
    case unknownResolution
    case unknownMeeting
    /// The ministry's RAT figures belong to an annual meeting.
    case notAnnual

    package var code: String {
        switch self {
        case .field(let e): e.code
        case .invalidQuorum: "invalid_quorum"
        case .wrongStatus: "wrong_meeting_status"
        case .resolutionNotOpen: "resolution_not_open"
        case .resolutionNotDraft: "resolution_not_draft"
        case .noQuorum: "no_quorum"
        case .alreadyVoted: "already_voted"
        case .alreadyCheckedIn: "already_checked_in"
        case .notEligible: "not_eligible"
        case .notPresent: "not_present"
        case .noProxy: "no_proxy"
        case .delegatesNeedLargeCooperative: "delegates_need_large_cooperative"
        case .votesStillOpen: "votes_still_open"
        case .shuYearRequired: "shu_year_required"
        case .unknownResolution: "not_found"
        case .unknownMeeting: "not_found"
        case .notAnnual: "not_annual_meeting"
        }
    }

    package var field: String? {
        switch self {
        case .field(let e): e.field
        case .invalidQuorum: "quorum"
        case .shuYearRequired: "shuYear"
        case .notEligible, .notPresent, .alreadyCheckedIn, .noProxy: "memberId"
        case .alreadyVoted: "choice"
        default: nil
        }
    }

    package var kind: ErrorKind {
        switch self {
        case .field(let e): e.kind
        case .alreadyVoted, .alreadyCheckedIn: .conflict
        case .noProxy: .forbidden
        case .unknownResolution, .unknownMeeting: .notFound
        default: .invalid
        }
    }
}
