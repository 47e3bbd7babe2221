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
