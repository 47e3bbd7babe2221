/// Where a delivery stands: planned, on the way with its driver, delivered (with proof) or failed (with why).
package enum DeliveryStatus: String, Codable, Sendable, CaseIterable {
    case planned
    case onTheWay = "on_the_way"
    case delivered
    case failed
}

/// What can be done with a delivery.
package enum DeliveryAction: String, Sendable, CaseIterable {
    /// The driver sets off.
    case depart
    /// The goods were handed over: who took them is required.
    case deliver
    /// The goods could not be handed over: why is required.
    case fail
    /// A failed delivery is planned again.
    case replan
}

/// Who pays the delivery fee.
package enum DeliveryFee: String, Codable, Sendable, CaseIterable {
    /// Collected in cash from the customer on delivery.
    case customer
    /// Borne by the cooperative: nothing collected.
    case cooperative
}

extension DeliveryStatus {
    package var allowed: [DeliveryAction] {
        switch self {
        case .planned: [.depart]
        case .onTheWay: [.deliver, .fail]
        case .failed: [.replan]
        case .delivered: []
        }
    }

    /// The status after `action`, or why it is refused.
    package func after(_ action: DeliveryAction) throws(SupplyError) -> DeliveryStatus {
        guard allowed.contains(action) else { throw .deliveryState(self) }
        switch action {
        case .depart: return .onTheWay
        case .deliver: return .delivered
        case .fail: return .failed
        case .replan: return .planned
        }
    }

    /// The actions the driver assigned may take; a manager may take all of `allowed`.
    package func allowed(driver: Bool, manager: Bool) -> [DeliveryAction] {
        allowed.filter { manager || (driver && $0 != .replan) }
    }
}
