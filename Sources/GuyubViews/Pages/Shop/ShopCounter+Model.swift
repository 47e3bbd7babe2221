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
            /// The packs it also comes in, each added at a tap.
            package var packs: [Pack]
            package init(id: UUID, name: String, unit: String, price: Int64, stock: Int64, packs: [Pack] = []) {
                self.id = id
                self.name = name
                self.unit = unit
                self.price = price
                self.stock = stock
                self.packs = packs
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
            /// A base unit's price.
            package var price: Int64
            /// A regulated good (the buyer's NIK is asked for).
            package var regulated: Bool
            /// What the buyer's NIK may still take of it, once the NIK is known.
            package var allowance: String?
            /// The packs it comes in, and the one the quantity counts (nil for the base unit).
            package var packs: [Pack] = []
            package var pack: Pack?
            package var amount: Int64 { quantity.flatMap { try? Quantity.amount($0, at: price) } ?? 0 }
            package init(
                productID: UUID, name: String, unit: String, quantityText: String, quantity: Int64?, price: Int64,
                regulated: Bool, packs: [Pack] = [], pack: Pack? = nil
            ) {
                self.packs = packs
                self.pack = pack
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
            /// A split payment's parts beside cash, which takes the rest.
            package var paidSavings = ""
            package var paidQris = ""
            package var paidCredit = ""
            /// A money voucher of the buyer's, which pays first.
            package var voucherCode = ""
            package init() {}
        }

        package var query: String
        package var found: [Found]
        package var lines: [Line]
        /// The member at the counter, found by number or phone.
        package var member: MemberRow?
        /// The consumer at the counter, found by phone, when no member was.
        package var consumer: (id: UUID, name: String)?
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

        /// A line as the counter's forms carry it: the product, the quantity as typed, the pack's name ("" for
        /// the base unit).
        package struct Carried: Sendable, Equatable {
            package var product: UUID
            package var quantity: String
            package var pack: String
            package init(product: UUID, quantity: String, pack: String = "") {
                self.product = product
                self.quantity = quantity
                self.pack = pack
            }
        }

        /// One more of `product` (in `pack`, or its base unit): one more of the same pack, or, when its line
        /// counts in another, the line rewritten in the base unit holding both, so nothing is lost.
        package static func adding(_ product: UUID, pack: Pack?, packs: [Pack], to lines: [Carried]) -> [Carried] {
            var lines = lines
            guard let at = lines.firstIndex(where: { $0.product == product }) else {
                return lines + [Carried(product: product, quantity: "1", pack: pack?.name ?? "")]
            }
            let count = (try? Quantity.parse(lines[at].quantity)) ?? 0
            let current = lines[at].pack.isEmpty ? nil : try? packs.named(lines[at].pack)
            if current?.name == pack?.name {
                lines[at].quantity = written(count + Quantity.scale)
            } else {
                let had = current.map { (try? $0.base(count)) ?? 0 } ?? count
                lines[at] = Carried(product: product, quantity: written(had + (pack?.size ?? Quantity.scale)))
            }
            return lines
        }

        /// The state the counter's links carry: the lines, the buyer and the payment.
        package func carried(adding product: UUID? = nil, pack: Pack? = nil, removing index: Int? = nil) -> [(String, String)] {
            var lines = self.lines.map { Carried(product: $0.productID, quantity: $0.quantityText, pack: $0.pack?.name ?? "") }
            if let index, lines.indices.contains(index) { lines.remove(at: index) }
            if let product {
                let packs = self.lines.first { $0.productID == product }?.packs ?? found.first { $0.id == product }?.packs ?? []
                lines = Self.adding(product, pack: pack, packs: packs, to: lines)
            }
            return lines.flatMap {
                [("productId[]", $0.product.uuidString.lowercased()), ("quantity[]", $0.quantity), ("pack[]", $0.pack)]
            } + [("buyer", values.buyer), ("payment", values.payment)]
        }
    }
}
