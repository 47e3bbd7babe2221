import GuyubCore
import GuyubViews
import Vapor

/// The one place errors become responses: a domain error's kind picks the status, its code and field
/// go to API clients as `{"error":{"code","message","field"}}`, people get a page in their language.
/// Anything unexpected is logged and answered 500 without details.
struct ErrorMapper: AsyncMiddleware {
    struct Failure {
        var status: HTTPStatus
        var code: String
        var field: String?
        var message: String
        var retryAfter: Int?
        /// For a 405: the methods the path does serve.
        var allow: [String]?
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            return Self.response(for: error, in: request)
        }
    }

    static func response(for error: any Error, in request: Request) -> Response {
        let failure = failure(for: error, in: request)
        if !request.isAPI, failure.status == .unauthorized {
            let path = request.url.path.addingPercentEncoding(withAllowedCharacters: pathCharacters) ?? "/"
            return request.redirect(to: SiteURL.signIn.path + "?next=" + path)
        }
        let response = request.isAPI ? json(failure) : page(failure, for: request)
        if let seconds = failure.retryAfter { response.headers.replaceOrAdd(name: .retryAfter, value: String(seconds)) }
        if let allow = failure.allow { response.headers.replaceOrAdd(name: .allow, value: allow.joined(separator: ", ")) }
        return response
    }

    /// What a path may keep unescaped inside `?next=`: nothing that ends the parameter or the header.
    private static let pathCharacters = CharacterSet(
        charactersIn: "/-._~abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")

    static func failure(for error: any Error, in request: Request) -> Failure {
        let text = request.catalogue
        if request.isAPI, let allow = methodNotAllowed(request) {
            // An API path that exists, asked with a method it does not serve: 405 with the ones it does,
            // whatever went wrong on the way (a route with a parameter may have taken the path).
            return Failure(
                status: .methodNotAllowed, code: "method_not_allowed", message: text.generic("method_not_allowed"),
                allow: allow)
        }
        switch error {
        case let e as any DomainError:
            var retry: Int?
            if case CredentialError.tooManyAttempts(let seconds) = e { retry = seconds }
            return Failure(
                status: status(e.kind), code: e.code, field: e.field, message: text.message(for: e),
                retryAfter: retry)
        case let e as DecodingError:
            let field = e.path.map(\.stringValue).filter { !$0.isEmpty }.joined(separator: ".")
            return Failure(
                status: .unprocessableEntity, code: field.isEmpty ? "invalid_body" : "invalid_field",
                field: field.isEmpty ? nil : field,
                message: text.generic(field.isEmpty ? "invalid_body" : "invalid_field"))
        case let e as any AbortError where e.status.code < 500:
            let code =
                switch e.status {
                case .notFound: "not_found"
                case .methodNotAllowed: "method_not_allowed"
                case .payloadTooLarge: "payload_too_large"
                case .unsupportedMediaType: "unsupported_media_type"
                case .unauthorized: "sign_in_required"
                case .forbidden: "forbidden"
                default: "invalid_body"
                }
            let status: HTTPStatus = code == "invalid_body" ? .unprocessableEntity : e.status
            return Failure(status: status, code: code, message: text.generic(code))
        default:
            if error.isUnavailable { request.logger.warning("database unavailable: \(String(reflecting: error))") }
            if error.isConstraintFailure || error.isTransient || error.isUnavailable {
                request.logger.debug("answered busy: \(String(reflecting: error))")
                return Failure(status: .serviceUnavailable, code: "busy", message: text.generic("busy"), retryAfter: 1)
            }
            request.logger.report(error: error)
            return Failure(status: .internalServerError, code: "internal", message: text.generic("internal"))
        }
    }

    /// The methods the request's path serves when its own method is not one of them, else `nil`. The
    /// path is the most specific of the routes that match it (`/members/import` rather than
    /// `/members/:id`); HEAD goes with GET.
    static func methodNotAllowed(_ request: Request) -> [String]? {
        let path = request.url.path.split(separator: "/").map(String.init)
        var best: [Int] = []
        var methods = Set<String>()
        for route in request.application.routes.all where matches(route.path, path) {
            let rank = route.path.map { component -> Int in
                switch component {
                case .constant: 2
                case .parameter, .anything: 1
                case .catchall: 0
                }
            }
            if rank.lexicographicallyPrecedes(best) { continue }
            if rank != best {
                best = rank
                methods = []
            }
            methods.insert(route.method.rawValue)
            if route.method == .GET { methods.insert(HTTPMethod.HEAD.rawValue) }
        }
        guard !methods.isEmpty, !methods.contains(request.method.rawValue) else { return nil }
        return methods.sorted()
    }

    static func matches(_ pattern: [PathComponent], _ path: [String]) -> Bool {
        for (index, component) in pattern.enumerated() {
            switch component {
            case .catchall: return index < path.count
            case .anything, .parameter: guard index < path.count else { return false }
            case .constant(let constant): guard index < path.count, path[index] == constant else { return false }
            }
        }
        return pattern.count == path.count
    }

    static func status(_ kind: ErrorKind) -> HTTPStatus {
        switch kind {
        case .invalid: .unprocessableEntity
        case .conflict: .conflict
        case .notFound: .notFound
        case .forbidden: .forbidden
        case .unauthenticated: .unauthorized
        case .throttled: .tooManyRequests
        }
    }

    static func json(_ failure: Failure) -> Response {
        struct Body: Content {
            struct Detail: Content {
                let code: String
                let message: String
                let field: String?
            }
            let error: Detail
        }
        let response = Response(status: failure.status)
        try? response.content.encode(Body(error: .init(code: failure.code, message: failure.message, field: failure.field)))
        return response
    }

    static func page(_ failure: Failure, for request: Request) -> Response {
        let model = ErrorPage.Model(status: Int(failure.status.code), message: failure.message)
        return request.html(ErrorPage.View.render(model, in: request.pageContext()), status: failure.status)
    }
}

extension DecodingError {
    /// Where in the body the decoder gave up.
    var path: [any CodingKey] {
        switch self {
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c): c.codingPath
        case .keyNotFound(let key, let c): c.codingPath + [key]
        @unknown default: []
        }
    }
}
