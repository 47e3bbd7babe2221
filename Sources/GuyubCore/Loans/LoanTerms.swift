/// How interest is charged (DOMAIN.md, Loans).
package enum InterestMethod: String, Codable, Sendable, CaseIterable {
    /// Interest on the original principal every period; equal principal parts.
    case flat
    /// Interest on the outstanding principal (menurun); equal principal parts, falling instalments.
    case efektif
    /// Equal instalments: the interest part falls while the principal part rises.
    case anuitas
}

/// The length of one period between instalments.
package enum PeriodUnit: String, Codable, Sendable, CaseIterable {
    case month, week
}

/// How the days of a period are counted: 30/360 makes every month a twelfth of a year (and a week a
/// fifty-second); actual/365 counts the calendar days between due dates, so needs a start date.
package enum DayCount: String, Codable, Sendable, CaseIterable {
    case thirty360 = "30/360"
    case actual365 = "actual/365"
}

/// What a member pays in the grace periods at the start of a loan.
package enum GraceKind: String, Codable, Sendable, CaseIterable {
    /// Interest only; the principal waits.
    case interestOnly = "interest-only"
    /// Nothing at all, and no interest is charged for those periods.
    case none
}

/// Everything a repayment schedule follows. Amounts in minor units; the rate in millionths a year.
package struct LoanTerms: Codable, Sendable, Equatable {
    package var principal: Int64
    package var annualRate: Int64
    package var method: InterestMethod
    /// Instalments in all, grace and interest-only ones included.
    package var periods: Int
    package var every: Int = 1
    package var unit: PeriodUnit = .month
    package var rounding: RoundingRule = .halfUp
    package var dayCount: DayCount = .thirty360
    /// The first `grace` instalments repay no principal.
    package var grace: Int = 0
    package var graceKind: GraceKind = .interestOnly
    /// Calendar months (1–12) whose instalments are interest only — a farmer's lean season. Needs `start`.
    package var seasonalMonths: Set<Int> = []
    /// The day the money is lent; instalment k falls due k periods later.
    package var start: CivilDate?

    package init(
        principal: Int64, annualRate: Int64, method: InterestMethod, periods: Int, every: Int = 1,
        unit: PeriodUnit = .month, rounding: RoundingRule = .halfUp, dayCount: DayCount = .thirty360,
        grace: Int = 0, graceKind: GraceKind = .interestOnly, seasonalMonths: Set<Int> = [],
        start: CivilDate? = nil
    ) {
        self.principal = principal
        self.annualRate = annualRate
        self.method = method
        self.periods = periods
        self.every = every
        self.unit = unit
        self.rounding = rounding
        self.dayCount = dayCount
        self.grace = grace
        self.graceKind = graceKind
        self.seasonalMonths = seasonalMonths
        self.start = start
    }

    /// The longest schedule: 30 years of months, or 10 years of weeks.
    package static let maxPeriods = 520
    /// A principal whose interest arithmetic stays far inside 64 bits (a trillion rupiah).
    package static let maxPrincipal: Int64 = 1_000_000_000_000_00

    package func validated() throws(LoanError) -> LoanTerms {
        guard principal > 0, principal <= Self.maxPrincipal else { throw .invalidPrincipal }
        guard (0...InterestRate.maximum).contains(annualRate) else { throw .rateTooHigh }
        guard (1...Self.maxPeriods).contains(periods) else { throw .invalidPeriods }
        guard (1...(unit == .month ? 12 : 4)).contains(every) else { throw .invalidEvery }
        guard (0..<periods).contains(grace) else { throw .invalidGrace }
        guard seasonalMonths.allSatisfy((1...12).contains), seasonalMonths.count < 12 else { throw .invalidInterestOnly }
        if (dayCount == .actual365 || !seasonalMonths.isEmpty) && start == nil { throw .datedScheduleNeedsStart }
        // Far enough either way for any real loan, near enough that every due date is a calendar date.
        if let start, !(1900...2500).contains(start.year) { throw .field(.invalidDate("date")) }
        return self
    }

    /// The due date of instalment `number` (1-based), when the schedule is dated.
    package func dueDate(_ number: Int) -> CivilDate? {
        guard let start else { return nil }
        switch unit {
        case .month: return start.adding(months: number * every)
        case .week: return start.adding(days: 7 * every * number)
        }
    }

    /// Whether instalment `number` repays principal: not in grace, not in a seasonal month; the last
    /// one always does, since it repays whatever is left.
    package func amortizes(_ number: Int) -> Bool {
        if number == periods { return true }
        if number <= grace { return false }
        if !seasonalMonths.isEmpty, let due = dueDate(number), seasonalMonths.contains(due.month) { return false }
        return true
    }
}
