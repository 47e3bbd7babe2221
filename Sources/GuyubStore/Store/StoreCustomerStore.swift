import FluentKit
import Foundation
import GuyubCore

/// Customers registered to buy on credit (a warung, a wholesale buyer), each up to a limit.
package struct StoreCustomerStore: Sendable {
    package let tenant: Tenant

    package init(_ tenant: Tenant) { self.tenant = tenant }

    package func find(_ id: UUID?) async throws -> StoreCustomerRecord {
        guard let customer = try await tenant.find(StoreCustomerRecord.self, id) else { throw AccessError.notFound }
        return customer
    }

    package func all() async throws -> [StoreCustomerRecord] {
        try await tenant.query(StoreCustomerRecord.self).sort(\.$name).all()
    }

    package func register(
        name: String, phone: String?, customerClass: CustomerClass, memberID: UUID?, creditLimit: Int64, by actor: Actor
    ) async throws -> StoreCustomerRecord {
        if let memberID { _ = try await MemberStore(tenant).find(memberID) }
        guard try await tenant.query(StoreCustomerRecord.self).filter(\.$name == name).first() == nil else {
            throw StoreError.nameTaken
        }
        let customer = StoreCustomerRecord()
        customer.name = name
        customer.phone = phone
        customer.customerClass = customerClass
        customer.memberID = memberID
        customer.creditLimit = creditLimit
        customer.balance = 0
        do { try await tenant.create(customer) } catch  where error.isConstraintFailure { throw StoreError.nameTaken }
        try await AuditLog.append(
            tenant, actor: actor, action: .customerCreate, entity: "store_customer", entityID: customer.id,
            after: [
                "name": name, "customerClass": customerClass.rawValue, "creditLimit": String(creditLimit),
                "memberId": memberID?.uuidString.lowercased() ?? "",
            ])
        return customer
    }

    /// A payment off what the customer owes, refused above it: cash goes into the open shift's drawer at the
    /// shop, and the books move it from trade receivables to where it was paid.
    package func receive(
        _ amount: Int64, from id: UUID?, channel: PaymentChannel, on date: CivilDate, at instant: Date, description: String,
        by actor: Actor
    ) async throws -> (payment: CustomerPaymentRecord, customer: StoreCustomerRecord) {
        try await StockStore(tenant).lockCooperative()
        let customer = try await find(id)
        let owed = try CustomerCredit.paying(amount, owed: customer.balance)
        let payment = CustomerPaymentRecord()
        payment.id = UUID()
        payment.customerID = customer.id!
        payment.paidOn = date
        payment.paidAt = instant
        payment.amount = amount
        payment.channel = channel
        payment.receivedByName = actor.name
        let shop = try await BusinessUnitStore(tenant).shop(nil, by: actor)
        if channel == .cash { payment.shiftID = try await ShiftStore(tenant).open(at: shop.id!)?.id }
        payment.entryID = try await Ledger(tenant).post(
            JournalDraft(
                date: date, description: description, sourceType: .storeCustomerPayment, sourceID: payment.id,
                lines: [
                    JournalDraft.Line(account: .role(channel.role), debit: amount, credit: 0, unit: shop.id),
                    JournalDraft.Line(account: .role(.tradeReceivables), debit: 0, credit: amount, unit: shop.id),
                ]), by: actor
        ).entry.id!
        try await tenant.create(payment)
        customer.balance = owed
        try await customer.update(on: tenant.db)
        try await AuditLog.append(
            tenant, actor: actor, action: .customerPayment, entity: "store_customer", entityID: customer.id,
            after: ["name": customer.name, "paid": String(amount)])
        return (payment, customer)
    }
}
