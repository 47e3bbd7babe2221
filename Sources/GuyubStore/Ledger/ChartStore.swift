import FluentKit
import Foundation
import GuyubCore

/// A cooperative's chart of accounts: seeded from the SAK EP skeleton, then the board's to extend.
package struct ChartStore: Sendable {
    package let tenant: Tenant

    package init(_ tenant: Tenant) { self.tenant = tenant }

    /// Gives a new cooperative the standard chart; to one that has a chart, the accounts of roles added
    /// to the standard since (where their code is still free).
    package func seed() async throws {
        let existing = try await tenant.query(AccountRecord.self).all()
        let roles = Set(existing.compactMap(\.role))
        let codes = Set(existing.map(\.code))
        let accounts = ChartOfAccounts.sakEP.filter { template in
            existing.isEmpty || (template.role.map { !roles.contains($0) } ?? false) && !codes.contains(template.code)
        }.map { template in
            let account = AccountRecord()
            account.cooperativeID = tenant.cooperativeID
            account.code = template.code
            account.nameID = template.nameID
            account.nameEN = template.nameEN
            account.type = template.type
            account.normalSide = template.normalSide
            account.role = template.role
            account.segment = template.segment
            account.active = true
            account.balance = 0
            return account
        }
        try await accounts.create(on: tenant.db)
    }

    package func all() async throws -> [AccountRecord] {
        try await tenant.query(AccountRecord.self).sort(\.$code).all()
    }

    package func find(_ id: UUID?) async throws -> AccountRecord {
        guard let account = try await tenant.find(AccountRecord.self, id) else { throw AccessError.notFound }
        return account
    }

    /// Adds an account; its code is `T-NNNN` whose first digit is its type's (1 assets … 5 expenses).
    package func add(
        code: String, nameID: String, nameEN: String, type: AccountType, segment: Segment,
        by actor: Actor
    ) async throws -> AccountRecord {
        let code = code.trimmingCharacters(in: .whitespaces)
        guard code.range(of: #"^[1-5]-[0-9]{4}$"#, options: .regularExpression) != nil,
            code.first == type.codePrefix
        else { throw LedgerError.invalidAccountCode }
        let (nameID, nameEN) = try Self.names(nameID, nameEN)
        guard try await tenant.query(AccountRecord.self).filter(\.$code == code).first() == nil else {
            throw LedgerError.accountCodeTaken
        }
        let account = AccountRecord()
        account.code = code
        account.nameID = nameID
        account.nameEN = nameEN
        account.type = type
        account.normalSide = type.normalSide
        account.segment = type == .income || type == .expense ? segment : .none
        account.active = true
        account.balance = 0
        do { try await tenant.create(account) } catch  where error.isConstraintFailure { throw LedgerError.accountCodeTaken }
        try await AuditLog.append(
            tenant, actor: actor, action: .accountCreate, entity: "account", entityID: account.id,
            after: AccountSnapshot(account))
        return account
    }

    /// Renames an account, or turns it off for new postings. The accounts the product posts to stay on.
    package func update(_ id: UUID, nameID: String?, nameEN: String?, active: Bool?, by actor: Actor) async throws
        -> AccountRecord
    {
        let account = try await find(id)
        let before = AccountSnapshot(account)
        let (newID, newEN) = try Self.names(nameID ?? account.nameID, nameEN ?? account.nameEN)
        account.nameID = newID
        account.nameEN = newEN
        if let active {
            if !active && account.role != nil { throw LedgerError.accountInUse }
            account.active = active
        }
        let after = AccountSnapshot(account)
        guard after != before else { return account }
        try await account.update(on: tenant.db)
        try await AuditLog.append(
            tenant, actor: actor, action: .accountUpdate, entity: "account", entityID: account.id,
            before: before, after: after)
        return account
    }

    /// Removes an account nothing was ever posted to; one that was used can only be deactivated.
    package func delete(_ id: UUID, by actor: Actor) async throws {
        let account = try await find(id)
        guard account.role == nil,
            try await tenant.query(JournalLineRecord.self).filter(\.$accountID == id).first() == nil
        else {
            throw LedgerError.accountInUse
        }
        try await account.delete(on: tenant.db)
        try await AuditLog.append(
            tenant, actor: actor, action: .accountDelete, entity: "account", entityID: id,
            before: AccountSnapshot(account))
    }

    private static func names(_ nameID: String, _ nameEN: String) throws(LedgerError) -> (String, String) {
        let id = nameID.trimmingCharacters(in: .whitespacesAndNewlines)
        let en = nameEN.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !id.isEmpty, id.count <= FieldLimit.name, en.count <= FieldLimit.name else { throw LedgerError.accountNameRequired }
        return (id, en.isEmpty ? id : en)
    }
}

struct AccountSnapshot: Codable, Equatable, Sendable {
    let code: String
    let nameID: String
    let nameEN: String
    let type: AccountType
    let active: Bool

    init(_ a: AccountRecord) {
        code = a.code
        nameID = a.nameID
        nameEN = a.nameEN
        type = a.type
        active = a.active
    }
}
