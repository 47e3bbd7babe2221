import FluentKit
import Foundation
import GuyubCore

/// A product the shop sells, priced a base unit (a kg, a piece, a cylinder). Its price tiers are one JSON
/// document (`[PriceTier]`).
package final class ProductRecord: TenantModel, @unchecked Sendable {
    package static let schema = "products"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<ProductRecord, FieldProperty<ProductRecord, UUID>> { \.$cooperativeID }
    /// The unit that sells it.
    @Field(key: "unit_id") package var unitID: UUID
    @Field(key: "name") package var name: String
    @OptionalField(key: "category") package var category: String?
    /// The base unit's name: `kg`, `pcs`, `tabung`.
    @Field(key: "unit") package var unit: String
    @OptionalField(key: "barcode") package var barcode: String?
    @Field(key: "member_price") package var memberPrice: Int64
    @Field(key: "non_member_price") package var nonMemberPrice: Int64
    @Field(key: "tiers") package var tiers: String
    @OptionalField(key: "programme_id") package var programmeID: UUID?
    /// Thousandths of the base unit at or below which the product is running low.
    @Field(key: "reorder_point") package var reorderPoint: Int64
    /// The supplier whose goods these are, sold on consignment (titip jual): worth nothing to the cooperative
    /// until sold, then owed to the supplier at `consignmentPrice` a base unit.
    @OptionalField(key: "consignor_id") package var consignorID: UUID?
    @OptionalField(key: "consignment_price") package var consignmentPrice: Int64?
    @Field(key: "active") package var active: Bool
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}
}

/// A pack a product also comes in (`Pack`).
package final class ProductPackRecord: TenantModel, @unchecked Sendable {
    package static let schema = "product_packs"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<ProductPackRecord, FieldProperty<ProductPackRecord, UUID>> {
        \.$cooperativeID
    }
    @Field(key: "product_id") package var productID: UUID
    @Field(key: "name") package var name: String
    /// Thousandths of the base unit in one pack.
    @Field(key: "size") package var size: Int64
    @OptionalField(key: "barcode") package var barcode: String?

    package init() {}

    package var pack: Pack { Pack(name: name, size: size, barcode: barcode) }
}

/// A product's stock in one unit's location, valued at moving average cost (`StockPosition`).
package final class StockLevelRecord: TenantModel, @unchecked Sendable {
    package static let schema = "stock_levels"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<StockLevelRecord, FieldProperty<StockLevelRecord, UUID>> { \.$cooperativeID }
    @Field(key: "product_id") package var productID: UUID
    @Field(key: "unit_id") package var unitID: UUID
    @Field(key: "quantity") package var quantity: Int64
    @Field(key: "value") package var value: Int64

    package init() {}

    package var position: StockPosition { StockPosition(quantity: quantity, value: value) }
}

/// A product's goods at one unit's location that expire on the same day (or never: `Batch.noExpiry`).
/// The batches of a level add up to its quantity.
package final class StockBatchRecord: TenantModel, @unchecked Sendable {
    package static let schema = "stock_batches"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<StockBatchRecord, FieldProperty<StockBatchRecord, UUID>> { \.$cooperativeID }
    @Field(key: "product_id") package var productID: UUID
    @Field(key: "unit_id") package var unitID: UUID
    @Field(key: "expires_on") package var expiresOn: CivilDate
    @Field(key: "quantity") package var quantity: Int64

    package init() {}
}

/// One movement of stock in or out of a unit's location, with the value it moved: the stock level is
/// their sum, and `guyub verify` checks it.
package final class StockMovementRecord: TenantModel, @unchecked Sendable {
    package static let schema = "stock_movements"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<StockMovementRecord, FieldProperty<StockMovementRecord, UUID>> {
        \.$cooperativeID
    }
    @Field(key: "product_id") package var productID: UUID
    @Field(key: "unit_id") package var unitID: UUID
    @Field(key: "kind") package var kind: StockMovementKind
    /// Thousandths of the base unit: positive in, negative out.
    @Field(key: "quantity") package var quantity: Int64
    /// Minor units, with the quantity's sign.
    @Field(key: "value") package var value: Int64
    @Field(key: "happened_on") package var happenedOn: CivilDate
    /// The receipt, sale, adjustment or transfer that moved it.
    @Field(key: "source_id") package var sourceID: UUID
    /// The entry that posted its value; none when it moved no value (a count that matched).
    @OptionalField(key: "entry_id") package var entryID: UUID?

    package init() {}
}

