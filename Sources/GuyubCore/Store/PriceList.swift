/// Who is buying, for the price they pay: a member, anyone else, or a registered shop buying to resell.
package enum CustomerClass: String, Codable, Sendable, CaseIterable {
    case member
    case general
    case warung
    case wholesale
}

extension CustomerClass {
    /// The class a buyer pays as: a member pays member prices; anyone else pays as the class they were
    /// registered in (a warung, a wholesale buyer), or the general price. Member prices go to members only,
    /// whatever class a customer was once registered in.
    package static func paying(isMember: Bool, registered: CustomerClass?) -> CustomerClass {
        if isMember { return .member }
        guard let registered, registered != .member else { return .general }
        return registered
    }
}

/// A lower price for a class of buyer from a quantity up (a sack of rice for a warung, a dozen for
/// wholesale).
package struct PriceTier: Sendable, Equatable, Codable {
    package var customerClass: CustomerClass
    /// From how much (thousandths of the base unit) the price applies.
    package var minQuantity: Int64
    /// Minor units a base unit.
    package var price: Int64

    package init(customerClass: CustomerClass, minQuantity: Int64, price: Int64) {
        self.customerClass = customerClass
        self.minQuantity = minQuantity
        self.price = price
    }
}

/// A product's prices a base unit: members pay the member price, everyone else the non-member price,
/// and a tier for the buyer's class and quantity may lower it.
package struct PriceList: Sendable, Equatable {
    package var memberPrice: Int64
    package var nonMemberPrice: Int64
    package var tiers: [PriceTier]

    package init(memberPrice: Int64, nonMemberPrice: Int64, tiers: [PriceTier] = []) {
        self.memberPrice = memberPrice
        self.nonMemberPrice = nonMemberPrice
        self.tiers = tiers
    }

    /// What one base unit costs `buyer` when buying `quantity`: the lowest of their base price and the
    /// tiers for their class they qualify for. A warung or wholesale buyer who is not a member starts
    /// from the non-member price.
    package func price(for buyer: CustomerClass, quantity: Int64) -> Int64 {
        let base = buyer == .member ? memberPrice : nonMemberPrice
        let tiered = tiers.filter { $0.customerClass == buyer && quantity >= $0.minQuantity }.map(\.price)
        return ([base] + tiered).min()!
    }

    /// Every price on the list: none may be above the ceiling of the product's programme.
    package var allPrices: [Int64] { [memberPrice, nonMemberPrice] + tiers.map(\.price) }

    /// Each price above zero and within the books' ceiling; each tier from a quantity above zero.
    package func validated() throws(StoreError) -> Self {
        guard memberPrice > 0, memberPrice <= Amount.ceiling else { throw .priceInvalid("memberPrice") }
        guard nonMemberPrice > 0, nonMemberPrice <= Amount.ceiling else { throw .priceInvalid("nonMemberPrice") }
        for tier in tiers {
            guard tier.price > 0, tier.price <= Amount.ceiling, tier.minQuantity > 0 else { throw .priceInvalid("tiers") }
        }
        return self
    }
}
