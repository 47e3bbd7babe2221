import Fluent
import Foundation
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// The signed-in user as one request sees them: in which cooperative, with which roles.
struct Principal: Sendable {
    let userID: UUID
    let name: String
    let email: String
    let cooperativeID: UUID
    let cooperativeName: String
    let timeZone: TimeZone
    /// The cooperative currency's decimals (0 for rupiah).
    let decimals: Int
    let roles: Set<Role>
    /// The token the session's forms carry.
    let csrfToken: String
    /// True for a browser session (cookie), false for an API bearer token.
    let viaCookie: Bool

    init(_ s: SessionStore.SignedIn, viaCookie: Bool) {
        userID = s.userID
        name = s.name
        email = s.email
        cooperativeID = s.cooperativeID
        cooperativeName = s.cooperativeName
        timeZone = TimeZone(identifier: s.timeZone) ?? TimeZone(identifier: "Asia/Jakarta")!
        decimals = s.decimals
        roles = s.roles
        csrfToken = s.csrfToken
        self.viaCookie = viaCookie
    }

    var actor: Actor { Actor(userID: userID, name: name) }

    func allows(_ permission: Permission) -> Bool { roles.allows(permission) }

    /// The sections of the web app these roles open (importing is reached from the members' list).
    var sections: [NavSection] {
        var sections: [NavSection] = [.dashboard]
        if allows(.viewMembers) { sections.append(.members) }
        if allows(.handleCash) { sections.append(.teller) }
        if allows(.viewStore) { sections.append(.shop) }
        if allows(.viewStore) { sections.append(.supply) }
        if allows(.viewStore) { sections.append(.consumers) }
        if allows(.viewLoans) { sections.append(.loans) }
        if allows(.viewBooks) { sections.append(.books) }
        // Members reach their meetings (and the votes waiting for them) from the menu too.
        if allows(.viewMeetings) || roles.contains(.member) { sections.append(.meetings) }
        if allows(.viewAudit) { sections.append(.audit) }
        if allows(.manageUsers) { sections.append(.users) }
        if allows(.viewPartnerships) || roles.contains(.partner) { sections.append(.partnerships) }
        if roles.contains(.member) { sections.append(.referral) }
        if roles.contains(.consumer) { sections.append(.account) }
        sections.append(.ideas)
        return sections
    }
}

extension Request {
    private struct PrincipalKey: StorageKey { typealias Value = Principal }
    private struct UnitOfWorkKey: StorageKey { typealias Value = any Database }

    var principal: Principal? {
        get { storage[PrincipalKey.self] }
        set { storage[PrincipalKey.self] = newValue }
    }

    /// The signed-in user, or 401.
    func signedIn() throws -> Principal {
        guard let principal else { throw CredentialError.signInRequired }
        return principal
    }

    /// The signed-in user if their roles grant `permission`, or 403.
    func authorize(_ permission: Permission) throws -> Principal {
        let principal = try signedIn()
        guard principal.allows(permission) else { throw AccessError.forbidden }
        return principal
    }

    /// The writing transaction this request runs in, when it changes something.
    var unitOfWork: (any Database)? {
        get { storage[UnitOfWorkKey.self] }
        set { storage[UnitOfWorkKey.self] = newValue }
    }

    /// The database for this request's work: its transaction when it changes something. Handlers use
    /// this (or `tenant()`), never `db`, which on SQLite would wait for the connection the transaction holds.
    var database: any Database { unitOfWork ?? db }

    /// The signed-in user's cooperative: every tenant query goes through it.
    func tenant() throws -> Tenant {
        Tenant(cooperativeID: try signedIn().cooperativeID, db: database)
    }

    /// The words of the books: entries are described in the cooperative's language, Indonesian.
    var booksText: Catalogue { Catalogue(.id) }

    /// Today in the cooperative's time zone.
    func today() throws -> CivilDate { application.clock.today(in: try signedIn().timeZone) }
}
