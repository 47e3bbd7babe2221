import GuyubCore

package enum BooksHome {}

extension BooksHome {
    /// The treasurer's desk: the figures that matter today and the way to every book and report.
    package struct Model: Sendable {
        package var today: CivilDate
        /// Cash on hand, at the bank and QRIS in transit.
        package var cash: Int64
        package var bank: Int64
        package var qris: Int64
        /// What members hold: pokok and wajib (equity), sukarela and berjangka (owed to them).
        package var equitySavings: Int64
        package var memberDeposits: Int64
        /// Income less expenses this year so far.
        package var surplusThisYear: Int64
        /// The last day of the last closed month.
        package var closedThrough: CivilDate?
        package var balanced: Bool
        package var canKeepBooks: Bool
        /// Assets below zero (a till cannot hold less than nothing): each is an error to find.
        package var negativeAssets: [StatementLine] = []
        /// Income and expenses of each month of the year so far.
        package var months: [Month] = []

        package struct Month: Sendable, Equatable {
            package var month: YearMonth
            package var income: Int64
            package var expenses: Int64
            package init(month: YearMonth, income: Int64, expenses: Int64) {
                self.month = month
                self.income = income
                self.expenses = expenses
            }
        }

        package init(
            today: CivilDate, cash: Int64, bank: Int64, qris: Int64, equitySavings: Int64, memberDeposits: Int64,
            surplusThisYear: Int64, closedThrough: CivilDate?, balanced: Bool, canKeepBooks: Bool
        ) {
            self.today = today
            self.cash = cash
            self.bank = bank
            self.qris = qris
            self.equitySavings = equitySavings
            self.memberDeposits = memberDeposits
            self.surplusThisYear = surplusThisYear
            self.closedThrough = closedThrough
            self.balanced = balanced
            self.canKeepBooks = canKeepBooks
        }
    }
}
