import FluentKit

/// Consultation sessions: their guests by group, who came, and the ideas that keep what they said; and the
/// product an idea became.
struct CreateConsultations: AsyncMigration {
    var name: String { "022_consultations" }

    func prepare(on database: any Database) async throws {
        try await database.tenantTable(ConsultationRecord.schema)
            .field("topic", .string, .required)
            .field("kind", .string, .required)
            .field("held_on", .string, .required)
            .field("starts_at", .string, .required)
            .field("place", .string, .required)
            .field("status", .string, .required)
            .field("created_by_name", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await database.tenantTable(ConsultationGuestRecord.schema)
            .field("consultation_id", .uuid, .required)
            .field("group_name", .string, .required)
            .field("name", .string, .required)
            .field("phone", .string)
            .field("member_id", .uuid)
            .field("consumer_id", .uuid)
            .field("supplier_id", .uuid)
            .field("attended", .bool, .required)
            .foreignKey(
                ["cooperative_id", "consultation_id"], references: ConsultationRecord.schema, ["cooperative_id", "id"],
                name: "consultation_guests_consultation_id_fkey"
            )
            .foreignKey(
                ["cooperative_id", "member_id"], references: MemberRecord.schema, ["cooperative_id", "id"],
                name: "consultation_guests_member_id_fkey"
            )
            .foreignKey(
                ["cooperative_id", "consumer_id"], references: ConsumerRecord.schema, ["cooperative_id", "id"],
                name: "consultation_guests_consumer_id_fkey"
            )
            .foreignKey(
                ["cooperative_id", "supplier_id"], references: SupplierRecord.schema, ["cooperative_id", "id"],
                name: "consultation_guests_supplier_id_fkey"
            )
            .create()
        try await database.tenantTable(ConsultationInputRecord.schema)
            .field("consultation_id", .uuid, .required)
            .field("guest_id", .uuid, .required)
            .field("idea_id", .uuid, .required)
            .unique(on: "cooperative_id", "idea_id")
            .foreignKey(
                ["cooperative_id", "consultation_id"], references: ConsultationRecord.schema, ["cooperative_id", "id"],
                name: "consultation_inputs_consultation_id_fkey"
            )
            .foreignKey(
                ["cooperative_id", "guest_id"], references: ConsultationGuestRecord.schema, ["cooperative_id", "id"],
                name: "consultation_inputs_guest_id_fkey"
            )
            .foreignKey(
                ["cooperative_id", "idea_id"], references: IdeaRecord.schema, ["cooperative_id", "id"],
                name: "consultation_inputs_idea_id_fkey"
            )
            .create()
        try await database.schema(IdeaRecord.schema).field("outcome_product_id", .uuid).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(IdeaRecord.schema).deleteField("outcome_product_id").update()
        for schema in [ConsultationInputRecord.schema, ConsultationGuestRecord.schema, ConsultationRecord.schema] {
            try await database.schema(schema).delete()
        }
    }
}
