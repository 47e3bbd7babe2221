import FluentKit
import Foundation
import GuyubCore
import SQLKit

/// Deliveries by the logistics unit: planned with a vehicle and a driver, followed as the driver goes, and
/// confirmed with who took the goods (and a photo), or failed with why. A fee the customer pays is collected
/// in cash on delivery and booked as the logistics unit's service income.
package struct DeliveryStore: Sendable {
    package let tenant: Tenant

    package init(_ tenant: Tenant) { self.tenant = tenant }

    /// What to deliver, to whom and when.
    package struct Plan: Sendable {
        package var goods: String
        package var destination: String
        package var recipient: String
        package var plannedOn: CivilDate
        package var saleID: UUID?
        package var customerID: UUID?
        package var orderID: UUID?
        package var vehicleID: UUID?
        package var driver: (id: UUID, name: String)?
        package var fee: Int64
        package var feePaidBy: DeliveryFee
        package init(
            goods: String, destination: String, recipient: String, plannedOn: CivilDate, saleID: UUID? = nil,
            customerID: UUID? = nil, orderID: UUID? = nil, vehicleID: UUID? = nil, driver: (id: UUID, name: String)? = nil,
            fee: Int64 = 0, feePaidBy: DeliveryFee = .cooperative
        ) {
            self.goods = goods
            self.destination = destination
            self.recipient = recipient
            self.plannedOn = plannedOn
            self.saleID = saleID
            self.customerID = customerID
            self.orderID = orderID
            self.vehicleID = vehicleID
            self.driver = driver
            self.fee = fee
            self.feePaidBy = feePaidBy
        }
    }

    package func find(_ id: UUID?) async throws -> DeliveryRecord {
        guard let delivery = try await tenant.find(DeliveryRecord.self, id) else { throw AccessError.notFound }
        return delivery
    }

    /// Deliveries, the latest planned first; one driver's when named, from `from` on when given.
    package func all(driver: UUID? = nil, from: CivilDate? = nil, limit: Int = 300) async throws -> [DeliveryRecord] {
        var query = tenant.query(DeliveryRecord.self)
        if let driver { query = query.filter(\.$driverUserID == driver) }
        if let from { query = query.filter(\.$plannedOn >= from) }
        return try await query.sort(\.$plannedOn, .descending).sort(\.$number, .descending).limit(limit).all()
    }

    package func vehicles() async throws -> [VehicleRecord] {
        try await tenant.query(VehicleRecord.self).sort(\.$name).all()
    }

    package func addVehicle(name: String, plate: String?, by actor: Actor) async throws -> VehicleRecord {
        let vehicle = VehicleRecord()
        vehicle.name = name
        vehicle.plate = plate
        vehicle.active = true
        do { try await tenant.create(vehicle) } catch  where error.isConstraintFailure { throw SupplyError.vehicleNameTaken }
        return vehicle
    }

    package func plan(_ plan: Plan, by actor: Actor) async throws -> DeliveryRecord {
        guard plan.fee >= 0, plan.fee <= Amount.ceiling else { throw SupplyError.amountInvalid("fee") }
        if let sale = plan.saleID { _ = try await SaleStore(tenant).find(sale) }
        if let customer = plan.customerID { _ = try await StoreCustomerStore(tenant).find(customer) }
        if let order = plan.orderID { _ = try await PurchaseStore(tenant).find(order) }
        if let vehicle = plan.vehicleID {
            guard try await tenant.find(VehicleRecord.self, vehicle) != nil else { throw AccessError.notFound }
        }
        // The cooperative's row first, so two deliveries planned at once do not take one number.
        try await StockStore(tenant).lockCooperative()
        let delivery = DeliveryRecord()
        delivery.number = (try await tenant.query(DeliveryRecord.self).sort(\.$number, .descending).first()?.number ?? 0) + 1
        delivery.goods = plan.goods
        delivery.destination = plan.destination
        delivery.recipient = plan.recipient
        delivery.plannedOn = plan.plannedOn
        delivery.saleID = plan.saleID
        delivery.customerID = plan.customerID
        delivery.orderID = plan.orderID
        delivery.vehicleID = plan.vehicleID
        delivery.driverUserID = plan.driver?.id
        delivery.driverName = plan.driver?.name
        delivery.status = .planned
        delivery.fee = plan.fee
        delivery.feePaidBy = plan.fee == 0 ? .cooperative : plan.feePaidBy
        delivery.createdByName = actor.name
        do { try await tenant.create(delivery) } catch  where error.isConstraintFailure {
            throw SupplyError.deliveryState(.planned)
        }
        try await AuditLog.append(
            tenant, actor: actor, action: .deliveryPlan, entity: "delivery", entityID: delivery.id,
            after: [
                "number": String(delivery.number), "destination": plan.destination, "plannedOn": plan.plannedOn.description,
                "driver": plan.driver?.name ?? "", "fee": String(plan.fee),
            ])
        return delivery
    }

    /// Moves a delivery on: the driver assigned or a manager. Handed over needs who took it (a photo may
    /// show it); failed needs why. A fee the customer pays comes in as cash to the logistics unit.
    package func act(
        _ action: DeliveryAction, on id: UUID?, receivedBy: String?, note: String?, photo: UUID?, manager: Bool,
        on date: CivilDate, at instant: Date, description: String, by actor: Actor
    ) async throws -> DeliveryRecord {
        let delivery = try await find(id)
        let driver = delivery.driverUserID != nil && delivery.driverUserID == actor.userID
        if delivery.status.allowed.contains(action), !delivery.status.allowed(driver: driver, manager: manager).contains(action) {
            throw SupplyError.notYourDelivery
        }
        let next = try delivery.status.after(action)
        switch action {
        case .deliver:
            guard let receivedBy, !receivedBy.isEmpty else { throw SupplyError.proofRequired("receivedBy") }
            delivery.receivedBy = receivedBy
        case .fail:
            guard let note, !note.isEmpty else { throw SupplyError.proofRequired("note") }
        case .depart, .replan: break
        }
        if let note, !note.isEmpty { delivery.note = note }
        if let photo {
            guard try await tenant.find(UploadRecord.self, photo)?.kind.isImage == true else { throw UploadError.unsupportedType }
            delivery.photoID = photo
        }
        if next == .delivered || next == .failed {
            delivery.finishedOn = date
            delivery.finishedAt = instant
        } else if next == .planned {
            (delivery.finishedOn, delivery.finishedAt) = (nil, nil)
        }
        if next == .delivered, delivery.fee > 0, delivery.feePaidBy == .customer {
            let unit = try await BusinessUnitStore(tenant).all().first { $0.kind == .logistics && $0.active }
            delivery.feeEntryID = try await Ledger(tenant).post(
                JournalDraft(
                    date: date, description: description, sourceType: .deliveryFee, sourceID: delivery.id,
                    lines: [
                        JournalDraft.Line(account: .role(.cash), debit: delivery.fee, credit: 0, unit: unit?.id),
                        JournalDraft.Line(account: .role(.serviceIncome), debit: 0, credit: delivery.fee, unit: unit?.id),
                    ]), by: actor
            ).entry.id
        }
        let before = delivery.status
        delivery.status = next
        try await delivery.update(on: tenant.db)
        try await AuditLog.append(
            tenant, actor: actor, action: .deliveryUpdate, entity: "delivery", entityID: delivery.id,
            before: ["status": before.rawValue],
            after: ["status": next.rawValue, "receivedBy": delivery.receivedBy ?? "", "note": delivery.note ?? ""])
        return delivery
    }
}
