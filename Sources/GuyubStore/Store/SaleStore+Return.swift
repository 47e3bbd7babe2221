import FluentKit
import Foundation
import GuyubCore
import SQLKit

extension SaleStore {
    /// Goods coming back from a sale: `quantities` by product, or everything not yet back when nil.
    package struct Return: Sendable {
        package var saleID: UUID
        package var quantities: [UUID: Int64]?
        package var reason: String
        package var date: CivilDate
        package var at: Date

        package init(saleID: UUID, quantities: [UUID: Int64]?, reason: String, date: CivilDate, at: Date) {
            self.saleID = saleID
            self.quantities = quantities
            self.reason = reason
            self.date = date
            self.at = at
        }
    }

    /// Takes goods back (or undoes the whole sale) as the reverse of what the sale moved: each line gives
    /// back its share of what was paid and of what the goods cost (the core's `SoldLine`), the goods go
    /// back into the unit's stock at that cost, the buyer gets the money back the way they paid, and a
    /// member's business for the SHU shrinks by what they got back. What a voucher paid comes back as a
    /// voucher of the buyer's again; a referral reward the purchase earned is taken back (`referrals` words
    /// its entry).
    package func giveBack(
        _ request: Return, describe: (Int) -> String, referrals: ReferralStore.Texts, by actor: Actor
    ) async throws -> (record: SaleReturnRecord, lines: [(line: SaleLineRecord, quantity: Int64, amount: Int64)]) {
        let reason: String
        do { reason = try FieldRules.required(request.reason, field: "reason", max: FieldLimit.storeReason) } catch {
            throw StoreError.field(error)
        }
        try await StockStore(tenant).lockCooperative()
        let (sale, lines) = try await find(request.saleID)
        try await BusinessUnitStore(tenant).checkWorks(in: sale.unitID, actor)
        if let quantities = request.quantities {
            guard !quantities.isEmpty else { throw StoreError.noLines }
            guard Set(lines.map(\.productID)).isSuperset(of: quantities.keys) else { throw AccessError.notFound }
        }
        let wanted = lines.compactMap { line -> (SaleLineRecord, Int64)? in
            let quantity = request.quantities.map { $0[line.productID] ?? 0 } ?? line.sold.returnable
            return quantity > 0 || request.quantities?[line.productID] != nil ? (line, quantity) : nil
        }
        guard !wanted.isEmpty else { throw StoreError.alreadyReturned }

        let levels = try await StockStore(tenant).levels(of: wanted.map(\.0.productID), in: sale.unitID)
        var back: [(line: SaleLineRecord, quantity: Int64, amount: Int64)] = []
        var movements: [(level: StockLevelRecord, quantity: Int64, cost: Int64)] = []
        var batches: [StockStore.BatchChange] = []
        for (line, quantity) in wanted {
            var sold = line.sold
            let (amount, cost) = try sold.takeBack(quantity)
            var position = levels[line.productID]!.position
            try position.receive(quantity, costing: cost)
            levels[line.productID]!.quantity = position.quantity
            levels[line.productID]!.value = position.value
            (line.returnedQuantity, line.returnedAmount, line.returnedCost) =
                (sold.returnedQuantity, sold.returnedAmount, sold.returnedCost)
            back.append((line, quantity, amount))
            movements.append((levels[line.productID]!, quantity, cost))
            // The goods go back into the batches they were taken from.
            let (into, left) = Batch.putBack(quantity, into: Batch.read(line.batches))
            line.batches = Batch.written(left)
            batches += into.map { StockStore.BatchChange(product: line.productID, unit: sale.unitID, batch: $0) }
        }

        let record = SaleReturnRecord()
        record.id = UUID()
        record.cooperativeID = tenant.cooperativeID
        record.saleID = sale.id!
        record.returnedOn = request.date
        record.returnedAt = request.at
        record.reason = reason
        record.amount = back.reduce(0) { $0 + $1.amount }
        record.cost = movements.reduce(0) { $0 + $1.cost }
        record.byUserID = actor.userID
        record.byName = actor.name

        // The money goes back the ways it was paid (`SalePayment.refund`): a credit part off what the customer
        // owes (beyond it, in cash), a savings part into their savings, a QRIS part to QRIS, the rest in cash.
        let already = try await returns(of: sale.id!).reduce(0) { $0 + $1.amount }
        var owed: Int64 = 0
        if sale.split[.credit] > 0, let customer = sale.customerID {
            owed = try await StoreCustomerStore(tenant).find(customer).balance
        }
        let refund = sale.split.refund(record.amount, after: already, owed: owed)
        // The ways the buyer paid give back up to what they paid; the rest was the voucher's.
        let voucherBack = record.amount - refund.total
        record.cash = refund.inCash
        if refund.inCash > 0 { record.shiftID = try await ShiftStore(tenant).open(at: sale.unitID)?.id }

        var savingsAccount: UUID?
        if refund.toSavings > 0, let member = sale.memberID {
            savingsAccount = try await SavingsStore(tenant).openAccount(of: member, kind: .sukarela).id
        }
        var statements: [any SQLExpression] = []
        if let customer = sale.customerID, refund.offOwed > 0 {
            statements.append(
                SQLQueryString(
                    """
                    UPDATE store_customers SET balance = balance - \(bind: refund.offOwed)
                    WHERE cooperative_id = \(bind: tenant.cooperativeID) AND id = \(bind: customer)
                    """))
        }
        if let draft = draft(
            record, of: sale, refund: refund, voucherBack: voucherBack, description: describe(sale.number),
            savingsAccount: savingsAccount)
        {
            record.entryID = try await Ledger(tenant).post(draft, by: actor).entry.id
        }
        if voucherBack > 0, let voucher = sale.voucherID, let entry = record.entryID {
            try await VoucherStore(tenant).reissue(voucher, worth: voucherBack, on: request.date, entry: entry)
        }
        let stock = StockStore(tenant)
        statements.append(insert(record))
        for (line, _, _) in back {
            statements.append(
                SQLQueryString(
                    """
                    UPDATE sale_lines SET returned_quantity = \(bind: line.returnedQuantity),
                      returned_amount = \(bind: line.returnedAmount), returned_cost = \(bind: line.returnedCost),
                      batches = \(bind: line.batches)
                    WHERE cooperative_id = \(bind: tenant.cooperativeID) AND id = \(bind: line.id!)
                    """))
        }
        if let member = sale.memberID, record.amount > 0 {
            statements.append(
                Tenant.insert(
                    into: BusinessRecord.schema,
                    ["cooperative_id", "id", "member_id", "source", "happened_on", "amount", "reference"],
                    [
                        [
                            tenant.cooperativeID, UUID(), member, SHURules.BusinessSource.store.rawValue, request.date,
                            -record.amount, record.id!.uuidString,
                        ]
                    ]))
        }
        statements +=
            stock.saving(
                Array(levels.values),
                movements: movements.map {
                    stock.movement(
                        .saleReturn, of: $0.level, quantity: $0.quantity, value: $0.cost, on: request.date, source: record.id!,
                        entry: record.entryID)
                }) + stock.saving(batches)
        try await tenant.runTogether(statements)
        try await AuditLog.append(
            tenant, actor: actor, action: .saleReturn, entity: "sale", entityID: sale.id,
            after: ["saleNumber": String(sale.number), "refund": String(record.amount), "reason": reason])
        try await ReferralStore(tenant).returned(sale.id!, on: request.date, texts: referrals, by: actor)
        return (record, back)
    }

