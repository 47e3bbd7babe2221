import FluentKit
import Foundation
import GuyubCore

/// Someone the cooperative buys from: an outside supplier on its terms, or another of its own units. What
/// the cooperative owes it is `owed`, and the trade payables account equals the sum.
package final class SupplierRecord: TenantModel, @unchecked Sendable {
    package static let schema = "suppliers"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<SupplierRecord, FieldProperty<SupplierRecord, UUID>> { \.$cooperativeID }
    @Field(key: "name") package var name: String
    @OptionalField(key: "phone") package var phone: String?
    @Field(key: "terms") package var terms: SupplierTerms
    @OptionalField(key: "credit_days") package var creditDays: Int?
    /// The unit of the cooperative that supplies, when it is one of its own.
    @OptionalField(key: "unit_id") package var unitID: UUID?
    @Field(key: "owed") package var owed: Int64
    @Field(key: "active") package var active: Bool
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}
}

/// A supplier's price for a product, what an order from it starts from.
package final class SupplierPriceRecord: TenantModel, @unchecked Sendable {
    package static let schema = "supplier_prices"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<SupplierPriceRecord, FieldProperty<SupplierPriceRecord, UUID>> {
        \.$cooperativeID
    }
    @Field(key: "supplier_id") package var supplierID: UUID
    @Field(key: "product_id") package var productID: UUID
    @Field(key: "unit_cost") package var unitCost: Int64
    @Field(key: "updated_on") package var updatedOn: CivilDate

    package init() {}
}

/// An order to a supplier for goods to come into a unit.
package final class PurchaseOrderRecord: TenantModel, @unchecked Sendable {
    package static let schema = "purchase_orders"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<PurchaseOrderRecord, FieldProperty<PurchaseOrderRecord, UUID>> {
        \.$cooperativeID
    }
    @Field(key: "number") package var number: Int
    @Field(key: "supplier_id") package var supplierID: UUID
    @Field(key: "unit_id") package var unitID: UUID
    @Field(key: "status") package var status: PurchaseOrderStatus
    @Field(key: "ordered_on") package var orderedOn: CivilDate
    @Field(key: "total") package var total: Int64
    @OptionalField(key: "note") package var note: String?
    @OptionalField(key: "raised_by_user_id") package var raisedByUserID: UUID?
    @Field(key: "raised_by_name") package var raisedByName: String
    @OptionalField(key: "approved_by_name") package var approvedByName: String?
    @OptionalField(key: "approved_on") package var approvedOn: CivilDate?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}
}

/// One product on a purchase order and how much of it has come.
package final class PurchaseOrderLineRecord: TenantModel, @unchecked Sendable {
    package static let schema = "purchase_order_lines"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<PurchaseOrderLineRecord, FieldProperty<PurchaseOrderLineRecord, UUID>> {
        \.$cooperativeID
    }
    @Field(key: "order_id") package var orderID: UUID
    @Field(key: "product_id") package var productID: UUID
    @Field(key: "quantity") package var quantity: Int64
    @Field(key: "unit_cost") package var unitCost: Int64
    @Field(key: "received") package var received: Int64

    package init() {}
}

/// What came of one product in one delivery against an order: taken into stock, and what was short or
/// damaged (not taken, not paid).
package final class PurchaseReceiptLineRecord: TenantModel, @unchecked Sendable {
    package static let schema = "purchase_receipt_lines"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<PurchaseReceiptLineRecord, FieldProperty<PurchaseReceiptLineRecord, UUID>> {
        \.$cooperativeID
    }
    @Field(key: "receipt_id") package var receiptID: UUID
    @Field(key: "order_id") package var orderID: UUID
    @Field(key: "product_id") package var productID: UUID
    @Field(key: "quantity") package var quantity: Int64
    @Field(key: "short") package var short: Int64
    @Field(key: "damaged") package var damaged: Int64
    @OptionalField(key: "note") package var note: String?

    package init() {}
}

/// A supplier's invoice, matched against what was received on the order it names.
package final class SupplierInvoiceRecord: TenantModel, @unchecked Sendable {
    package static let schema = "supplier_invoices"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<SupplierInvoiceRecord, FieldProperty<SupplierInvoiceRecord, UUID>> {
        \.$cooperativeID
    }
    @Field(key: "supplier_id") package var supplierID: UUID
    @Field(key: "order_id") package var orderID: UUID
    @Field(key: "number") package var number: String
    @Field(key: "invoiced_on") package var invoicedOn: CivilDate
    @Field(key: "amount") package var amount: Int64
    /// What the order's receipts were worth when the invoice was recorded.
    @Field(key: "received_value") package var receivedValue: Int64
    @Field(key: "recorded_by_name") package var recordedByName: String
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package var difference: Int64 { amount - receivedValue }

    package init() {}
}

