import FluentKit
import Foundation
import GuyubCore

/// Cooperatives, the users who sign in to them, and their roles.
package enum AccountStore {
    /// Creates a cooperative with its first board member. `db` must be a writing transaction.
    package static func createCooperative(
        _ db: any Database, name: String, admin email: Email, adminName: String,
        passwordHash: String, by actor: Actor
    ) async throws -> (CooperativeRecord, UserRecord) {
        let cooperative = CooperativeRecord(name: name)
        try await cooperative.create(on: db)
        let tenant = Tenant(cooperativeID: try cooperative.requireID(), db: db)
        try await ChartStore(tenant).seed()
        try await AuditLog.append(
            tenant, actor: actor, action: .cooperativeCreate, entity: "cooperative",
            entityID: cooperative.id, after: ["name": name])
        let user = try await createUser(
            tenant, email: email, name: adminName, passwordHash: passwordHash,
            roles: [.board], by: actor)
        return (cooperative, user)
    }

    /// Adds a user with roles in the tenant's cooperative. A person who already signs in to another
    /// cooperative keeps their one account (and their own password) and is given roles here too: the
    /// answer is the same as for a new account, so that no cooperative learns who uses another.
    package static func createUser(
        _ tenant: Tenant, email: Email, name: String, passwordHash: String,
        roles: Set<Role>, member: MemberRecord? = nil, by actor: Actor
    ) async throws -> UserRecord {
        let roles = try roles.validated()
        if roles.contains(.member) && member == nil { throw RoleError.memberRecordRequired }
        if member?.userID != nil { throw RoleError.memberAlreadyHasSignIn }
        let user: UserRecord
        if let existing = try await self.user(email: email, on: tenant.db) {
            // Taken here is for this cooperative to know; elsewhere it is not.
            guard try await Self.roles(of: existing.requireID(), in: tenant).isEmpty else { throw CredentialError.emailTaken }
            user = existing
        } else {
            user = UserRecord(email: email.value, name: name, passwordHash: passwordHash)
            user.lastCooperativeID = tenant.cooperativeID
            do { try await user.create(on: tenant.db) } catch  where error.isConstraintFailure {
                throw CredentialError.emailTaken
            }
        }
        if let member {
            member.userID = user.id
            try await member.update(on: tenant.db)
        }
        try await setRoles(tenant, user: user, roles: roles, by: actor, audit: false)
        try await AuditLog.append(
            tenant, actor: actor, action: .userCreate, entity: "user", entityID: user.id,
            after: UserSnapshot(
                email: user.email, name: user.name, roles: roles.sorted(),
                memberNumber: member?.memberNumber))
        return user
    }

    package static func setRoles(
        _ tenant: Tenant, user: UserRecord, roles: Set<Role>, by actor: Actor,
        audit: Bool = true
    ) async throws {
        let roles = try roles.validated()
        let userID = try user.requireID()
        // The member role shows a member their own record: a user without one cannot hold it.
        if roles.contains(.member), try await tenant.query(MemberRecord.self).filter(\.$userID == userID).first() == nil {
            throw RoleError.memberRecordRequired
        }
        let before = try await Self.roles(of: userID, in: tenant)
        guard before != roles else { return }
        try await tenant.query(RoleRecord.self).filter(\.$userID == userID).delete()
        for role in roles.sorted() {
            try await tenant.create(RoleRecord(cooperativeID: tenant.cooperativeID, userID: userID, role: role))
        }
        if audit {
            try await AuditLog.append(
                tenant, actor: actor, action: .userRoles, entity: "user", entityID: userID,
                before: before.sorted(), after: roles.sorted())
        }
    }

    package static func user(email: Email, on db: any Database) async throws -> UserRecord? {
        try await UserRecord.query(on: db).filter(\.$email == email.value).first()
    }

    package static func roles(of userID: UUID, in tenant: Tenant) async throws -> Set<Role> {
        Set(
            try await tenant.query(RoleRecord.self).filter(\.$userID == userID).all()
                .map(\.role))
    }

    /// Where sign-in opens: the cooperative asked for (nil when it is not theirs), else the one the user
    /// last worked in, else the first of theirs by name. Each is asked within its own cooperative; only a
    /// person whose last cooperative let them go is looked up across all of theirs.
    package static func landing(for user: UserRecord, chosen: UUID?, on db: any Database) async throws -> CooperativeRecord? {
        let userID = try user.requireID()
        func theirs(_ id: UUID?) async throws -> CooperativeRecord? {
            guard let id,
                try await Tenant(cooperativeID: id, db: db).query(RoleRecord.self).filter(\.$userID == userID).first() != nil
            else { return nil }
            return try await CooperativeRecord.find(id, on: db)
        }
        if let chosen { return try await theirs(chosen) }
        if let last = try await theirs(user.lastCooperativeID) { return last }
        return try await cooperatives(of: userID, on: db).first
    }

    /// Remembers where the user now works, for the next sign-in.
    package static func remember(_ cooperativeID: UUID, for userID: UUID, on db: any Database) async throws {
        try await UserRecord.query(on: db).filter(\.$id == userID).set(\.$lastCooperativeID, to: cooperativeID).update()
    }

    /// The cooperatives where the user holds a role, by name.
    package static func cooperatives(of userID: UUID, on db: any Database) async throws -> [CooperativeRecord] {
        let ids = Set(try await RoleRecord.query(on: db).filter(\.$userID == userID).all().map(\.cooperativeID))
        guard !ids.isEmpty else { return [] }
        return try await CooperativeRecord.query(on: db).filter(\.$id ~~ Array(ids)).sort(\.$name).all()
    }

    /// The users who hold a role in the tenant's cooperative, with those roles.
    package static func users(in tenant: Tenant) async throws -> [(UserRecord, Set<Role>)] {
        let grants = try await tenant.query(RoleRecord.self).all()
        let byUser = Dictionary(grouping: grants, by: \.userID)
        guard !byUser.isEmpty else { return [] }
        let users = try await UserRecord.query(on: tenant.db).filter(\.$id ~~ Array(byUser.keys)).sort(\.$name).all()
        return users.map { user in (user, Set(byUser[user.id!, default: []].map(\.role))) }
    }

    package static func user(_ id: UUID?, in tenant: Tenant) async throws -> UserRecord? {
        guard let id, try await tenant.query(RoleRecord.self).filter(\.$userID == id).first() != nil else { return nil }
        return try await UserRecord.find(id, on: tenant.db)
    }
}

struct UserSnapshot: Codable, Sendable {
    let email: String
    let name: String
    let roles: [Role]
    let memberNumber: Int?
}