    /// The sale's entry turned around for what came back; none when nothing of value moved. The refund
    /// comes off trade receivables, savings, QRIS in transit and cash, as `refund` sends it, and what a
    /// voucher paid is owed on a voucher again.
    private func draft(
        _ record: SaleReturnRecord, of sale: SaleRecord, refund: Refund, voucherBack: Int64, description: String,
        savingsAccount: UUID?
    ) -> JournalDraft? {
        guard record.amount > 0 || record.cost > 0 else { return nil }
        var lines: [JournalDraft.Line] = []
        if record.amount > 0 {
            lines.append(
                JournalDraft.Line(
                    account: .role(sale.memberID == nil ? .salesNonMember : .salesMember), debit: record.amount, credit: 0,
                    unit: sale.unitID))
            let back: [(AccountRole, Int64)] = [
                (.tradeReceivables, refund.offOwed), (.savingsSukarela, refund.toSavings), (.qrisClearing, refund.toQRIS),
                (.cash, refund.inCash), (.vouchers, voucherBack),
            ]
            for (role, amount) in back where amount > 0 {
                lines.append(
                    JournalDraft.Line(
                        account: .role(role), savingsAccount: role == .savingsSukarela ? savingsAccount : nil, debit: 0,
                        credit: amount, unit: sale.unitID))
            }
        }
        if record.cost > 0 {
            lines.append(JournalDraft.Line(account: .role(.inventory), debit: record.cost, credit: 0, unit: sale.unitID))
            lines.append(JournalDraft.Line(account: .role(.costOfSales), debit: 0, credit: record.cost, unit: sale.unitID))
        }
        return JournalDraft(
            date: record.returnedOn, description: description, sourceType: .storeReturn, sourceID: record.id, lines: lines)
    }

    /// Everything that came back from a sale, oldest first.
    package func returns(of saleID: UUID) async throws -> [SaleReturnRecord] {
        try await tenant.query(SaleReturnRecord.self).filter(\.$saleID == saleID).sort(\.$returnedAt).all()
    }

    private func insert(_ record: SaleReturnRecord) -> SQLInsert {
        Tenant.insert(
            into: SaleReturnRecord.schema,
            [
                "cooperative_id", "id", "sale_id", "returned_on", "returned_at", "reason", "amount", "cost", "entry_id",
                "by_user_id", "by_name", "cash", "shift_id",
            ],
            [
                [
                    tenant.cooperativeID, record.id!, record.saleID, record.returnedOn, record.returnedAt, record.reason,
                    record.amount, record.cost, record.entryID, record.byUserID, record.byName, record.cash, record.shiftID,
                ]
            ])
    }
}