/// Goods received into a unit's location: bought in cash, on a supplier's credit, or a member's produce.
package final class GoodsReceiptRecord: TenantModel, @unchecked Sendable {
    package static let schema = "goods_receipts"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<GoodsReceiptRecord, FieldProperty<GoodsReceiptRecord, UUID>> {
        \.$cooperativeID
    }
    @Field(key: "unit_id") package var unitID: UUID
    @Field(key: "received_on") package var receivedOn: CivilDate
    @OptionalField(key: "supplier") package var supplier: String?
    @Field(key: "total") package var total: Int64
    @Field(key: "entry_id") package var entryID: UUID
    @Field(key: "recorded_by_name") package var recordedByName: String
    @OptionalField(key: "supplier_id") package var supplierID: UUID?
    @OptionalField(key: "order_id") package var orderID: UUID?
    /// When what it left owing falls due; none when paid on receipt.
    @OptionalField(key: "due_on") package var dueOn: CivilDate?
    /// What it left owing the supplier (all of it on credit terms, else nothing).
    @Field(key: "payable") package var payable: Int64
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}
}

/// A state-regulated good's programme (LPG 3 kg, subsidised fertiliser, SPHP rice, MinyaKita…).
package final class ProgrammeRecord: TenantModel, @unchecked Sendable {
    package static let schema = "programmes"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<ProgrammeRecord, FieldProperty<ProgrammeRecord, UUID>> { \.$cooperativeID }
    @Field(key: "name") package var name: String
    @Field(key: "requires_buyer_id") package var requiresBuyerID: Bool
    @OptionalField(key: "per_buyer_limit") package var perBuyerLimit: Int64?
    @Field(key: "period") package var period: LimitPeriod
    /// Sold only to farmers on the season's allocation list, up to their allocation.
    @Field(key: "by_allocation") package var byAllocation: Bool
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}
}

/// A season of a programme's allocation list (`MT I 2026/2027`), with its first and last day.
package final class AllocationSeasonRecord: TenantModel, @unchecked Sendable {
    package static let schema = "allocation_seasons"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<AllocationSeasonRecord, FieldProperty<AllocationSeasonRecord, UUID>> {
        \.$cooperativeID
    }
    @Field(key: "programme_id") package var programmeID: UUID
    @Field(key: "name") package var name: String
    @Field(key: "starts_on") package var startsOn: CivilDate
    @Field(key: "ends_on") package var endsOn: CivilDate
    /// When its list was last imported, and by whom.
    @Field(key: "imported_at") package var importedAt: Date
    @Field(key: "imported_by_name") package var importedByName: String

    package init() {}
}

/// One farmer's allocation for a season, by NIK (thousandths of the base unit).
package final class AllocationRecord: TenantModel, @unchecked Sendable {
    package static let schema = "allocations"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<AllocationRecord, FieldProperty<AllocationRecord, UUID>> { \.$cooperativeID }
    @Field(key: "season_id") package var seasonID: UUID
    @Field(key: "nik") package var nik: String
    @OptionalField(key: "farmer_name") package var farmerName: String?
    @Field(key: "quantity") package var quantity: Int64

    package init() {}
}

/// A programme's price ceiling (HET) a base unit, in force from its date.
package final class PriceCeilingRecord: TenantModel, @unchecked Sendable {
    package static let schema = "price_ceilings"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<PriceCeilingRecord, FieldProperty<PriceCeilingRecord, UUID>> {
        \.$cooperativeID
    }
    @Field(key: "programme_id") package var programmeID: UUID
    @Field(key: "effective_from") package var effectiveFrom: CivilDate
    @Field(key: "price") package var price: Int64

    package init() {}
}

/// A price ceiling a region sets for a programme, in force there from a date over the national one.
package final class RegionalCeilingRecord: TenantModel, @unchecked Sendable {
    package static let schema = "regional_price_ceilings"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<RegionalCeilingRecord, FieldProperty<RegionalCeilingRecord, UUID>> {
        \.$cooperativeID
    }
    @Field(key: "programme_id") package var programmeID: UUID
    @Field(key: "region") package var region: String
    @Field(key: "effective_from") package var effectiveFrom: CivilDate
    @Field(key: "price") package var price: Int64

    package init() {}
}

/// A registered customer who may buy on credit up to a limit (a warung, a wholesale buyer): what they
/// owe is `balance`, and the trade receivables account equals the sum.
package final class StoreCustomerRecord: TenantModel, @unchecked Sendable {
    package static let schema = "store_customers"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<StoreCustomerRecord, FieldProperty<StoreCustomerRecord, UUID>> {
        \.$cooperativeID
    }
    @Field(key: "name") package var name: String
    @OptionalField(key: "phone") package var phone: String?
    @Field(key: "customer_class") package var customerClass: CustomerClass
    @OptionalField(key: "member_id") package var memberID: UUID?
    @Field(key: "credit_limit") package var creditLimit: Int64
    @Field(key: "balance") package var balance: Int64
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}
}

