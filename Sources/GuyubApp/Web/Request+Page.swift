import GuyubStore
import GuyubViews
import Vapor

extension Request {
    /// Guyub's cookies. Behind HTTPS their names take the `__Host-` prefix, which browsers accept only
    /// from this very host, over HTTPS, for the whole site: no other site or subdomain can plant one.
    enum Cookie: String {
        case session = "guyub_session"
        case notice = "guyub_notice"
        case csrf = "guyub_csrf"
        case language = "guyub_lang"
    }

    func cookieName(_ cookie: Cookie) -> String {
        application.guyub.config.secureCookies ? "__Host-" + cookie.rawValue : cookie.rawValue
    }

    /// Clears a cookie with the same attributes it was set with (a `__Host-` cookie needs them).
    var expiredCookie: HTTPCookies.Value { cookie("", maxAge: 0) }
    private struct NewCSRFKey: StorageKey { typealias Value = String }

    /// The page frame for this request: language, user, CSRF token, and a notice from the last action.
    func pageContext(notice: Notice? = nil) -> PageContext {
        PageContext(
            language: language,
            path: url.string,
            csrfToken: csrfToken,
            user: principal.map {
                SignedInUser(
                    name: $0.name, cooperativeName: $0.cooperativeName, sections: $0.sections,
                    timeZone: $0.timeZone)
            },
            notice: notice ?? cookies[cookieName(.notice)].flatMap { catalogue.notice(code: $0.string) })
    }

    /// The token forms must send back: the session's, or for a signed-out visitor a random one kept in
    /// a cookie (double submit), so that even the sign-in form cannot be posted from another site.
    var csrfToken: String {
        if let principal { return principal.csrfToken }
        if let existing = cookies[cookieName(.csrf)]?.string, !existing.isEmpty { return existing }
        if let fresh = storage[NewCSRFKey.self] { return fresh }
        let fresh = SessionStore.randomToken()
        storage[NewCSRFKey.self] = fresh
        return fresh
    }

    /// An HTML response, carrying any cookie the page needs and clearing a notice once shown.
    func html(_ body: String, status: HTTPStatus = .ok) -> Response {
        let response = Response(status: status, body: .init(string: body))
        response.headers.contentType = .html
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        if let fresh = storage[NewCSRFKey.self] {
            response.cookies[cookieName(.csrf)] = cookie(fresh, maxAge: nil)
        }
        if cookies[cookieName(.notice)] != nil { response.cookies[cookieName(.notice)] = expiredCookie }
        return response
    }

    /// A redirect after a form, with a notice for the next page to show.
    func redirect(to path: String, notice code: String) -> Response {
        let response = redirect(to: path)
        response.cookies[cookieName(.notice)] = cookie(code, maxAge: 60)
        return response
    }

    /// A cookie that scripts cannot read, sent only to this site, and only over HTTPS when Guyub is served so.
    func cookie(_ value: String, maxAge: Int?) -> HTTPCookies.Value {
        HTTPCookies.Value(
            string: value, expires: nil, maxAge: maxAge, path: "/",
            isSecure: application.guyub.config.secureCookies, isHTTPOnly: true, sameSite: .lax)
    }
}
