import FluentKit

/// Who a kept answer belongs to: a form's refusal is shown again (on the page the form came from) only
/// to the user who sent it.
struct AddAnswerOwner: AsyncMigration {
    var name: String { "008_answer_owner" }

    func prepare(on database: any Database) async throws {
        try await database.schema(IdempotencyRecord.schema).field("user_id", .uuid).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(IdempotencyRecord.schema).deleteField("user_id").update()
    }
}
