import Foundation
import GuyubCore
import GuyubStore
import Vapor

/// A product with its prices and stock: `stock` in the base unit over every unit's location, and
/// `averageCost` a base unit at moving average.
struct ProductDTO: Content {
    struct Tier: Content {
        var customerClass: String
        var minQuantity: String
        var price: String
    }
    struct Level: Content {
        var unitId: UUID
        var stock: String
        var value: String
        var averageCost: String
    }
    /// A pack it also comes in: `size` base units in one.
    struct PackDTO: Content {
        var name: String
        var size: String
        var barcode: String?
    }
    /// Goods at a unit that expire on one day (`expiresOn` left out for those that do not).
    struct Batch: Content {
        var unitId: UUID
        var expiresOn: String?
        var quantity: String
    }

    var id: UUID
    var unitId: UUID
    var name: String
    var category: String?
    var unit: String
    var barcode: String?
    var memberPrice: String
    var nonMemberPrice: String
    var tiers: [Tier]
    var packs: [PackDTO]
    var programmeId: UUID?
    var reorderPoint: String
    var active: Bool
    var stock: String
    var stockValue: String
    var averageCost: String
    var levels: [Level]
    /// By expiry date, the first to expire first; on a single product's answer.
    var batches: [Batch]?

    init(_ product: ProductRecord, levels: [StockLevelRecord], packs: [Pack], decimals: Int) throws {
        func money(_ v: Int64) -> String { Amount.string(v, decimals: decimals) }
        let prices = try ProductStore.prices(product)
        let total = levels.reduce(into: StockPosition()) { sum, level in
            if level.quantity > 0 { try? sum.receive(level.quantity, costing: level.value) }
        }
        id = product.id!
        unitId = product.unitID
        name = product.name
        category = product.category
        unit = product.unit
        barcode = product.barcode
        memberPrice = money(prices.memberPrice)
        nonMemberPrice = money(prices.nonMemberPrice)
        tiers = prices.tiers.map {
            Tier(customerClass: $0.customerClass.rawValue, minQuantity: Quantity.string($0.minQuantity), price: money($0.price))
        }
        self.packs = packs.map { PackDTO(name: $0.name, size: Quantity.string($0.size), barcode: $0.barcode) }
        programmeId = product.programmeID
        reorderPoint = Quantity.string(product.reorderPoint)
        active = product.active
        stock = Quantity.string(levels.reduce(0) { $0 + $1.quantity })
        stockValue = money(levels.reduce(0) { $0 + $1.value })
        averageCost = money(total.averageCost)
        self.levels = levels.map {
            Level(
                unitId: $0.unitID, stock: Quantity.string($0.quantity), value: money($0.value),
                averageCost: money($0.position.averageCost))
        }
    }
}

struct ProductInput: Content {
    struct Tier: Content {
        var customerClass: String?
        var minQuantity: String?
        var price: String?
    }
    struct PackInput: Content {
        var name: String?
        var size: String?
        var barcode: String?
    }

    var name: String?
    var category: String?
    var unit: String?
    var barcode: String?
    var memberPrice: String?
    var nonMemberPrice: String?
    var tiers: [Tier]?
    /// Left out, the product's packs stay as they are.
    var packs: [PackInput]?
    /// The programme's id (`programmeId` is read too).
    var programme: UUID?
    var programmeId: UUID?
    var reorderPoint: String?
    var active: Bool?
    var unitId: UUID?

    /// Reads and checks the fields; the API and the pages both come here.
    func read(decimals: Int) throws -> ProductStore.Input {
        let name = try FieldRules.required(name, field: "name", max: FieldLimit.name)
        let category = try FieldRules.optional(category, field: "category", max: FieldLimit.name)
        let unit = try FieldRules.required(unit, field: "unit", max: FieldLimit.productUnit)
        let barcode = try FieldRules.optional(barcode, field: "barcode", max: FieldLimit.barcode)
        try Self.check(barcode: barcode)
        func price(_ text: String?, _ field: String) throws -> Int64 {
            guard let text, !text.trimmingCharacters(in: .whitespaces).isEmpty else { throw StoreError.field(.required(field)) }
            do { return try Amount.positive(text, decimals: decimals) } catch { throw StoreError.priceInvalid(field) }
        }
        let tiers = try (self.tiers ?? []).map { tier in
            guard let text = tier.customerClass, let customerClass = CustomerClass(rawValue: text) else {
                throw StoreError.field(.invalidChoice("tiers"))
            }
            return PriceTier(
                customerClass: customerClass, minQuantity: try Quantity.parse(tier.minQuantity),
                price: try price(tier.price, "tiers"))
        }
        return ProductStore.Input(
            name: name, category: category, unit: unit, barcode: barcode,
            prices: PriceList(
                memberPrice: try price(memberPrice, "memberPrice"), nonMemberPrice: try price(nonMemberPrice, "nonMemberPrice"),
                tiers: tiers),
            programmeID: programme ?? programmeId,
            reorderPoint: try reorderPoint.map { $0.isEmpty ? 0 : try Quantity.parse($0) } ?? 0, unitID: unitId,
            packs: try packs?.map { pack in
                let barcode = try FieldRules.optional(pack.barcode, field: "barcode", max: FieldLimit.barcode)
                try Self.check(barcode: barcode)
                return Pack(
                    name: try FieldRules.required(pack.name, field: "packs", max: FieldLimit.productUnit),
                    size: try Quantity.parse(pack.size), barcode: barcode)
            })
    }

