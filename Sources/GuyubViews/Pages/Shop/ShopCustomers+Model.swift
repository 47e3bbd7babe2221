import Foundation
import GuyubCore

package enum ShopCustomers {}

extension ShopCustomers {
    /// The customers who buy on credit: what each owes against their limit, and a form to take a payment.
    package struct Model: Sendable {
        package struct Row: Sendable, Equatable {
            package var id: UUID
            package var name: String
            package var customerClass: CustomerClass
            package var creditLimit: Int64
            package var owed: Int64
            package init(id: UUID, name: String, customerClass: CustomerClass, creditLimit: Int64, owed: Int64) {
                self.id = id
                self.name = name
                self.customerClass = customerClass
                self.creditLimit = creditLimit
                self.owed = owed
            }
        }

        package var rows: [Row]
        /// The reader takes payments at the counter.
        package var canReceive: Bool
        /// The reader plans deliveries.
        package var canDeliver = false
        /// The customer whose form was last sent, what it said, and what was refused.
        package var failed: UUID?
        package var amountValue = ""
        package var errors: [String: String] = [:]

        package init(rows: [Row], canReceive: Bool) {
            self.rows = rows
            self.canReceive = canReceive
        }
    }
}
