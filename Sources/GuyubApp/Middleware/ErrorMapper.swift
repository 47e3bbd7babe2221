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
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            let failure = Self.failure(for: error, in: request)
            if !request.isAPI, failure.status == .unauthorized {
                return request.redirect(to: SiteURL.signIn.path + "?next=" + (request.url.path.addingPercentEncoding(
                    withAllowedCharacters: .urlQueryAllowed) ?? "/"))
            }
            let response = request.isAPI ? Self.json(failure) : Self.page(failure, for: request)
            if let seconds = failure.retryAfter { response.headers.replaceOrAdd(name: .retryAfter, value: String(seconds)) }
            return response
        }
    }

    static func failure(for error: any Error, in request: Request) -> Failure {
        let text = request.catalogue
        switch error {
        case let e as any DomainError:
            var retry: Int?
            if case CredentialError.tooManyAttempts(let seconds) = e { retry = seconds }
            return Failure(status: status(e.kind), code: e.code, field: e.field, message: text.message(for: e),
                           retryAfter: retry)
        case let e as DecodingError:
            let field = e.path.map(\.stringValue).filter { !$0.isEmpty }.joined(separator: ".")
            return Failure(status: .unprocessableEntity, code: field.isEmpty ? "invalid_body" : "invalid_field",
                           field: field.isEmpty ? nil : field,
                           message: text.generic(field.isEmpty ? "invalid_body" : "invalid_field"))
        case let e as any AbortError where e.status.code < 500:
            let code = switch e.status {
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
            if error.isConstraintFailure || error.isTransient {
                return Failure(status: .serviceUnavailable, code: "busy", message: text.generic("busy"), retryAfter: 1)
            }
            request.logger.report(error: error)
            return Failure(status: .internalServerError, code: "internal", message: text.generic("internal"))
        }
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
