import Vapor

/// A CSV document for spreadsheets: comma-separated, quoted where needed, amounts as plain numbers,
/// with a UTF-8 byte-order mark so that Excel reads Indonesian text right.
struct CSVText {
    private(set) var text = "\u{FEFF}"

    mutating func row(_ cells: [String]) {
        text += cells.map(Self.quote).joined(separator: ",") + "\r\n"
    }

    static func quote(_ cell: String) -> String {
        // A leading =, +, - or @ would make a spreadsheet run the cell as a formula.
        let safe = cell.first.map { "=+@".contains($0) || ($0 == "-" && Double(cell) == nil) } == true ? "'" + cell : cell
        guard safe.contains(where: { ",\"\r\n".contains($0) }) else { return safe }
        return "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A download named `filename`.
    func response(filename: String) -> Response {
        let response = Response(status: .ok, body: .init(string: text))
        response.headers.replaceOrAdd(name: .contentType, value: "text/csv; charset=utf-8")
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(filename)\"")
        return response
    }
}
