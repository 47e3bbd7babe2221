import GuyubCore
import Vapor

extension CSVText {
    /// A download named `filename`.
    func response(filename: String) -> Response {
        let response = Response(status: .ok, body: .init(string: text))
        response.headers.replaceOrAdd(name: .contentType, value: "text/csv; charset=utf-8")
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(filename)\"")
        return response
    }
}
