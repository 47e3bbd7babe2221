import FluentKit
import Foundation
import GuyubCore
import SQLKit

/// Stock by expiry date. Read under the same lock as the levels they add up to; changed in the same
/// round trip as the levels.
extension StockStore {
    /// One batch's change: goods of `product` at `unit` expiring on the batch's day, `batch.quantity` in
    /// (or out, when negative).
    package struct BatchChange: Sendable {
        package var product: UUID
        package var unit: UUID
        package var batch: Batch

        package init(product: UUID, unit: UUID, batch: Batch) {
            self.product = product
            self.unit = unit
            self.batch = batch
        }
    }

    /// The batches of `products` at `unitID` that hold goods.
    package func batches(of products: [UUID], in unitID: UUID) async throws -> [UUID: [Batch]] {
        guard !products.isEmpty else { return [:] }
        let rows = try await tenant.query(StockBatchRecord.self).filter(\.$unitID == unitID).filter(\.$productID ~~ products)
            .filter(\.$quantity > 0).all()
        return Dictionary(grouping: rows, by: \.productID).mapValues { batches in
            batches.map { Batch(expiresOn: $0.expiresOn, quantity: $0.quantity) }
        }
    }

    /// The batches of a product in every unit that hold goods, the first to expire first.
    package func batches(of product: UUID) async throws -> [StockBatchRecord] {
        try await tenant.query(StockBatchRecord.self).filter(\.$productID == product).filter(\.$quantity > 0)
            .sort(\.$expiresOn).all()
    }

    /// Goods on hand in any unit that expire by `day` (or have already), the first to expire first.
    package func expiring(by day: CivilDate) async throws -> [StockBatchRecord] {
        try await tenant.query(StockBatchRecord.self).filter(\.$expiresOn <= day).filter(\.$quantity > 0)
            .sort(\.$expiresOn).all()
    }

    /// The one statement that applies `changes` (several to the same batch added up first): a batch not yet
    /// there is made.
    func saving(_ changes: [BatchChange]) -> [any SQLExpression] {
        var summed: [String: (BatchChange, Int64)] = [:]
        for change in changes {
            let key = "\(change.product)|\(change.unit)|\(change.batch.expiresOn)"
            summed[key, default: (change, 0)].1 += change.batch.quantity
        }
        let rows = summed.values.filter { $0.1 != 0 }.sorted { "\($0.0.batch.expiresOn)" < "\($1.0.batch.expiresOn)" }
        guard !rows.isEmpty else { return [] }
        var insert = Tenant.insert(
            into: StockBatchRecord.schema, ["cooperative_id", "id", "product_id", "unit_id", "expires_on", "quantity"],
            rows.map { change, quantity in
                [tenant.cooperativeID, UUID(), change.product, change.unit, change.batch.expiresOn, quantity]
            })
        insert.conflictStrategy = SQLConflictResolutionStrategy(
            targets: ["cooperative_id", "product_id", "unit_id", "expires_on"],
            action: .update(
                assignments: [
                    SQLColumnAssignment(
                        setting: SQLColumn("quantity"),
                        to: SQLBinaryExpression(
                            SQLColumn("quantity", table: StockBatchRecord.schema), .add, SQLExcludedColumn("quantity")))
                ], predicate: nil))
        return [insert]
    }
}
