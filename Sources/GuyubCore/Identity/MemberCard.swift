/// What the QR code on a member's card says: `ANGGOTA-123`, read back at the counter as member 123. A number
/// typed by hand reads the same way.
package enum MemberCard {
    package static let prefix = "ANGGOTA-"

    package static func code(for number: Int) -> String { prefix + String(number) }

    /// The member number a scanned card or a typed number gives; nil for anything else (a phone, a name).
    package static func number(in text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let digits = trimmed.uppercased().hasPrefix(prefix) ? String(trimmed.dropFirst(prefix.count)) : trimmed
        guard (1...6).contains(digits.count), digits.allSatisfy(\.isASCII), let number = Int(digits), number > 0 else {
            return nil
        }
        return number
    }
}