/// A payment to a supplier off what the cooperative owes it.
package final class SupplierPaymentRecord: TenantModel, @unchecked Sendable {
    package static let schema = "supplier_payments"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<SupplierPaymentRecord, FieldProperty<SupplierPaymentRecord, UUID>> {
        \.$cooperativeID
    }
    @Field(key: "supplier_id") package var supplierID: UUID
    @Field(key: "paid_on") package var paidOn: CivilDate
    @Field(key: "amount") package var amount: Int64
    @Field(key: "channel") package var channel: PaymentChannel
    @Field(key: "entry_id") package var entryID: UUID
    @Field(key: "paid_by_name") package var paidByName: String
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}
}

/// A member's produce weighed in and bought at the day's price: it becomes a unit's stock through its goods
/// receipt, and counts as the member's business for the SHU.
package final class ProduceIntakeRecord: TenantModel, @unchecked Sendable {
    package static let schema = "produce_intakes"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<ProduceIntakeRecord, FieldProperty<ProduceIntakeRecord, UUID>> {
        \.$cooperativeID
    }
    @Field(key: "number") package var number: Int
    @Field(key: "member_id") package var memberID: UUID
    @Field(key: "product_id") package var productID: UUID
    @Field(key: "unit_id") package var unitID: UUID
    @Field(key: "taken_on") package var takenOn: CivilDate
    @Field(key: "quantity") package var quantity: Int64
    @OptionalField(key: "grade") package var grade: ProduceGrade?
    @Field(key: "price") package var price: Int64
    @Field(key: "amount") package var amount: Int64
    @Field(key: "payment") package var payment: ProducePayment
    @Field(key: "receipt_id") package var receiptID: UUID
    @Field(key: "recorded_by_name") package var recordedByName: String
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}
}

/// A consignor's goods sold since the last settlement, owed to it at the agreed prices.
package final class ConsignmentSettlementRecord: TenantModel, @unchecked Sendable {
    package static let schema = "consignment_settlements"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<ConsignmentSettlementRecord, FieldProperty<ConsignmentSettlementRecord, UUID>> {
        \.$cooperativeID
    }
    @Field(key: "supplier_id") package var supplierID: UUID
    @Field(key: "settled_on") package var settledOn: CivilDate
    @Field(key: "amount") package var amount: Int64
    @Field(key: "entry_id") package var entryID: UUID
    @Field(key: "recorded_by_name") package var recordedByName: String
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}
}

/// One product sold in one unit, settled with its consignor.
package final class ConsignmentSettlementLineRecord: TenantModel, @unchecked Sendable {
    package static let schema = "consignment_settlement_lines"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey:
        KeyPath<ConsignmentSettlementLineRecord, FieldProperty<ConsignmentSettlementLineRecord, UUID>>
    { \.$cooperativeID }
    @Field(key: "settlement_id") package var settlementID: UUID
    @Field(key: "product_id") package var productID: UUID
    @Field(key: "unit_id") package var unitID: UUID
    @Field(key: "quantity") package var quantity: Int64
    @Field(key: "price") package var price: Int64
    @Field(key: "amount") package var amount: Int64

    package init() {}
}

/// A file kept with a record (a photo of a receipt or of goods delivered, a scanned PDF), in the database so
/// every server reads the same.
package final class UploadRecord: TenantModel, @unchecked Sendable {
    package static let schema = "uploads"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<UploadRecord, FieldProperty<UploadRecord, UUID>> { \.$cooperativeID }
    @Field(key: "kind") package var kind: UploadKind
    @Field(key: "size") package var size: Int
    @Field(key: "data") package var data: Data
    @OptionalField(key: "uploaded_by_user_id") package var uploadedByUserID: UUID?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}
}

/// A vehicle of the logistics unit.
package final class VehicleRecord: TenantModel, @unchecked Sendable {
    package static let schema = "vehicles"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<VehicleRecord, FieldProperty<VehicleRecord, UUID>> { \.$cooperativeID }
    @Field(key: "name") package var name: String
    @OptionalField(key: "plate") package var plate: String?
    @Field(key: "active") package var active: Bool

    package init() {}
}

