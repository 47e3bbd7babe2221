import FluentKit

/// A unit's QRIS merchant data (its name and city as the acquirer registered them, its merchant id and
/// postal code), from which the counter makes each sale's dynamic QRIS payload.
struct AddUnitMerchants: AsyncMigration {
    var name: String { "014_unit_merchants" }

    func prepare(on database: any Database) async throws {
        // One column a statement: SQLite adds no more.
        for field in ["qris_merchant_name", "qris_merchant_id", "qris_city", "qris_postal_code"] {
            try await database.schema(BusinessUnitRecord.schema).field(.string(field), .string).update()
        }
    }

    func revert(on database: any Database) async throws {
        for field in ["qris_merchant_name", "qris_merchant_id", "qris_city", "qris_postal_code"] {
            try await database.schema(BusinessUnitRecord.schema).deleteField(.string(field)).update()
        }
    }
}
