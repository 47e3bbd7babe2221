import FluentKit
import Foundation
import GuyubCore
import SQLKit

/// Purchase orders: raised to a supplier for a unit, approved by the board above its amount, received in
/// one delivery or several (short and damaged goods noted, not taken), matched to the supplier's invoice,
/// closed when the rest will not come.
package struct PurchaseStore: Sendable {
    package let tenant: Tenant

    package init(_ tenant: Tenant) { self.tenant = tenant }

    /// One product asked for.
    package struct OrderLine: Sendable {
        package var productID: UUID
        package var quantity: Int64
        package var unitCost: Int64
        package init(productID: UUID, quantity: Int64, unitCost: Int64) {
            self.productID = productID
            self.quantity = quantity
            self.unitCost = unitCost
        }
    }

    /// What came of one product in a delivery.
    package struct Delivered: Sendable {
        package var productID: UUID
        /// Taken into stock.
        package var quantity: Int64
        /// Missing from the delivery, and arrived damaged (sent back): noted, neither taken nor paid.
        package var short: Int64
        package var damaged: Int64
        package var expiresOn: CivilDate?
        package var note: String?
        package init(
            productID: UUID, quantity: Int64, short: Int64 = 0, damaged: Int64 = 0, expiresOn: CivilDate? = nil,
            note: String? = nil
        ) {
            self.productID = productID
            self.quantity = quantity
            self.short = short
            self.damaged = damaged
            self.expiresOn = expiresOn
            self.note = note
        }
    }

    package func find(_ id: UUID?) async throws -> PurchaseOrderRecord {
        guard let order = try await tenant.find(PurchaseOrderRecord.self, id) else { throw AccessError.notFound }
        return order
    }

    package func lines(of orderIDs: [UUID]) async throws -> [UUID: [PurchaseOrderLineRecord]] {
        guard !orderIDs.isEmpty else { return [:] }
        return Dictionary(
            grouping: try await tenant.query(PurchaseOrderLineRecord.self).filter(\.$orderID ~~ orderIDs).all(), by: \.orderID)
    }

    /// Orders, newest first: those still to come first when `open` is set.
    package func orders(supplierID: UUID? = nil, limit: Int = 200) async throws -> [PurchaseOrderRecord] {
        var query = tenant.query(PurchaseOrderRecord.self)
        if let supplierID { query = query.filter(\.$supplierID == supplierID) }
        return try await query.sort(\.$number, .descending).limit(limit).all()
    }

    /// The deliveries received against an order, oldest first.
    package func receipts(of orderID: UUID) async throws -> [GoodsReceiptRecord] {
        try await tenant.query(GoodsReceiptRecord.self).filter(\.$orderID == orderID).sort(\.$createdAt).all()
    }

    package func receiptLines(of orderID: UUID) async throws -> [PurchaseReceiptLineRecord] {
        try await tenant.query(PurchaseReceiptLineRecord.self).filter(\.$orderID == orderID).all()
    }

    package func invoices(of orderID: UUID) async throws -> [SupplierInvoiceRecord] {
        try await tenant.query(SupplierInvoiceRecord.self).filter(\.$orderID == orderID).sort(\.$createdAt).all()
    }

    // MARK: raising and deciding

    /// A new order to `supplierID` for goods to come into `unitID` (the actor's unit when none): waiting for
    /// approval when its total is above the board's amount.
    package func raise(
        _ lines: [OrderLine], to supplierID: UUID?, unitID: UUID?, note: String?, on date: CivilDate, by actor: Actor
    ) async throws -> PurchaseOrderRecord {
        guard !lines.isEmpty else { throw StoreError.noLines }
        guard lines.count <= StockStore.maxLines else { throw StoreError.tooManyLines }
        guard Set(lines.map(\.productID)).count == lines.count else { throw StoreError.duplicateLine }
        guard lines.allSatisfy({ $0.quantity > 0 && $0.quantity <= Quantity.ceiling }) else { throw SupplyError.quantityInvalid }
        guard lines.allSatisfy({ $0.unitCost > 0 && $0.unitCost <= Amount.ceiling }) else {
            throw SupplyError.amountInvalid("unitCost")
        }
        let supplier = try await SupplierStore(tenant).find(supplierID)
        let products = try await tenant.query(ProductRecord.self).filter(\.$id ~~ lines.map(\.productID)).all()
        guard products.count == lines.count else { throw AccessError.notFound }
        guard products.allSatisfy(\.active) else { throw StoreError.productInactive }
        guard products.allSatisfy({ $0.consignorID == nil }) else { throw SupplyError.consigned }
        let unit = try await BusinessUnitStore(tenant).shop(unitID, by: actor)
        if supplier.unitID == unit.id { throw SupplyError.sameUnit }
        let total = try lines.map {
            PurchaseLine(productID: $0.productID.uuidString, ordered: $0.quantity, unitCost: $0.unitCost)
        }
        .total()
        guard total <= Amount.ceiling else { throw StoreError.amountTooLarge }

        try await StockStore(tenant).lockCooperative()
        let order = PurchaseOrderRecord()
        order.id = UUID()
        order.number = try await nextNumber()
        order.supplierID = supplier.id!
        order.unitID = unit.id!
        order.status = PurchaseOrderStatus.raised(
            total: total, approvalAbove: try await SettingsStore(tenant).purchasing().approvalAbove)
        order.orderedOn = date
        order.total = total
        order.note = note
        order.raisedByUserID = actor.userID
        order.raisedByName = actor.name
        try await tenant.create(order)
        try await tenant.runTogether([
            Tenant.insert(
                into: PurchaseOrderLineRecord.schema,
                ["cooperative_id", "id", "order_id", "product_id", "quantity", "unit_cost", "received"],
                lines.map { [tenant.cooperativeID, UUID(), order.id!, $0.productID, $0.quantity, $0.unitCost, Int64(0)] })
        ])
        try await AuditLog.append(
            tenant, actor: actor, action: .purchaseOrder, entity: "purchase_order", entityID: order.id,
            after: [
                "number": String(order.number), "supplier": supplier.name, "total": String(total),
                "status": order.status.rawValue,
            ])
        return order
    }

    private func nextNumber() async throws -> Int {
        let last = try await tenant.query(PurchaseOrderRecord.self).sort(\.$number, .descending).first()?.number ?? 0
        return last + 1
    }

    /// A board member approves an order waiting for it; never the one who raised it.
    package func approve(_ id: UUID?, on date: CivilDate, by actor: Actor) async throws -> PurchaseOrderRecord {
        let order = try await find(id)
        let next = try order.status.after(.approve)
        if let raiser = order.raisedByUserID, raiser == actor.userID { throw SupplyError.ownApproval }
        order.status = next
        order.approvedByName = actor.name
        order.approvedOn = date
        try await order.update(on: tenant.db)
        try await AuditLog.append(
            tenant, actor: actor, action: .purchaseApprove, entity: "purchase_order", entityID: order.id,
            after: ["number": String(order.number), "total": String(order.total)])
        return order
    }

    /// Closes a partly received order (the rest will not come) or cancels one nothing came of.
    package func end(_ id: UUID?, _ action: PurchaseOrderAction, by actor: Actor) async throws -> PurchaseOrderRecord {
        precondition(action == .close || action == .cancel)
        let order = try await find(id)
        order.status = try order.status.after(action)
        try await order.update(on: tenant.db)
        try await AuditLog.append(
            tenant, actor: actor, action: action == .close ? .purchaseClose : .purchaseCancel, entity: "purchase_order",
            entityID: order.id, after: ["number": String(order.number)])
        return order
    }

    // MARK: receiving

    /// A delivery against an order: what was taken goes into the order's unit at the order's costs, paid as
    /// the supplier's terms say (on credit it is owed until the due date); what was short or damaged is noted.
    /// More than is outstanding is refused unless `allowOver`.
    package func receive(
        _ delivered: [Delivered], against id: UUID?, allowOver: Bool, on date: CivilDate, description: String,
        by actor: Actor
    ) async throws -> (order: PurchaseOrderRecord, receipt: GoodsReceiptRecord) {
        guard !delivered.isEmpty else { throw StoreError.noLines }
        guard Set(delivered.map(\.productID)).count == delivered.count else { throw StoreError.duplicateLine }
        guard delivered.allSatisfy({ $0.quantity >= 0 && $0.short >= 0 && $0.damaged >= 0 }) else {
            throw SupplyError.quantityInvalid
        }
        guard delivered.contains(where: { $0.quantity > 0 }) else { throw SupplyError.quantityInvalid }
        let stock = StockStore(tenant)
        try await stock.lockCooperative()
        let order = try await find(id)
        _ = try order.status.after(.receive)
        let records = try await lines(of: [order.id!])[order.id!] ?? []
        let lines = records.map {
            PurchaseLine(productID: $0.productID.uuidString, ordered: $0.quantity, unitCost: $0.unitCost, received: $0.received)
        }
        let taken = delivered.filter { $0.quantity > 0 }
        for line in delivered where !records.contains(where: { $0.productID == line.productID }) {
            throw SupplyError.notOrdered
        }
        let after = try lines.receiving(taken.map { ($0.productID.uuidString, $0.quantity) }, allowOver: allowOver)
        let status = try order.status.after(receiving: after)
        let supplier = try await SupplierStore(tenant).find(order.supplierID)

        let cost = Dictionary(uniqueKeysWithValues: records.map { ($0.productID, $0.unitCost) })
        let receipt: GoodsReceiptRecord
        if let seller = supplier.unitID {
            receipt = try await fromUnit(
                seller, taken, at: cost, order: order, supplier: supplier, on: date, description: description, by: actor)
        } else {
            let settlement: StockStore.Settlement =
                supplier.terms.buysOnCredit ? .onCredit(dueOn: date.adding(days: supplier.creditDays ?? 0) ?? date) : .cash
            receipt = try await stock.receive(
                taken.map {
                    StockStore.ReceiptLine(
                        productID: $0.productID, quantity: $0.quantity, unitCost: cost[$0.productID]!, expiresOn: $0.expiresOn)
                }, unitID: order.unitID, supplier: supplier.name, supplierID: supplier.id, orderID: order.id,
                settlement: settlement, on: date, description: description, by: actor)
        }

        var statements: [any SQLExpression] = []
        for (record, line) in zip(records, after) where record.received != line.received {
            statements.append(
                SQLQueryString(
                    """
                    UPDATE purchase_order_lines SET received = \(bind: line.received)
                    WHERE cooperative_id = \(bind: tenant.cooperativeID) AND id = \(bind: record.id!)
                    """))
        }
        statements.append(
            Tenant.insert(
                into: PurchaseReceiptLineRecord.schema,
                ["cooperative_id", "id", "receipt_id", "order_id", "product_id", "quantity", "short", "damaged", "note"],
                delivered.map {
                    [
                        tenant.cooperativeID, UUID(), receipt.id!, order.id!, $0.productID, $0.quantity, $0.short, $0.damaged,
                        $0.note,
                    ]
                }))
        statements.append(
            SQLQueryString(
                """
                UPDATE purchase_orders SET status = \(bind: status)
                WHERE cooperative_id = \(bind: tenant.cooperativeID) AND id = \(bind: order.id!)
                """))
        if receipt.payable > 0 {
            statements.append(
                SQLQueryString(
                    """
                    UPDATE suppliers SET owed = owed + \(bind: receipt.payable)
                    WHERE cooperative_id = \(bind: tenant.cooperativeID) AND id = \(bind: supplier.id!)
                    """))
        }
        try await tenant.runTogether(statements)
        order.status = status
        try await AuditLog.append(
            tenant, actor: actor, action: .purchaseReceive, entity: "purchase_order", entityID: order.id,
            after: [
                "number": String(order.number), "received": String(receipt.total), "owed": String(receipt.payable),
                "short": String(delivered.reduce(0) { $0 + $1.short }),
                "damaged": String(delivered.reduce(0) { $0 + $1.damaged }),
            ])
        return (order, receipt)
    }

    /// A delivery from another unit of the cooperative: the goods move at their cost and the seller books the
    /// sale at the order's transfer prices (`StockStore.move`); the receipt records it for the order.
    private func fromUnit(
        _ seller: UUID, _ taken: [Delivered], at prices: [UUID: Int64], order: PurchaseOrderRecord,
        supplier: SupplierRecord, on date: CivilDate, description: String, by actor: Actor
    ) async throws -> GoodsReceiptRecord {
        let receipt = GoodsReceiptRecord()
        receipt.id = UUID()
        let moved = try await StockStore(tenant).move(
            taken.map { StockStore.Moving(productID: $0.productID, quantity: $0.quantity, price: prices[$0.productID]!) },
            from: seller, to: order.unitID, source: receipt.id!, on: date, description: description, by: actor)
        guard let entry = moved.entry else { throw SupplyError.quantityInvalid }
        receipt.unitID = order.unitID
        receipt.receivedOn = date
        receipt.supplier = supplier.name
        receipt.supplierID = supplier.id
        receipt.orderID = order.id
        receipt.total = try taken.reduce(Int64(0)) { $0 + (try Quantity.amount($1.quantity, at: prices[$1.productID]!)) }
        receipt.payable = 0
        receipt.entryID = entry
        receipt.recordedByName = actor.name
        try await tenant.create(receipt)
        return receipt
    }

    /// The supplier's invoice for an order, matched against what its deliveries were worth at the order's
    /// costs: a difference is shown to whoever pays, not paid by itself.
    package func recordInvoice(
        number: String, amount: Int64, on date: CivilDate, against id: UUID?, by actor: Actor
    ) async throws -> SupplierInvoiceRecord {
        guard amount > 0, amount <= Amount.ceiling else { throw SupplyError.amountInvalid("amount") }
        let order = try await find(id)
        let received = try await receipts(of: order.id!).reduce(Int64(0)) { $0 + $1.total }
        let invoice = SupplierInvoiceRecord()
        invoice.supplierID = order.supplierID
        invoice.orderID = order.id!
        invoice.number = number
        invoice.invoicedOn = date
        invoice.amount = amount
        invoice.receivedValue = received
        invoice.recordedByName = actor.name
        do { try await tenant.create(invoice) } catch  where error.isConstraintFailure { throw SupplyError.invoiceTaken }
        try await AuditLog.append(
            tenant, actor: actor, action: .supplierInvoice, entity: "purchase_order", entityID: order.id,
            after: ["number": number, "amount": String(amount), "received": String(received)])
        return invoice
    }
}

