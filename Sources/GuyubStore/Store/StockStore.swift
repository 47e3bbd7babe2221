import FluentKit
import Foundation
import GuyubCore
import SQLKit

/// Stock per product and unit's location, and goods received into it. Whatever changes stock takes the
/// cooperative's row first (the first lock every writer takes), then reads the levels it will change, so
/// the moving average the core computes is never worked out from a stale level.
package struct StockStore: Sendable {
    package let tenant: Tenant

    package init(_ tenant: Tenant) { self.tenant = tenant }

    /// The most lines one receipt or sale takes.
    package static let maxLines = 200

    /// Takes the cooperative's row (on SQLite the writing transaction already holds the whole file). NO KEY
    /// UPDATE, as an UPDATE of the row takes: it does not wait for the key-share locks a row inserted earlier
    /// in this or another transaction holds through its foreign key, so two writers never deadlock on it.
    func lockCooperative() async throws {
        guard !tenant.db.isSQLite else { return }
        _ = try await tenant.db.sql.raw(
            "SELECT id FROM cooperatives WHERE id = \(bind: tenant.cooperativeID) FOR NO KEY UPDATE"
        ).all()
    }

    /// The levels of `products` in `unitID`; a product never stocked there gets a new, empty level (not
    /// yet saved).
    package func levels(of products: [UUID], in unitID: UUID) async throws -> [UUID: StockLevelRecord] {
        let found = try await tenant.query(StockLevelRecord.self).filter(\.$unitID == unitID)
            .filter(\.$productID ~~ products).all()
        var levels = Dictionary(uniqueKeysWithValues: found.map { ($0.productID, $0) })
        for product in products where levels[product] == nil {
            let level = StockLevelRecord()
            level.id = UUID()
            level.cooperativeID = tenant.cooperativeID
            level.productID = product
            level.unitID = unitID
            level.quantity = 0
            level.value = 0
            levels[product] = level
        }
        return levels
    }

    /// A product's stock in every unit, and in all together.
    package func levels(of product: UUID) async throws -> [StockLevelRecord] {
        try await tenant.query(StockLevelRecord.self).filter(\.$productID == product).all()
    }

    /// The statements that save changed levels (new ones inserted) and record their movements.
    func saving(
        _ levels: [StockLevelRecord], movements: [StockMovementRecord]
    ) -> [any SQLExpression] {
        var statements: [any SQLExpression] = []
        let new = levels.filter { !$0.$id.exists }
        if !new.isEmpty {
            statements.append(
                Tenant.insert(
                    into: StockLevelRecord.schema, ["cooperative_id", "id", "product_id", "unit_id", "quantity", "value"],
                    new.map { [tenant.cooperativeID, $0.id!, $0.productID, $0.unitID, $0.quantity, $0.value] }))
        }
        for level in levels where level.$id.exists {
            statements.append(
                SQLQueryString(
                    """
                    UPDATE stock_levels SET quantity = \(bind: level.quantity), value = \(bind: level.value)
                    WHERE cooperative_id = \(bind: tenant.cooperativeID) AND id = \(bind: level.id!)
                    """))
        }
        if !movements.isEmpty {
            statements.append(
                Tenant.insert(
                    into: StockMovementRecord.schema,
                    [
                        "cooperative_id", "id", "product_id", "unit_id", "kind", "quantity", "value", "happened_on", "source_id",
                        "entry_id",
                    ],
                    movements.map {
                        [
                            tenant.cooperativeID, $0.id ?? UUID(), $0.productID, $0.unitID, $0.kind.rawValue, $0.quantity,
                            $0.value,
                            $0.happenedOn, $0.sourceID, $0.entryID,
                        ]
                    }))
        }
        return statements
    }

    func movement(
        _ kind: StockMovementKind, of level: StockLevelRecord, quantity: Int64, value: Int64, on date: CivilDate,
        source: UUID, entry: UUID?
    ) -> StockMovementRecord {
        let movement = StockMovementRecord()
        movement.id = UUID()
        movement.productID = level.productID
        movement.unitID = level.unitID
        movement.kind = kind
        movement.quantity = quantity
        movement.value = value
        movement.happenedOn = date
        movement.sourceID = source
        movement.entryID = entry
        return movement
    }

    /// One product received: how much, at what cost a base unit (or a pack, when one is named).
    package struct ReceiptLine: Sendable {
        package var productID: UUID
        package var quantity: Int64
        package var unitCost: Int64
        /// The day the goods expire (food, medicine); nil when they do not.
        package var expiresOn: CivilDate?
        /// The pack the goods came in (`karung`, `dus`): `quantity` counts packs and `unitCost` is a pack's.
        package var pack: String?

        package init(productID: UUID, quantity: Int64, unitCost: Int64, expiresOn: CivilDate? = nil, pack: String? = nil) {
            self.productID = productID
            self.quantity = quantity
            self.unitCost = unitCost
            self.expiresOn = expiresOn
            self.pack = pack
        }

        /// The line in base units and what it cost: a whole number of packs costs exactly that many packs.
        func resolved(_ packs: [Pack]) throws(StoreError) -> (quantity: Int64, cost: Int64) {
            guard let pack else { return (quantity, try Quantity.amount(quantity, at: unitCost)) }
            let found = try packs.named(pack)
            return (try found.base(quantity), try Pack.cost(quantity, at: unitCost))
        }
    }

    /// How received goods are paid for: in cash, owed to the supplier until a due date, or into a member's
    /// sukarela savings (produce a member delivered).
    package enum Settlement: Sendable, Equatable {
        case cash
        case onCredit(dueOn: CivilDate)
        case toSavings(account: UUID)

        var line: (role: AccountRole, savingsAccount: UUID?) {
            switch self {
            case .cash: (.cash, nil)
            case .onCredit: (.tradePayables, nil)
            case .toSavings(let account): (.savingsSukarela, account)
            }
        }
    }

    /// Goods received into a unit's location: the stock and its value grow, and the books move the cost to
    /// inventory from where `settlement` pays it.
    package func receive(
        _ lines: [ReceiptLine], unitID: UUID?, supplier: String?, supplierID: UUID? = nil, orderID: UUID? = nil,
        settlement: Settlement = .cash, on date: CivilDate, description: String, by actor: Actor
    ) async throws -> GoodsReceiptRecord {
        guard !lines.isEmpty else { throw StoreError.noLines }
        guard lines.count <= Self.maxLines else { throw StoreError.tooManyLines }
        guard Set(lines.map(\.productID)).count == lines.count else { throw StoreError.duplicateLine }
        guard lines.allSatisfy({ $0.unitCost > 0 && $0.unitCost <= Amount.ceiling }) else {
            throw StoreError.priceInvalid("unitCost")
        }
        guard lines.allSatisfy({ line in line.expiresOn.map { $0 >= date } ?? true }) else { throw StoreError.alreadyExpired }
        let products = try await tenant.query(ProductRecord.self).filter(\.$id ~~ lines.map(\.productID)).all()
        guard products.count == lines.count else { throw AccessError.notFound }
        guard products.allSatisfy(\.active) else { throw StoreError.productInactive }
        guard products.allSatisfy({ $0.consignorID == nil }) else { throw SupplyError.consigned }
        let unit = try await BusinessUnitStore(tenant).shop(unitID, by: actor)

        try await lockCooperative()
        let levels = try await levels(of: lines.map(\.productID), in: unit.id!)
        let packs = try await ProductStore(tenant).packs(of: lines.filter { $0.pack != nil }.map(\.productID))
        var lines = lines
        var costs: [Int64] = []
        for index in lines.indices {
            let line = lines[index]
            let (quantity, cost) = try line.resolved(packs[line.productID] ?? [])
            lines[index].quantity = quantity
            guard cost > 0 else { throw StoreError.priceInvalid("unitCost") }
            var position = levels[line.productID]!.position
            try position.receive(quantity, costing: cost)
            levels[line.productID]!.quantity = position.quantity
            levels[line.productID]!.value = position.value
            costs.append(cost)
        }
        let total = costs.reduce(0, +)
        let receipt = GoodsReceiptRecord()
        receipt.id = UUID()
        receipt.cooperativeID = tenant.cooperativeID
        receipt.unitID = unit.id!
        receipt.receivedOn = date
        receipt.supplier = supplier
        receipt.total = total
        receipt.recordedByName = actor.name
        receipt.supplierID = supplierID
        receipt.orderID = orderID
        if case .onCredit(let due) = settlement {
            receipt.dueOn = due
            receipt.payable = total
        } else {
            receipt.payable = 0
        }
        let paidFrom = settlement.line
        let posting = try await Ledger(tenant).post(
            JournalDraft(
                date: date, description: description,
                sourceType: .storeReceipt, sourceID: receipt.id,
                lines: [
                    JournalDraft.Line(account: .role(.inventory), debit: total, credit: 0, unit: unit.id),
                    JournalDraft.Line(
                        account: .role(paidFrom.role), savingsAccount: paidFrom.savingsAccount, debit: 0, credit: total,
                        unit: unit.id),
                ]), by: actor)
        receipt.entryID = posting.entry.id!
        try await tenant.create(receipt)
        let movements = zip(lines, costs).map { line, cost in
            movement(
                .receipt, of: levels[line.productID]!, quantity: line.quantity, value: cost, on: date, source: receipt.id!,
                entry: receipt.entryID)
        }
        let batches = lines.map {
            BatchChange(product: $0.productID, unit: unit.id!, batch: Batch(expiresOn: $0.expiresOn, quantity: $0.quantity))
        }
        try await tenant.runTogether(saving(Array(levels.values), movements: movements) + saving(batches))
        return receipt
    }
}

