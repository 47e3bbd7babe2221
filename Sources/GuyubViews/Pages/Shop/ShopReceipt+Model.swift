import Foundation
import GuyubCore

package enum ShopReceipt {}

extension ShopReceipt {
    /// A sale's receipt: on a 58 mm printer, on A4, or as text sent by WhatsApp. It names only the buyer.
    package struct Model: Sendable {
        package struct Line: Sendable, Equatable {
            package static func == (a: Line, b: Line) -> Bool {
                (a.productID, a.name, a.unit) == (b.productID, b.name, b.unit)
                    && (a.quantity, a.price, a.amount, a.returnable) == (b.quantity, b.price, b.amount, b.returnable)
                    && a.pack?.name == b.pack?.name && a.pack?.count == b.pack?.count
            }

            package var productID: UUID
            package var name: String
            package var unit: String
            package var quantity: Int64
            package var price: Int64
            package var amount: Int64
            /// What may still come back (thousandths of the base unit).
            package var returnable: Int64
            /// The pack it was sold in and how many (thousandths), when it was.
            package var pack: (name: String, count: Int64)?
            package init(
                productID: UUID = UUID(), name: String, unit: String, quantity: Int64, price: Int64, amount: Int64,
                returnable: Int64 = 0, pack: (name: String, count: Int64)? = nil
            ) {
                self.pack = pack
                self.productID = productID
                self.name = name
                self.unit = unit
                self.quantity = quantity
                self.price = price
                self.amount = amount
                self.returnable = returnable
            }
        }

        /// Goods that came back: when, who took them, why, and what the buyer got back.
        package struct Returned: Sendable, Equatable {
            package var at: Date
            package var by: String
            package var reason: String
            package var amount: Int64
            package init(at: Date, by: String, reason: String, amount: Int64) {
                self.at = at
                self.by = by
                self.reason = reason
                self.amount = amount
            }
        }

        package var saleID: UUID
        package var cooperativeName: String
        package var unitName: String
        package var number: Int
        package var soldAt: Date
        package var cashier: String
        package var buyer: String?
        /// The buyer's phone in E.164, to send the receipt to.
        package var buyerPhone: String?
        package var payment: PaymentMethod
        package var lines: [Line]
        package var total: Int64
        /// Cash handed over, when the cashier typed it: the change is worked out from it.
        package var cashGiven: Int64?
        /// A split payment's parts, in the order refunds go back; empty when paid one way.
        package var parts: [(method: PaymentMethod, amount: Int64)] = []
        /// What a voucher paid first; the ways above paid the rest.
        package var voucher: Int64 = 0
        /// What was paid in cash: what the voucher left, or a split's cash part.
        package var cashPart: Int64 { payment == .split ? parts.first { $0.method == .cash }?.amount ?? 0 : total - voucher }
        package var change: Int64? { cashGiven.map { max(0, $0 - cashPart) } }
        package var returns: [Returned] = []
        package var returned: Int64 { returns.reduce(0) { $0 + $1.amount } }
        /// The reader may take goods back (a supervisor), and something may still come back.
        package var canReturn = false
        /// The reader plans deliveries: the sale may be carried to its buyer.
        package var canDeliver = false
        /// The return form as last sent: quantities by line, the reason, and what was refused.
        package var returnQuantities: [String] = []
        package var returnReason = ""
        package var errors: [String: String] = [:]

        package init(
            saleID: UUID, cooperativeName: String, unitName: String, number: Int, soldAt: Date, cashier: String,
            buyer: String?, buyerPhone: String?, payment: PaymentMethod, lines: [Line], total: Int64, cashGiven: Int64?
        ) {
            self.saleID = saleID
            self.cooperativeName = cooperativeName
            self.unitName = unitName
            self.number = number
            self.soldAt = soldAt
            self.cashier = cashier
            self.buyer = buyer
            self.buyerPhone = buyerPhone
            self.payment = payment
            self.lines = lines
            self.total = total
            self.cashGiven = cashGiven
        }
    }
}
