import FluentKit

extension Database {
    /// A new tenant table keyed `(cooperative_id, id)`, its cooperative a reference to `cooperatives`.
    func tenantTable(_ schema: String) -> SchemaBuilder {
        self.schema(schema)
            .field("cooperative_id", .uuid, .required, .references(CooperativeRecord.schema, "id"))
            .field("id", .uuid, .required)
            .compositeIdentifier(over: "cooperative_id", "id")
    }
}
