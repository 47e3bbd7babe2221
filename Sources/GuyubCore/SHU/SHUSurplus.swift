/// The year's surplus as the SHU shares it: the members' part and the non-members' part apart
/// (DOMAIN.md: surplus from non-member business is not paid to members). Income and expenses kept
/// for neither (general costs, other income) are split between the two in proportion to the income
/// from each; what that division leaves goes to the members' part.
package struct SHUSurplus: Sendable, Equatable, Codable {
    package let member: Int64
    package let nonMember: Int64
    /// The unsegmented result before it was split.
    package let shared: Int64

    package var total: Int64 { member + nonMember }

    package init(member: Int64, nonMember: Int64, shared: Int64) {
        self.member = member
        self.nonMember = nonMember
        self.shared = shared
    }

    package init(_ statement: IncomeStatement) {
        let members = statement.part(.member)
        let others = statement.part(.nonMember)
        let general = statement.part(.none)
        let memberIncome = max(0, members.totalIncome)
        let otherIncome = max(0, others.totalIncome)
        let income = memberIncome + otherIncome
        // Truncated toward zero, for a general loss as for a general surplus.
        let share = income > 0 ? RoundingRule.down.multiplyDivide(abs(general.surplus), otherIncome, income) : 0
        let toOthers = general.surplus < 0 ? -share : share
        self.init(
            member: members.surplus + general.surplus - toOthers, nonMember: others.surplus + toOthers,
            shared: general.surplus)
    }
}