extension PurchaseStore {
    /// A product to buy again.
    package struct Suggestion: Sendable {
        package let product: ProductRecord
        package let onHand: Int64
        package let sold: Int64
        package let quantity: Int64
        /// The cheapest supplier's price, else what the stock cost on average; nil when neither is known.
        package let unitCost: Int64?
        package let supplierID: UUID?
    }

    /// The products at or below their reorder point in `unitID` (every unit when none), with what to order to
    /// cover the point and the last `Reorder.coverDays` days' sales.
    package func suggestions(in unitID: UUID?, on date: CivilDate) async throws -> [Suggestion] {
        let products = try await tenant.query(ProductRecord.self).filter(\.$reorderPoint > 0).filter(\.$active == true)
            .sort(\.$name).all()
        guard !products.isEmpty else { return [] }
        let sql = tenant.db.sql
        let since = date.adding(days: -Reorder.coverDays) ?? date
        var levels = tenant.query(StockLevelRecord.self).filter(\.$productID ~~ products.map { $0.id! })
        if let unitID { levels = levels.filter(\.$unitID == unitID) }
        var stock: [UUID: (quantity: Int64, value: Int64)] = [:]
        for level in try await levels.all() {
            stock[level.productID, default: (0, 0)].quantity += level.quantity
            stock[level.productID, default: (0, 0)].value += level.value
        }
        let inUnit: SQLQueryString = unitID.map { "AND s.unit_id = \(bind: $0)" } ?? ""
        var sold: [UUID: Int64] = [:]
        for row in try await sql.raw(
            """
            SELECT l.product_id, CAST(SUM(l.quantity - l.returned_quantity) AS BIGINT) AS sold
            FROM sale_lines l JOIN sales s ON s.cooperative_id = l.cooperative_id AND s.id = l.sale_id
            WHERE l.cooperative_id = \(bind: tenant.cooperativeID) AND s.sold_on > \(bind: since) \(inUnit)
            GROUP BY l.product_id
            """
        ).all() {
            sold[try row.decode(column: "product_id", as: UUID.self)] = try row.decode(column: "sold", as: Int64.self)
        }
        var cheapest: [UUID: (cost: Int64, supplier: UUID)] = [:]
        for price in try await tenant.query(SupplierPriceRecord.self).filter(\.$productID ~~ products.map { $0.id! }).all()
        where cheapest[price.productID].map({ price.unitCost < $0.cost }) ?? true {
            cheapest[price.productID] = (price.unitCost, price.supplierID)
        }
        return products.compactMap { product in
            let id = product.id!
            let held = stock[id] ?? (0, 0)
            guard
                let quantity = Reorder.suggestion(onHand: held.quantity, reorderPoint: product.reorderPoint, sold: sold[id] ?? 0)
            else { return nil }
            let average = held.quantity > 0 ? RoundingRule.halfUp.multiplyDivide(held.value, Quantity.scale, held.quantity) : nil
            return Suggestion(
                product: product, onHand: held.quantity, sold: sold[id] ?? 0, quantity: quantity,
                unitCost: cheapest[id]?.cost ?? average, supplierID: cheapest[id]?.supplier)
        }
    }
}
