/// A CSV document for spreadsheets: comma-separated, quoted where needed, amounts as plain numbers,
/// with a UTF-8 byte-order mark so that Excel reads Indonesian text right.
package struct CSVText: Sendable {
    package private(set) var text = "\u{FEFF}"

    package init() {}

    package mutating func row(_ cells: [String]) {
        text += Self.line(cells)
    }

    package static func line(_ cells: [String]) -> String {
        cells.map(quote).joined(separator: ",") + "\r\n"
    }

    package static func quote(_ cell: String) -> String {
        // A cell starting with =, +, @ or a non-numeric - would run as a formula in a spreadsheet.
        let formula = cell.first.map { "=+@".contains($0) || ($0 == "-" && Int64(cell) == nil && !cell.contains(".")) } == true
        let safe = formula ? "'" + cell : cell
        guard safe.contains(where: { ",\"\r\n".contains($0) }) else { return safe }
        return "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