    /// A barcode is letters, digits and dashes, as scanners send them.
    static func check(barcode: String?) throws {
        if let barcode, !barcode.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) {
            throw StoreError.field(.invalidChoice("barcode"))
        }
    }
}

struct ReceiptInput: Content {
    struct Line: Content {
        var productId: UUID?
        var quantity: String?
        var unitCost: String?
        var expiresOn: String?
        /// The pack the goods came in: `quantity` counts packs and `unitCost` is a pack's.
        var pack: String?
    }
    var lines: [Line]?
    var unitId: UUID?
    var supplier: String?
}

struct ReceiptDTO: Content {
    struct Line: Content {
        var productId: UUID
        var quantity: String
        var cost: String
        var stock: String
        var averageCost: String
    }
    var id: UUID
    var unitId: UUID
    var date: String
    var supplier: String?
    var total: String
    var entryId: UUID
    var lines: [Line]
}

struct SaleInput: Content {
    struct Line: Content {
        var productId: UUID?
        var quantity: String?
        /// The pack sold (`karung`, `dus`): `quantity` counts packs.
        var pack: String?
    }
    var lines: [Line]?
    var memberId: UUID?
    var customerId: UUID?
    var buyerNik: String?
    var payment: String?
    /// With `"payment":"split"`: the parts, one of which may leave out its amount to take the rest.
    struct Part: Content {
        var method: String?
        var amount: String?
    }
    var payments: [Part]?
    var unitId: UUID?
    /// When a sale made at a counter that had lost its connection was made (ISO 8601); now when left out.
    var madeAt: String?
    /// The total the buyer was charged (an offline counter's, from the prices it kept): refused when the
    /// server's prices make another.
    var expectedTotal: String?
    /// The consumer buying (their purchases are kept with them; a member's referral counts the first).
    var consumerId: UUID?
    /// A money voucher of the buyer's: it pays first, `payment` the rest.
    var voucherCode: String?
}

struct SaleDTO: Content {
    struct Line: Content {
        var productId: UUID
        var quantity: String
        var price: String
        var amount: String
        var returnedQuantity: String
        var returnedAmount: String
        /// The pack it was sold in and how many (`quantity` stays in the base unit).
        var pack: String?
        var packQuantity: String?
    }
    var id: UUID
    var number: Int
    var unitId: UUID
    var date: String
    var soldAt: Date
    var memberId: UUID?
    var customerId: UUID?
    var consumerId: UUID?
    var payment: String
    /// What a voucher paid of the total; the ways in `payments` paid the rest.
    var voucher: String?
    /// What each way paid, in the order refunds go back.
    struct Part: Content {
        var method: String
        var amount: String
    }
    var payments: [Part]
    var total: String
    var entryId: UUID
    var cashier: String
    var lines: [Line]
    /// What the buyer got back in all, from every return.
    var returned: String

    init(_ sale: SaleRecord, lines: [SaleLineRecord], decimals: Int) {
        func money(_ v: Int64) -> String { Amount.string(v, decimals: decimals) }
        id = sale.id!
        number = sale.number
        unitId = sale.unitID
        date = sale.soldOn.description
        soldAt = sale.soldAt
        memberId = sale.memberID
        customerId = sale.customerID
        consumerId = sale.consumerID
        voucher = sale.paidVoucher > 0 ? money(sale.paidVoucher) : nil
        payment = sale.payment.rawValue
        payments = SalePayment.refundOrder.filter { sale.split[$0] > 0 }.map {
            Part(method: $0.rawValue, amount: money(sale.split[$0]))
        }
        total = money(sale.total)
        entryId = sale.entryID
        cashier = sale.cashierName
        self.lines = lines.map {
            Line(
                productId: $0.productID, quantity: Quantity.string($0.quantity), price: money($0.price), amount: money($0.amount),
                returnedQuantity: Quantity.string($0.returnedQuantity), returnedAmount: money($0.returnedAmount),
                pack: $0.packName, packQuantity: $0.packCount.map(Quantity.string))
        }
        returned = money(lines.reduce(0) { $0 + $1.returnedAmount })
    }
}

