/// A pack a product also comes in, beside its base unit: 1 karung = 50 kg, 1 dus = 40 pcs. Goods are sold
/// and bought in either; stock, cost and prices stay in the base unit, so a pack is only a count of them.
package struct Pack: Sendable, Equatable, Codable {
    package var name: String
    /// Thousandths of the base unit in one pack.
    package var size: Int64
    /// The pack's own barcode (a carton's differs from its pieces').
    package var barcode: String?

    package init(name: String, size: Int64, barcode: String? = nil) {
        self.name = name
        self.size = size
        self.barcode = barcode
    }

    /// The most packs a product comes in.
    package static let maxPerProduct = 5

    /// `count` packs (thousandths; whole packs only, as goods are counted at the counter) in thousandths of
    /// the base unit.
    package func base(_ count: Int64) throws(StoreError) -> Int64 {
        guard count > 0, count % Quantity.scale == 0 else { throw .packNotWhole }
        let (base, overflow) = (count / Quantity.scale).multipliedReportingOverflow(by: size)
        guard !overflow, base <= Quantity.ceiling else { throw .quantityInvalid }
        return base
    }

    /// What `count` whole packs cost at `price` a pack, exact; refused beyond what the books hold.
    package static func cost(_ count: Int64, at price: Int64) throws(StoreError) -> Int64 {
        let (cost, overflow) = (count / Quantity.scale).multipliedReportingOverflow(by: price)
        guard !overflow, cost <= Amount.ceiling else { throw .amountTooLarge }
        return cost
    }

    /// Refuses a product's packs that cannot be told apart or do not hold more than one base unit: names
    /// unique (and not the base unit's), each bigger than one base unit, at most `maxPerProduct`.
    package static func check(_ packs: [Pack], baseUnit: String) throws(StoreError) {
        guard packs.count <= maxPerProduct else { throw .packInvalid }
        let names = packs.map { $0.name.lowercased() }
        guard Set(names).count == names.count, !names.contains(baseUnit.lowercased()) else { throw .packInvalid }
        guard packs.allSatisfy({ $0.size > Quantity.scale && $0.size <= Quantity.ceiling }) else { throw .packInvalid }
        let barcodes = packs.compactMap(\.barcode)
        guard Set(barcodes).count == barcodes.count else { throw .barcodeTaken }
    }
}

extension Array where Element == Pack {
    /// The pack a line names, by name as the cashier or a client writes it.
    package func named(_ name: String) throws(StoreError) -> Pack {
        guard let pack = first(where: { $0.name.lowercased() == name.lowercased() }) else { throw .packUnknown }
        return pack
    }
}
