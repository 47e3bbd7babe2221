import Foundation

/// What every page needs besides its own model: the language, who is signed in, the CSRF token for
/// its forms, and a notice carried over from the last action.
package struct PageContext: Sendable {
    package var language: Language
    /// The current path and query, so the language switch can return here.
    package var path: String
    package var csrfToken: String?
    package var user: SignedInUser?
    package var notice: Notice?

    package init(
        language: Language = .id, path: String = "/", csrfToken: String? = nil,
        user: SignedInUser? = nil, notice: Notice? = nil
    ) {
        self.language = language
        self.path = path
        self.csrfToken = csrfToken
        self.user = user
        self.notice = notice
    }

    package var text: Catalogue { Catalogue(language) }
}

package struct SignedInUser: Sendable {
    package var name: String
    package var cooperativeName: String
    /// The sections of the app this user's roles open, in menu order.
    package var sections: [NavSection]
    /// Names the cooperative's time zone, for showing times of day.
    package var timeZone: TimeZone

    package init(
        name: String, cooperativeName: String, sections: [NavSection],
        timeZone: TimeZone = TimeZone(identifier: "Asia/Jakarta")!
    ) {
        self.name = name
        self.cooperativeName = cooperativeName
        self.sections = sections
        self.timeZone = timeZone
    }
}

package enum NavSection: Sendable, CaseIterable {
    case dashboard, members, memberImport, teller, shop, supply, consumers, loans, books, meetings, audit, users
    /// A member's own referral card; a consumer's own shopping.
    case referral, account
    /// Ideas from everyone.
    case ideas
    /// Partners and agreements; a partner's own people see theirs.
    case partnerships

    package var url: SiteURL {
        switch self {
        case .dashboard: .dashboard
        case .members: .members()
        case .memberImport: .memberImport
        case .teller: .teller()
        case .shop: .shop()
        case .supply: .supply
        case .loans: .loans()
        case .books: .books
        case .meetings: .meetings
        case .audit: .audit()
        case .users: .users
        case .consumers: .consumers()
        case .referral: .referral
        case .account: .consumerAccount
        case .ideas: .ideas
        case .partnerships: .partnerships
        }
    }
}

package struct Notice: Sendable, Equatable {
    package enum Kind: String, Sendable { case success, error }
    package var kind: Kind
    package var text: String

    package init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }
}
