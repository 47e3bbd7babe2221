/// A CSV document for spreadsheets: quoted where needed, amounts as plain numbers, with a UTF-8
/// byte-order mark so that Excel reads Indonesian text right. Spreadsheets set to a language whose
/// decimal mark is the comma (Indonesian among them) split cells at `;`, so such a document uses `;`
/// between cells and the comma in its decimal numbers.
package struct CSVText: Sendable {
    package private(set) var text = "\u{FEFF}"
    package let separator: Character

    /// `decimalComma`: cells for a spreadsheet that writes 2,5 — `;` between them.
    package init(decimalComma: Bool = false) {
        separator = decimalComma ? ";" : ","
    }

    package mutating func row(_ cells: [String]) {
        text += Self.line(cells, separator: separator)
    }

    package static func line(_ cells: [String], separator: Character = ",") -> String {
        cells.map { quote(separator == ";" ? decimalComma($0) : $0, separator: separator) }.joined(separator: String(separator))
            + "\r\n"
    }

    /// `1250.50` as `1250,50`: a plain decimal number in the comma's spreadsheets.
    static func decimalComma(_ cell: String) -> String {
        isNumber(cell) ? cell.replacingOccurrences(of: ".", with: ",") : cell
    }

    /// `-1250`, `1250.50`, `1250,50`: digits, an optional sign and at most one decimal mark.
    static func isNumber(_ cell: String) -> Bool {
        let digits = cell.hasPrefix("-") ? cell.dropFirst() : Substring(cell)
        let parts = digits.split(omittingEmptySubsequences: false) { $0 == "." || $0 == "," }
        return parts.count <= 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { ("0"..."9").contains($0) } }
    }

    package static func quote(_ cell: String, separator: Character = ",") -> String {
        // A cell starting with =, +, @, a tab, a carriage return or a non-numeric - would run as a formula
        // in a spreadsheet (OWASP's list).
        let formula = cell.first.map { "=+@\t\r".contains($0) || ($0 == "-" && !isNumber(cell)) } == true
        let safe = formula ? "'" + cell : cell
        guard safe.contains(where: { $0 == separator || "\"\r\n".contains($0) }) else { return safe }
        return "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
