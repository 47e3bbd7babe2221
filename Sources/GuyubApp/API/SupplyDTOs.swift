import Foundation
import GuyubCore
import GuyubStore
import Vapor

struct SupplierInput: Content {
    var name: String?
    var terms: String?
    var creditDays: Int?
    var phone: String?
    var unitId: UUID?
}

struct SupplierDTO: Content {
    struct Bill: Content {
        var dueOn: String
        var amount: String
    }
    struct Price: Content {
        var productId: UUID
        var unitCost: String
    }
    var id: UUID
    var name: String
    var phone: String?
    var terms: String
    var creditDays: Int?
    var unitId: UUID?
    /// Received on credit and not yet paid.
    var owed: String
    /// What is still owed, by when it falls due (oldest first); only on one supplier's answer.
    var bills: [Bill]?
    var prices: [Price]?

    init(_ s: SupplierRecord, decimals: Int) {
        id = s.id!
        name = s.name
        phone = s.phone
        terms = s.terms.rawValue
        creditDays = s.creditDays
        unitId = s.unitID
        owed = Amount.string(s.owed, decimals: decimals)
    }
}

struct SupplierPriceInput: Content {
    var productId: UUID?
    var unitCost: NumberText?
}

struct SupplierPaymentInput: Content {
    var amount: NumberText?
    var channel: String?
}

struct SupplierPaymentDTO: Content {
    var id: UUID
    var supplierId: UUID
    var date: String
    var amount: String
    var channel: String
    var entryId: UUID
    /// What is still owed after it.
    var owed: String

    init(_ p: SupplierPaymentRecord, supplier: SupplierRecord, decimals: Int) {
        id = p.id!
        supplierId = p.supplierID
        date = p.paidOn.description
        amount = Amount.string(p.amount, decimals: decimals)
        channel = p.channel.rawValue
        entryId = p.entryID
        owed = Amount.string(supplier.owed, decimals: decimals)
    }
}

struct AgingDTO: Content {
    struct Row: Content {
        var supplierId: UUID
        var name: String
        var owed: String
        /// What is owed by age: `not_due`, `1_30`, `31_60`, `61_90`, `over_90` days late.
        var ages: [String: String]
    }
    var date: String
    var rows: [Row]
    var total: String
}

struct PurchaseOrderInput: Content {
    struct Line: Content {
        var productId: UUID?
        var quantity: NumberText?
        var unitCost: NumberText?
    }
    var supplierId: UUID?
    var unitId: UUID?
    var note: String?
    var lines: [Line]?
}

struct PurchaseOrderDTO: Content {
    struct Line: Content {
        var productId: UUID
        var quantity: String
        var unitCost: String
        var received: String
        var outstanding: String
    }
    struct Receipt: Content {
        var id: UUID
        var date: String
        var total: String
        var owed: String
        var dueOn: String?
        var entryId: UUID
    }
    struct Invoice: Content {
        var id: UUID
        var number: String
        var date: String
        var amount: String
        var receivedValue: String
        /// The invoice less what was received: zero when it matches.
        var difference: String
    }
    var id: UUID
    var number: Int
    var supplierId: UUID
    var unitId: UUID
    var status: String
    var date: String
    var total: String
    var note: String?
    var raisedBy: String
    var approvedBy: String?
    /// What may be done with it now (`approve`, `receive`, `close`, `cancel`).
    var actions: [String]
    var lines: [Line]
    var receipts: [Receipt]?
    var invoices: [Invoice]?

    init(_ o: PurchaseOrderRecord, lines: [PurchaseOrderLineRecord], decimals: Int) {
        id = o.id!
        number = o.number
        supplierId = o.supplierID
        unitId = o.unitID
        status = o.status.rawValue
        date = o.orderedOn.description
        total = Amount.string(o.total, decimals: decimals)
        note = o.note
        raisedBy = o.raisedByName
        approvedBy = o.approvedByName
        actions = o.status.allowed.map(\.rawValue)
        self.lines = lines.map {
            Line(
                productId: $0.productID, quantity: Quantity.string($0.quantity),
                unitCost: Amount.string($0.unitCost, decimals: decimals), received: Quantity.string($0.received),
                outstanding: Quantity.string(max(0, $0.quantity - $0.received)))
        }
    }
}

struct DeliveryInput: Content {
    struct Line: Content {
        var productId: UUID?
        var quantity: NumberText?
        var short: NumberText?
        var damaged: NumberText?
        var expiresOn: String?
        var note: String?
    }
    var lines: [Line]?
    /// Take more than is outstanding (the supplier sent extra and the manager kept it).
    var allowOver: Bool?
}

struct DeliveryDTO: Content {
    var id: UUID
    var orderId: UUID
    var date: String
    var total: String
    /// What the delivery left owing the supplier (on credit terms), and when it falls due.
    var owed: String
    var dueOn: String?
    var entryId: UUID
    var order: PurchaseOrderDTO
}

struct InvoiceInput: Content {
    var number: String?
    var amount: NumberText?
    var date: String?
}

struct ReorderDTO: Content {
    struct Line: Content {
        var productId: UUID
        var name: String
        var unit: String
        var stock: String
        var reorderPoint: String
        var sold: String
        var quantity: String
        var unitCost: String
        var amount: String
        var supplierId: UUID?
    }
    var lines: [Line]
    var total: String
    var cash: String
    var bank: String
    /// Whether cash and bank on hand pay for all of it.
    var covered: Bool
}

struct PurchasingSettingsInput: Content {
    var approvalAbove: NumberText?
}

struct PurchasingSettingsDTO: Content {
    var approvalAbove: String?
}