extension StockStore {
    /// A product's stock in a unit put right by hand (damaged, expired, lost, found, or counted), the
    /// difference posted at moving average cost between inventory and inventory losses.
    package func adjust(
        _ productID: UUID, unitID: UUID?, reason: AdjustmentReason, quantity: Int64, unitCost: Int64?,
        expiresOn: CivilDate? = nil, on date: CivilDate, description: String, by actor: Actor
    ) async throws -> (change: Int64, value: Int64, level: StockLevelRecord, entry: UUID?) {
        _ = try await ProductStore(tenant).find(productID)
        let unit = try await BusinessUnitStore(tenant).shop(unitID, by: actor)
        try await lockCooperative()
        let level = try await levels(of: [productID], in: unit.id!)[productID]!
        var position = level.position
        let (change, value) = try position.adjust(reason, quantity: quantity, unitCost: unitCost)
        guard change != 0 else { return (0, 0, level, nil) }
        // Goods out leave the batch named, or the first to expire first (expired goods are those); goods in
        // join the batch named.
        let held = try await batches(of: [productID], in: unit.id!)[productID] ?? []
        let batches =
            change < 0
            ? try Batch.draw(-change, from: expiresOn.map { day in held.filter { $0.expiresOn == day } } ?? held).map {
                BatchChange(product: productID, unit: unit.id!, batch: Batch(expiresOn: $0.expiresOn, quantity: -$0.quantity))
            }
            : [BatchChange(product: productID, unit: unit.id!, batch: Batch(expiresOn: expiresOn, quantity: change))]
        level.quantity = position.quantity
        level.value = position.value
        let source = UUID()
        var entry: UUID?
        if value != 0 {
            let (debit, credit): (AccountRole, AccountRole) =
                value > 0 ? (.inventory, .inventoryLoss) : (.inventoryLoss, .inventory)
            entry = try await Ledger(tenant).post(
                JournalDraft(
                    date: date, description: description, sourceType: .storeAdjustment, sourceID: source,
                    lines: [
                        JournalDraft.Line(account: .role(debit), debit: abs(value), credit: 0, unit: unit.id),
                        JournalDraft.Line(account: .role(credit), debit: 0, credit: abs(value), unit: unit.id),
                    ]), by: actor
            ).entry.id
        }
        try await tenant.runTogether(
            saving(
                [level],
                movements: [
                    movement(.adjustment, of: level, quantity: change, value: value, on: date, source: source, entry: entry)
                ]) + saving(batches))
        // Recorded even when no value moved (a count finding goods that cost nothing), so every change of
        // stock has its link in the trail.
        try await AuditLog.append(
            tenant, actor: actor, action: .stockAdjust, entity: "product", entityID: productID,
            after: [
                "reason": reason.rawValue, "unitId": unit.id!.uuidString, "quantity": Quantity.string(change),
                "value": String(value), "stock": Quantity.string(level.quantity),
            ])
        return (change, value, level, entry)
    }

