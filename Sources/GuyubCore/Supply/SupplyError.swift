/// Why buying, taking in or paying for goods was refused.
package enum SupplyError: DomainError, Equatable {
    case field(FieldError)
    /// A quantity or weight that is not above zero or is beyond what stock holds.
    case quantityInvalid
    /// An amount or price that is not above zero or is beyond what the books hold.
    case amountInvalid(String)
    /// A supplier by that name already exists.
    case supplierNameTaken
    /// A vehicle by that name already exists.
    case vehicleNameTaken
    /// Credit terms need the days until payment falls due (1 to 365).
    case creditDaysRequired
    /// More of a product received than is still outstanding on the order.
    case overOrder(remaining: Int64)
    /// A product received that the order does not hold.
    case notOrdered
    /// The order is above the board's approval amount and not yet approved.
    case notApproved
    /// The order cannot take that step in its state (received in full, closed, cancelled).
    case orderState(PurchaseOrderStatus)
    /// The one who raised an order cannot approve it.
    case ownApproval
    /// The supplier's invoice of that number is already recorded.
    case invoiceTaken
    /// A payment above what the supplier is owed.
    case overpayment(owed: Int64)
    /// A grade the cooperative does not buy produce by.
    case unknownGrade
    /// A unit cannot order from itself.
    case sameUnit
    /// The product is sold on consignment: it comes in only from its consignor, as consignment.
    case consigned
    /// The product has stock of the cooperative's own, or is not on consignment from this supplier.
    case notConsignable
    /// The delivery cannot take that step in its state.
    case deliveryState(DeliveryStatus)
    /// A delivery handed over needs who took it; a failed one, why.
    case proofRequired(String)
    /// Only the driver assigned, or a manager, moves a delivery.
    case notYourDelivery
    /// The claim cannot take that step in its state.
    case claimState(ClaimStatus)
    /// More taken out of storage than is held.
    case overRelease(held: Int64)
    /// Nothing sold on consignment since the last settlement.
    case nothingToSettle
    /// Not enough cash and bank on hand for a payment.
    case insufficientFunds(available: Int64)

    package var code: String {
        switch self {
        case .field(let error): error.code
        case .quantityInvalid: "invalid_quantity"
        case .amountInvalid: "invalid_amount"
        case .supplierNameTaken: "supplier_name_taken"
        case .vehicleNameTaken: "vehicle_name_taken"
        case .creditDaysRequired: "credit_days_required"
        case .overOrder: "over_order"
        case .notOrdered: "not_ordered"
        case .notApproved: "order_not_approved"
        case .orderState: "order_state"
        case .ownApproval: "own_approval"
        case .invoiceTaken: "invoice_taken"
        case .overpayment: "overpayment"
        case .unknownGrade: "unknown_grade"
        case .sameUnit: "same_unit"
        case .insufficientFunds: "insufficient_funds"
        case .consigned: "consigned"
        case .nothingToSettle: "nothing_to_settle"
        case .claimState: "claim_state"
        case .overRelease: "over_release"
        case .deliveryState: "delivery_state"
        case .proofRequired: "proof_required"
        case .notYourDelivery: "not_your_delivery"
        case .notConsignable: "not_consignable"
        }
    }

    package var field: String? {
        switch self {
        case .field(let error): error.field
        case .quantityInvalid: "quantity"
        case .amountInvalid(let field): field
        case .supplierNameTaken, .vehicleNameTaken: "name"
        case .invoiceTaken: "number"
        case .creditDaysRequired: "creditDays"
        case .overOrder, .notOrdered: "quantity"
        case .overpayment, .insufficientFunds: "amount"
        case .unknownGrade: "grade"
        case .sameUnit: "supplierId"
        case .consigned, .notConsignable: "productId"
        case .proofRequired(let field): field
        case .overRelease: "quantity"
        case .notApproved, .orderState, .ownApproval, .nothingToSettle, .deliveryState, .notYourDelivery, .claimState: nil
        }
    }

    package var kind: ErrorKind {
        switch self {
        case .supplierNameTaken, .vehicleNameTaken, .invoiceTaken, .notApproved, .orderState, .ownApproval, .deliveryState,
            .claimState:
            .conflict
        case .notYourDelivery: .forbidden
        default: .invalid
        }
    }
}
