/// What a financial agreement brings: a grant, a loan or equity. An agreement is one of them; the first
/// money booked under it settles which, when the agreement did not say.
package enum Financing: String, Codable, Sendable, CaseIterable {
    case grant, loan
    /// Equity participation, received from the partner (modal penyertaan) or made in it.
    case equity

    /// Money of `self` may move under an agreement of `kind` in `status` whose financing is `fixed` (nil when
    /// nothing was booked yet): only a running financial agreement, and only of its own financing.
    package func admitted(
        kind: PartnershipKind, status: PartnershipStatus, fixed: Financing?
    ) throws(PartnershipError) {
        guard kind == .financial else { throw .notFinancial }
        guard status == .active || status == .underReview else { throw .state(status) }
        if let fixed, fixed != self { throw .otherFinancing(fixed) }
    }
}

/// Which way an equity participation went.
package enum EquityDirection: String, Codable, Sendable, CaseIterable {
    /// The partner put money into the cooperative (modal penyertaan).
    case received
    /// The cooperative put money into the partner's business.
    case made
}

/// A loan the cooperative takes from a partner bank: its schedule comes from the loan engine, each
/// instalment falls due on the same day of the month from the first, and is paid whole, in order.
package enum BankLoan {
    /// The engine's terms: instalments count from a month before the first falls due, so instalment k falls
    /// due k − 1 months after the first (on the 12th when the first is on the 12th).
    package static func terms(
        principal: Int64, annualRate: Int64, method: InterestMethod, periods: Int, grace: Int, firstDue: CivilDate,
        received: CivilDate
    ) throws(PartnershipError) -> LoanTerms {
        // Days past the 28th do not fall in every month: instalments would drift.
        guard firstDue.day <= 28 else { throw .field(.invalidChoice("firstDue")) }
        guard firstDue > received else { throw .firstDueTooEarly }
        let terms = LoanTerms(
            principal: principal, annualRate: annualRate, method: method, periods: periods, grace: grace,
            start: firstDue.adding(months: -1))
        do { return try terms.validated() } catch { throw .loanTerms(error) }
    }

    /// The next instalment to pay when `paid` are paid, nil when the loan is repaid.
    package static func next(_ schedule: LoanSchedule, paid: Int) -> Installment? {
        paid < schedule.installments.count ? schedule.installments[paid] : nil
    }

    /// How many days before an instalment falls due the board is warned of it.
    package static let warningDays = 14

    /// Principal still owed after `paid` instalments.
    package static func owed(_ schedule: LoanSchedule, paid: Int) -> Int64 {
        paid == 0 ? schedule.terms.principal : schedule.installments[min(paid, schedule.installments.count) - 1].balance
    }
}