    /// Goods moved from one unit's location to another's at their moving average cost; the value moves
    /// with them between the units' inventory.
    package func transfer(
        _ productID: UUID, quantity: Int64, from fromID: UUID?, to toID: UUID, on date: CivilDate, description: String,
        by actor: Actor
    ) async throws -> (value: Int64, entry: UUID?) {
        _ = try await ProductStore(tenant).find(productID)
        let units = BusinessUnitStore(tenant)
        let from = try await units.shop(fromID, by: actor)
        let to = try await units.shop(toID, by: actor, working: false)
        let moved = try await move(
            [Moving(productID: productID, quantity: quantity)], from: from.id!, to: to.id!, source: UUID(), on: date,
            description: description, by: actor)
        try await AuditLog.append(
            tenant, actor: actor, action: .stockTransfer, entity: "product", entityID: productID,
            after: [
                "fromUnitId": from.id!.uuidString, "toUnitId": to.id!.uuidString, "quantity": Quantity.string(quantity),
                "value": String(moved.value),
            ])
        return moved
    }

    /// One product moving between units; sold between them at `price` a base unit when set.
    package struct Moving: Sendable {
        package var productID: UUID
        package var quantity: Int64
        package var price: Int64?
        package init(productID: UUID, quantity: Int64, price: Int64? = nil) {
            self.productID = productID
            self.quantity = quantity
            self.price = price
        }
    }

