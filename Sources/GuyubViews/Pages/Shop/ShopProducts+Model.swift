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
            package init(name: String, unit: String, stock: Int64, memberPrice: Int64, nonMemberPrice: Int64, low: Bool) {
                self.name = name
                self.unit = unit
                self.stock = stock
                self.memberPrice = memberPrice
                self.nonMemberPrice = nonMemberPrice
                self.low = low
            }
        }

        package var rows: [Row]
        package var onlyLow: Bool
        package var stockValue: Int64

        package init(rows: [Row], onlyLow: Bool, stockValue: Int64) {
            self.rows = rows
            self.onlyLow = onlyLow
            self.stockValue = stockValue
        }
    }
}