/// `{"lines"?:[{"productId","quantity"}],"reason"}`: no lines takes back everything not yet returned.
struct SaleReturnInput: Content {
    var lines: [SaleInput.Line]?
    var reason: String?
}

struct SaleReturnDTO: Content {
    struct Line: Content {
        var productId: UUID
        var quantity: String
        var amount: String
    }
    var id: UUID
    var saleId: UUID
    var date: String
    var reason: String
    var amount: String
    var cost: String
    var entryId: UUID?
    var by: String
    var lines: [Line]

    init(_ record: SaleReturnRecord, lines: [(line: SaleLineRecord, quantity: Int64, amount: Int64)], decimals: Int) {
        func money(_ v: Int64) -> String { Amount.string(v, decimals: decimals) }
        id = record.id!
        saleId = record.saleID
        date = record.returnedOn.description
        reason = record.reason
        amount = money(record.amount)
        cost = money(record.cost)
        entryId = record.entryID
        by = record.byName
        self.lines = lines.map {
            Line(productId: $0.line.productID, quantity: Quantity.string($0.quantity), amount: money($0.amount))
        }
    }
}

struct ProgrammeInput: Content {
    var name: String?
    var priceCeiling: String?
    var effectiveFrom: String?
    var perBuyerLimit: String?
    var period: String?
    var requiresBuyerId: Bool?
    /// Sold only to buyers on an allocation list (subsidised fertiliser).
    var byAllocation: Bool?
}

struct ProgrammeDTO: Content {
    struct Ceiling: Content {
        var effectiveFrom: String
        var price: String
        /// The kabupaten or kota it holds in; left out for the national ceiling.
        var region: String?
    }
    var id: UUID
    var name: String
    /// The ceiling in force today, if one has taken effect.
    var priceCeiling: String?
    var ceilings: [Ceiling]
    var perBuyerLimit: String?
    var period: String
    var requiresBuyerId: Bool
    var byAllocation: Bool
}

struct CustomerInput: Content {
    var name: String?
    var phone: String?
    var customerClass: String?
    var memberId: UUID?
    var creditLimit: String?
}

struct CustomerDTO: Content {
    var id: UUID
    var name: String
    var phone: String?
    var customerClass: String
    var memberId: UUID?
    var creditLimit: String
    var balance: String

    init(_ customer: StoreCustomerRecord, decimals: Int) {
        id = customer.id!
        name = customer.name
        phone = customer.phone
        customerClass = customer.customerClass.rawValue
        memberId = customer.memberID
        creditLimit = Amount.string(customer.creditLimit, decimals: decimals)
        balance = Amount.string(customer.balance, decimals: decimals)
    }
}

/// `{"amount","channel"?}`: what a credit customer pays off what they owe (cash unless said otherwise).
struct CustomerPaymentInput: Content {
    var amount: String?
    var channel: String?
}

struct CustomerPaymentDTO: Content {
    var id: UUID
    var customerId: UUID
    var date: String
    var amount: String
    var channel: String
    var entryId: UUID
    /// What the customer still owes.
    var balance: String

    init(_ payment: CustomerPaymentRecord, customer: StoreCustomerRecord, decimals: Int) {
        id = payment.id!
        customerId = customer.id!
        date = payment.paidOn.description
        amount = Amount.string(payment.amount, decimals: decimals)
        channel = payment.channel.rawValue
        entryId = payment.entryID
        balance = Amount.string(customer.balance, decimals: decimals)
    }
}

struct AdjustmentInput: Content {
    var productId: UUID?
    var reason: String?
    var quantity: String?
    var unitCost: String?
    var unitId: UUID?
    /// Goods found or counted in that expire on this day.
    var expiresOn: String?
}

struct StockTransferInput: Content {
    var productId: UUID?
    var quantity: String?
    var fromUnitId: UUID?
    var toUnitId: UUID?
}

/// A change of stock made by hand or between units: how much moved (negative out) and its value.
struct StockChangeDTO: Content {
    var productId: UUID
    var unitId: UUID
    var quantity: String
    var value: String
    var stock: String
    var entryId: UUID?
}
