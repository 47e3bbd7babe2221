/// Text laid out for a 58 mm thermal printer (and WhatsApp): lines of at most 32 characters.
enum Slip {
    /// Characters a line on a 58 mm thermal printer.
    static let width = 32

    static var rule: String { String(repeating: "-", count: width) }

    /// `left` and `right` on one line, `left` cut short if both do not fit.
    static func row(_ left: String, _ right: String) -> String {
        let room = width - right.count - 1
        let cut = left.count > room ? String(left.prefix(max(0, room))) : left
        return cut + String(repeating: " ", count: max(1, width - cut.count - right.count)) + right
    }

    static func centred(_ text: String) -> [String] {
        wrapped(text).map { String(repeating: " ", count: (width - $0.count) / 2) + $0 }
    }

    /// Words laid into lines of at most `width` characters (a word longer than a line is cut).
    static func wrapped(_ text: String) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ").map({ String($0.prefix(width)) }) {
            if current.isEmpty {
                current = word
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = word
            }
        }
        return lines + (current.isEmpty ? [] : [current])
    }
}
