/// Where a purchase order stands: waiting for the board's approval when above its amount, open for the
/// goods to come, partly or fully received, or closed or cancelled by hand.
package enum PurchaseOrderStatus: String, Codable, Sendable, CaseIterable {
    case awaitingApproval = "awaiting_approval"
    case open
    case partlyReceived = "partly_received"
    case received
    /// Closed with goods still outstanding: the rest will not come.
    case closed
    case cancelled
}

/// What can be done with a purchase order.
package enum PurchaseOrderAction: String, Sendable, CaseIterable {
    case approve, receive, close, cancel
}

extension PurchaseOrderStatus {
    /// The status a new order starts in: awaiting approval when its total is above the board's amount.
    package static func raised(total: Int64, approvalAbove: Int64?) -> PurchaseOrderStatus {
        guard let approvalAbove, total > approvalAbove else { return .open }
        return .awaitingApproval
    }

    /// What may be done in this status.
    package var allowed: [PurchaseOrderAction] {
        switch self {
        case .awaitingApproval: [.approve, .cancel]
        case .open: [.receive, .cancel]
        case .partlyReceived: [.receive, .close]
        case .received, .closed, .cancelled: []
        }
    }

    /// The status after `action`, or why it is refused. Receiving is settled by `after(receiving:)`.
    package func after(_ action: PurchaseOrderAction) throws(SupplyError) -> PurchaseOrderStatus {
        guard allowed.contains(action) else { throw self == .awaitingApproval ? .notApproved : .orderState(self) }
        switch action {
        case .approve: return .open
        case .close: return .closed
        case .cancel: return .cancelled
        case .receive: return self
        }
    }

    /// The status once goods came: received when nothing is outstanding, else partly received.
    package func after(receiving lines: [PurchaseLine]) throws(SupplyError) -> PurchaseOrderStatus {
        _ = try after(.receive)
        return lines.allSatisfy { $0.outstanding == 0 } ? .received : .partlyReceived
    }
}

/// One product on an order: how much was ordered at what cost, and how much has come.
package struct PurchaseLine: Sendable, Equatable {
    package var productID: String
    /// Thousandths of the base unit, as `Quantity`.
    package var ordered: Int64
    package var unitCost: Int64
    package var received: Int64

    package init(productID: String, ordered: Int64, unitCost: Int64, received: Int64 = 0) {
        self.productID = productID
        self.ordered = ordered
        self.unitCost = unitCost
        self.received = received
    }

    package var outstanding: Int64 { max(0, ordered - received) }

    /// The line after `quantity` more came: refused beyond what is outstanding unless more is allowed
    /// (a supplier who sent a bag extra the manager took).
    package func receiving(_ quantity: Int64, allowOver: Bool) throws(SupplyError) -> PurchaseLine {
        guard quantity > 0, quantity <= Quantity.ceiling else { throw .quantityInvalid }
        guard allowOver || quantity <= outstanding else { throw .overOrder(remaining: outstanding) }
        var line = self
        line.received += quantity
        return line
    }
}

extension [PurchaseLine] {
    /// The order's total at its costs: each line rounded half up, as a receipt costs it.
    package func total() throws(StoreError) -> Int64 {
        var total: Int64 = 0
        for line in self { total += try Quantity.amount(line.ordered, at: line.unitCost) }
        return total
    }

    /// The lines after a delivery of `quantities` by product; a product the order does not hold is refused.
    package func receiving(_ quantities: [(productID: String, quantity: Int64)], allowOver: Bool) throws(SupplyError)
        -> [PurchaseLine]
    {
        var lines = self
        for (product, quantity) in quantities {
            guard let index = lines.firstIndex(where: { $0.productID == product }) else { throw .notOrdered }
            lines[index] = try lines[index].receiving(quantity, allowOver: allowOver)
        }
        return lines
    }
}
