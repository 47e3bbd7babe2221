/// A cooperative's savings products, as its AD/ART sets them. Amounts in minor units, rates in basis
/// points a year (300 = 3 %).
package struct SavingsSettings: Codable, Sendable, Equatable {
    package enum InterestBasis: String, Codable, Sendable, CaseIterable {
        /// The lowest balance of the month earns interest.
        case lowest
        /// The average of the month's daily balances earns interest.
        case average
    }

    package struct TermOption: Codable, Sendable, Equatable {
        package var months: Int
        package var rate: Int
        package init(months: Int, rate: Int) {
            self.months = months
            self.rate = rate
        }
    }

    package var pokokAmount: Int64
    /// The wajib of one period for a member with no class.
    package var wajibAmount: Int64
    /// How many months a wajib period lasts (1 monthly, 3 quarterly…); it is billed in the period's last month.
    package var wajibEveryMonths: Int = 1
    /// Monthly wajib by member class (e.g. "petani", "pegawai"), where the AD/ART differentiates.
    package var wajibClasses: [String: Int64]
    package var sukarelaRate: Int
    package var sukarelaBasis: InterestBasis
    package var sukarelaMinimum: Int64
    package var terms: [TermOption]
    /// Breaking a term deposit early costs this share of its principal.
    package var earlyBreakPenalty: Int
    /// Interest on savings is taxed (final) once a member's interest of a month exceeds this.
    package var interestTaxThreshold: Int64
    package var interestTaxRate: Int
    /// The most one deposit, withdrawal or transfer at the counter may move: a typo of three zeros too
    /// many, or a hostile user, is stopped before it reaches the books.
    package var counterLimit: Int64 = SavingsSettings.defaultCounterLimit
    package static let defaultCounterLimit: Int64 = 500_000_000

    package init(
        pokokAmount: Int64, wajibAmount: Int64, wajibClasses: [String: Int64], sukarelaRate: Int,
        sukarelaBasis: InterestBasis, sukarelaMinimum: Int64, terms: [TermOption], earlyBreakPenalty: Int,
        interestTaxThreshold: Int64, interestTaxRate: Int
    ) {
        self.pokokAmount = pokokAmount
        self.wajibAmount = wajibAmount
        self.wajibClasses = wajibClasses
        self.sukarelaRate = sukarelaRate
        self.sukarelaBasis = sukarelaBasis
        self.sukarelaMinimum = sukarelaMinimum
        self.terms = terms
        self.earlyBreakPenalty = earlyBreakPenalty
        self.interestTaxThreshold = interestTaxThreshold
        self.interestTaxRate = interestTaxRate
    }

    enum CodingKeys: String, CodingKey {
        case pokokAmount, wajibAmount, wajibEveryMonths, wajibClasses, sukarelaRate, sukarelaBasis, sukarelaMinimum, terms,
            earlyBreakPenalty, interestTaxThreshold, interestTaxRate, counterLimit
    }

    /// Settings stored before a field existed read it as its default.
    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            pokokAmount: try c.decode(Int64.self, forKey: .pokokAmount),
            wajibAmount: try c.decode(Int64.self, forKey: .wajibAmount),
            wajibClasses: try c.decode([String: Int64].self, forKey: .wajibClasses),
            sukarelaRate: try c.decode(Int.self, forKey: .sukarelaRate),
            sukarelaBasis: try c.decode(InterestBasis.self, forKey: .sukarelaBasis),
            sukarelaMinimum: try c.decode(Int64.self, forKey: .sukarelaMinimum),
            terms: try c.decode([TermOption].self, forKey: .terms),
            earlyBreakPenalty: try c.decode(Int.self, forKey: .earlyBreakPenalty),
            interestTaxThreshold: try c.decode(Int64.self, forKey: .interestTaxThreshold),
            interestTaxRate: try c.decode(Int.self, forKey: .interestTaxRate))
        wajibEveryMonths = try c.decodeIfPresent(Int.self, forKey: .wajibEveryMonths) ?? 1
        counterLimit = try c.decodeIfPresent(Int64.self, forKey: .counterLimit) ?? Self.defaultCounterLimit
    }

    /// The village-cooperative programme's defaults (Koperasi Desa/Kelurahan Merah Putih): pokok
    /// Rp50.000, wajib Rp10.000 a month, sukarela without interest. Term deposits and the interest tax
    /// follow common practice and PP 15/2009 (10 % final tax on a member's monthly interest above Rp240.000).
    package static let villageDefaults = SavingsSettings(
        pokokAmount: 50_000, wajibAmount: 10_000, wajibClasses: [:], sukarelaRate: 0, sukarelaBasis: .lowest,
        sukarelaMinimum: 0, terms: [.init(months: 3, rate: 450), .init(months: 6, rate: 500), .init(months: 12, rate: 550)],
        earlyBreakPenalty: 100, interestTaxThreshold: 240_000, interestTaxRate: 1_000)

    package func wajib(forClass memberClass: String?) -> Int64 {
        memberClass.flatMap { wajibClasses[$0] } ?? wajibAmount
    }

    /// Whether `month` ends a wajib period (every month, or March, June… for quarterly).
    package func billsWajib(in month: YearMonth) -> Bool { month.month % wajibEveryMonths == 0 }

    package func validated() throws(SavingsError) -> Self {
        guard pokokAmount > 0 else { throw .invalidSetting("pokokAmount") }
        guard wajibAmount >= 0, wajibClasses.values.allSatisfy({ $0 >= 0 }) else { throw .invalidSetting("wajibAmount") }
        guard wajibClasses.keys.allSatisfy({ !$0.isEmpty && $0.count <= 40 }) else { throw .invalidSetting("wajibClasses") }
        guard [1, 2, 3, 4, 6, 12].contains(wajibEveryMonths) else { throw .invalidSetting("wajibEveryMonths") }
        guard (0...10_000).contains(sukarelaRate) else { throw .invalidSetting("sukarelaRate") }
        guard sukarelaMinimum >= 0 else { throw .invalidSetting("sukarelaMinimum") }
        guard terms.allSatisfy({ (1...120).contains($0.months) && (0...10_000).contains($0.rate) }),
            Set(terms.map(\.months)).count == terms.count
        else { throw .invalidSetting("terms") }
        guard (0...10_000).contains(earlyBreakPenalty) else { throw .invalidSetting("earlyBreakPenalty") }
        guard interestTaxThreshold >= 0, (0...10_000).contains(interestTaxRate) else { throw .invalidSetting("interestTaxRate") }
        guard (1...Amount.ceiling).contains(counterLimit) else { throw .invalidSetting("counterLimit") }
        return self
    }
}
