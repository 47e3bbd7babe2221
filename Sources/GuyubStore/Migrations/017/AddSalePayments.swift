import FluentKit
import SQLKit

/// What each way paid on a sale (`SalePayment`): cash, savings, QRIS and credit, so one sale may be paid
/// several ways. A sale made before was paid one way, in full.
struct AddSalePayments: AsyncMigration {
    var name: String { "017_sale_payments" }
    static let columns: [(column: String, method: String)] = [
        ("paid_cash", "cash"), ("paid_savings", "savings"), ("paid_qris", "qris"), ("paid_credit", "credit"),
    ]

    func prepare(on database: any Database) async throws {
        // One column a statement: SQLite adds no more.
        for (column, _) in Self.columns {
            try await database.schema(SaleRecord.schema).field(.string(column), .int64, .required, .sql(.default(0))).update()
        }
        // Cooperative by cooperative, as every statement names its cooperative.
        for cooperative in try await CooperativeRecord.query(on: database).all() {
            let id = try cooperative.requireID()
            for (column, method) in Self.columns {
                try await database.sql.raw(
                    """
                    UPDATE sales SET \(unsafeRaw: column) = total
                    WHERE cooperative_id = \(bind: id) AND payment = \(bind: method)
                    """
                ).run()
            }
        }
    }

    func revert(on database: any Database) async throws {
        for (column, _) in Self.columns {
            try await database.schema(SaleRecord.schema).deleteField(.string(column)).update()
        }
    }
}
