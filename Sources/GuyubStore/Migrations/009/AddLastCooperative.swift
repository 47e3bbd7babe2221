import FluentKit

/// The cooperative a person last worked in: where sign-in opens, so that a cooperative that adds
/// their e-mail later does not become where they land.
struct AddLastCooperative: AsyncMigration {
    var name: String { "009_last_cooperative" }

    func prepare(on database: any Database) async throws {
        try await database.schema(UserRecord.schema).field("last_cooperative_id", .uuid).update()
        // Accounts made before: where sign-in used to open, the first of their cooperatives by name.
        for user in try await UserRecord.query(on: database).all() {
            user.lastCooperativeID = try await AccountStore.cooperatives(of: user.requireID(), on: database).first?.id
            try await user.update(on: database)
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema(UserRecord.schema).deleteField("last_cooperative_id").update()
    }
}
