import FluentKit
import Foundation
import GuyubCore
import SQLKit

/// The cooperative's suppliers, their prices, what it owes each and its payments to them.
package struct SupplierStore: Sendable {
    package let tenant: Tenant

    package init(_ tenant: Tenant) { self.tenant = tenant }

    package func find(_ id: UUID?) async throws -> SupplierRecord {
        guard let supplier = try await tenant.find(SupplierRecord.self, id) else { throw AccessError.notFound }
        return supplier
    }

    package func all() async throws -> [SupplierRecord] {
        try await tenant.query(SupplierRecord.self).sort(\.$name).all()
    }

    /// A new supplier: outside on its terms, or one of the cooperative's units (paid in cash between units).
    package func add(
        name: String, phone: String?, terms: SupplierTerms, creditDays: Int?, unitID: UUID?, by actor: Actor
    ) async throws -> SupplierRecord {
        let (terms, days) = try SupplierTerms.read(unitID == nil ? terms : .cash, creditDays: creditDays)
        // Kept as E.164, shown as people write it.
        let phone = try phone.map { try PhoneNumber($0).e164 }
        if let unitID { _ = try await BusinessUnitStore(tenant).find(unitID) }
        guard try await tenant.query(SupplierRecord.self).filter(\.$name == name).first() == nil else {
            throw SupplyError.supplierNameTaken
        }
        let supplier = SupplierRecord()
        supplier.name = name
        supplier.phone = phone
        supplier.terms = terms
        supplier.creditDays = days
        supplier.unitID = unitID
        supplier.owed = 0
        supplier.active = true
        do { try await tenant.create(supplier) } catch  where error.isConstraintFailure { throw SupplyError.supplierNameTaken }
        try await AuditLog.append(
            tenant, actor: actor, action: .supplierCreate, entity: "supplier", entityID: supplier.id,
            after: [
                "name": name, "terms": terms.rawValue, "creditDays": days.map(String.init) ?? "",
                "unitId": unitID?.uuidString.lowercased() ?? "",
            ])
        return supplier
    }

    // MARK: prices

    /// The supplier's prices by product.
    package func prices(of supplierID: UUID) async throws -> [UUID: Int64] {
        Dictionary(
            try await tenant.query(SupplierPriceRecord.self).filter(\.$supplierID == supplierID).all().map {
                ($0.productID, $0.unitCost)
            }, uniquingKeysWith: { $1 })
    }

    /// Sets the supplier's price of a product (a base unit's cost).
    package func setPrice(_ unitCost: Int64, of productID: UUID, at supplierID: UUID, on date: CivilDate, by actor: Actor)
        async throws
    {
        guard unitCost > 0, unitCost <= Amount.ceiling else { throw SupplyError.amountInvalid("unitCost") }
        _ = try await find(supplierID)
        _ = try await ProductStore(tenant).find(productID)
        let existing = try await tenant.query(SupplierPriceRecord.self).filter(\.$supplierID == supplierID)
            .filter(\.$productID == productID).first()
        let record = existing ?? SupplierPriceRecord()
        let before = existing.map { ["unitCost": String($0.unitCost)] }
        record.supplierID = supplierID
        record.productID = productID
        record.unitCost = unitCost
        record.updatedOn = date
        if existing == nil { try await tenant.create(record) } else { try await record.update(on: tenant.db) }
        try await AuditLog.append(
            tenant, actor: actor, action: .supplierPrice, entity: "supplier", entityID: supplierID, before: before,
            after: ["productId": productID.uuidString.lowercased(), "unitCost": String(unitCost)])
    }

    // MARK: what is owed

    /// What was received on credit from each supplier, and consignment settled, as bills falling due; only
    /// those incurred by `date` when given.
    package func bills(of supplierIDs: [UUID], by date: CivilDate? = nil) async throws -> [UUID: [Payables.Bill]] {
        guard !supplierIDs.isEmpty else { return [:] }
        var receipts = tenant.query(GoodsReceiptRecord.self).filter(\.$supplierID ~~ supplierIDs).filter(\.$payable > 0)
        var settlements = tenant.query(ConsignmentSettlementRecord.self).filter(\.$supplierID ~~ supplierIDs)
        if let date {
            receipts = receipts.filter(\.$receivedOn <= date)
            settlements = settlements.filter(\.$settledOn <= date)
        }
        var bills = Dictionary(grouping: try await receipts.sort(\.$receivedOn).sort(\.$createdAt).all()) {
            $0.supplierID!
        }.mapValues { receipts in
            receipts.map { Payables.Bill(dueOn: $0.dueOn ?? $0.receivedOn, amount: $0.payable) }
        }
        // Consignment sold and settled is due when settled.
        for settlement in try await settlements.sort(\.$settledOn).sort(\.$createdAt).all() {
            bills[settlement.supplierID, default: []].append(
                Payables.Bill(dueOn: settlement.settledOn, amount: settlement.amount))
        }
        return bills
    }

    /// Everything paid to each supplier; only by `date` when given.
    package func paid(to supplierIDs: [UUID], by date: CivilDate? = nil) async throws -> [UUID: Int64] {
        guard !supplierIDs.isEmpty else { return [:] }
        var paid: [UUID: Int64] = [:]
        for row in try await tenant.db.sql.raw(
            """
            SELECT supplier_id, CAST(SUM(amount) AS BIGINT) AS paid FROM supplier_payments
            WHERE cooperative_id = \(bind: tenant.cooperativeID) AND supplier_id IN (\(binds: supplierIDs))
              AND paid_on <= \(bind: date?.description ?? "9999-12-31")
            GROUP BY supplier_id
            """
        ).all() {
            paid[try row.decode(column: "supplier_id", as: UUID.self)] = try row.decode(column: "paid", as: Int64.self)
        }
        return paid
    }

    /// What was owed to each supplier at the end of `date`, by age then: only suppliers owed something.
    package func aging(on date: CivilDate) async throws -> [(supplier: SupplierRecord, owed: Int64, ages: [Payables.Age: Int64])]
    {
        let suppliers = try await all()
        let ids = suppliers.map { $0.id! }
        let bills = try await bills(of: ids, by: date)
        let paid = try await paid(to: ids, by: date)
        return suppliers.compactMap { supplier in
            let ages = Payables.aging(bills[supplier.id!] ?? [], paid: paid[supplier.id!] ?? 0, on: date)
            let owed = ages.values.reduce(0, +)
            return owed > 0 ? (supplier, owed, ages) : nil
        }
    }

    /// What a supplier was paid, newest first.
    package func payments(to supplierID: UUID) async throws -> [SupplierPaymentRecord] {
        try await tenant.query(SupplierPaymentRecord.self).filter(\.$supplierID == supplierID).sort(\.$paidOn, .descending)
            .sort(\.$createdAt, .descending).all()
    }

    /// Cash and bank on hand, as the books hold them.
    package func cashAndBank() async throws -> [PaymentChannel: Int64] {
        var held: [PaymentChannel: Int64] = [.cash: 0, .bank: 0]
        for account in try await tenant.query(AccountRecord.self).filter(\.$role ~~ [AccountRole.cash, .bank]).all() {
            held[account.role == .cash ? .cash : .bank, default: 0] += account.balance
        }
        return held
    }

    /// A payment off what the supplier is owed, never more, from cash or the bank, never more than it holds:
    /// the books move it from trade payables to where it was paid from.
    package func pay(
        _ amount: Int64, to id: UUID?, channel: PaymentChannel, on date: CivilDate, description: String, by actor: Actor
    ) async throws -> (payment: SupplierPaymentRecord, supplier: SupplierRecord) {
        guard channel != .qris else { throw SupplyError.field(.invalidChoice("channel")) }
        try await StockStore(tenant).lockCooperative()
        let supplier = try await find(id)
        let owed = try Payables.paying(amount, owed: supplier.owed)
        let available = try await cashAndBank()[channel] ?? 0
        guard amount <= available else { throw SupplyError.insufficientFunds(available: max(0, available)) }
        let payment = SupplierPaymentRecord()
        payment.id = UUID()
        payment.supplierID = supplier.id!
        payment.paidOn = date
        payment.amount = amount
        payment.channel = channel
        payment.paidByName = actor.name
        payment.entryID = try await Ledger(tenant).post(
            JournalDraft(
                date: date, description: description, sourceType: .supplierPayment, sourceID: payment.id,
                lines: [
                    JournalDraft.Line(account: .role(.tradePayables), debit: amount, credit: 0),
                    JournalDraft.Line(account: .role(channel.role), debit: 0, credit: amount),
                ]), by: actor
        ).entry.id!
        try await tenant.create(payment)
        supplier.owed = owed
        try await supplier.update(on: tenant.db)
        try await AuditLog.append(
            tenant, actor: actor, action: .supplierPayment, entity: "supplier", entityID: supplier.id,
            after: ["name": supplier.name, "paid": String(amount), "channel": channel.rawValue])
        return (payment, supplier)
    }
}
