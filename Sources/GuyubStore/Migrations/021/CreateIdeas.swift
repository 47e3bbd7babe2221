import FluentKit

/// Ideas from everyone the cooperative serves: their categories, the ideas with the board's answer, one
/// support a person, comments and photos.
struct CreateIdeas: AsyncMigration {
    var name: String { "021_ideas" }

    func prepare(on database: any Database) async throws {
        try await database.tenantTable(IdeaCategoryRecord.schema)
            .field("code", .string, .required)
            .field("name_id", .string, .required)
            .field("name_en", .string, .required)
            .unique(on: "cooperative_id", "code")
            .create()
        try await database.tenantTable(IdeaRecord.schema)
            .field("number", .int, .required)
            .field("category_id", .uuid, .required)
            .field("title", .string, .required)
            .field("body", .string, .required)
            .field("author_user_id", .uuid)
            .field("author_name", .string, .required)
            .field("status", .string, .required)
            .field("reason", .string)
            .field("answer", .string)
            .field("answered_by_name", .string)
            .field("hidden", .bool, .required)
            .field("hidden_reason", .string)
            .field("supports", .int, .required)
            .field("outcome", .string)
            .field("outcome_note", .string)
            .field("proposed_on", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "cooperative_id", "number")
            .foreignKey(
                ["cooperative_id", "category_id"], references: IdeaCategoryRecord.schema, ["cooperative_id", "id"],
                name: "ideas_category_id_fkey"
            )
            .create()
        try await database.tenantTable(IdeaSupportRecord.schema)
            .field("idea_id", .uuid, .required)
            .field("user_id", .uuid, .required)
            .unique(on: "cooperative_id", "idea_id", "user_id")
            .foreignKey(
                ["cooperative_id", "idea_id"], references: IdeaRecord.schema, ["cooperative_id", "id"],
                name: "idea_supports_idea_id_fkey"
            )
            .create()
        try await database.tenantTable(IdeaCommentRecord.schema)
            .field("idea_id", .uuid, .required)
            .field("author_user_id", .uuid)
            .field("author_name", .string, .required)
            .field("body", .string, .required)
            .field("hidden", .bool, .required)
            .field("created_at", .datetime)
            .foreignKey(
                ["cooperative_id", "idea_id"], references: IdeaRecord.schema, ["cooperative_id", "id"],
                name: "idea_comments_idea_id_fkey"
            )
            .create()
        try await database.tenantTable(IdeaPhotoRecord.schema)
            .field("idea_id", .uuid, .required)
            .field("upload_id", .uuid, .required)
            .foreignKey(
                ["cooperative_id", "idea_id"], references: IdeaRecord.schema, ["cooperative_id", "id"],
                name: "idea_photos_idea_id_fkey"
            )
            .foreignKey(
                ["cooperative_id", "upload_id"], references: UploadRecord.schema, ["cooperative_id", "id"],
                name: "idea_photos_upload_id_fkey"
            )
            .create()
    }

    func revert(on database: any Database) async throws {
        for schema in [
            IdeaPhotoRecord.schema, IdeaCommentRecord.schema, IdeaSupportRecord.schema, IdeaRecord.schema,
            IdeaCategoryRecord.schema,
        ] {
            try await database.schema(schema).delete()
        }
    }
}
