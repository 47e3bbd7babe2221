/// The grades members' produce is bought by: the day's price is set per grade.
package enum ProduceGrade: String, Codable, Sendable, CaseIterable {
    case a = "A"
    case b = "B"
    case c = "C"

    /// A grade as written (`a`, ` B `), or refused when it is not one of the grades.
    package static func read(_ text: String?) throws(SupplyError) -> ProduceGrade? {
        guard let text, !text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        guard let grade = ProduceGrade(rawValue: text.trimmingCharacters(in: .whitespaces).uppercased()) else {
            throw .unknownGrade
        }
        return grade
    }
}

/// How a member is paid for produce delivered: in cash, or into their sukarela savings.
package enum ProducePayment: String, Codable, Sendable, CaseIterable {
    case cash, savings
}

/// A member's delivery of produce weighed in: what it is worth at the day's price, which is what the
/// member is paid, what the unit's stock costs, and the member's business for the SHU.
package enum ProduceIntake {
    /// The delivery's worth: `quantity` thousandths of a base unit at `price` a base unit, half up.
    package static func amount(quantity: Int64, price: Int64) throws(SupplyError) -> Int64 {
        guard quantity > 0, quantity <= Quantity.ceiling else { throw .quantityInvalid }
        guard price > 0, price <= Amount.ceiling else { throw .amountInvalid("price") }
        do {
            let amount = try Quantity.amount(quantity, at: price)
            guard amount > 0 else { throw SupplyError.quantityInvalid }
            return amount
        } catch { throw .quantityInvalid }
    }
}
