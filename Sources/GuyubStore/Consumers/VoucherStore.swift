import FluentKit
import Foundation
import GuyubCore
import SQLKit

/// Vouchers: issued as a promotion expense of a unit and owed until used (a sale's entry spends them),
/// collected (a package from stock), expired (the day's job: no longer owed, other income) or voided (a
/// reward taken back: the expense undone).
package struct VoucherStore: Sendable {
    package let tenant: Tenant

    package init(_ tenant: Tenant) { self.tenant = tenant }

    /// Whose a voucher is.
    package enum Holder: Sendable, Equatable {
        case member(UUID)
        case consumer(UUID)
    }

    /// What to issue: money off, or a package of goods at what it costs now.
    package enum Promise: Sendable {
        case money(Int64)
        case package(productID: UUID, quantity: Int64)
    }

    package func find(_ id: UUID?) async throws -> VoucherRecord {
        guard let voucher = try await tenant.find(VoucherRecord.self, id) else { throw AccessError.notFound }
        return voucher
    }

    /// A voucher by the code on it, as typed.
    package func find(code: String) async throws -> VoucherRecord {
        let code = Referral.read(code)
        guard !code.isEmpty,
            let voucher = try await tenant.query(VoucherRecord.self).filter(\.$code == code).first()
        else { throw ConsumerError.voucherUnknown }
        return voucher
    }

    /// A holder's vouchers, the newest first.
    package func held(by holder: Holder) async throws -> [VoucherRecord] {
        var query = tenant.query(VoucherRecord.self)
        switch holder {
        case .member(let id): query = query.filter(\.$memberID == id)
        case .consumer(let id): query = query.filter(\.$consumerID == id)
        }
        return try await query.sort(\.$issuedOn, .descending).sort(\.$code).all()
    }

    /// Issues a voucher good for `days` days to `holder`: the promotion expense of `unitID` against the
    /// vouchers owed. A package is valued at its product's average cost in that unit now.
    package func issue(
        _ promise: Promise, to holder: Holder, source: VoucherSource, referralID: UUID? = nil, unitID: UUID,
        on date: CivilDate, days: Int, description: String, by actor: Actor
    ) async throws -> VoucherRecord {
        let voucher = VoucherRecord()
        voucher.id = UUID()
        switch promise {
        case .money(let value):
            guard value > 0, value <= Amount.ceiling else { throw ConsumerError.rulesInvalid("voucherValue") }
            voucher.kind = .money
            voucher.value = value
        case .package(let productID, let quantity):
            let level = try await StockStore(tenant).levels(of: [productID], in: unitID)[productID]!
            guard level.quantity > 0 else { throw StoreError.insufficientStock(available: 0) }
            voucher.kind = .package
            voucher.productID = productID
            voucher.quantity = quantity
            voucher.value = max(1, RoundingRule.halfUp.multiplyDivide(level.value, quantity, level.quantity))
        }
        voucher.code = try await freeCode()
        voucher.source = source
        voucher.referralID = referralID
        switch holder {
        case .member(let id): voucher.memberID = id
        case .consumer(let id): voucher.consumerID = id
        }
        voucher.unitID = unitID
        voucher.issuedOn = date
        guard let expires = date.adding(days: days) else { throw ConsumerError.rulesInvalid("voucherDays") }
        voucher.expiresOn = expires
        voucher.status = .active
        voucher.entryID = try await Ledger(tenant).post(
            JournalDraft(
                date: date, description: description, sourceType: .voucherIssue, sourceID: voucher.id,
                lines: [
                    JournalDraft.Line(account: .role(.promotionExpense), debit: voucher.value, credit: 0, unit: unitID),
                    JournalDraft.Line(account: .role(.vouchers), debit: 0, credit: voucher.value, unit: unitID),
                ]), by: actor
        ).entry.id!
        try await tenant.create(voucher)
        try await AuditLog.append(
            tenant, actor: actor, action: .voucherIssue, entity: "voucher", entityID: voucher.id,
            after: ["code": voucher.code, "kind": voucher.kind.rawValue, "value": String(voucher.value)])
        return voucher
    }

    /// A code no voucher of the cooperative has.
    private func freeCode() async throws -> String {
        while true {
            let code = Voucher.code()
            if try await tenant.query(VoucherRecord.self).filter(\.$code == code).first() == nil { return code }
        }
    }

    /// The money voucher a buyer hands over at the counter: theirs, good today. Taken only as the sale
    /// posts (`spent`).
    package func spendable(code: String, by holders: [Holder], on today: CivilDate) async throws -> VoucherRecord {
        let voucher = try await find(code: code)
        let holder: Holder? = voucher.memberID.map(Holder.member) ?? voucher.consumerID.map(Holder.consumer)
        guard let holder, holders.contains(holder) else { throw ConsumerError.voucherUnknown }
        try Voucher.usable(
            status: voucher.status, kind: voucher.kind, as: .money, expiresOn: voucher.expiresOn, today: today)
        return voucher
    }

    /// Marks a voucher spent on a sale, once: a second use at the same moment finds it spent.
    package func spent(_ voucher: VoucherRecord, on sale: UUID, date: CivilDate) async throws {
        let row = try await tenant.db.sql.raw(
            """
            UPDATE vouchers SET status = \(bind: VoucherStatus.used.rawValue), sale_id = \(bind: sale),
              closed_on = \(bind: date)
            WHERE cooperative_id = \(bind: tenant.cooperativeID) AND id = \(bind: voucher.id!)
              AND status = \(bind: VoucherStatus.active.rawValue)
            RETURNING id
            """
        ).first()
        guard row != nil else { throw ConsumerError.voucherUsed }
    }

    /// What a voucher paid of goods brought back, owed to its holder again: a voucher of that worth, good
    /// until the first one's last day (or today, when that has passed), booked by the return's `entry`.
    package func reissue(_ id: UUID, worth value: Int64, on date: CivilDate, entry: UUID) async throws {
        let first = try await find(id)
        let voucher = VoucherRecord()
        voucher.code = try await freeCode()
        voucher.kind = .money
        voucher.source = first.source
        voucher.referralID = first.referralID
        (voucher.memberID, voucher.consumerID) = (first.memberID, first.consumerID)
        voucher.value = value
        voucher.unitID = first.unitID
        voucher.issuedOn = date
        voucher.expiresOn = max(first.expiresOn, date)
        voucher.status = .active
        voucher.entryID = entry
        try await tenant.create(voucher)
    }

    /// Hands a package over at the counter: the goods leave the unit's stock at their average cost; what
    /// they cost more or less than promised goes to the promotion expense.
    package func collect(_ id: UUID?, on date: CivilDate, description: String, by actor: Actor) async throws
        -> VoucherRecord
    {
        let stock = StockStore(tenant)
        try await stock.lockCooperative()
        let voucher = try await find(id)
        try Voucher.usable(status: voucher.status, kind: voucher.kind, as: .package, expiresOn: voucher.expiresOn, today: date)
        guard let productID = voucher.productID, let quantity = voucher.quantity else { throw ConsumerError.voucherKind }
        let level = try await stock.levels(of: [productID], in: voucher.unitID)[productID]!
        var position = level.position
        let cost = try position.issue(quantity)
        (level.quantity, level.value) = (position.quantity, position.value)
        let drawn = try Batch.draw(
            quantity, from: try await stock.batches(of: [productID], in: voucher.unitID)[productID] ?? [], sellingOn: date)
        var lines = [
            JournalDraft.Line(account: .role(.vouchers), debit: voucher.value, credit: 0, unit: voucher.unitID),
            JournalDraft.Line(account: .role(.inventory), debit: 0, credit: cost, unit: voucher.unitID),
        ]
        if cost != voucher.value {
            lines.append(
                JournalDraft.Line(
                    account: .role(.promotionExpense), debit: max(0, cost - voucher.value),
                    credit: max(0, voucher.value - cost), unit: voucher.unitID))
        }
        let entry = try await Ledger(tenant).post(
            JournalDraft(
                date: date, description: description, sourceType: .voucherCollect, sourceID: voucher.id, lines: lines),
            by: actor
        ).entry.id!
        let movement = stock.movement(
            .promotion, of: level, quantity: -quantity, value: -cost, on: date, source: voucher.id!, entry: entry)
        let taken = drawn.map {
            StockStore.BatchChange(
                product: productID, unit: voucher.unitID, batch: Batch(expiresOn: $0.expiresOn, quantity: -$0.quantity))
        }
        try await tenant.runTogether(stock.saving([level], movements: [movement]) + stock.saving(taken))
        try await close(voucher, as: .used, on: date, entry: entry)
        try await AuditLog.append(
            tenant, actor: actor, action: .voucherCollect, entity: "voucher", entityID: voucher.id,
            after: ["code": voucher.code, "cost": String(cost)])
        return voucher
    }

    /// Takes back a voucher still good (its reward reversed): the promotion expense undone. False when it
    /// was already used, expired or voided.
    package func void(_ voucher: VoucherRecord, on date: CivilDate, description: String, by actor: Actor) async throws
        -> Bool
    {
        guard voucher.status == .active else { return false }
        let entry = try await Ledger(tenant).post(
            JournalDraft(
                date: date, description: description, sourceType: .voucherVoid, sourceID: voucher.id,
                lines: [
                    JournalDraft.Line(account: .role(.vouchers), debit: voucher.value, credit: 0, unit: voucher.unitID),
                    JournalDraft.Line(
                        account: .role(.promotionExpense), debit: 0, credit: voucher.value, unit: voucher.unitID),
                ]), by: actor
        ).entry.id!
        try await close(voucher, as: .void, on: date, entry: entry)
        try await AuditLog.append(
            tenant, actor: actor, action: .voucherVoid, entity: "voucher", entityID: voucher.id,
            after: ["code": voucher.code])
        return true
    }

    /// The day's job: vouchers past their last day are no longer owed, and what they were worth is income.
    /// Running it again the same day finds none.
    package func expire(on today: CivilDate, description: (String) -> String, by actor: Actor) async throws -> Int {
        let due = try await tenant.query(VoucherRecord.self).filter(\.$status == .active).filter(\.$expiresOn < today).all()
        for voucher in due {
            let entry = try await Ledger(tenant).post(
                JournalDraft(
                    date: today, description: description(voucher.code), sourceType: .voucherExpiry,
                    sourceID: voucher.id,
                    lines: [
                        JournalDraft.Line(account: .role(.vouchers), debit: voucher.value, credit: 0, unit: voucher.unitID),
                        JournalDraft.Line(
                            account: .role(.otherIncome), debit: 0, credit: voucher.value, unit: voucher.unitID),
                    ]), by: actor
            ).entry.id!
            try await close(voucher, as: .expired, on: today, entry: entry)
        }
        return due.count
    }

    private func close(_ voucher: VoucherRecord, as status: VoucherStatus, on date: CivilDate, entry: UUID) async throws {
        voucher.status = status
        voucher.closedOn = date
        voucher.closingEntryID = entry
        try await voucher.update(on: tenant.db)
    }
}
