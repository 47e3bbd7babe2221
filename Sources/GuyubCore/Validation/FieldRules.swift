import Foundation

/// The checks every text field shares, so callers state the field and its limit once.
package enum FieldRules {
    /// The value trimmed of surrounding white space; refused when blank or longer than `max`.
    /// The length is the one sent, spaces and all, as the API's schema counts it.
    package static func required(_ value: String?, field: String, max: Int? = nil) throws(FieldError) -> String {
        let text = trimmed(try within(value, field: field, max: max))
        guard !text.isEmpty else { throw .required(field) }
        return text
    }

    /// The value trimmed, or nil when blank; refused when longer than `max` as sent.
    package static func optional(_ value: String?, field: String, max: Int) throws(FieldError) -> String? {
        let text = trimmed(try within(value, field: field, max: max))
        return text.isEmpty ? nil : text
    }

    /// The value as sent (nil as ""), refused when longer than `max`; for text kept as typed.
    @discardableResult
    package static func within(_ value: String?, field: String, max: Int?) throws(FieldError) -> String {
        let text = value ?? ""
        // Counted in Unicode code points, as JSON Schema's maxLength counts (a letter with a combining
        // accent is two).
        if let max, text.unicodeScalars.count > max { throw .tooLong(field, max) }
        return text
    }

    /// A present value, or `required(field)`: for ids and other fields that have no text to trim.
    package static func present<Value>(_ value: Value?, field: String) throws(FieldError) -> Value {
        guard let value else { throw .required(field) }
        return value
    }

    private static func trimmed(_ value: String?) -> String {
        (value ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
