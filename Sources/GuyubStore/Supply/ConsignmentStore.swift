import FluentKit
import Foundation
import GuyubCore
import SQLKit

/// Goods on consignment (titip jual): taken in and given back at no value, sold at the counter like any
/// product, and settled with their consignor at the agreed price for what sold.
package struct ConsignmentStore: Sendable {
    package let tenant: Tenant

    package init(_ tenant: Tenant) { self.tenant = tenant }

    /// Puts a product on consignment from `supplierID` at `price` a base unit; refused when the cooperative
    /// holds stock of it of its own, or it is another consignor's.
    package func consign(_ productID: UUID, from supplierID: UUID, at price: Int64, by actor: Actor) async throws
        -> ProductRecord
    {
        guard price > 0, price <= Amount.ceiling else { throw SupplyError.amountInvalid("price") }
        let supplier = try await SupplierStore(tenant).find(supplierID)
        guard supplier.unitID == nil else { throw SupplyError.notConsignable }
        let product = try await ProductStore(tenant).find(productID)
        if let consignor = product.consignorID, consignor != supplierID { throw SupplyError.notConsignable }
        let owned = try await tenant.query(StockLevelRecord.self).filter(\.$productID == productID).all()
        guard product.consignorID != nil || owned.allSatisfy({ $0.quantity == 0 && $0.value == 0 }) else {
            throw SupplyError.notConsignable
        }
        product.consignorID = supplierID
        product.consignmentPrice = price
        try await product.update(on: tenant.db)
        try await AuditLog.append(
            tenant, actor: actor, action: .productUpdate, entity: "product", entityID: productID,
            after: ["consignor": supplier.name, "consignmentPrice": String(price)])
        return product
    }

    /// The consignor's products.
    package func products(of supplierID: UUID) async throws -> [ProductRecord] {
        try await tenant.query(ProductRecord.self).filter(\.$consignorID == supplierID).sort(\.$name).all()
    }

    /// A consignor's goods taken in (`quantity` > 0) or given back unsold (< 0) at a unit: stock moves, the
    /// books do not.
    package func move(
        _ lines: [(productID: UUID, quantity: Int64)], of supplierID: UUID, unitID: UUID?, on date: CivilDate,
        by actor: Actor
    ) async throws {
        guard !lines.isEmpty else { throw StoreError.noLines }
        guard Set(lines.map(\.productID)).count == lines.count else { throw StoreError.duplicateLine }
        guard lines.allSatisfy({ $0.quantity != 0 && abs($0.quantity) <= Quantity.ceiling }) else {
            throw SupplyError.quantityInvalid
        }
        let supplier = try await SupplierStore(tenant).find(supplierID)
        let products = try await tenant.query(ProductRecord.self).filter(\.$id ~~ lines.map(\.productID)).all()
        guard products.count == lines.count else { throw AccessError.notFound }
        guard products.allSatisfy({ $0.consignorID == supplier.id }) else { throw SupplyError.notConsignable }
        let stock = StockStore(tenant)
        let unit = try await BusinessUnitStore(tenant).shop(unitID, by: actor)
        try await stock.lockCooperative()
        let levels = try await stock.levels(of: lines.map(\.productID), in: unit.id!)
        let held = try await stock.batches(of: lines.map(\.productID), in: unit.id!)
        let source = UUID()
        var movements: [StockMovementRecord] = []
        var changes: [StockStore.BatchChange] = []
        for line in lines {
            let level = levels[line.productID]!
            var position = level.position
            if line.quantity > 0 {
                try position.receive(line.quantity, costing: 0)
                changes.append(
                    .init(product: line.productID, unit: unit.id!, batch: Batch(expiresOn: nil, quantity: line.quantity)))
            } else {
                _ = try position.issue(-line.quantity)
                for batch in try Batch.draw(-line.quantity, from: held[line.productID] ?? []) {
                    changes.append(
                        .init(
                            product: line.productID, unit: unit.id!,
                            batch: Batch(expiresOn: batch.expiresOn, quantity: -batch.quantity)))
                }
            }
            (level.quantity, level.value) = (position.quantity, position.value)
            movements.append(
                stock.movement(
                    line.quantity > 0 ? .consignmentIn : .consignmentOut, of: level, quantity: line.quantity, value: 0,
                    on: date, source: source, entry: nil))
        }
        try await tenant.runTogether(stock.saving(Array(levels.values), movements: movements) + stock.saving(changes))
        try await AuditLog.append(
            tenant, actor: actor, action: .consignmentMove, entity: "supplier", entityID: supplier.id,
            after: [
                "unitId": unit.id!.uuidString.lowercased(),
                "in": Quantity.string(lines.filter { $0.quantity > 0 }.reduce(0) { $0 + $1.quantity }),
                "back": Quantity.string(-lines.filter { $0.quantity < 0 }.reduce(0) { $0 + $1.quantity }),
            ])
    }

    /// A consignor's position: for each product, what is held at each unit, what sold and is not yet settled,
    /// and what that is worth at the agreed price.
    package struct Position: Sendable {
        package let product: ProductRecord
        package let held: Int64
        package let unsettled: [(unitID: UUID, quantity: Int64)]
        package var unsettledQuantity: Int64 { unsettled.reduce(0) { $0 + $1.quantity } }
    }

    package func position(of supplierID: UUID) async throws -> [Position] {
        try await position(try await products(of: supplierID))
    }

    /// Every consignor's position, by product.
    package func positions() async throws -> [Position] {
        try await position(try await tenant.query(ProductRecord.self).filter(\.$consignorID != nil).sort(\.$name).all())
    }

    private func position(_ products: [ProductRecord]) async throws -> [Position] {
        guard !products.isEmpty else { return [] }
        let ids = products.map { $0.id! }
        let held = Dictionary(
            grouping: try await tenant.query(StockLevelRecord.self).filter(\.$productID ~~ ids).all(), by: \.productID)
        let sold = try await unsettled(ids)
        return products.map { product in
            Position(
                product: product, held: (held[product.id!] ?? []).reduce(0) { $0 + $1.quantity },
                unsettled: (sold[product.id!] ?? [:]).filter { $0.value > 0 }.map { ($0.key, $0.value) }
                    .sorted { $0.0.uuidString < $1.0.uuidString })
        }
    }

    /// What sold of each product at each unit (less what came back), less what was settled already.
    private func unsettled(_ products: [UUID]) async throws -> [UUID: [UUID: Int64]] {
        var sold: [UUID: [UUID: Int64]] = [:]
        for row in try await tenant.db.sql.raw(
            """
            SELECT l.product_id, s.unit_id, CAST(SUM(l.quantity - l.returned_quantity) AS BIGINT) AS sold
            FROM sale_lines l JOIN sales s ON s.cooperative_id = l.cooperative_id AND s.id = l.sale_id
            WHERE l.cooperative_id = \(bind: tenant.cooperativeID) AND l.product_id IN (\(binds: products))
            GROUP BY l.product_id, s.unit_id
            """
        ).all() {
            sold[try row.decode(column: "product_id", as: UUID.self), default: [:]][
                try row.decode(column: "unit_id", as: UUID.self)] = try row.decode(column: "sold", as: Int64.self)
        }
        for line in try await tenant.query(ConsignmentSettlementLineRecord.self).filter(\.$productID ~~ products).all() {
            sold[line.productID, default: [:]][line.unitID, default: 0] -= line.quantity
        }
        return sold
    }

    /// Settles with a consignor what sold since the last settlement, at the agreed prices: the cost of the
    /// goods sold is booked to each unit that sold them, and owed to the consignor until paid. None when
    /// nothing new sold.
    package func settle(_ supplierID: UUID?, on date: CivilDate, description: String, by actor: Actor) async throws
        -> ConsignmentSettlementRecord?
    {
        try await StockStore(tenant).lockCooperative()
        let supplier = try await SupplierStore(tenant).find(supplierID)
        let products = try await products(of: supplier.id!)
        guard !products.isEmpty else { return nil }
        let unsettled = try await unsettled(products.map { $0.id! })
        let settlement = ConsignmentSettlementRecord()
        settlement.id = UUID()
        var lines: [ConsignmentSettlementLineRecord] = []
        for product in products {
            for (unit, sold) in (unsettled[product.id!] ?? [:]).sorted(by: { $0.key.uuidString < $1.key.uuidString }) {
                let price = product.consignmentPrice ?? 0
                let (quantity, amount) = try Consignment.settling(sold: sold, settled: 0, price: price)
                guard quantity > 0 else { continue }
                let line = ConsignmentSettlementLineRecord()
                line.cooperativeID = tenant.cooperativeID
                line.id = UUID()
                line.settlementID = settlement.id!
                line.productID = product.id!
                line.unitID = unit
                line.quantity = quantity
                line.price = price
                line.amount = amount
                lines.append(line)
            }
        }
        let total = lines.reduce(0) { $0 + $1.amount }
        guard total > 0 else { return nil }
        var journal = Dictionary(grouping: lines, by: \.unitID).map { unit, lines in
            JournalDraft.Line(account: .role(.costOfSales), debit: lines.reduce(0) { $0 + $1.amount }, credit: 0, unit: unit)
        }.sorted { $0.unit!.uuidString < $1.unit!.uuidString }
        journal.append(JournalDraft.Line(account: .role(.tradePayables), debit: 0, credit: total))
        settlement.supplierID = supplier.id!
        settlement.settledOn = date
        settlement.amount = total
        settlement.recordedByName = actor.name
        settlement.entryID = try await Ledger(tenant).post(
            JournalDraft(
                date: date, description: description, sourceType: .consignmentSettlement, sourceID: settlement.id,
                lines: journal), by: actor
        ).entry.id!
        try await tenant.create(settlement)
        try await lines.create(on: tenant.db)
        try await tenant.runTogether([
            SQLQueryString(
                """
                UPDATE suppliers SET owed = owed + \(bind: total)
                WHERE cooperative_id = \(bind: tenant.cooperativeID) AND id = \(bind: supplier.id!)
                """)
        ])
        try await AuditLog.append(
            tenant, actor: actor, action: .consignmentSettle, entity: "supplier", entityID: supplier.id,
            after: ["name": supplier.name, "amount": String(total)])
        return settlement
    }

    package func settlements(of supplierID: UUID) async throws -> [ConsignmentSettlementRecord] {
        try await tenant.query(ConsignmentSettlementRecord.self).filter(\.$supplierID == supplierID)
            .sort(\.$settledOn, .descending).all()
    }
}