struct ProduceIntakeInput: Content {
    var memberId: UUID?
    var productId: UUID?
    var quantity: NumberText?
    var price: NumberText?
    var grade: String?
    var payment: String?
    var unitId: UUID?
}

struct ProduceIntakeDTO: Content {
    var id: UUID
    var number: Int
    var memberId: UUID
    var productId: UUID
    var unitId: UUID
    var date: String
    var quantity: String
    var grade: String?
    var price: String
    var amount: String
    var payment: String
    var receiptId: UUID

    init(_ r: ProduceIntakeRecord, decimals: Int) {
        id = r.id!
        number = r.number
        memberId = r.memberID
        productId = r.productID
        unitId = r.unitID
        date = r.takenOn.description
        quantity = Quantity.string(r.quantity)
        grade = r.grade?.rawValue
        price = Amount.string(r.price, decimals: decimals)
        amount = Amount.string(r.amount, decimals: decimals)
        payment = r.payment.rawValue
        receiptId = r.receiptID
    }
}

struct BusinessRecordDTO: Content {
    var date: String
    /// `store` (purchases, less goods returned), `produce` (delivered) or `loan_interest` (paid).
    var source: String
    var amount: String
    var reference: String?
}

struct ConsignInput: Content {
    var productId: UUID?
    var price: NumberText?
}

struct ConsignmentMoveInput: Content {
    struct Line: Content {
        var productId: UUID?
        var quantity: NumberText?
    }
    var lines: [Line]?
    var unitId: UUID?
}

struct ConsignmentDTO: Content {
    struct Line: Content {
        var productId: UUID
        var name: String
        var price: String
        /// Held at the cooperative's units, the consignor's until sold.
        var held: String
        /// Sold and not yet settled, and what settling it would owe.
        var unsettled: String
        var unsettledAmount: String
    }
    struct Settlement: Content {
        var id: UUID
        var date: String
        var amount: String
        var entryId: UUID
    }
    var supplierId: UUID
    var lines: [Line]
    var settlements: [Settlement]
}

struct UploadDTO: Content {
    var id: UUID
    var contentType: String
    var size: Int
}

struct VehicleInput: Content {
    var name: String?
    var plate: String?
}

struct VehicleDTO: Content {
    var id: UUID
    var name: String
    var plate: String?
}

struct DeliveryPlanInput: Content {
    var goods: String?
    var destination: String?
    var recipient: String?
    var plannedOn: String?
    var saleId: UUID?
    var customerId: UUID?
    var orderId: UUID?
    var vehicleId: UUID?
    var driverId: UUID?
    var fee: NumberText?
    var feePaidBy: String?
}

struct DeliveryStepInput: Content {
    var receivedBy: String?
    var note: String?
    var photoId: UUID?
}

struct DeliveryRunDTO: Content {
    var id: UUID
    var number: Int
    var goods: String
    var destination: String
    var recipient: String
    var plannedOn: String
    var saleId: UUID?
    var customerId: UUID?
    var orderId: UUID?
    var vehicleId: UUID?
    var driverId: UUID?
    var driverName: String?
    var status: String
    var fee: String
    var feePaidBy: String
    var receivedBy: String?
    var note: String?
    var photoId: UUID?
    var finishedOn: String?
    /// Handed over on or before the day planned.
    var onTime: Bool?
    /// What the one asking may do now.
    var actions: [String]
}

struct ClaimInput: Content {
    var amount: NumberText?
    var purpose: String?
    var spentOn: String?
    var unitId: UUID?
    var receiptId: UUID?
}

struct ClaimStepInput: Content {
    var reason: String?
    var channel: String?
}

struct ClaimDTO: Content {
    var id: UUID
    var number: Int
    var claimant: String
    var unitId: UUID?
    var amount: String
    var purpose: String
    var spentOn: String
    var receiptId: UUID
    var status: String
    var decidedBy: String?
    var reason: String?
    var paidOn: String?
    var entryId: UUID?
    var actions: [String]
}

struct StorageInput: Content {
    var goods: String?
    var owner: String?
    var memberId: UUID?
    var quantity: NumberText?
    var rate: NumberText?
    var unitId: UUID?
}

struct StorageReleaseInput: Content {
    var quantity: NumberText?
}

struct StorageLotDTO: Content {
    var id: UUID
    var number: Int
    var owner: String
    var memberId: UUID?
    var goods: String
    var unitId: UUID
    var quantity: String
    var held: String
    var rate: String
    var storedOn: String
    var fees: String
    /// What the last release was billed, on a release's answer.
    var fee: String?
}

struct ProcessingInput: Content {
    var inputProductId: UUID?
    var inputQuantity: NumberText?
    var outputProductId: UUID?
    var outputQuantity: NumberText?
    var cost: NumberText?
    var unitId: UUID?
}

struct ProcessingDTO: Content {
    var id: UUID
    var number: Int
    var unitId: UUID
    var date: String
    var inputProductId: UUID
    var inputQuantity: String
    var inputValue: String
    var outputProductId: UUID
    var outputQuantity: String
    var cost: String
    /// What came out for what went in, in percent with one decimal ("65.0").
    var yieldPercent: String
    var entryId: UUID?

    init(_ r: ProcessingRunRecord, decimals: Int) {
        id = r.id!
        number = r.number
        unitId = r.unitID
        date = r.runOn.description
        inputProductId = r.inputProductID
        inputQuantity = Quantity.string(r.inputQuantity)
        inputValue = Amount.string(r.inputValue, decimals: decimals)
        outputProductId = r.outputProductID
        outputQuantity = Quantity.string(r.outputQuantity)
        cost = Amount.string(r.cost, decimals: decimals)
        yieldPercent = Amount.string(r.yield, decimals: 1)
        entryId = r.entryID
    }
}
