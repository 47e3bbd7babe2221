import Foundation
import GuyubCore

package enum ShopShift {}

extension ShopShift {
    /// One shift at a unit's till: its float, its sales by payment, what the drawer should hold, and —
    /// once closed — the count and its difference. The cashier who opened it, or a manager, closes it here.
    package struct Model: Sendable {
        package struct Sales: Sendable, Equatable {
            package var payment: PaymentMethod
            package var count: Int
            package var total: Int64
            package init(payment: PaymentMethod, count: Int, total: Int64) {
                self.payment = payment
                self.count = count
                self.total = total
            }
        }

        package var id: UUID
        package var cooperativeName: String
        package var unitName: String
        package var openedBy: String
        package var openedAt: Date
        package var till: TillCount
        package var sales: [Sales]
        package var closedAt: Date?
        package var closedBy: String?
        package var counted: Int64?
        package var difference: Int64?
        package var note: String?
        package var canClose: Bool
        /// The close form as last sent, and what was refused.
        package var countedValue = ""
        package var noteValue = ""
        package var errors: [String: String] = [:]

        package init(
            id: UUID, cooperativeName: String, unitName: String, openedBy: String, openedAt: Date, till: TillCount,
            sales: [Sales], closedAt: Date?, closedBy: String?, counted: Int64?, difference: Int64?, note: String?,
            canClose: Bool
        ) {
            self.id = id
            self.cooperativeName = cooperativeName
            self.unitName = unitName
            self.openedBy = openedBy
            self.openedAt = openedAt
            self.till = till
            self.sales = sales
            self.closedAt = closedAt
            self.closedBy = closedBy
            self.counted = counted
            self.difference = difference
            self.note = note
            self.canClose = canClose
        }
    }
}

package enum ShopShifts {}

extension ShopShifts {
    /// The latest shifts at the units' tills, and a form to open the shop's till when none is open.
    package struct Model: Sendable {
        package struct Row: Sendable, Equatable {
            package var id: UUID
            package var unitName: String
            package var openedBy: String
            package var openedAt: Date
            package var float: Int64
            package var isOpen: Bool
            package var difference: Int64?
            package init(
                id: UUID, unitName: String, openedBy: String, openedAt: Date, float: Int64, isOpen: Bool, difference: Int64?
            ) {
                self.id = id
                self.unitName = unitName
                self.openedBy = openedBy
                self.openedAt = openedAt
                self.float = float
                self.isOpen = isOpen
                self.difference = difference
            }
        }

        package var rows: [Row]
        /// The reader sells, and the shop's till is not open.
        package var canOpen: Bool
        package var floatValue = ""
        package var errors: [String: String] = [:]

        package init(rows: [Row], canOpen: Bool) {
            self.rows = rows
            self.canOpen = canOpen
        }
    }
}
