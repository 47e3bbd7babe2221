import Fluent
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// Signing in and out, and the language switch.
struct SessionPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(use: home)
        routes.get("sign-in", use: form)
        routes.post("sign-in", use: signIn)
        routes.post("sign-out", use: signOut)
        routes.get("language", ":code", use: switchLanguage)
    }

    func home(_ request: Request) -> Response {
        request.redirect(to: request.principal == nil ? SiteURL.signIn.path : SiteURL.dashboard.path)
    }

    func form(_ request: Request) -> Response {
        if request.principal != nil { return request.redirect(to: SiteURL.dashboard.path) }
        return request.html(SignIn.View.render(SignIn.Model(), in: request.pageContext()))
    }

    struct SignInForm: Content {
        var email: String?
        var password: String?
    }

    func signIn(_ request: Request) async throws -> Response {
        let form = try request.content.decode(SignInForm.self)
        let email = form.email ?? ""
        do {
            let (token, _) = try await SignInService.attempt(request, email: email, password: form.password ?? "", kind: .web)
            let response = request.redirect(to: Self.safeNext(try? request.query.get(String.self, at: "next")))
            response.cookies[request.cookieName(.session)] = request.cookie(token, maxAge: Int(SignInService.webLifetime))
            return response
        } catch let error as CredentialError {
            let status = ErrorMapper.status(error.kind)
            let response = request.html(
                SignIn.View.render(
                    SignIn.Model(email: email, error: request.catalogue.message(for: error)),
                    in: request.pageContext()), status: status)
            if case .tooManyAttempts(let seconds) = error {
                response.headers.replaceOrAdd(name: .retryAfter, value: String(seconds))
            }
            return response
        }
    }

    func signOut(_ request: Request) async throws -> Response {
        if let token = request.cookies[request.cookieName(.session)]?.string {
            try await SessionStore.close(request.db, token: token)
        }
        let response = request.redirect(to: SiteURL.signIn.path, notice: "signed_out")
        response.cookies[request.cookieName(.session)] = request.expiredCookie
        return response
    }

    func switchLanguage(_ request: Request) -> Response {
        let language = Language(tag: request.parameters.get("code"))
        let response = request.redirect(to: Self.safeNext(try? request.query.get(String.self, at: "next")))
        response.cookies[request.cookieName(.language)] = request.cookie(language.rawValue, maxAge: 365 * 24 * 3600)
        return response
    }

    /// Only a path on this site, or home: never `//elsewhere`, `https://…`, a backslash, a space or a control
    /// character (browsers drop tabs and line breaks, turning `/\t/evil` into `//evil`, and a line break would
    /// reach the `Location` header).
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"),
            next.unicodeScalars.allSatisfy({ (0x21...0x7E).contains($0.value) && $0 != "\\" }),
            let parsed = URLComponents(string: next), parsed.scheme == nil, parsed.host == nil,
            parsed.path.hasPrefix("/"), !parsed.path.hasPrefix("//")
        else {
            return SiteURL.dashboard.path
        }
        return next
    }
}
