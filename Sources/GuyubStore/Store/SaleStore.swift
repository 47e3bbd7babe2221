import FluentKit
import Foundation
import GuyubCore
import SQLKit

/// Sales at the counter. A sale prices each line for its buyer, keeps a regulated good's rules (its
/// ceiling, the buyer's NIK, their limit in the period), takes the goods out of stock at moving average
/// cost and posts one entry: what the buyer paid against sales, and the cost of sales against inventory.
/// A member's purchase counts as their business for the SHU.
package struct SaleStore: Sendable {
    package let tenant: Tenant

    package init(_ tenant: Tenant) { self.tenant = tenant }

    package struct Line: Sendable {
        package var productID: UUID
        /// Thousandths of the base unit, or of `pack` when one is named.
        package var quantity: Int64
        /// The pack the goods are sold in (`karung`, `dus`); nil for the base unit.
        package var pack: String?

        package init(productID: UUID, quantity: Int64, pack: String? = nil) {
            self.productID = productID
            self.quantity = quantity
            self.pack = pack
        }
    }

    package struct Request: Sendable {
        package var lines: [Line]
        package var memberID: UUID?
        package var customerID: UUID?
        package var buyerNIK: NIK?
        package var payment: PaymentMethod
        package var unitID: UUID?
        package var date: CivilDate
        package var at: Date
        /// The total the buyer was charged elsewhere (an offline counter): the sale is refused if it prices
        /// to another.
        package var expectedTotal: Int64?
        /// For a split payment, the parts; one may leave its amount out to take the rest.
        package var parts: [(method: PaymentMethod, amount: Int64?)]
        /// The consumer buying, known by their phone or card.
        package var consumerID: UUID?
        /// A money voucher of the buyer's handed over: it pays first, the payment the rest.
        package var voucherCode: String?

        package init(
            lines: [Line], memberID: UUID?, customerID: UUID?, buyerNIK: NIK?, payment: PaymentMethod, unitID: UUID?,
            date: CivilDate, at: Date, expectedTotal: Int64? = nil, parts: [(method: PaymentMethod, amount: Int64?)] = [],
            consumerID: UUID? = nil, voucherCode: String? = nil
        ) {
            self.consumerID = consumerID
            self.voucherCode = voucherCode
            self.parts = parts
            self.expectedTotal = expectedTotal
            self.lines = lines
            self.memberID = memberID
            self.customerID = customerID
            self.buyerNIK = buyerNIK
            self.payment = payment
            self.unitID = unitID
            self.date = date
            self.at = at
        }
    }

    package func find(_ id: UUID?) async throws -> (sale: SaleRecord, lines: [SaleLineRecord]) {
        guard let sale = try await tenant.find(SaleRecord.self, id) else { throw AccessError.notFound }
        let lines = try await tenant.query(SaleLineRecord.self).filter(\.$saleID == sale.id!).sort(\.$line).all()
        return (sale, lines)
    }

    /// `describe` writes the entry's description for the sale's number.
    package func sell(
        _ asked: Request, describe: (Int) -> String, by actor: Actor
    ) async throws -> (sale: SaleRecord, lines: [SaleLineRecord]) {
        var request = asked
        guard !request.lines.isEmpty else { throw StoreError.noLines }
        guard request.lines.count <= StockStore.maxLines else { throw StoreError.tooManyLines }
        guard Set(request.lines.map(\.productID)).count == request.lines.count else { throw StoreError.duplicateLine }

        var customer: StoreCustomerRecord?
        if let id = request.customerID {
            guard let found = try await tenant.find(StoreCustomerRecord.self, id) else { throw AccessError.notFound }
            customer = found
        }
        var consumer: ConsumerRecord?
        if let id = request.consumerID { consumer = try await ConsumerStore(tenant).find(id) }
        var member: MemberRecord?
        if let id = request.memberID ?? customer?.memberID ?? consumer?.memberID {
            member = try await MemberStore(tenant).find(id)
        }
        let isMember = member?.status == .member
        let buyer = CustomerClass.paying(isMember: isMember, registered: customer?.customerClass)

        let products = Dictionary(
            uniqueKeysWithValues: try await tenant.query(ProductRecord.self).filter(\.$id ~~ request.lines.map(\.productID))
                .all().map { ($0.id!, $0) })
        guard products.count == request.lines.count else { throw AccessError.notFound }
        guard products.values.allSatisfy(\.active) else { throw StoreError.productInactive }
        // Lines in packs become base units; the pack stays on the line for the receipt.
        let inPacks = request.lines.filter { $0.pack != nil }
        let packs = try await ProductStore(tenant).packs(of: inPacks.map(\.productID))
        var sold: [UUID: (name: String, count: Int64)] = [:]
        for index in request.lines.indices {
            guard let name = request.lines[index].pack else { continue }
            let pack = try (packs[request.lines[index].productID] ?? []).named(name)
            sold[request.lines[index].productID] = (pack.name, request.lines[index].quantity)
            request.lines[index].quantity = try pack.base(request.lines[index].quantity)
        }
        let programmes = try await ProgrammeStore(tenant).rules(Set(products.values.compactMap(\.programmeID)))
        let nik = request.buyerNIK?.digits ?? member?.nik
        if programmes.values.contains(where: \.requiresBuyerID), nik == nil { throw StoreError.buyerIDRequired }

        let unit = try await BusinessUnitStore(tenant).shop(request.unitID, by: actor)
        var priced: [(line: Line, product: ProductRecord, price: Int64, amount: Int64)] = []
        for line in request.lines {
            let product = products[line.productID]!
            let price = try ProductStore.prices(product).price(for: buyer, quantity: line.quantity)
            if let programme = product.programmeID.flatMap({ programmes[$0] }) {
                try programme.checkPrices([price], on: request.date, in: unit.region)
            }
            priced.append((line, product, price, try Quantity.amount(line.quantity, at: price)))
        }
        let total = priced.reduce(0) { $0 + $1.amount }
        guard total > 0, total <= Amount.ceiling else { throw StoreError.priceInvalid("total") }
        if let expected = request.expectedTotal, expected != total { throw StoreError.totalChanged(total: total) }
        var voucher: (record: VoucherRecord, paid: Int64, lapsed: Int64)?
        if let code = request.voucherCode, !code.trimmingCharacters(in: .whitespaces).isEmpty {
            let holders = [member?.id.map(VoucherStore.Holder.member), consumer?.id.map(VoucherStore.Holder.consumer)]
            let found = try await VoucherStore(tenant).spendable(code: code, by: holders.compactMap { $0 }, on: request.date)
            let (paid, lapsed) = Voucher.paying(found.value, toward: total)
            voucher = (found, paid, lapsed)
        }
        let toPay = total - (voucher?.paid ?? 0)
        let split =
            request.payment == .split
            ? try SalePayment(request.parts, total: toPay) : SalePayment(single: request.payment, total: toPay)
        if split[.savings] > 0, !isMember { throw StoreError.memberRequired }
        if split[.credit] > 0, customer == nil { throw StoreError.customerRequired }

        // The cooperative's row first: the sale's number, then what the buyer already took and the stock.
        let number = try await nextNumber()
        if let nik {
            try await checkLimits(priced.map { ($0.product.programmeID, $0.line.quantity) }, programmes, nik, request.date)
        }
        let stock = StockStore(tenant)
        let levels = try await stock.levels(of: request.lines.map(\.productID), in: unit.id!)
        let batches = try await stock.batches(of: request.lines.map(\.productID), in: unit.id!)
        var costs: [Int64] = []
        var draws: [[Batch]] = []
        for line in request.lines {
            var position = levels[line.productID]!.position
            costs.append(try position.issue(line.quantity))
            levels[line.productID]!.quantity = position.quantity
            levels[line.productID]!.value = position.value
            draws.append(try Batch.draw(line.quantity, from: batches[line.productID] ?? [], sellingOn: request.date))
        }
        let cost = costs.reduce(0, +)
        if split[.credit] > 0, let customer {
            try await charge(customer, split[.credit])
        }

        let sale = SaleRecord()
        sale.id = UUID()
        sale.cooperativeID = tenant.cooperativeID
        sale.number = number
        sale.unitID = unit.id!
        sale.soldOn = request.date
        sale.soldAt = request.at
        sale.memberID = isMember ? member?.id : nil
        sale.customerID = customer?.id
        sale.consumerID = consumer?.id
        sale.paidVoucher = voucher?.paid ?? 0
        sale.voucherID = voucher?.record.id
        sale.buyerNIK = programmes.isEmpty ? nil : nik
        sale.customerClass = buyer
        sale.total = total
        sale.split = split
        sale.cost = cost
        sale.cashierUserID = actor.userID
        sale.cashierName = actor.name
        sale.shiftID = try await ShiftStore(tenant).open(at: unit.id!)?.id

        var savings: (account: UUID, floor: Int64)?
        if split[.savings] > 0, let member {
            let account = try await SavingsStore(tenant).openAccount(of: member.id!, kind: .sukarela)
            savings = (account.id!, try await SettingsStore(tenant).savings().sukarelaMinimum)
        }
        if let voucher { try await VoucherStore(tenant).spent(voucher.record, on: sale.id!, date: request.date) }
        let posting = try await Ledger(tenant).post(
            draft(sale, description: describe(number), savingsAccount: savings?.account, lapsed: voucher?.lapsed ?? 0),
            by: actor,
            floors: savings.map { [$0.account: $0.floor] } ?? [:])
        sale.entryID = posting.entry.id!
        let lines = priced.enumerated().map { index, item in
            let line = SaleLineRecord()
            line.id = UUID()
            line.cooperativeID = tenant.cooperativeID
            line.saleID = sale.id!
            line.line = index + 1
            line.productID = item.line.productID
            line.quantity = item.line.quantity
            line.price = item.price
            line.amount = item.amount
            line.cost = costs[index]
            line.programmeID = item.product.programmeID
            (line.returnedQuantity, line.returnedAmount, line.returnedCost) = (0, 0, 0)
            line.batches = Batch.written(draws[index])
            (line.packName, line.packCount) = (sold[item.line.productID]?.name, sold[item.line.productID]?.count)
            return line
        }
        let movements = zip(lines, request.lines).map { line, requested in
            stock.movement(
                .sale, of: levels[requested.productID]!, quantity: -line.quantity, value: -line.cost, on: request.date,
                source: sale.id!, entry: sale.entryID)
        }
        var statements: [any SQLExpression] = [saleInsert(sale), lineInsert(lines)]
        if isMember, let member {
            statements.append(
                Tenant.insert(
                    into: BusinessRecord.schema,
                    ["cooperative_id", "id", "member_id", "source", "happened_on", "amount", "reference"],
                    [
                        [
                            tenant.cooperativeID, UUID(), member.id!, SHURules.BusinessSource.store.rawValue, request.date, total,
                            sale.id!.uuidString,
                        ]
                    ]))
        }
        if let consumer {
            statements.append(
                SQLQueryString(
                    """
                    UPDATE referrals SET sale_id = \(bind: sale.id!)
                    WHERE cooperative_id = \(bind: tenant.cooperativeID) AND consumer_id = \(bind: consumer.id!)
                      AND sale_id IS NULL
                    """))
        }
        let taken = zip(request.lines, draws).flatMap { line, drawn in
            drawn.map {
                StockStore.BatchChange(
                    product: line.productID, unit: unit.id!, batch: Batch(expiresOn: $0.expiresOn, quantity: -$0.quantity))
            }
        }
        try await tenant.runTogether(
            statements + stock.saving(Array(levels.values), movements: movements) + stock.saving(taken))
        return (sale, lines)
    }

    /// The sale's entry: what the buyer paid (off a voucher they held, into cash, out of their savings, in
    /// transit from QRIS, or owed; each part of a split payment its own line) against sales to members or to
    /// others, and what the goods cost against inventory, all in the unit. What a voucher was worth beyond
    /// the sale lapses (it gives no change): no longer owed, other income.
    private func draft(_ sale: SaleRecord, description: String, savingsAccount: UUID?, lapsed: Int64) -> JournalDraft {
        var lines = SalePayment.refundOrder.filter { sale.split[$0] > 0 }.map { method in
            JournalDraft.Line(
                account: .role(Self.paidInto(method)), savingsAccount: method == .savings ? savingsAccount : nil,
                debit: sale.split[method], credit: 0, unit: sale.unitID)
        }
        if sale.paidVoucher + lapsed > 0 {
            lines.append(
                JournalDraft.Line(account: .role(.vouchers), debit: sale.paidVoucher + lapsed, credit: 0, unit: sale.unitID))
        }
        if lapsed > 0 {
            lines.append(JournalDraft.Line(account: .role(.otherIncome), debit: 0, credit: lapsed, unit: sale.unitID))
        }
        lines.append(
            JournalDraft.Line(
                account: .role(sale.memberID == nil ? .salesNonMember : .salesMember), debit: 0, credit: sale.total,
                unit: sale.unitID))
        if sale.cost > 0 {
            lines.append(JournalDraft.Line(account: .role(.costOfSales), debit: sale.cost, credit: 0, unit: sale.unitID))
            lines.append(JournalDraft.Line(account: .role(.inventory), debit: 0, credit: sale.cost, unit: sale.unitID))
        }
        return JournalDraft(
            date: sale.soldOn, description: description, sourceType: .storeSale, sourceID: sale.id,
            lines: lines)
    }

    /// Where a buyer's money lands: cash, their savings, QRIS in transit, or what they owe. (A split's parts
    /// are each one of these; the split itself never lands anywhere.)
    static func paidInto(_ payment: PaymentMethod) -> AccountRole {
        switch payment {
        case .cash, .split: .cash
        case .savings: .savingsSukarela
        case .qris: .qrisClearing
        case .credit: .tradeReceivables
        }
    }

    private func nextNumber() async throws -> Int {
        let row = try await tenant.db.sql.raw(
            """
            UPDATE cooperatives SET next_sale_number = next_sale_number + 1 WHERE id = \(bind: tenant.cooperativeID)
            RETURNING next_sale_number
            """
        ).first()
        return try (row?.decode(column: "next_sale_number", as: Int.self) ?? 1) - 1
    }

    /// Refuses a regulated good beyond what one buyer may take in the period, and one sold by allocation to
    /// a buyer not on the season's list or beyond their allocation (what they brought back does not count).
    private func checkLimits(
        _ lines: [(programme: UUID?, quantity: Int64)], _ programmes: [UUID: ProgrammeRules], _ nik: String,
        _ date: CivilDate
    ) async throws {
        for (id, rules) in programmes where rules.perBuyerLimit != nil || rules.byAllocation {
            let buying = lines.filter { $0.programme == id }.reduce(0) { $0 + $1.quantity }
            if rules.perBuyerLimit != nil {
                let taken = try await taken(programme: id, nik: nik, in: rules.period.span(containing: date))
                try rules.admit(buying, alreadyBought: taken)
            }
            if rules.byAllocation {
                let standing = try await AllocationStore(tenant).standing(of: nik, in: id, on: date)
                try Allocation.admit(buying, allocated: standing?.allocated, alreadyTaken: standing?.taken ?? 0)
            }
        }
    }

    /// What was sold under a programme in `span` and not brought back: to one buyer, or to all when `nik`
    /// is nil. Thousandths of the base unit.
    package func taken(programme: UUID, nik: String?, in span: ClosedRange<CivilDate>) async throws -> Int64 {
        let buyer: SQLQueryString = nik.map { "AND s.buyer_nik = \(bind: $0)" } ?? ""
        let row = try await tenant.db.sql.raw(
            """
            SELECT CAST(COALESCE(SUM(l.quantity - l.returned_quantity), 0) AS BIGINT) AS taken FROM sales s
            JOIN sale_lines l ON l.cooperative_id = s.cooperative_id AND l.sale_id = s.id
            WHERE s.cooperative_id = \(bind: tenant.cooperativeID) \(buyer)
              AND s.sold_on >= \(bind: span.lowerBound) AND s.sold_on <= \(bind: span.upperBound)
              AND l.programme_id = \(bind: programme)
            """
        ).first()
        return try row?.decode(column: "taken", as: Int64.self) ?? 0
    }

    /// Adds a credit sale to what the customer owes, refused past their limit (checked in the update).
    private func charge(_ customer: StoreCustomerRecord, _ amount: Int64) async throws {
        let row = try await tenant.db.sql.raw(
            """
            UPDATE store_customers SET balance = balance + \(bind: amount)
            WHERE cooperative_id = \(bind: tenant.cooperativeID) AND id = \(bind: customer.id!)
              AND balance + \(bind: amount) <= credit_limit
            RETURNING balance
            """
        ).first()
        guard row != nil else {
            throw StoreError.overCreditLimit(available: max(0, customer.creditLimit - customer.balance))
        }
    }

    private func saleInsert(_ sale: SaleRecord) -> SQLInsert {
        Tenant.insert(
            into: SaleRecord.schema,
            [
                "cooperative_id", "id", "number", "unit_id", "sold_on", "sold_at", "member_id", "customer_id", "buyer_nik",
                "customer_class", "payment", "total", "cost", "entry_id", "cashier_user_id", "cashier_name", "shift_id",
                "paid_cash", "paid_savings", "paid_qris", "paid_credit", "consumer_id", "paid_voucher", "voucher_id",
            ],
            [
                [
                    tenant.cooperativeID, sale.id!, sale.number, sale.unitID, sale.soldOn, sale.soldAt, sale.memberID,
                    sale.customerID,
                    sale.buyerNIK, sale.customerClass.rawValue, sale.payment.rawValue, sale.total, sale.cost, sale.entryID,
                    sale.cashierUserID, sale.cashierName, sale.shiftID, sale.paidCash, sale.paidSavings, sale.paidQRIS,
                    sale.paidCredit, sale.consumerID, sale.paidVoucher, sale.voucherID,
                ]
            ])
    }

    private func lineInsert(_ lines: [SaleLineRecord]) -> SQLInsert {
        Tenant.insert(
            into: SaleLineRecord.schema,
            [
                "cooperative_id", "id", "sale_id", "line", "product_id", "quantity", "price", "amount", "cost", "programme_id",
                "batches", "pack_name", "pack_count",
            ],
            lines.map {
                [
                    tenant.cooperativeID, $0.id!, $0.saleID, $0.line, $0.productID, $0.quantity, $0.price, $0.amount, $0.cost,
                    $0.programmeID, $0.batches, $0.packName, $0.packCount,
                ]
            })
    }
}
