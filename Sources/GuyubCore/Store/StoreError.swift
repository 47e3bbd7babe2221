/// Why the shop refused: a quantity, a price, stock, a regulated good's rules, or how the buyer pays.
package enum StoreError: DomainError, Equatable {
    case field(FieldError)
    case quantityRequired
    case quantityInvalid
    case quantityNotPositive
    /// The field holding a price that is not above zero or not readable.
    case priceInvalid(String)
    /// Not that much on hand, with what is (thousandths of the base unit).
    case insufficientStock(available: Int64)
    /// A price above the programme's ceiling (HET) in force, both a base unit.
    case aboveCeiling(price: Int64, ceiling: Int64)
    /// The good may be sold only to a buyer who shows their NIK.
    case buyerIDRequired
    /// More than one buyer may take in the period, with what they may still take.
    case overBuyerLimit(remaining: Int64)
    /// A sale with no lines, or more lines than a sale takes.
    case noLines
    case tooManyLines
    /// The same product twice on one sale or receipt.
    case duplicateLine
    /// Another product already carries this barcode.
    case barcodeTaken
    /// Another product already has this name.
    case nameTaken
    /// Another programme already has this name.
    case programmeNameTaken
    /// Paying from savings, or at member prices, needs the member.
    case memberRequired
    /// Credit needs a registered customer.
    case customerRequired
    /// Credit above what the customer may still owe, with what remains of their limit.
    case overCreditLimit(available: Int64)
    /// The product is no longer sold.
    case productInactive
    /// The unit is turned off.
    case unitInactive
    /// Goods come in where none are on hand: what they cost must be given.
    case unitCostRequired
    /// Goods moved to the unit they are in.
    case sameUnit
    /// A line or a total beyond what the books hold.
    case amountTooLarge
    /// More back than was sold less what came back already, with what may still come back.
    case returnExceedsSale(available: Int64)
    /// Everything on the sale has come back already.
    case alreadyReturned
    /// The unit's till already has a shift open.
    case shiftAlreadyOpen
    /// The shift was closed already.
    case shiftClosed
    /// Only whoever opened a shift, or a supervisor, closes it.
    case shiftNotYours
    /// A payment above what the customer owes, with what they owe.
    case overpayment(owed: Int64)
    /// The buyer's NIK is not on the programme's allocation list for the season of the sale's date (or no
    /// list covers that date).
    case notAllocated
    /// More than the buyer's allocation for the season, with what they may still take.
    case overAllocation(remaining: Int64)
    /// A season that ends before it starts.
    case seasonBackwards
    /// A season sharing days with another season of the same programme.
    case seasonOverlaps(String)
    /// Only a programme sold by allocation takes an allocation list.
    case notByAllocation
    /// The sale prices to another total than the buyer was charged (prices changed since a counter kept
    /// them), with the total it prices to.
    case totalChanged(total: Int64)
    /// Goods received that expired before they arrived.
    case alreadyExpired
    /// A stock take already approved.
    case stockTakeClosed
    /// A stock take is approved by a supervisor.
    case supervisorRequired
    /// A stock take with no line counted.
    case nothingCounted
    /// The unit already has a stock take being counted.
    case stockTakeOpen
    /// A QRIS settlement above what is in transit, with what is.
    case overQRISInTransit(available: Int64)
    /// A sale sent with a time ahead of the server's clock.
    case madeInFuture
    /// A sale sent with a time older than a device keeps sales waiting, in days.
    case madeTooLongAgo(days: Int)
    /// A ceiling for the same programme, region and day is already there.
    case ceilingExists
    /// Someone assigned to other units acting in this one.
    case notAssigned
    /// A split payment naming a way twice, more than one part without an amount, or none.
    case splitInvalid
    /// A split payment whose parts do not add up to the sale's total, with the total.
    case splitMismatch(total: Int64)
    /// A line naming a pack the product does not come in.
    case packUnknown
    /// Packs are counted whole.
    case packNotWhole
    /// A product's packs with a name twice (or the base unit's), or one not bigger than a base unit.
    case packInvalid

    package var code: String {
        switch self {
        case .field(let error): error.code
        case .quantityRequired: "required"
        case .quantityInvalid: "invalid_quantity"
        case .quantityNotPositive: "quantity_not_positive"
        case .priceInvalid: "invalid_price"
        case .insufficientStock: "insufficient_stock"
        case .aboveCeiling: "above_price_ceiling"
        case .buyerIDRequired: "buyer_id_required"
        case .overBuyerLimit: "over_buyer_limit"
        case .noLines: "no_lines"
        case .tooManyLines: "too_many_lines"
        case .duplicateLine: "duplicate_line"
        case .barcodeTaken: "barcode_taken"
        case .nameTaken: "product_name_taken"
        case .programmeNameTaken: "programme_name_taken"
        case .memberRequired: "member_required"
        case .customerRequired: "customer_required"
        case .overCreditLimit: "over_credit_limit"
        case .productInactive: "product_inactive"
        case .unitInactive: "unit_inactive"
        case .unitCostRequired: "unit_cost_required"
        case .sameUnit: "same_unit"
        case .amountTooLarge: "amount_too_large"
        case .returnExceedsSale: "return_exceeds_sale"
        case .alreadyReturned: "already_returned"
        case .shiftAlreadyOpen: "shift_already_open"
        case .shiftClosed: "shift_closed"
        case .shiftNotYours: "shift_not_yours"
        case .overpayment: "overpayment"
        case .notAllocated: "not_allocated"
        case .overAllocation: "over_allocation"
        case .seasonBackwards: "season_backwards"
        case .seasonOverlaps: "season_overlaps"
        case .notByAllocation: "not_by_allocation"
        case .overQRISInTransit: "over_qris_in_transit"
        case .totalChanged: "total_changed"
        case .alreadyExpired: "already_expired"
        case .stockTakeClosed: "stock_take_closed"
        case .supervisorRequired: "supervisor_required"
        case .nothingCounted: "nothing_counted"
        case .stockTakeOpen: "stock_take_open"
        case .madeInFuture: "made_in_future"
        case .madeTooLongAgo: "made_too_long_ago"
        case .packUnknown: "unknown_pack"
        case .splitInvalid: "invalid_split"
        case .notAssigned: "not_assigned"
        case .ceilingExists: "ceiling_exists"
        case .splitMismatch: "split_mismatch"
        case .packNotWhole: "pack_not_whole"
        case .packInvalid: "invalid_pack"
        }
    }

    package var field: String? {
        switch self {
        case .field(let error): error.field
        case .quantityRequired, .quantityInvalid, .quantityNotPositive, .insufficientStock, .overBuyerLimit, .amountTooLarge,
            .returnExceedsSale:
            "quantity"
        case .priceInvalid(let field): field
        case .aboveCeiling: "price"
        case .buyerIDRequired: "buyerNik"
        case .noLines, .tooManyLines, .duplicateLine, .productInactive, .alreadyReturned: "lines"
        case .barcodeTaken: "barcode"
        case .nameTaken, .programmeNameTaken: "name"
        case .memberRequired: "memberId"
        case .customerRequired: "customerId"
        case .overCreditLimit: "payment"
        case .unitInactive: "unitId"
        case .unitCostRequired: "unitCost"
        case .sameUnit: "toUnitId"
        case .shiftAlreadyOpen, .shiftClosed, .shiftNotYours: nil
        case .overpayment: "amount"
        case .notAllocated: "buyerNik"
        case .overAllocation: "quantity"
        case .seasonBackwards: "endsOn"
        case .seasonOverlaps: "startsOn"
        case .notByAllocation: nil
        case .madeInFuture, .madeTooLongAgo: "madeAt"
        case .overQRISInTransit: "amount"
        case .stockTakeClosed, .supervisorRequired, .stockTakeOpen: nil
        case .nothingCounted: "lines"
        case .totalChanged: "expectedTotal"
        case .alreadyExpired: "expiresOn"
        case .packUnknown: "pack"
        case .splitInvalid, .splitMismatch: "payments"
        case .notAssigned: "unitId"
        case .ceilingExists: "effectiveFrom"
        case .packNotWhole: "quantity"
        case .packInvalid: "packs"
        }
    }

    package var kind: ErrorKind {
        switch self {
        case .barcodeTaken, .nameTaken, .programmeNameTaken, .alreadyReturned, .shiftAlreadyOpen, .shiftClosed,
            .seasonOverlaps, .notByAllocation, .stockTakeClosed, .stockTakeOpen, .ceilingExists:
            .conflict
        case .shiftNotYours, .supervisorRequired, .notAssigned: .forbidden
        default: .invalid
        }
    }
}
