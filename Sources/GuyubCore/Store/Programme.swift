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

/// A price ceiling (HET) in force from a date until the next one takes over: the national one, or one a
/// region (a kabupaten or kota) sets, which holds there instead.
package struct PriceCeiling: Sendable, Equatable, Codable {
    package var effectiveFrom: CivilDate
    /// Minor units a base unit.
    package var price: Int64
    /// The region it holds in; nil everywhere else.
    package var region: String?

    package init(effectiveFrom: CivilDate, price: Int64, region: String? = nil) {
        self.effectiveFrom = effectiveFrom
        self.price = price
        self.region = region
    }

    /// A region as kept: single spaces between its words.
    package static func written(_ region: String) -> String {
        region.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Regions compare as people write them: case and spacing aside.
    package static func sameRegion(_ a: String?, _ b: String?) -> Bool {
        a.map { written($0).lowercased() } == b.map { written($0).lowercased() }
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

    /// The ceiling in force on `date` in `region`: the region's latest that had taken effect, or, where the
    /// region has none in force, the national one's; nil before the first.
    package func ceiling(on date: CivilDate, in region: String? = nil) -> Int64? {
        func latest(_ ceilings: [PriceCeiling]) -> PriceCeiling? {
            ceilings.filter { $0.effectiveFrom <= date }.max { $0.effectiveFrom < $1.effectiveFrom }
        }
        let regional = region.flatMap { region in
            latest(ceilings.filter { $0.region != nil && PriceCeiling.sameRegion($0.region, region) })
        }
        return (regional ?? latest(ceilings.filter { $0.region == nil }))?.price
    }

    /// The ceilings regions set that are in force on `date`, one a region (the latest), by region.
    package func regional(on date: CivilDate) -> [PriceCeiling] {
        let byRegion = Dictionary(grouping: ceilings.filter { $0.region != nil && $0.effectiveFrom <= date }) {
            PriceCeiling.written($0.region!).lowercased()
        }
        return byRegion.values.compactMap { $0.max { $0.effectiveFrom < $1.effectiveFrom } }.sorted {
            $0.region!.lowercased() < $1.region!.lowercased()
        }
    }

    /// Ceilings set to take effect after `date`, soonest first.
    package func upcoming(after date: CivilDate) -> [PriceCeiling] {
        ceilings.filter { $0.effectiveFrom > date }.sorted { $0.effectiveFrom < $1.effectiveFrom }
    }

    /// Refuses any of `prices` above the ceiling in force on `date` in `region`.
    package func checkPrices(_ prices: [Int64], on date: CivilDate, in region: String? = nil) throws(StoreError) {
        guard let ceiling = ceiling(on: date, in: region), let highest = prices.max(), highest > ceiling else { return }
        throw .aboveCeiling(price: highest, ceiling: ceiling)
    }

    /// Checks one buyer's purchase against the limit, given what they already bought in the period;
    /// refused with what they may still take.
    package func admit(_ quantity: Int64, alreadyBought: Int64) throws(StoreError) {
        guard let limit = perBuyerLimit else { return }
        guard alreadyBought + quantity <= limit else { throw .overBuyerLimit(remaining: max(0, limit - alreadyBought)) }
    }
}
