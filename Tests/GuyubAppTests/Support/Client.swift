import Foundation
import Testing
import Vapor
import VaporTesting

/// Sends requests through the real router, keeping cookies like a browser and a bearer token like
/// an API client.
final class Client: @unchecked Sendable {
    let app: Application
    var token: String?
    var cookies: [String: String] = [:]

    init(_ app: Application) { self.app = app }

    @discardableResult
    func send(
        _ method: HTTPMethod, _ path: String, headers: HTTPHeaders = [:], body: ByteBuffer? = nil,
        contentType: HTTPMediaType? = nil
    ) async throws -> TestingHTTPResponse {
        var headers = headers
        if let token { headers.bearerAuthorization = BearerAuthorization(token: token) }
        if !cookies.isEmpty {
            headers.replaceOrAdd(name: .cookie, value: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
        }
        if let contentType { headers.contentType = contentType }
        let response = try await app.testing().performTest(
            request: TestingHTTPRequest(
                method: method, url: URI(path: path), headers: headers, body: body ?? ByteBuffer()))
        for header in response.headers[.setCookie] {
            let parts = header.split(separator: ";")
            let pair = parts[0].split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2 else { continue }
            // Only the attributes say whether the cookie is removed: a value may hold "1970" too.
            let attributes = parts.dropFirst().map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            if attributes.contains("max-age=0") || attributes.contains(where: { $0.hasPrefix("expires=") && $0.contains("1970") })
            {
                cookies[pair[0]] = nil
            } else {
                cookies[pair[0]] = pair[1]
            }
        }
        return response
    }

    @discardableResult
    func get(_ path: String, headers: HTTPHeaders = [:]) async throws -> TestingHTTPResponse {
        try await send(.GET, path, headers: headers)
    }

    @discardableResult
    func post(_ path: String, json: [String: Any], headers: HTTPHeaders = [:]) async throws -> TestingHTTPResponse {
        try await send(
            .POST, path, headers: headers, body: ByteBuffer(data: try JSONSerialization.data(withJSONObject: json)),
            contentType: .json)
    }

    @discardableResult
    func put(_ path: String, json: [String: Any], headers: HTTPHeaders = [:]) async throws -> TestingHTTPResponse {
        try await send(
            .PUT, path, headers: headers, body: ByteBuffer(data: try JSONSerialization.data(withJSONObject: json)),
            contentType: .json)
    }

    @discardableResult
    func patch(_ path: String, json: [String: Any], headers: HTTPHeaders = [:]) async throws -> TestingHTTPResponse {
        try await send(
            .PATCH, path, headers: headers, body: ByteBuffer(data: try JSONSerialization.data(withJSONObject: json)),
            contentType: .json)
    }

    @discardableResult
    func post(_ path: String, form: [String: String]) async throws -> TestingHTTPResponse {
        let safe = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
        let body = form.map { key, value in
            "\(key)=\(value.addingPercentEncoding(withAllowedCharacters: safe) ?? "")"
        }.joined(separator: "&")
        return try await send(.POST, path, body: ByteBuffer(string: body), contentType: .urlEncodedForm)
    }

    /// Posts a form with a file as a browser does (`multipart/form-data`): `fields`, then the CSV as `file`.
    @discardableResult
    func upload(_ path: String, fields: [(String, String)], csv: String, fileName: String) async throws
        -> TestingHTTPResponse
    {
        try await upload(path, fields: fields, bytes: Array(csv.utf8), fileName: fileName, type: "text/csv")
    }

    /// The same with any file's bytes and type (a photo, a PDF).
    @discardableResult
    func upload(_ path: String, fields: [(String, String)], bytes: [UInt8], fileName: String, type: String) async throws
        -> TestingHTTPResponse
    {
        let boundary = "----guyub"
        let parts = fields.map { "--\(boundary)\r\nContent-Disposition: form-data; name=\"\($0.0)\"\r\n\r\n\($0.1)\r\n" }
        var body = ByteBuffer(
            string: parts.joined()
                + "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(fileName)\"\r\n"
                + "Content-Type: \(type)\r\n\r\n")
        body.writeBytes(bytes)
        body.writeString("\r\n--\(boundary)--\r\n")
        return try await send(
            .POST, path, body: body,
            contentType: HTTPMediaType(type: "multipart", subType: "form-data", parameters: ["boundary": boundary]))
    }

    /// Posts a form as a browser does, following the redirect a refusal is answered with to the page that
    /// shows it again (a form done is answered with its own redirect, returned as it is).
    @discardableResult
    func submit(_ path: String, form: [String: String]) async throws -> TestingHTTPResponse {
        let answer = try await post(path, form: form)
        guard answer.status == .seeOther, let location = answer.headers.first(name: .location), location.contains("attempt=")
        else {
            return answer
        }
        return try await get(location)
    }
}

extension TestingHTTPResponse {
    func json() throws -> [String: Any] {
        try #require(
            try JSONSerialization.jsonObject(with: Data(buffer: body)) as? [String: Any],
            "expected a JSON object, got \(body.string)")
    }

    /// The `error.code` of an API error body.
    var errorCode: String? { ((try? json())?["error"] as? [String: Any])?["code"] as? String }
    var errorField: String? { ((try? json())?["error"] as? [String: Any])?["field"] as? String }
    var errorMessage: String? { ((try? json())?["error"] as? [String: Any])?["message"] as? String }

    /// The CSRF token a page's forms carry.
    func csrfToken() throws -> String {
        let html = body.string
        let marker = "name=\"_csrf\" value=\""
        let start = try #require(
            html.range(of: marker), "page has no CSRF field (\(status), location \(headers.first(name: .location) ?? "none"))"
        ).upperBound
        return String(html[start...].prefix { $0 != "\"" })
    }
}

extension String {
    /// How many times `needle` occurs.
    func occurrences(of needle: String) -> Int { components(separatedBy: needle).count - 1 }
}
