import Fluent
import GuyubCore
import GuyubStore
import Vapor

/// Finds who is calling: an API bearer token, or the web session cookie. Unknown or expired
/// credentials leave the request signed out (the routes decide whether that is allowed); a bearer
/// token that does not work is refused outright, so a client learns its token expired.
struct Authenticator: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        // `/metrics` takes its own token, not a user's.
        if let bearer = request.headers.bearerAuthorization?.token, request.url.path != "/metrics" {
            guard
                let found = try await SessionStore.signedIn(
                    request.db, token: bearer, kind: .api, now: request.application.clock.now())
            else {
                throw CredentialError.sessionExpired
            }
            request.principal = Principal(found, viaCookie: false)
        } else if let token = request.cookies[request.cookieName(.session)]?.string,
            let found = try await SessionStore.signedIn(
                request.db, token: token, kind: .web, now: request.application.clock.now())
        {
            request.principal = Principal(found, viaCookie: true)
        }
        return try await next.respond(to: request)
    }
}

/// Refuses a state-changing request that rides on a cookie unless it carries the matching CSRF token
/// (form field `_csrf` or header `X-CSRF-Token`). Bearer-token calls carry no ambient credential and
/// are exempt; a signed-out visitor's forms are checked against the token in their `guyub_csrf` cookie.
struct CSRFGuard: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard ![.GET, .HEAD, .OPTIONS].contains(request.method) else { return try await next.respond(to: request) }
        let expected: String?
        if let principal = request.principal {
            expected = principal.viaCookie ? principal.csrfToken : nil
        } else if request.isAPI {
            expected = nil
        } else {
            expected = request.cookies[request.cookieName(.csrf)]?.string ?? ""
        }
        if let expected {
            // A large form (a count sheet of every good) may still be arriving: read it whole first, up to the
            // largest body a route takes, so its token is found.
            if request.headers.first(name: "X-CSRF-Token") == nil, request.body.data == nil {
                _ = try await request.body.collect(max: ImportPage.maxSize.value).get()
            }
            let sent = request.headers.first(name: "X-CSRF-Token") ?? (try? request.content.get(String.self, at: "_csrf"))
            guard let sent, !expected.isEmpty, constantTimeEqual(sent, expected) else { throw CredentialError.csrfMismatch }
        }
        return try await next.respond(to: request)
    }

    private func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
