import Vapor

/// Headers that keep a page from being framed by another site (clickjacking), from loading anything
/// but its own files, from leaking its address to other sites, and from being cached.
struct SecurityHeaders: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        let headers = [
            ("X-Content-Type-Options", "nosniff"),
            ("X-Frame-Options", "DENY"),
            ("Referrer-Policy", "same-origin"),
            (
                "Content-Security-Policy",
                "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
            ),
        ]
        for (name, value) in headers { response.headers.replaceOrAdd(name: name, value: value) }
        // Behind HTTPS, the browser keeps to it for a year.
        if request.application.guyub.config.secureCookies {
            response.headers.replaceOrAdd(name: .strictTransportSecurity, value: "max-age=31536000; includeSubDomains")
        }
        // Members' data, reports and exports stay out of shared and browser caches; only the site's own
        // files (answered with an ETag) may be kept.
        if response.headers[.cacheControl].isEmpty && response.headers[.eTag].isEmpty {
            response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        }
        return response
    }
}
