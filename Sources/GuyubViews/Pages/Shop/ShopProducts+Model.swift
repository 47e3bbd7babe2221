import Foundation
import GuyubCore

package enum ShopProducts {}

extension ShopProducts {
    /// The goods the shop sells, with their stock over every unit and what is running low.
    package struct Model: Sendable {
        package struct Row: Sendable, Equatable {
            package var name: String
            package var unit: String
            package var stock: Int64
            package var memberPrice: Int64
            package var nonMemberPrice: Int64
            package var low: Bool
            /// Its page, when it has one.
            package var id: UUID?
            package init(
                name: String, unit: String, stock: Int64, memberPrice: Int64, nonMemberPrice: Int64, low: Bool, id: UUID? = nil
            ) {
                self.id = id
                self.name = name
                self.unit = unit
                self.stock = stock
                self.memberPrice = memberPrice
                self.nonMemberPrice = nonMemberPrice
                self.low = low
            }
        }

        /// Goods that expire within `Model.expiringWithin` days (or have), the first to expire first.
        package struct Expiring: Sendable, Equatable {
            package var name: String
            package var unit: String
            package var expiresOn: CivilDate
            package var quantity: Int64
            package init(name: String, unit: String, expiresOn: CivilDate, quantity: Int64) {
                self.name = name
                self.unit = unit
                self.expiresOn = expiresOn
                self.quantity = quantity
            }
        }

        package var rows: [Row]
        package var onlyLow: Bool
        package var stockValue: Int64
        package var expiring: [Expiring] = []
        package var today: CivilDate?
        /// Whoever keeps the stock may add a product.
        package var canManage = false

        /// How far ahead "expiring soon" looks.
        package static let expiringWithin = 30

        package init(rows: [Row], onlyLow: Bool, stockValue: Int64) {
            self.rows = rows
            self.onlyLow = onlyLow
            self.stockValue = stockValue
        }
    }
}
