/// An Indonesian mobile number in E.164 form (`+628…`).
package struct PhoneNumber: Hashable, Sendable, CustomStringConvertible {
    package let e164: String
    package var description: String { e164 }

    /// Accepts `0812-3456-7890`, `+62 812 3456 7890`, `0062 812…`, `62812…` and `812…`; the national form is
    /// `08` followed by 8 to 11 more digits (10 to 13 in all).
    package init(_ raw: String) throws(PhoneError) {
        var text = raw.filter { !" -.()/\u{00A0}".contains($0) }
        // An international prefix ("+" or "00") must be followed by Indonesia's 62: "+81 90…" is a
        // Japanese number, not an Indonesian one without its 0.
        var international = false
        if text.hasPrefix("+") {
            text.removeFirst()
            international = true
        } else if text.hasPrefix("00") {
            text.removeFirst(2)
            international = true
        }
        guard !text.isEmpty, text.allSatisfy(\.isASCIIDigit) else { throw .invalid }
        let national: Substring
        if text.hasPrefix("62") {
            national = text.dropFirst(2)
        } else if international {
            throw .invalid
        } else if text.hasPrefix("0") {
            national = text.dropFirst()
        } else {
            national = Substring(text)
        }
        // national is now the number without its leading 0: "8…", 9 to 12 digits.
        guard national.hasPrefix("8"), (9...12).contains(national.count) else { throw .invalid }
        e164 = "+62" + national
    }

    /// The national form people write: `0812-3456-7890`.
    package var national: String {
        let digits = "0" + e164.dropFirst(3)
        return [digits.prefix(4), digits.dropFirst(4).prefix(4), digits.dropFirst(8)]
            .filter { !$0.isEmpty }.joined(separator: "-")
    }
}

package enum PhoneError: DomainError, Equatable {
    case invalid
    package var code: String { "invalid_phone" }
    package var field: String? { "phone" }
    package var kind: ErrorKind { .invalid }
}
