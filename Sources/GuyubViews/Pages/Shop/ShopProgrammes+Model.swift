import Foundation
import GuyubCore

package enum ShopProgrammes {}

extension ShopProgrammes {
    /// The regulated programmes: each one's ceiling in force and limit per buyer, with its month's report.
    package struct Model: Sendable {
        package struct Row: Sendable, Equatable {
            package var id: UUID
            package var name: String
            package var ceiling: Int64?
            package var perBuyerLimit: Int64?
            package var period: LimitPeriod
            /// Sold by an allocation list (e-RDKK), which has its own page.
            package var byAllocation: Bool
            /// Ceilings regions set, in force today, and ceilings to come.
            package var regional: [PriceCeiling] = []
            package var upcoming: [PriceCeiling] = []
            package init(
                id: UUID, name: String, ceiling: Int64?, perBuyerLimit: Int64?, period: LimitPeriod, byAllocation: Bool = false
            ) {
                self.byAllocation = byAllocation
                self.id = id
                self.name = name
                self.ceiling = ceiling
                self.perBuyerLimit = perBuyerLimit
                self.period = period
            }
        }

        package var rows: [Row]
        package var month: YearMonth
        /// The form for a new ceiling, for whoever manages the goods, as last sent with what was refused.
        package var canSetCeilings = false
        package var ceiling = CeilingForm()
        package struct CeilingForm: Sendable, Equatable {
            package var programmeID = ""
            package var price = ""
            package var effectiveFrom = ""
            package var region = ""
            package var errors: [String: String] = [:]
            package init() {}
        }

        package init(rows: [Row], month: YearMonth) {
            self.rows = rows
            self.month = month
        }
    }

    /// One programme's month for its supplier: the sales with buyers' NIKs, and the stock.
    package struct Report: Sendable {
        package struct Sale: Sendable, Equatable {
            package var date: CivilDate
            package var number: Int
            package var buyerNIK: String
            package var product: String
            package var unit: String
            package var quantity: Int64
            package var amount: Int64
            package init(
                date: CivilDate, number: Int, buyerNIK: String, product: String, unit: String, quantity: Int64, amount: Int64
            ) {
                self.date = date
                self.number = number
                self.buyerNIK = buyerNIK
                self.product = product
                self.unit = unit
                self.quantity = quantity
                self.amount = amount
            }
        }

        package struct Stock: Sendable, Equatable {
            package var product: String
            package var unit: String
            /// Opening, received, sold, adjusted, closing.
            package var figures: [Int64]
            package init(product: String, unit: String, figures: [Int64]) {
                self.product = product
                self.unit = unit
                self.figures = figures
            }
        }

        package var id: UUID
        package var name: String
        package var month: YearMonth
        package var sales: [Sale]
        package var stock: [Stock]

        package init(id: UUID, name: String, month: YearMonth, sales: [Sale], stock: [Stock]) {
            self.id = id
            self.name = name
            self.month = month
            self.sales = sales
            self.stock = stock
        }
    }
}