    /// Goods moved from one unit to another at their moving average cost, their expiry dates with them, in
    /// one entry named by `source`. Goods sold between units at a price (an internal order) are also booked
    /// as the seller's sale at that price and its cost, and the buyer's markup over the cost, against the
    /// inter-unit accounts: the stock stays at the cooperative's cost, and taken together the units sold
    /// each other nothing.
    package func move(
        _ goods: [Moving], from: UUID, to: UUID, source id: UUID, on date: CivilDate, description: String, by actor: Actor
    ) async throws -> (value: Int64, entry: UUID?) {
        guard from != to else { throw StoreError.sameUnit }
        try await lockCooperative()
        let products = goods.map(\.productID)
        let outs = try await levels(of: products, in: from)
        let intos = try await levels(of: products, in: to)
        let held = try await batches(of: products, in: from)
        var lines: [JournalDraft.Line] = []
        var movements: [StockMovementRecord] = []
        var changes: [BatchChange] = []
        var total: Int64 = 0
        var moves: [(out: StockLevelRecord, into: StockLevelRecord, quantity: Int64, value: Int64)] = []
        for item in goods {
            let (out, into) = (outs[item.productID]!, intos[item.productID]!)
            var source = out.position
            var target = into.position
            let value = try source.issue(item.quantity)
            try target.receive(item.quantity, costing: value)
            // The goods keep their expiry dates: the first to expire go.
            for batch in try Batch.draw(item.quantity, from: held[item.productID] ?? []) {
                changes.append(
                    BatchChange(
                        product: item.productID, unit: from, batch: Batch(expiresOn: batch.expiresOn, quantity: -batch.quantity)))
                changes.append(BatchChange(product: item.productID, unit: to, batch: batch))
            }
            (out.quantity, out.value, into.quantity, into.value) = (source.quantity, source.value, target.quantity, target.value)
            total += value
            moves.append((out, into, item.quantity, value))
            lines += [
                JournalDraft.Line(account: .role(.inventory), debit: value, credit: 0, unit: to),
                JournalDraft.Line(account: .role(.inventory), debit: 0, credit: value, unit: from),
            ]
            if let price = item.price {
                let sold = try Quantity.amount(item.quantity, at: price)
                lines += [
                    JournalDraft.Line(account: .role(.interUnit), debit: sold, credit: 0, unit: from),
                    JournalDraft.Line(account: .role(.interUnitSales), debit: 0, credit: sold, unit: from),
                    JournalDraft.Line(account: .role(.interUnitCost), debit: value, credit: 0, unit: from),
                    JournalDraft.Line(account: .role(.interUnitCost), debit: 0, credit: value, unit: to),
                    JournalDraft.Line(account: .role(.interUnitCost), debit: sold, credit: 0, unit: to),
                    JournalDraft.Line(account: .role(.interUnit), debit: 0, credit: sold, unit: to),
                ]
            }
        }
        lines = JournalDraft.Line.netted(lines)
        var entry: UUID?
        if !lines.isEmpty {
            entry = try await Ledger(tenant).post(
                JournalDraft(date: date, description: description, sourceType: .storeTransfer, sourceID: id, lines: lines),
                by: actor
            ).entry.id
        }
        for move in moves {
            movements += [
                movement(
                    .transferOut, of: move.out, quantity: -move.quantity, value: -move.value, on: date, source: id, entry: entry),
                movement(
                    .transferIn, of: move.into, quantity: move.quantity, value: move.value, on: date, source: id, entry: entry),
            ]
        }
        try await tenant.runTogether(saving(moves.flatMap { [$0.out, $0.into] }, movements: movements) + saving(changes))
        return (total, entry)
    }
}
