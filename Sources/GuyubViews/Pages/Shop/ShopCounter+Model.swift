import Foundation
import GuyubCore

package enum ShopCounter {}

extension ShopCounter {
    /// The shop's counter on a phone: find a product by name or barcode, build the sale, find the buyer,
    /// take payment. The sale being built travels with each request (`lines`), so Back and a reload keep it.
    package struct Model: Sendable {
        /// A product found by the search, priced for the buyer at the counter.
        package struct Found: Sendable, Equatable {
            package var id: UUID
            package var name: String
            package var unit: String
            package var price: Int64
            package var stock: Int64
            package init(id: UUID, name: String, unit: String, price: Int64, stock: Int64) {
                self.id = id
                self.name = name
                self.unit = unit
                self.price = price
                self.stock = stock
            }
        }

        /// One product on the sale being built, as typed and as priced.
        package struct Line: Sendable, Equatable {
            package var productID: UUID
            package var name: String
            package var unit: String
            package var quantityText: String
            /// Thousandths of the base unit, when the quantity reads.
            package var quantity: Int64?
            package var price: Int64
            /// A regulated good (the buyer's NIK is asked for).
            package var regulated: Bool
            /// What the buyer's NIK may still take of it, once the NIK is known.
            package var allowance: String?
            package var amount: Int64 { quantity.flatMap { try? Quantity.amount($0, at: price) } ?? 0 }
            package init(
                productID: UUID, name: String, unit: String, quantityText: String, quantity: Int64?, price: Int64,
                regulated: Bool
            ) {
                self.productID = productID
                self.name = name
                self.unit = unit
                self.quantityText = quantityText
                self.quantity = quantity
                self.price = price
                self.regulated = regulated
            }
        }

        /// What the cashier typed beside the lines.
        package struct Values: Sendable, Equatable {
            package var buyer = ""
            package var buyerNik = ""
            package var payment = "cash"
            package var customerID = ""
            package var cashGiven = ""
            package init() {}
        }

        package var query: String
        package var found: [Found]
        package var lines: [Line]
        /// The member at the counter, found by number or phone.
        package var member: MemberRow?
        /// Registered customers who may buy on credit.
        package var customers: [(id: UUID, name: String)]
        package var values: Values
        /// The shift open at the till, if any.
        package var till: (id: UUID, openedBy: String, openedAt: Date)?
        /// A QRIS payment waiting for the cashier's word that it came in: the code the buyer scans, for
        /// the total it was made for.
        package struct QRISCharge: Sendable, Equatable {
            package var code: QRCode
            package var total: Int64
            package var merchant: String
            package init(code: QRCode, total: Int64, merchant: String) {
                self.code = code
                self.total = total
                self.merchant = merchant
            }
        }
        package var qris: QRISCharge?

        /// Names what this cashier's device keeps for selling offline in this cooperative (its catalogue and the
        /// sales waiting to be sent), so another cashier's sales are never sent under this one's name.
        package var deviceKey = ""
        /// Messages by field ("form" for one that concerns none, "buyer" for the member lookup).
        package var errors: [String: String]
        package var total: Int64 { lines.reduce(0) { $0 + $1.amount } }
        package var needsBuyerID: Bool { lines.contains(where: \.regulated) }

        package init(
            query: String = "", found: [Found] = [], lines: [Line] = [], member: MemberRow? = nil,
            customers: [(id: UUID, name: String)] = [], values: Values = Values(), errors: [String: String] = [:]
        ) {
            self.query = query
            self.found = found
            self.lines = lines
            self.member = member
            self.customers = customers
            self.values = values
            self.errors = errors
        }

        /// A quantity as the counter writes it back into its field: `2,5`, never grouped (`1000`), so that it
        /// reads back as the same quantity.
        package static func written(_ thousandths: Int64) -> String {
            Quantity.string(thousandths).replacingOccurrences(of: ".", with: ",")
        }

        /// The state the counter's links carry: the lines, the buyer and the payment.
        package func carried(adding product: UUID? = nil, removing index: Int? = nil) -> [(String, String)] {
            var lines = self.lines.map { ($0.productID, $0.quantityText) }
            if let index, lines.indices.contains(index) { lines.remove(at: index) }
            if let product {
                if let at = lines.firstIndex(where: { $0.0 == product }) {
                    let current = (try? Quantity.parse(lines[at].1)) ?? 0
                    lines[at].1 = Self.written(current + Quantity.scale)
                } else {
                    lines.append((product, "1"))
                }
            }
            return lines.flatMap { [("productId[]", $0.0.uuidString.lowercased()), ("quantity[]", $0.1)] }
                + [("buyer", values.buyer), ("payment", values.payment)]
        }
    }
}
