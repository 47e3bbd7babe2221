import GuyubViews
import Vapor

extension Request {
    /// The web app speaks the language the user chose with the switch (Indonesian until they do);
    /// the API follows `Accept-Language`.
    var language: Language {
        if isAPI { return Language(tag: headers.first(name: .acceptLanguage)) }
        return Language(tag: cookies[cookieName(.language)]?.string)
    }

    var catalogue: Catalogue { Catalogue(language) }

    var isAPI: Bool { url.path.hasPrefix("/api/") }

    /// The client's address, from `X-Forwarded-For` when Guyub sits behind a trusted proxy.
    func clientAddress(trustProxy: Bool) -> String? {
        // The proxy appends the address it saw: everything to its left is the client's to write.
        if trustProxy, let forwarded = headers[.xForwardedFor].last?.split(separator: ",").last {
            return forwarded.trimmingCharacters(in: .whitespaces)
        }
        return remoteAddress?.ipAddress
    }
}
