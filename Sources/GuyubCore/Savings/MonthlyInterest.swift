/// Interest on a sukarela account for one month, from its balance at the start of the month and the
/// net movement of each day: on the lowest end-of-day balance, or on the sum of the daily balances
/// (the average balance over the days). A 365-day year; rounded down once, at the end.
package enum MonthlyInterest {
    /// `changes` maps a day of the month (1…) to that day's net movement into the account.
    package static func interest(
        opening: Int64, changes: [Int: Int64], month: YearMonth,
        basis: SavingsSettings.InterestBasis, rate: Int
    ) -> Int64 {
        guard rate > 0 else { return 0 }
        var balance = opening
        var lowest = Int64.max
        var sum: Int64 = 0
        for day in 1...month.days {
            balance += changes[day] ?? 0
            lowest = min(lowest, balance)
            sum += max(0, balance)
        }
        switch basis {
        case .lowest: return SavingsRules.interest(balance: max(0, lowest), rate: rate, days: month.days)
        case .average: return RoundingRule.down.multiplyDivide(sum, Int64(rate), 3_650_000)
        }
    }

    /// Interest on a term deposit for the days of `month` it was held (from its opening day up to, not
    /// including, its maturity day), rounded down.
    package static func termInterest(
        principal: Int64, rate: Int, opened: CivilDate, matures: CivilDate,
        month: YearMonth
    ) -> Int64 {
        let start = max(opened, month.first)
        let end = min(matures, month.next.first) // exclusive
        let days = start.days(until: end)
        return days > 0 ? SavingsRules.interest(balance: principal, rate: rate, days: days) : 0
    }
}

extension CivilDate {
    /// Days from this date to `other` (negative when `other` is earlier).
    package func days(until other: CivilDate) -> Int { other.dayNumber - dayNumber }

    /// Days since 1 March of year 0 (the civil-from-days algorithm of Howard Hinnant, 2013).
    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra
    }
}