/// A sale at the counter. Amounts in minor units; what it cost is kept beside what it took.
package final class SaleRecord: TenantModel, @unchecked Sendable {
    package static let schema = "sales"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<SaleRecord, FieldProperty<SaleRecord, UUID>> { \.$cooperativeID }
    @Field(key: "number") package var number: Int
    @Field(key: "unit_id") package var unitID: UUID
    @Field(key: "sold_on") package var soldOn: CivilDate
    @Field(key: "sold_at") package var soldAt: Date
    @OptionalField(key: "member_id") package var memberID: UUID?
    @OptionalField(key: "customer_id") package var customerID: UUID?
    @OptionalField(key: "buyer_nik") package var buyerNIK: String?
    @Field(key: "customer_class") package var customerClass: CustomerClass
    @Field(key: "payment") package var payment: PaymentMethod
    @Field(key: "total") package var total: Int64
    /// What each way paid (`SalePayment`).
    @Field(key: "paid_cash") package var paidCash: Int64
    @Field(key: "paid_savings") package var paidSavings: Int64
    @Field(key: "paid_qris") package var paidQRIS: Int64
    @Field(key: "paid_credit") package var paidCredit: Int64
    @Field(key: "cost") package var cost: Int64
    @Field(key: "entry_id") package var entryID: UUID
    @OptionalField(key: "cashier_user_id") package var cashierUserID: UUID?
    @Field(key: "cashier_name") package var cashierName: String
    /// The shift open at the unit's till when it was sold.
    @OptionalField(key: "shift_id") package var shiftID: UUID?
    /// The consumer who bought, when one was named.
    @OptionalField(key: "consumer_id") package var consumerID: UUID?
    /// What a voucher paid of the total (the ways in `split` paid the rest), and which voucher.
    @Field(key: "paid_voucher") package var paidVoucher: Int64
    @OptionalField(key: "voucher_id") package var voucherID: UUID?

    package init() {}

    package var split: SalePayment {
        get { SalePayment(stored: [.cash: paidCash, .savings: paidSavings, .qris: paidQRIS, .credit: paidCredit]) }
        set {
            (paidCash, paidSavings, paidQRIS, paidCredit) = (
                newValue[.cash], newValue[.savings], newValue[.qris], newValue[.credit]
            )
            payment = newValue.method
        }
    }
}

/// One product on a sale: how much, at what price a base unit, what it came to and what it cost.
package final class SaleLineRecord: TenantModel, @unchecked Sendable {
    package static let schema = "sale_lines"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<SaleLineRecord, FieldProperty<SaleLineRecord, UUID>> { \.$cooperativeID }
    @Field(key: "sale_id") package var saleID: UUID
    @Field(key: "line") package var line: Int
    @Field(key: "product_id") package var productID: UUID
    @Field(key: "quantity") package var quantity: Int64
    @Field(key: "price") package var price: Int64
    @Field(key: "amount") package var amount: Int64
    @Field(key: "cost") package var cost: Int64
    /// The product's programme when sold, for its reports and per-buyer limits.
    @OptionalField(key: "programme_id") package var programmeID: UUID?
    /// What has come back of the line: how much, what the buyer got back, what the goods had cost.
    @Field(key: "returned_quantity") package var returnedQuantity: Int64
    @Field(key: "returned_amount") package var returnedAmount: Int64
    @Field(key: "returned_cost") package var returnedCost: Int64
    /// What the line took from each batch and has not given back (`Batch.written`).
    @Field(key: "batches") package var batches: String
    /// The pack the line was sold in and how many (thousandths, whole packs); nil in the base unit.
    @OptionalField(key: "pack_name") package var packName: String?
    @OptionalField(key: "pack_count") package var packCount: Int64?

    /// The line as the core sees it when goods come back.
    package var sold: SoldLine {
        SoldLine(
            quantity: quantity, amount: amount, cost: cost, returnedQuantity: returnedQuantity,
            returnedAmount: returnedAmount, returnedCost: returnedCost)
    }

    package init() {}
}

