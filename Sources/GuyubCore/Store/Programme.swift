/// The span a per-buyer limit counts over.
package enum LimitPeriod: String, Codable, Sendable, CaseIterable {
    case day
    case month

    /// The first and last day of the period holding `date`.
    package func span(containing date: CivilDate) -> ClosedRange<CivilDate> {
        switch self {
        case .day: date...date
        case .month: date.yearMonth.first...date.yearMonth.last
        }
    }
}

/// A price ceiling (HET) in force from a date until the next one takes over.
package struct PriceCeiling: Sendable, Equatable, Codable {
    package var effectiveFrom: CivilDate
    /// Minor units a base unit.
    package var price: Int64

    package init(effectiveFrom: CivilDate, price: Int64) {
        self.effectiveFrom = effectiveFrom
        self.price = price
    }
}

/// The rules of a state-regulated good (LPG 3 kg, subsidised fertiliser, SPHP rice, MinyaKita, or one the
/// cooperative defines): a price ceiling with its effective dates, whether the buyer must show their NIK,
/// and how much one buyer may take in a period. Prices and limits are data, never constants.
package struct ProgrammeRules: Sendable, Equatable {
    package var ceilings: [PriceCeiling]
    package var requiresBuyerID: Bool
    /// Thousandths of a base unit one buyer may take in a period; nil for no limit.
    package var perBuyerLimit: Int64?
    package var period: LimitPeriod
    /// Sold only to buyers on the season's allocation list, up to their allocation (`Allocation`).
    package var byAllocation: Bool

    package init(
        ceilings: [PriceCeiling], requiresBuyerID: Bool, perBuyerLimit: Int64?, period: LimitPeriod,
        byAllocation: Bool = false
    ) {
        self.ceilings = ceilings
        // A list by NIK needs the buyer's NIK.
        self.requiresBuyerID = requiresBuyerID || byAllocation
        self.byAllocation = byAllocation
        self.perBuyerLimit = perBuyerLimit
        self.period = period
    }

    /// The ceiling in force on `date`: the latest one that had taken effect; nil before the first.
    package func ceiling(on date: CivilDate) -> Int64? {
        ceilings.filter { $0.effectiveFrom <= date }.max { $0.effectiveFrom < $1.effectiveFrom }?.price
    }

    /// Refuses any of `prices` above the ceiling in force on `date`.
    package func checkPrices(_ prices: [Int64], on date: CivilDate) throws(StoreError) {
        guard let ceiling = ceiling(on: date), let highest = prices.max(), highest > ceiling else { return }
        throw .aboveCeiling(price: highest, ceiling: ceiling)
    }

    /// Checks one buyer's purchase against the limit, given what they already bought in the period;
    /// refused with what they may still take.
    package func admit(_ quantity: Int64, alreadyBought: Int64) throws(StoreError) {
        guard let limit = perBuyerLimit else { return }
        guard alreadyBought + quantity <= limit else { throw .overBuyerLimit(remaining: max(0, limit - alreadyBought)) }
    }
}
