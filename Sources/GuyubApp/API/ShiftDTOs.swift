import Foundation
import GuyubCore
import GuyubStore
import Vapor

/// `{"float","unitId"?}`: the cash counted into the drawer as the shift opens.
struct ShiftInput: Content {
    var float: String?
    var unitId: UUID?
}

/// `{"counted","note"?}`: the cash counted in the drawer as the shift closes.
struct ShiftCloseInput: Content {
    var counted: String?
    var note: String?
}

struct ShiftDTO: Content {
    struct Sales: Content {
        var payment: String
        var count: Int
        var total: String
    }
    var id: UUID
    var unitId: UUID
    var status: String
    var openedAt: Date
    var openedBy: String
    var float: String
    var cashIn: String
    var cashOut: String
    /// What the drawer should hold: the float, plus cash sales, less cash paid back.
    var expected: String
    var sales: [Sales]
    var closedAt: Date?
    var closedBy: String?
    var counted: String?
    /// Counted less expected: above zero more cash than expected, below zero less.
    var difference: String?
    var entryId: UUID?
    var note: String?

    init(
        _ shift: ShiftRecord, till: TillCount, sales: [PaymentMethod: (count: Int, total: Int64)], decimals: Int
    ) {
        func money(_ v: Int64) -> String { Amount.string(v, decimals: decimals) }
        id = shift.id!
        unitId = shift.unitID
        status = shift.status.rawValue
        openedAt = shift.openedAt
        openedBy = shift.openedByName
        float = money(shift.float)
        cashIn = money(till.cashIn)
        cashOut = money(till.cashOut)
        expected = money(till.expected)
        self.sales = PaymentMethod.single.compactMap { payment in
            sales[payment].map { Sales(payment: payment.rawValue, count: $0.count, total: money($0.total)) }
        }
        closedAt = shift.closedAt
        closedBy = shift.closedByName
        counted = shift.counted.map(money)
        difference = shift.difference.map(money)
        entryId = shift.entryID
        note = shift.note
    }
}
