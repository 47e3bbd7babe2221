import FluentKit
import Foundation
import GuyubCore
import SQLKit

/// QRIS money between the sale and the bank: what is in transit, and its settlement when the bank credits
/// it (less the acquirer's fee).
package struct QRISStore: Sendable {
    package let tenant: Tenant

    package init(_ tenant: Tenant) { self.tenant = tenant }

    /// The QRIS in-transit account's balance: one unit's, or all of it.
    package func inTransit(unit: UUID? = nil) async throws -> Int64 {
        let inUnit: SQLQueryString = unit.map { "AND l.business_unit_id = \(bind: $0)" } ?? ""
        let row = try await tenant.db.sql.raw(
            """
            SELECT CAST(COALESCE(SUM(l.debit - l.credit), 0) AS BIGINT) AS balance FROM journal_lines l
            JOIN accounts a ON a.cooperative_id = l.cooperative_id AND a.id = l.account_id
            WHERE l.cooperative_id = \(bind: tenant.cooperativeID) AND a.role = \(bind: AccountRole.qrisClearing.rawValue)
              \(inUnit)
            """
        ).first()
        return try row?.decode(column: "balance", as: Int64.self) ?? 0
    }

    /// The bank credited `amount` of a unit's QRIS money (the shop's when nil) less `fee`: one entry moves
    /// it out of the unit's transit, the fee to the unit's expenses. What is left in transit there.
    package func settle(
        _ amount: Int64, fee: Int64, unitID: UUID? = nil, on date: CivilDate, description: String, by actor: Actor
    ) async throws -> (entry: UUID, inTransit: Int64) {
        // Bookkeeping, not counter work: whoever keeps the books settles any unit's QRIS money.
        let shop = try await BusinessUnitStore(tenant).shop(unitID, by: actor, working: false)
        try await StockStore(tenant).lockCooperative()
        let inTransit = try await inTransit(unit: shop.id!)
        let credited = try QRISSettlement.credited(amount, fee: fee, inTransit: inTransit)
        var lines = [
            JournalDraft.Line(account: .role(.bank), debit: credited, credit: 0, unit: shop.id),
            JournalDraft.Line(account: .role(.qrisClearing), debit: 0, credit: amount, unit: shop.id),
        ]
        if fee > 0 { lines.append(JournalDraft.Line(account: .role(.operatingExpense), debit: fee, credit: 0, unit: shop.id)) }
        let posting = try await Ledger(tenant).post(
            JournalDraft(
                date: date, description: description, sourceType: .storeQRISSettlement, sourceID: UUID(), lines: lines),
            by: actor)
        return (posting.entry.id!, inTransit - amount)
    }
}
