/// A simulation asked for in text (a command line's flags, a query string, a form): read and checked
/// into terms, with the currency's decimals. Every parameter is optional text so each caller reports
/// what is missing the same way.
package struct LoanSimulationRequest: Sendable {
    package var principal: String?
    package var rate: String?
    package var ratePer: String?
    package var periods: String?
    package var method: String?
    package var every: String?
    package var unit: String?
    package var decimals: String?
    package var rounding: String?
    package var grace: String?
    package var graceKind: String?
    package var dayCount: String?
    package var start: String?

    package init(
        principal: String? = nil, rate: String? = nil, ratePer: String? = nil, periods: String? = nil,
        method: String? = nil, every: String? = nil, unit: String? = nil, decimals: String? = nil,
        rounding: String? = nil, grace: String? = nil, graceKind: String? = nil, dayCount: String? = nil,
        start: String? = nil
    ) {
        self.principal = principal
        self.rate = rate
        self.ratePer = ratePer
        self.periods = periods
        self.method = method
        self.every = every
        self.unit = unit
        self.decimals = decimals
        self.rounding = rounding
        self.grace = grace
        self.graceKind = graceKind
        self.dayCount = dayCount
        self.start = start
    }

    /// The terms and the decimals amounts are written with (`defaultDecimals` when not given).
    package func terms(defaultDecimals: Int = 0) throws(LoanError) -> (LoanTerms, decimals: Int) {
        let decimals = try Self.integer(decimals, field: "decimals", default: defaultDecimals, error: .invalidDecimals)
        guard decimals == 0 || decimals == 2 else { throw .invalidDecimals }
        guard let principalText = principal, !principalText.isEmpty else { throw .field(.required("principal")) }
        let principal: Int64
        do { principal = try Amount.parse(principalText, decimals: decimals) } catch { throw .invalidPrincipal }
        let per = try Self.choice(ratePer, InterestRate.Per.self, default: .year, error: .invalidRate)
        let rate = try InterestRate.parse(rate, per: per)
        guard let periodsText = periods, !periodsText.isEmpty else { throw .field(.required("periods")) }
        let periods = try Self.integer(periodsText, field: "periods", default: 0, error: .invalidPeriods)
        guard let methodText = method, !methodText.isEmpty else { throw .field(.required("method")) }
        let method = try Self.choice(methodText, InterestMethod.self, default: .flat, error: .unknownMethod)
        var startDate: CivilDate?
        if let start, !start.isEmpty {
            guard let date = CivilDate(iso: start) else { throw .field(.invalidDate("date")) }
            startDate = date
        }
        let terms = LoanTerms(
            principal: principal, annualRate: rate, method: method, periods: periods,
            every: try Self.integer(every, field: "every", default: 1, error: .invalidEvery),
            unit: try Self.choice(unit, PeriodUnit.self, default: .month, error: .invalidEvery),
            rounding: try Self.choice(rounding, RoundingRule.self, default: .halfUp, error: .unknownRounding),
            dayCount: try Self.choice(dayCount, DayCount.self, default: .thirty360, error: .unknownDayCount),
            grace: try Self.integer(grace, field: "grace", default: 0, error: .invalidGrace),
            graceKind: try Self.choice(graceKind, GraceKind.self, default: .interestOnly, error: .invalidGrace),
            start: startDate)
        return (try terms.validated(), decimals)
    }

    private static func integer(_ text: String?, field: String, default value: Int, error: LoanError) throws(LoanError) -> Int {
        guard let text, !text.isEmpty else { return value }
        guard text.count <= 6, text.allSatisfy(\.isASCIIDigit), let number = Int(text) else { throw error }
        return number
    }

    private static func choice<T: RawRepresentable<String>>(
        _ text: String?, _: T.Type, default value: T,
        error: LoanError
    ) throws(LoanError) -> T {
        guard let text, !text.isEmpty else { return value }
        guard let choice = T(rawValue: text) else { throw error }
        return choice
    }
}
