import GuyubCore
import GuyubStore
import GuyubViews

extension MonthEnd.Texts {
    /// The descriptions of a month's closing entries, in the books' language.
    init(_ month: YearMonth) {
        let text = Catalogue(.id)
        self.init(sukarelaInterest: text.sukarelaInterestDescription(month), termAccrual: text.termAccrualDescription(month),
                  maturity: { member, number in Catalogue(.id).maturityDescription(member: member, number: number) })
    }
}

extension LoanDay.Texts {
    /// The descriptions of a day's loan entries, in the books' language.
    init(_ date: CivilDate) {
        let text = Catalogue(.id)
        self.init(allowance: text.loanAllowanceEntry(date), autoDebit: { number, borrower in
            Catalogue(.id).loanRepayment(number: number, borrower: borrower, channel: .savings)
        })
    }
}
