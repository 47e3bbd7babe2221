/// Goods of one product at one location that expire on the same day (food, medicine), or that do not
/// expire (kept under `Batch.noExpiry`). Stock leaves first-expiring-first (FEFO); what a sale took from
/// each batch is kept with its line, so what comes back goes back where it came from.
package struct Batch: Sendable, Equatable, Hashable {
    /// The day used for goods that do not expire: it sorts after every real date.
    package static let noExpiry = CivilDate(year: 9999, month: 12, day: 31)!

    package var expiresOn: CivilDate
    /// Thousandths of the base unit.
    package var quantity: Int64

    package init(expiresOn: CivilDate?, quantity: Int64) {
        self.expiresOn = expiresOn ?? Self.noExpiry
        self.quantity = quantity
    }

    package var expires: Bool { expiresOn != Self.noExpiry }

    /// Takes `quantity` from `batches` (in any order), the first to expire first: what is drawn from each, in
    /// the order drawn. Refused with what they hold when that is less. A sale on `sellingOn` takes nothing
    /// that expired before that day: expired goods are written off, not sold.
    package static func draw(_ quantity: Int64, from batches: [Batch], sellingOn day: CivilDate? = nil) throws(StoreError)
        -> [Batch]
    {
        let held = batches.filter { batch in batch.quantity > 0 && day.map { batch.expiresOn >= $0 } ?? true }
            .sorted { $0.expiresOn < $1.expiresOn }
        let total = held.reduce(0) { $0 + $1.quantity }
        guard quantity <= total else { throw .insufficientStock(available: total) }
        var left = quantity
        var draws: [Batch] = []
        for batch in held where left > 0 {
            let taken = min(left, batch.quantity)
            draws.append(Batch(expiresOn: batch.expiresOn, quantity: taken))
            left -= taken
        }
        return draws
    }

    /// Puts `quantity` back into the batches it was drawn from (`draws`, in the order drawn), the last drawn
    /// first: what goes back into each, and what is left drawn.
    package static func putBack(_ quantity: Int64, into draws: [Batch]) -> (back: [Batch], left: [Batch]) {
        var left = draws
        var remaining = quantity
        var back: [Batch] = []
        for index in left.indices.reversed() where remaining > 0 {
            let returned = min(remaining, left[index].quantity)
            back.append(Batch(expiresOn: left[index].expiresOn, quantity: returned))
            left[index].quantity -= returned
            remaining -= returned
        }
        // Goods whose draws were not kept (sold before batches were) go back as goods that do not expire.
        if remaining > 0 { back.append(Batch(expiresOn: nil, quantity: remaining)) }
        return (back, left.filter { $0.quantity > 0 })
    }

    /// Draws as a sale line keeps them: `2027-01-31:2000;9999-12-31:500`.
    package static func written(_ draws: [Batch]) -> String {
        draws.map { "\($0.expiresOn.description):\($0.quantity)" }.joined(separator: ";")
    }

    /// Draws read back from `written`; nothing from text that does not read.
    package static func read(_ text: String) -> [Batch] {
        text.split(separator: ";").compactMap { part in
            let pieces = part.split(separator: ":")
            guard pieces.count == 2, let date = CivilDate(iso: String(pieces[0])), let quantity = Int64(pieces[1]) else {
                return nil
            }
            return Batch(expiresOn: date, quantity: quantity)
        }
    }
}
