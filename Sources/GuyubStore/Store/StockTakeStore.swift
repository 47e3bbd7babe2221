import FluentKit
import Foundation
import GuyubCore
import SQLKit

/// Stock takes: a unit's count sheet listing every good it sells, counted line by line (each count
/// remembers what the records held at that moment), then approved by a supervisor, which posts each
/// difference as a count adjustment at moving average cost.
package struct StockTakeStore: Sendable {
    package let tenant: Tenant

    package init(_ tenant: Tenant) { self.tenant = tenant }

    package func find(_ id: UUID?) async throws -> (take: StockTakeRecord, lines: [StockTakeLineRecord]) {
        guard let take = try await tenant.find(StockTakeRecord.self, id) else { throw AccessError.notFound }
        let lines = try await tenant.query(StockTakeLineRecord.self).filter(\.$stockTakeID == take.id!).all()
        return (take, lines)
    }

    package func recent(limit: Int = 20) async throws -> [StockTakeRecord] {
        try await tenant.query(StockTakeRecord.self).sort(\.$startedOn, .descending).limit(limit).all()
    }

    /// A new sheet at the unit (the shop's when nil) with every good on sale and what the records hold now.
    package func start(unitID: UUID?, on date: CivilDate, by actor: Actor) async throws -> StockTakeRecord {
        let unit = try await BusinessUnitStore(tenant).shop(unitID, by: actor)
        try await StockStore(tenant).lockCooperative()
        let open = try await tenant.query(StockTakeRecord.self).filter(\.$unitID == unit.id!)
            .filter(\.$status == .counting).first()
        guard open == nil else { throw StoreError.stockTakeOpen }
        let products = try await tenant.query(ProductRecord.self).filter(\.$active == true).all()
        let levels = try await StockStore(tenant).levels(of: products.map { $0.id! }, in: unit.id!)
        let take = StockTakeRecord()
        take.id = UUID()
        take.unitID = unit.id!
        take.status = .counting
        take.startedOn = date
        take.startedByName = actor.name
        do { try await tenant.create(take) } catch  where error.isConstraintFailure { throw StoreError.stockTakeOpen }
        for chunk in stride(from: 0, to: products.count, by: 500).map({ products[$0..<min($0 + 500, products.count)] }) {
            try await tenant.runTogether([
                Tenant.insert(
                    into: StockTakeLineRecord.schema, ["cooperative_id", "id", "stock_take_id", "product_id", "expected"],
                    chunk.map { [tenant.cooperativeID, UUID(), take.id!, $0.id!, levels[$0.id!]?.quantity ?? 0] })
            ])
        }
        try await AuditLog.append(
            tenant, actor: actor, action: .stockTakeStart, entity: "stock_take", entityID: take.id,
            after: ["unitId": unit.id!.uuidString, "sheetLines": String(products.count)])
        return take
    }

    /// Records counts (thousandths of the base unit, by product), each against what the records hold now.
    package func count(_ id: UUID?, _ counts: [UUID: Int64], by actor: Actor) async throws {
        let (take, lines) = try await find(id)
        try await BusinessUnitStore(tenant).checkWorks(in: take.unitID, actor)
        try take.status.counting()
        guard !counts.isEmpty else { throw StoreError.noLines }
        guard counts.values.allSatisfy({ $0 >= 0 && $0 <= Quantity.ceiling }) else { throw StoreError.quantityInvalid }
        let byProduct = Dictionary(uniqueKeysWithValues: lines.map { ($0.productID, $0) })
        guard counts.keys.allSatisfy({ byProduct[$0] != nil }) else { throw AccessError.notFound }
        try await StockStore(tenant).lockCooperative()
        let levels = try await StockStore(tenant).levels(of: Array(counts.keys), in: take.unitID)
        try await tenant.runTogether(
            counts.map { product, counted in
                SQLQueryString(
                    """
                    UPDATE stock_take_lines SET counted = \(bind: counted), expected = \(bind: levels[product]?.quantity ?? 0),
                      counted_by_name = \(bind: actor.name)
                    WHERE cooperative_id = \(bind: tenant.cooperativeID) AND id = \(bind: byProduct[product]!.id!)
                    """)
            })
        try await AuditLog.append(
            tenant, actor: actor, action: .stockTakeCount, entity: "stock_take", entityID: take.id,
            after: ["countedLines": String(counts.count)])
    }

    /// Approves the sheet: each counted difference posted as a count adjustment (what was sold or received
    /// since the count still counts). `describe` writes an adjustment's entry for the product's name.
    package func approve(
        _ id: UUID?, on date: CivilDate, supervising: Bool, describe: (String) -> String, by actor: Actor
    ) async throws -> StockTakeRecord {
        let (take, lines) = try await find(id)
        let counted = lines.filter { $0.counted != nil }
        take.status = try take.status.approving(bySupervisor: supervising, counted: counted.count)
        let stock = StockStore(tenant)
        let products = Dictionary(
            uniqueKeysWithValues: try await tenant.query(ProductRecord.self).filter(\.$id ~~ counted.map(\.productID)).all()
                .map { ($0.id!, $0.name) })
        try await stock.lockCooperative()
        let levels = try await stock.levels(of: counted.map(\.productID), in: take.unitID)
        for line in counted where line.line.difference != 0 {
            let target = try line.line.target(now: levels[line.productID]?.quantity ?? 0)
            let result = try await stock.adjust(
                line.productID, unitID: take.unitID, reason: .count, quantity: target, unitCost: nil, on: date,
                description: describe(products[line.productID] ?? ""), by: actor)
            line.change = result.change
            line.value = result.value
            try await line.update(on: tenant.db)
        }
        take.approvedOn = date
        take.approvedByName = actor.name
        try await take.update(on: tenant.db)
        try await AuditLog.append(
            tenant, actor: actor, action: .stockTakeApprove, entity: "stock_take", entityID: take.id,
            after: [
                "countedLines": String(counted.count),
                "value": String(counted.compactMap(\.value).reduce(0, +)),
            ])
        return take
    }
}
