import FluentKit
import Foundation
import GuyubCore
import SQLKit

/// Shifts at each unit's till. Opening and closing take the cooperative's row first, as sales and
/// returns do, so a count never misses a sale made while the shift closes.
package struct ShiftStore: Sendable {
    package let tenant: Tenant

    package init(_ tenant: Tenant) { self.tenant = tenant }

    package func find(_ id: UUID?) async throws -> ShiftRecord {
        guard let shift = try await tenant.find(ShiftRecord.self, id) else { throw AccessError.notFound }
        return shift
    }

    /// The shift open at a unit's till, if any.
    package func open(at unitID: UUID) async throws -> ShiftRecord? {
        try await tenant.query(ShiftRecord.self).filter(\.$unitID == unitID).filter(\.$status == ShiftStatus.open).first()
    }

    /// The latest shifts, open ones first.
    package func recent(limit: Int = 30) async throws -> [ShiftRecord] {
        try await tenant.query(ShiftRecord.self).sort(\.$status, .descending).sort(\.$openedAt, .descending).limit(limit)
            .all()
    }

    /// Opens the till of `unitID` (the shop when nil) with a float counted into the drawer.
    package func open(
        unitID: UUID?, float: Int64, on date: CivilDate, at instant: Date, by actor: Actor
    ) async throws -> ShiftRecord {
        guard float >= 0, float <= Amount.ceiling else { throw StoreError.priceInvalid("float") }
        let unit = try await BusinessUnitStore(tenant).shop(unitID, by: actor)
        try await StockStore(tenant).lockCooperative()
        guard try await open(at: unit.id!) == nil else { throw StoreError.shiftAlreadyOpen }
        let shift = ShiftRecord()
        shift.unitID = unit.id!
        shift.status = .open
        shift.openedOn = date
        shift.openedAt = instant
        shift.float = float
        shift.openedByUserID = actor.userID
        shift.openedByName = actor.name
        try await tenant.create(shift)
        try await AuditLog.append(
            tenant, actor: actor, action: .shiftOpen, entity: "shift", entityID: shift.id, after: ["float": String(float)])
        return shift
    }

    /// What the drawer should hold: the float, cash taken for sales and for what credit customers owed, cash
    /// paid back (as counted at closing, once closed).
    package func till(_ shift: ShiftRecord) async throws -> TillCount {
        if shift.status == .closed {
            return TillCount(float: shift.float, cashIn: shift.cashIn ?? 0, cashOut: shift.cashOut ?? 0)
        }
        let row = try await tenant.db.sql.raw(
            """
            SELECT
              (SELECT CAST(COALESCE(SUM(paid_cash), 0) AS BIGINT) FROM sales
               WHERE cooperative_id = \(bind: tenant.cooperativeID) AND shift_id = \(bind: shift.id!))
              + (SELECT CAST(COALESCE(SUM(amount), 0) AS BIGINT) FROM customer_payments
                 WHERE cooperative_id = \(bind: tenant.cooperativeID) AND shift_id = \(bind: shift.id!)) AS cash_in,
              (SELECT CAST(COALESCE(SUM(cash), 0) AS BIGINT) FROM sale_returns
               WHERE cooperative_id = \(bind: tenant.cooperativeID) AND shift_id = \(bind: shift.id!)) AS cash_out
            """
        ).first()
        return TillCount(
            float: shift.float, cashIn: try row?.decode(column: "cash_in", as: Int64.self) ?? 0,
            cashOut: try row?.decode(column: "cash_out", as: Int64.self) ?? 0)
    }

    /// The shift's takings by way of payment: how many sales took some that way, and what they came to (a
    /// split sale counts under each way it was paid).
    package func sales(in shift: ShiftRecord) async throws -> [PaymentMethod: (count: Int, total: Int64)] {
        let columns = ["cash": "paid_cash", "savings": "paid_savings", "qris": "paid_qris", "credit": "paid_credit"]
        var byPayment: [PaymentMethod: (count: Int, total: Int64)] = [:]
        for method in PaymentMethod.single {
            let column = SQLIdentifier(columns[method.rawValue]!)
            let row = try await tenant.db.sql.raw(
                """
                SELECT COUNT(*) AS sales, CAST(COALESCE(SUM(\(column)), 0) AS BIGINT) AS total FROM sales
                WHERE cooperative_id = \(bind: tenant.cooperativeID) AND shift_id = \(bind: shift.id!) AND \(column) > 0
                """
            ).first()
            let count = try row?.decode(column: "sales", as: Int.self) ?? 0
            if count > 0 { byPayment[method] = (count, try row?.decode(column: "total", as: Int64.self) ?? 0) }
        }
        return byPayment
    }

    /// Closes a shift with the cash counted in the drawer; a difference is posted between cash and cash
    /// over and short. `supervising`: the closer may close another cashier's shift.
    package func close(
        _ id: UUID?, counted: Int64, note: String?, on date: CivilDate, at instant: Date, description: String,
        supervising: Bool, by actor: Actor
    ) async throws -> ShiftRecord {
        try await StockStore(tenant).lockCooperative()
        let shift = try await find(id)
        let status = try shift.status.closing(
            byOpener: actor.userID != nil && actor.userID == shift.openedByUserID, bySupervisor: supervising)
        let till = try await till(shift)
        let difference = try till.difference(counted: counted)
        if difference != 0 {
            let (debit, credit): (AccountRole, AccountRole) = difference > 0 ? (.cash, .cashOverShort) : (.cashOverShort, .cash)
            shift.entryID = try await Ledger(tenant).post(
                JournalDraft(
                    date: date, description: description, sourceType: .storeShift, sourceID: shift.id,
                    lines: [
                        JournalDraft.Line(account: .role(debit), debit: abs(difference), credit: 0, unit: shift.unitID),
                        JournalDraft.Line(account: .role(credit), debit: 0, credit: abs(difference), unit: shift.unitID),
                    ]), by: actor
            ).entry.id
        }
        shift.status = status
        shift.closedOn = date
        shift.closedAt = instant
        shift.cashIn = till.cashIn
        shift.cashOut = till.cashOut
        shift.counted = counted
        shift.difference = difference
        shift.closedByName = actor.name
        shift.note = note
        try await shift.update(on: tenant.db)
        try await AuditLog.append(
            tenant, actor: actor, action: .shiftClose, entity: "shift", entityID: shift.id,
            after: ["counted": String(counted), "difference": String(difference), "note": note ?? ""])
        return shift
    }
}