/// Goods taken to a customer or another unit: planned, driven, handed over with proof, or failed.
package final class DeliveryRecord: TenantModel, @unchecked Sendable {
    package static let schema = "deliveries"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<DeliveryRecord, FieldProperty<DeliveryRecord, UUID>> { \.$cooperativeID }
    @Field(key: "number") package var number: Int
    /// What is delivered: a sale, a credit customer's order, an order between units, or goods named in `goods`.
    @OptionalField(key: "sale_id") package var saleID: UUID?
    @OptionalField(key: "customer_id") package var customerID: UUID?
    @OptionalField(key: "order_id") package var orderID: UUID?
    @Field(key: "goods") package var goods: String
    @Field(key: "destination") package var destination: String
    @Field(key: "recipient") package var recipient: String
    @Field(key: "planned_on") package var plannedOn: CivilDate
    @OptionalField(key: "vehicle_id") package var vehicleID: UUID?
    @OptionalField(key: "driver_user_id") package var driverUserID: UUID?
    @OptionalField(key: "driver_name") package var driverName: String?
    @Field(key: "status") package var status: DeliveryStatus
    @Field(key: "fee") package var fee: Int64
    @Field(key: "fee_paid_by") package var feePaidBy: DeliveryFee
    @OptionalField(key: "fee_entry_id") package var feeEntryID: UUID?
    @OptionalField(key: "received_by") package var receivedBy: String?
    @OptionalField(key: "note") package var note: String?
    @OptionalField(key: "photo_id") package var photoID: UUID?
    @OptionalField(key: "finished_on") package var finishedOn: CivilDate?
    @OptionalField(key: "finished_at") package var finishedAt: Date?
    @Field(key: "created_by_name") package var createdByName: String
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}
}

/// A cost advanced from someone's own pocket, claimed back with its receipt.
package final class ExpenseClaimRecord: TenantModel, @unchecked Sendable {
    package static let schema = "expense_claims"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<ExpenseClaimRecord, FieldProperty<ExpenseClaimRecord, UUID>> {
        \.$cooperativeID
    }
    @Field(key: "number") package var number: Int
    @OptionalField(key: "claimant_user_id") package var claimantUserID: UUID?
    @Field(key: "claimant_name") package var claimantName: String
    @OptionalField(key: "unit_id") package var unitID: UUID?
    @Field(key: "amount") package var amount: Int64
    @Field(key: "purpose") package var purpose: String
    @Field(key: "spent_on") package var spentOn: CivilDate
    @Field(key: "receipt_id") package var receiptID: UUID
    @Field(key: "status") package var status: ClaimStatus
    @OptionalField(key: "decided_by_name") package var decidedByName: String?
    @OptionalField(key: "decided_on") package var decidedOn: CivilDate?
    @OptionalField(key: "reason") package var reason: String?
    @OptionalField(key: "paid_on") package var paidOn: CivilDate?
    @OptionalField(key: "channel") package var channel: PaymentChannel?
    @OptionalField(key: "entry_id") package var entryID: UUID?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}
}

/// Goods kept in cold storage or the warehouse for a fee a kilogram a day.
package final class StorageLotRecord: TenantModel, @unchecked Sendable {
    package static let schema = "storage_lots"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<StorageLotRecord, FieldProperty<StorageLotRecord, UUID>> { \.$cooperativeID }
    @Field(key: "number") package var number: Int
    @OptionalField(key: "member_id") package var memberID: UUID?
    @Field(key: "owner") package var owner: String
    @Field(key: "goods") package var goods: String
    @Field(key: "unit_id") package var unitID: UUID
    /// Thousandths of a kilogram stored, and taken out so far.
    @Field(key: "quantity") package var quantity: Int64
    @Field(key: "released") package var released: Int64
    /// The fee a kilogram a day, in minor units.
    @Field(key: "rate") package var rate: Int64
    @Field(key: "stored_on") package var storedOn: CivilDate
    @Field(key: "fees") package var fees: Int64
    @Field(key: "recorded_by_name") package var recordedByName: String
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package var held: Int64 { quantity - released }

    package init() {}
}

/// One good turned into another in a unit: what went in, what came out, and what it cost.
package final class ProcessingRunRecord: TenantModel, @unchecked Sendable {
    package static let schema = "processing_runs"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<ProcessingRunRecord, FieldProperty<ProcessingRunRecord, UUID>> {
        \.$cooperativeID
    }
    @Field(key: "number") package var number: Int
    @Field(key: "unit_id") package var unitID: UUID
    @Field(key: "run_on") package var runOn: CivilDate
    @Field(key: "input_product_id") package var inputProductID: UUID
    @Field(key: "input_quantity") package var inputQuantity: Int64
    @Field(key: "input_value") package var inputValue: Int64
    @Field(key: "output_product_id") package var outputProductID: UUID
    @Field(key: "output_quantity") package var outputQuantity: Int64
    @Field(key: "cost") package var cost: Int64
    @OptionalField(key: "entry_id") package var entryID: UUID?
    @Field(key: "recorded_by_name") package var recordedByName: String
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    /// Thousandths: what came out for what went in.
    package var yield: Int64 { Processing.yield(input: inputQuantity, output: outputQuantity) }

    package init() {}
}
