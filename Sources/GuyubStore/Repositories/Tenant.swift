import FluentKit
import Foundation

/// One cooperative's view of the database. Every tenant query starts here, already filtered by the
/// cooperative, so a handler cannot forget the filter: another cooperative's row is simply not found.
package struct Tenant: Sendable {
    package let cooperativeID: UUID
    /// For writes this is a transaction (see `Database.write`), so audit records land with their change.
    /// Fluent queries through it name the cooperative even when saving or deleting a model by id.
    package let db: any Database

    package init(cooperativeID: UUID, db: any Database) {
        self.cooperativeID = cooperativeID
        self.db = TenantScopedDatabase(db, cooperativeID: cooperativeID)
    }

    package func query<M: TenantModel>(_: M.Type) -> QueryBuilder<M> {
        M.query(on: db).filter(M.cooperativeKey == cooperativeID)
    }

    package func find<M: TenantModel>(_: M.Type, _ id: UUID?) async throws -> M? {
        guard let id else { return nil }
        return try await query(M.self).filter(\._$id == id).first()
    }

    package func create<M: TenantModel>(_ model: M) async throws {
        model.cooperativeID = cooperativeID
        try await model.create(on: db)
    }

    package func withDatabase(_ db: any Database) -> Tenant { Tenant(cooperativeID: cooperativeID, db: db) }
}

/// Who made a change: a signed-in user, or the command line.
package struct Actor: Sendable, Equatable {
    package let userID: UUID?
    package let name: String

    package init(userID: UUID?, name: String) {
        self.userID = userID
        self.name = name
    }

    package static func commandLine(_ command: String) -> Actor { Actor(userID: nil, name: "guyub \(command)") }
}

/// One page of a longer list.
package struct Page<Item: Sendable>: Sendable {
    package let items: [Item]
    package let page: Int
    package let perPage: Int
    package let total: Int

    package var pageCount: Int { max(1, (total + perPage - 1) / perPage) }
}
