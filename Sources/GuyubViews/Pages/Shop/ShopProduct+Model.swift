import Foundation
import GuyubCore

package enum ShopProduct {}

extension ShopProduct {
    /// One good for whoever keeps the stock: its form (new or to change), its stock by unit and expiry, and the
    /// forms that receive goods and put stock right.
    package struct Model: Sendable {
        /// The product's fields as typed: every one a string, so a refused form comes back as it was sent.
        package struct Values: Sendable, Equatable {
            package var name = ""
            package var category = ""
            package var unit = ""
            package var barcode = ""
            package var memberPrice = ""
            package var nonMemberPrice = ""
            package var programmeID = ""
            package var reorderPoint = ""
            package var unitID = ""
            package var active = true
            /// Pack rows (name, size, barcode) and warung/wholesale price rows (class, from quantity, price).
            package var packs: [[String]] = []
            package var tiers: [[String]] = []
            package init() {}
        }

        /// Goods received, or stock put right, as typed.
        package struct Movement: Sendable, Equatable {
            package var quantity = ""
            package var pack = ""
            package var unitCost = ""
            package var expiresOn = ""
            package var supplier = ""
            package var unitID = ""
            package var reason = AdjustmentReason.damaged.rawValue
            /// Where goods moved between units go.
            package var toUnitID = ""
            package init() {}
        }

        package struct Level: Sendable, Equatable {
            package var unit: String
            package var quantity: Int64
            package var value: Int64
            package var averageCost: Int64
            package init(unit: String, quantity: Int64, value: Int64, averageCost: Int64) {
                self.unit = unit
                self.quantity = quantity
                self.value = value
                self.averageCost = averageCost
            }
        }

        /// Nil for a new product.
        package var id: UUID?
        package var values: Values
        package var programmes: [(id: UUID, name: String)]
        /// The units that keep stock.
        package var units: [(id: UUID, name: String)]
        package var canManage: Bool
        package var levels: [Level] = []
        package var batches: [(unit: String, expiresOn: CivilDate?, quantity: Int64)] = []
        package var receive = Movement()
        package var adjust = Movement()
        package var transfer = Movement()
        /// Messages by form and field: `product.name`, `receive.quantity`, `adjust.form`, `transfer.toUnitId`.
        package var errors: [String: String] = [:]

        /// How many pack and price rows the form offers at least (one more than the product has, so none is lost).
        package static let packRows = 2
        package static let tierRows = 2

        package init(
            id: UUID?, values: Values, programmes: [(id: UUID, name: String)], units: [(id: UUID, name: String)],
            canManage: Bool
        ) {
            self.id = id
            self.values = values
            self.programmes = programmes
            self.units = units
            self.canManage = canManage
        }
    }
}
