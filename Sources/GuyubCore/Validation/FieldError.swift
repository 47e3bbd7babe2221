/// A field of a form or a request refused on its own terms, whatever the area: missing, too long, not a
/// readable date or time, or not one of its choices. Area errors keep only what their own rules refuse.
package enum FieldError: DomainError, Equatable {
    case required(String)
    /// The field and the most characters it accepts.
    case tooLong(String, Int)
    /// A date field that is not a readable date, or a period whose end precedes its start.
    case invalidDate(String)
    /// A time field (a meeting's start) that is not a readable time. Its code is `invalid_date`, as a
    /// date's, so clients that read the code see one kind of refusal for both.
    case invalidTime(String)
    /// A field whose value is not one of its choices (a gender, a status, a format).
    case invalidChoice(String)

    package var code: String {
        switch self {
        case .required: "required"
        case .tooLong: "too_long"
        case .invalidDate, .invalidTime: "invalid_date"
        case .invalidChoice: "invalid_choice"
        }
    }

    package var field: String? {
        switch self {
        case .required(let field), .tooLong(let field, _), .invalidDate(let field), .invalidTime(let field),
            .invalidChoice(let field):
            field
        }
    }

    package var kind: ErrorKind { .invalid }
}
