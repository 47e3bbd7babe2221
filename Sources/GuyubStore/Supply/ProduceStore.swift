import FluentKit
import Foundation
import GuyubCore
import SQLKit

/// Members' produce taken in: weighed, graded, bought at the day's price and paid in cash or into their
/// sukarela savings; it becomes the unit's stock and counts as the member's business for the SHU.
package struct ProduceStore: Sendable {
    package let tenant: Tenant

    package init(_ tenant: Tenant) { self.tenant = tenant }

    /// One delivery as weighed in.
    package struct Intake: Sendable {
        package var memberID: UUID
        package var productID: UUID
        /// Thousandths of the product's base unit (grams of a kilogram).
        package var quantity: Int64
        /// The day's price a base unit.
        package var price: Int64
        package var grade: ProduceGrade?
        package var payment: ProducePayment
        package var unitID: UUID?
        package init(
            memberID: UUID, productID: UUID, quantity: Int64, price: Int64, grade: ProduceGrade?, payment: ProducePayment,
            unitID: UUID? = nil
        ) {
            self.memberID = memberID
            self.productID = productID
            self.quantity = quantity
            self.price = price
            self.grade = grade
            self.payment = payment
            self.unitID = unitID
        }
    }

    package func find(_ id: UUID?) async throws -> ProduceIntakeRecord {
        guard let intake = try await tenant.find(ProduceIntakeRecord.self, id) else { throw AccessError.notFound }
        return intake
    }

    /// Intakes, newest first; one member's when named.
    package func intakes(of memberID: UUID? = nil, from: CivilDate? = nil, to: CivilDate? = nil, limit: Int = 500)
        async throws -> [ProduceIntakeRecord]
    {
        var query = tenant.query(ProduceIntakeRecord.self)
        if let memberID { query = query.filter(\.$memberID == memberID) }
        if let from { query = query.filter(\.$takenOn >= from) }
        if let to { query = query.filter(\.$takenOn <= to) }
        return try await query.sort(\.$number, .descending).limit(limit).all()
    }

    /// Takes a member's delivery in: the goods receipt puts it into the unit's stock at what was paid, paid
    /// from cash or into the member's sukarela savings, and the member's business record for the SHU.
    package func take(_ intake: Intake, on date: CivilDate, description: String, by actor: Actor) async throws
        -> ProduceIntakeRecord
    {
        let amount = try ProduceIntake.amount(quantity: intake.quantity, price: intake.price)
        let member = try await MemberStore(tenant).find(intake.memberID)
        guard member.status == .member else { throw StoreError.memberRequired }
        let settlement: StockStore.Settlement
        switch intake.payment {
        case .cash: settlement = .cash
        case .savings:
            settlement = .toSavings(account: try await SavingsStore(tenant).openAccount(of: intake.memberID, kind: .sukarela).id!)
        }
        let stock = StockStore(tenant)
        let receipt = try await stock.receive(
            [StockStore.ReceiptLine(productID: intake.productID, quantity: intake.quantity, unitCost: intake.price)],
            unitID: intake.unitID, supplier: member.name, settlement: settlement, on: date, description: description,
            by: actor)
        guard receipt.total == amount else { throw SupplyError.amountInvalid("price") }

        let record = ProduceIntakeRecord()
        record.id = UUID()
        record.number = (try await tenant.query(ProduceIntakeRecord.self).sort(\.$number, .descending).first()?.number ?? 0) + 1
        record.memberID = intake.memberID
        record.productID = intake.productID
        record.unitID = receipt.unitID
        record.takenOn = date
        record.quantity = intake.quantity
        record.grade = intake.grade
        record.price = intake.price
        record.amount = amount
        record.payment = intake.payment
        record.receiptID = receipt.id!
        record.recordedByName = actor.name
        try await tenant.create(record)
        try await tenant.runTogether([
            Tenant.insert(
                into: BusinessRecord.schema,
                ["cooperative_id", "id", "member_id", "source", "happened_on", "amount", "reference"],
                [
                    [
                        tenant.cooperativeID, UUID(), intake.memberID, SHURules.BusinessSource.produce.rawValue, date, amount,
                        record.id!.uuidString,
                    ]
                ])
        ])
        try await AuditLog.append(
            tenant, actor: actor, action: .produceIntake, entity: "member", entityID: intake.memberID,
            after: [
                "number": String(record.number), "quantity": Quantity.string(intake.quantity),
                "grade": intake.grade?.rawValue ?? "", "price": String(intake.price), "amount": String(amount),
                "payment": intake.payment.rawValue,
            ])
        return record
    }
}
