import GuyubCore
import GuyubStore
import GuyubViews

extension MonthEnd.Texts {
    /// The descriptions of a month's closing entries, in the books' language.
    init(_ month: YearMonth) {
        let text = Catalogue(.id)
        self.init(
            sukarelaInterest: text.sukarelaInterestDescription(month), termAccrual: text.termAccrualDescription(month),
            maturity: { member, number in Catalogue(.id).maturityDescription(member: member, number: number) })
    }
}

extension LoanDay.Texts {
    /// The descriptions of a day's loan entries, in the books' language.
    init(_ date: CivilDate) {
        let text = Catalogue(.id)
        self.init(
            allowance: text.loanAllowanceEntry(date),
            autoDebit: { number, borrower in
                Catalogue(.id).loanRepayment(number: number, borrower: borrower, channel: .savings)
            })
    }
}

extension YearEnd.Texts {
    /// The descriptions of a year's closing entries, in the books' language.
    init(_ year: Int) {
        self.init(month: { MonthEnd.Texts($0) }, closingEntry: Catalogue(.id).yearClosingEntry(year))
    }
}

extension SHUStore.PostingTexts {
    init(_ year: Int) {
        self.init(
            distribution: Catalogue(.id).shuDistributionEntry(year),
            payout: { Catalogue(.id).shuPayoutEntry(year, member: $0, number: $1) })
    }
}