/// Goods taken back from a sale, or the whole sale undone, by a supervisor with a reason: what the buyer
/// got back and what the goods had cost, posted as the reverse of the sale's entry.
package final class SaleReturnRecord: TenantModel, @unchecked Sendable {
    package static let schema = "sale_returns"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<SaleReturnRecord, FieldProperty<SaleReturnRecord, UUID>> { \.$cooperativeID }
    @Field(key: "sale_id") package var saleID: UUID
    @Field(key: "returned_on") package var returnedOn: CivilDate
    @Field(key: "returned_at") package var returnedAt: Date
    @Field(key: "reason") package var reason: String
    @Field(key: "amount") package var amount: Int64
    @Field(key: "cost") package var cost: Int64
    /// None when nothing of value came back (a few grams worth less than a rupiah).
    @OptionalField(key: "entry_id") package var entryID: UUID?
    @OptionalField(key: "by_user_id") package var byUserID: UUID?
    @Field(key: "by_name") package var byName: String
    /// What was handed back in cash, and the shift whose drawer it came from.
    @Field(key: "cash") package var cash: Int64
    @OptionalField(key: "shift_id") package var shiftID: UUID?

    package init() {}
}

/// A shift at a unit's till: opened with a float, closed with a cash count whose difference is posted.
package final class ShiftRecord: TenantModel, @unchecked Sendable {
    package static let schema = "shifts"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<ShiftRecord, FieldProperty<ShiftRecord, UUID>> { \.$cooperativeID }
    @Field(key: "unit_id") package var unitID: UUID
    @Field(key: "status") package var status: ShiftStatus
    @Field(key: "opened_on") package var openedOn: CivilDate
    @Field(key: "opened_at") package var openedAt: Date
    @Field(key: "float") package var float: Int64
    @OptionalField(key: "opened_by_user_id") package var openedByUserID: UUID?
    @Field(key: "opened_by_name") package var openedByName: String
    @OptionalField(key: "closed_on") package var closedOn: CivilDate?
    @OptionalField(key: "closed_at") package var closedAt: Date?
    /// At closing: cash taken for sales and paid back for returns during the shift, what was counted, and
    /// counted less what the drawer should have held.
    @OptionalField(key: "cash_in") package var cashIn: Int64?
    @OptionalField(key: "cash_out") package var cashOut: Int64?
    @OptionalField(key: "counted") package var counted: Int64?
    @OptionalField(key: "difference") package var difference: Int64?
    @OptionalField(key: "entry_id") package var entryID: UUID?
    @OptionalField(key: "closed_by_name") package var closedByName: String?
    @OptionalField(key: "note") package var note: String?

    package init() {}
}

/// What a credit customer paid off what they owe: cash into the till (the shift's, when one is open),
/// a bank transfer, or QRIS.
package final class CustomerPaymentRecord: TenantModel, @unchecked Sendable {
    package static let schema = "customer_payments"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<CustomerPaymentRecord, FieldProperty<CustomerPaymentRecord, UUID>> {
        \.$cooperativeID
    }
    @Field(key: "customer_id") package var customerID: UUID
    @Field(key: "paid_on") package var paidOn: CivilDate
    @Field(key: "paid_at") package var paidAt: Date
    @Field(key: "amount") package var amount: Int64
    @Field(key: "channel") package var channel: PaymentChannel
    @Field(key: "entry_id") package var entryID: UUID
    @OptionalField(key: "shift_id") package var shiftID: UUID?
    @Field(key: "received_by_name") package var receivedByName: String

    package init() {}
}

/// A unit's stock take: counted, then approved by a supervisor, which posts its differences.
package final class StockTakeRecord: TenantModel, @unchecked Sendable {
    package static let schema = "stock_takes"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<StockTakeRecord, FieldProperty<StockTakeRecord, UUID>> { \.$cooperativeID }
    @Field(key: "unit_id") package var unitID: UUID
    @Field(key: "status") package var status: StockTakeStatus
    @Field(key: "started_on") package var startedOn: CivilDate
    @Field(key: "started_by_name") package var startedByName: String
    @OptionalField(key: "approved_on") package var approvedOn: CivilDate?
    @OptionalField(key: "approved_by_name") package var approvedByName: String?

    package init() {}
}

/// One good on a count sheet: what the records held when it was counted, what was counted and by whom,
/// and once approved what the count changed (thousandths) and its value.
package final class StockTakeLineRecord: TenantModel, @unchecked Sendable {
    package static let schema = "stock_take_lines"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<StockTakeLineRecord, FieldProperty<StockTakeLineRecord, UUID>> {
        \.$cooperativeID
    }
    @Field(key: "stock_take_id") package var stockTakeID: UUID
    @Field(key: "product_id") package var productID: UUID
    @Field(key: "expected") package var expected: Int64
    @OptionalField(key: "counted") package var counted: Int64?
    @OptionalField(key: "counted_by_name") package var countedByName: String?
    @OptionalField(key: "change") package var change: Int64?
    @OptionalField(key: "value") package var value: Int64?

    package init() {}

    package var line: CountLine { CountLine(expected: expected, counted: counted) }
}
