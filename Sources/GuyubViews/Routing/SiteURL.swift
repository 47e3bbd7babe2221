import Foundation

/// The web app's addresses, typed, for links and form actions. The app registers its routes on the
/// same paths; a test follows every link a page renders to make sure it resolves.
package enum SiteURL: Sendable, Equatable {
    case home
    case signIn
    case signOut
    case language(Language, next: String)
    case dashboard
    case members(query: String = "", page: Int = 1)
    case memberNew
    case member(UUID)
    case memberEdit(UUID)
    case memberStatus(UUID)
    case memberImport
    case audit(page: Int = 1)
    case users
    case teller
    case receipt(UUID)
    case books
    case stylesheet

    package var path: String {
        switch self {
        case .home: "/"
        case .signIn: "/sign-in"
        case .signOut: "/sign-out"
        case .language(let language, let next): "/language/\(language.rawValue)" + query(["next": next])
        case .dashboard: "/dashboard"
        case .members(let text, let page):
            "/members" + query(["q": text, "page": page > 1 ? String(page) : ""])
        case .memberNew: "/members/new"
        case .member(let id): "/members/\(id.uuidString.lowercased())"
        case .memberEdit(let id): "/members/\(id.uuidString.lowercased())/edit"
        case .memberStatus(let id): "/members/\(id.uuidString.lowercased())/status"
        case .memberImport: "/members/import"
        case .audit(let page): "/audit" + query(["page": page > 1 ? String(page) : ""])
        case .users: "/users"
        case .teller: "/teller"
        case .receipt(let id): "/receipts/\(id.uuidString.lowercased())"
        case .books: "/books"
        case .stylesheet: "/css/app.css"
        }
    }

    private func query(_ items: KeyValuePairs<String, String>) -> String {
        var parts = URLComponents()
        parts.queryItems = items.filter { !$0.value.isEmpty }.map { URLQueryItem(name: $0.key, value: $0.value) }
        // URLComponents leaves "+" as is, but forms read it as a space: "+62812…" must survive.
        return parts.queryItems!.isEmpty ? "" : "?" + parts.percentEncodedQuery!.replacingOccurrences(of: "+", with: "%2B")
    }
}
