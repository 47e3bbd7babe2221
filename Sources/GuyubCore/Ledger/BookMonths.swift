/// Which months the books may close and bill: none before the cooperative's books began, none still to come.
package enum BookMonths {
    /// Whether `month` may close now: it is over, and it is the next to close — or, before any month was
    /// closed, any month from the one the books began in (`firstActivity`, its first entry or, with none,
    /// last month) up to the next.
    package static func mayClose(
        _ month: YearMonth, next: YearMonth, neverClosed: Bool, firstActivity: YearMonth?,
        today: CivilDate
    ) -> Bool {
        guard month.last <= today else { return false }
        if month == next { return true }
        return neverClosed && month < next && month >= (firstActivity ?? next)
    }

    /// Whether wajib may be billed for `month`: from the month the books began (or this one, with no books
    /// yet) to this one.
    package static func mayBill(_ month: YearMonth, firstActivity: YearMonth?, today: CivilDate) -> Bool {
        month <= today.yearMonth && month >= (firstActivity ?? today.yearMonth)
    }
}
