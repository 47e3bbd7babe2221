import FluentKit
import Foundation
import GuyubCore

/// Customers registered to buy on credit (a warung, a wholesale buyer), each up to a limit.
package struct StoreCustomerStore: Sendable {
    package let tenant: Tenant

    package init(_ tenant: Tenant) { self.tenant = tenant }

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
}
