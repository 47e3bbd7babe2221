import Foundation

/// One instalment of a schedule: what falls due, split into principal and interest, and the principal
/// still owed after it is paid.
package struct Installment: Codable, Sendable, Equatable {
    package var number: Int
    package var due: CivilDate?
    package var principal: Int64
    package var interest: Int64
    package var balance: Int64
    package var payment: Int64 { principal + interest }

    package init(number: Int, due: CivilDate?, principal: Int64, interest: Int64, balance: Int64) {
        self.number = number
        self.due = due
        self.principal = principal
        self.interest = interest
        self.balance = balance
    }
}

/// A repayment schedule and its totals. Σ principal is the principal lent, exactly: each instalment is
/// rounded by the terms' rule, and the last one repays what rounding left.
package struct LoanSchedule: Codable, Sendable, Equatable {
    package let terms: LoanTerms
    package let installments: [Installment]

    package var totalPrincipal: Int64 { installments.reduce(0) { $0 + $1.principal } }
    package var totalInterest: Int64 { installments.reduce(0) { $0 + $1.interest } }
    package var totalPayment: Int64 { totalPrincipal + totalInterest }

    package init(_ terms: LoanTerms) throws(LoanError) {
        let terms = try terms.validated()
        self.terms = terms
        var schedule = Self.generate(terms, annuity: nil)
        // Each instalment rounded up compounds, over a long loan at a high rate, into repaying before
        // the end; the equal instalment is then lowered a unit at a time until only the last differs.
        while schedule.ranOut, let annuity = schedule.annuity {
            schedule = Self.generate(terms, annuity: annuity - 1)
        }
        self.installments = schedule.rows
    }

    /// The rows, the equal instalment of an anuitas, and whether the principal was repaid before the
    /// last instalment.
    private static func generate(_ t: LoanTerms, annuity fixed: Int64?) -> (rows: [Installment], annuity: Int64?, ranOut: Bool) {
        let amortizing = (1...t.periods).filter(t.amortizes).count
        let equalPart = t.rounding.multiplyDivide(t.principal, 1, Int64(amortizing))
        var annuity = fixed
        var ranOut = false
        var balance = t.principal
        var previousDue = t.start
        var rows: [Installment] = []
        rows.reserveCapacity(t.periods)
        for number in 1...t.periods {
            let due = t.dueDate(number)
            let inGraceWithoutInterest = number <= t.grace && t.graceKind == .none
            let interestBase = t.method == .flat ? t.principal : balance
            let interest = inGraceWithoutInterest ? 0 : periodInterest(on: interestBase, t, from: previousDue, to: due)
            var principal: Int64 = 0
            if number == t.periods {
                principal = balance
            } else if t.amortizes(number) {
                switch t.method {
                case .flat, .efektif:
                    principal = equalPart
                case .anuitas:
                    // Fixed at the first instalment that repays principal, on what is owed then.
                    let payment = annuity ?? annuityPayment(balance, t, periods: amortizing)
                    annuity = payment
                    principal = max(0, payment - interest)
                }
                if principal > balance { ranOut = true }
                principal = min(principal, balance)
            }
            balance -= principal
            rows.append(Installment(number: number, due: due, principal: principal, interest: interest, balance: balance))
            previousDue = due
        }
        return (rows, annuity, ranOut && t.method == .anuitas)
    }

    /// Interest for one period on `base`: by the nominal share of a year under 30/360, by the calendar
    /// days between due dates under actual/365.
    private static func periodInterest(on base: Int64, _ t: LoanTerms, from: CivilDate?, to: CivilDate?) -> Int64 {
        guard t.annualRate > 0, base > 0 else { return 0 }
        if t.dayCount == .actual365, let from, let to {
            return t.rounding.multiplyDivide(base, t.annualRate * Int64(from.days(until: to)), 365 * InterestRate.scale)
        }
        let (share, year) = t.yearShare
        return t.rounding.multiplyDivide(base, t.annualRate * share, year * InterestRate.scale)
    }

    /// The equal instalment that repays `principal` over `periods` at the nominal periodic rate r:
    /// A = P·r / (1 − (1 + r)^−n), computed in decimal to 38 digits and rounded once.
    private static func annuityPayment(_ principal: Int64, _ t: LoanTerms, periods: Int) -> Int64 {
        let (share, year) = t.yearShare
        guard t.annualRate > 0 else { return t.rounding.multiplyDivide(principal, 1, Int64(periods)) }
        let rate = Decimal(t.annualRate * share) / Decimal(year * InterestRate.scale)
        let growth = pow(1 + rate, periods)
        let payment = Decimal(principal) * rate * growth / (growth - 1)
        return t.rounding.round(payment)
    }
}

extension LoanTerms {
    /// One period as a fraction of a year, numerator and denominator: every months of 12, or every
    /// weeks of 52.
    var yearShare: (Int64, Int64) { unit == .month ? (Int64(every), 12) : (Int64(every), 52) }
}
