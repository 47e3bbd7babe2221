import FluentKit
import Foundation
import GuyubCore

/// Cold storage and the warehouse as a service: goods of members and others kept for a fee a kilogram a day,
/// billed as they go out and paid in cash to the unit that keeps them. The goods are never the cooperative's
/// stock.
package struct StorageStore: Sendable {
    package let tenant: Tenant

    package init(_ tenant: Tenant) { self.tenant = tenant }

    package func find(_ id: UUID?) async throws -> StorageLotRecord {
        guard let lot = try await tenant.find(StorageLotRecord.self, id) else { throw AccessError.notFound }
        return lot
    }

    /// Lots, those still held first, newest first.
    package func all() async throws -> [StorageLotRecord] {
        try await tenant.query(StorageLotRecord.self).sort(\.$number, .descending).limit(300).all()
            .sorted { ($0.held > 0 ? 0 : 1, -$0.number) < ($1.held > 0 ? 0 : 1, -$1.number) }
    }

    package func store(
        goods: String, owner: String, memberID: UUID?, quantity: Int64, rate: Int64, unitID: UUID?, on date: CivilDate,
        by actor: Actor
    ) async throws -> StorageLotRecord {
        guard quantity > 0, quantity <= Quantity.ceiling else { throw SupplyError.quantityInvalid }
        guard rate >= 0, rate <= Amount.ceiling else { throw SupplyError.amountInvalid("rate") }
        if let memberID { _ = try await MemberStore(tenant).find(memberID) }
        let units = BusinessUnitStore(tenant)
        let unit: BusinessUnitRecord
        if let unitID {
            unit = try await units.find(unitID)
        } else {
            guard let warehouse = try await units.all().first(where: { $0.kind == .warehouse && $0.active }) else {
                throw StoreError.field(.required("unitId"))
            }
            unit = warehouse
        }
        try await StockStore(tenant).lockCooperative()
        let lot = StorageLotRecord()
        lot.number = (try await tenant.query(StorageLotRecord.self).sort(\.$number, .descending).first()?.number ?? 0) + 1
        lot.memberID = memberID
        lot.owner = owner
        lot.goods = goods
        lot.unitID = unit.id!
        lot.quantity = quantity
        lot.released = 0
        lot.rate = rate
        lot.storedOn = date
        lot.fees = 0
        lot.recordedByName = actor.name
        do { try await tenant.create(lot) } catch  where error.isConstraintFailure { throw SupplyError.quantityInvalid }
        try await AuditLog.append(
            tenant, actor: actor, action: .storageIn, entity: "storage_lot", entityID: lot.id,
            after: ["owner": owner, "goods": goods, "quantity": Quantity.string(quantity), "rate": String(rate)])
        return lot
    }

    /// Takes `quantity` of a lot out: its fee for the days held is paid in cash to the unit's service income.
    package func release(_ quantity: Int64, of id: UUID?, on date: CivilDate, description: String, by actor: Actor)
        async throws -> (lot: StorageLotRecord, fee: Int64)
    {
        let lot = try await find(id)
        guard quantity > 0 else { throw SupplyError.quantityInvalid }
        guard quantity <= lot.held else { throw SupplyError.overRelease(held: lot.held) }
        let fee = try StorageFee.fee(quantity: quantity, days: StorageFee.days(from: lot.storedOn, to: date), rate: lot.rate)
        if fee > 0 {
            _ = try await Ledger(tenant).post(
                JournalDraft(
                    date: date, description: description, sourceType: .storageFee, sourceID: UUID(),
                    lines: [
                        JournalDraft.Line(account: .role(.cash), debit: fee, credit: 0, unit: lot.unitID),
                        JournalDraft.Line(account: .role(.serviceIncome), debit: 0, credit: fee, unit: lot.unitID),
                    ]), by: actor)
        }
        lot.released += quantity
        lot.fees += fee
        try await lot.update(on: tenant.db)
        try await AuditLog.append(
            tenant, actor: actor, action: .storageOut, entity: "storage_lot", entityID: lot.id,
            after: ["quantity": Quantity.string(quantity), "fee": String(fee)])
        return (lot, fee)
    }
}
