import Foundation
import GuyubCore

package enum ShopSalesReport {}

extension ShopSalesReport {
    /// The shop's sales over a period, for one unit or all: totals and the members' share, a chart by day,
    /// and tables by product, unit, cashier and payment, the stock against the books, and what did not sell.
    package struct Model: Sendable {
        package struct Row: Sendable, Equatable {
            package var name: String
            /// The product's base unit and what was sold of it, for product rows.
            package var quantity: (amount: Int64, unit: String)?
            package var figures: SalesFigures
            package init(name: String, quantity: (amount: Int64, unit: String)? = nil, figures: SalesFigures) {
                self.name = name
                self.quantity = quantity
                self.figures = figures
            }
            package static func == (a: Row, b: Row) -> Bool {
                a.name == b.name && a.quantity?.amount == b.quantity?.amount && a.figures == b.figures
            }
        }

        package struct SlowMover: Sendable, Equatable {
            package var name: String
            package var unit: String
            package var stock: Int64
            package var value: Int64
            package var lastSold: CivilDate?
            package init(name: String, unit: String, stock: Int64, value: Int64, lastSold: CivilDate?) {
                self.name = name
                self.unit = unit
                self.stock = stock
                self.value = value
                self.lastSold = lastSold
            }
        }

        package var from: CivilDate
        package var to: CivilDate
        /// The unit shown, and the units to choose from.
        package var unit: UUID?
        package var units: [(id: UUID, name: String)]
        package var total: SalesFigures
        package var members: SalesFigures
        package var days: [(date: CivilDate, figures: SalesFigures)]
        /// The best-selling products (the page shows `shownProducts`; the CSV has all).
        package var products: [Row]
        package var byUnit: [Row]
        package var cashiers: [Row]
        package var payments: [Row]
        package var stockValue: Int64
        package var booksValue: Int64
        package var slowMovers: [SlowMover]

        package init(
            from: CivilDate, to: CivilDate, unit: UUID?, units: [(id: UUID, name: String)], total: SalesFigures,
            members: SalesFigures, days: [(date: CivilDate, figures: SalesFigures)], products: [Row], byUnit: [Row],
            cashiers: [Row], payments: [Row], stockValue: Int64, booksValue: Int64, slowMovers: [SlowMover]
        ) {
            self.from = from
            self.to = to
            self.unit = unit
            self.units = units
            self.total = total
            self.members = members
            self.days = days
            self.products = products
            self.byUnit = byUnit
            self.cashiers = cashiers
            self.payments = payments
            self.stockValue = stockValue
            self.booksValue = booksValue
            self.slowMovers = slowMovers
        }

        package var membersBasisPoints: Int? { SalesFigures.basisPoints(members.revenue, of: total.revenue) }

        /// How many products the page lists, best sellers first.
        package static let shownProducts = 20
    }
}
