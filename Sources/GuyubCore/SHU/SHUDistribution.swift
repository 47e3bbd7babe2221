/// The year's surplus (SHU) shared as the bylaws say (DOMAIN.md, SHU): each named fund takes its
/// percentage of the surplus; the capital pool (jasa modal) is shared among members by their savings
/// and the patronage pool (jasa usaha) by their business with the cooperative. Every amount is rounded
/// by the cooperative's rule (down by default, as cooperatives do), and what rounding leaves of each
/// pool is reported and goes to the reserve, so Σ member shares + remainder = pool, exactly.
package struct SHUDistribution: Sendable, Equatable {
    /// The pools shared among members; every other fund is kept whole.
    package static let capital = "capital"
    package static let patronage = "patronage"
    package static let reserve = "reserve"

    package struct Member: Sendable, Equatable {
        package var id: String
        package var savings: Int64
        package var business: Int64

        package init(id: String, savings: Int64, business: Int64) {
            self.id = id
            self.savings = savings
            self.business = business
        }
    }

    package struct Share: Sendable, Equatable {
        package var id: String
        package var capital: Int64
        package var patronage: Int64
        package var total: Int64 { capital + patronage }

        package init(id: String, capital: Int64, patronage: Int64) {
            self.id = id
            self.capital = capital
            self.patronage = patronage
        }
    }

    /// Each fund's amount (what percentages left unallocated is `unallocated`).
    package let pools: [String: Int64]
    package let members: [Share]
    /// What rounding left of each pool (the funds' rounding under `pools`), all of it for the reserve.
    package let remainder: [String: Int64]
    /// The part of the surplus no percentage took (0 for a real distribution, which must total 100 %).
    package let unallocated: Int64
    /// The members are part of a longer list (totals were given): the pools' remainders then hold the
    /// others' shares too.
    package let partial: Bool

    /// - Parameters:
    ///   - allocation: each fund's share of the surplus in millionths (20 % = 200_000); at most 100 % in all.
    ///   - totals: the savings and business the shares are divided by, when `members` is part of a longer
    ///     list; by default their sums.
    package init(
        surplus: Int64, allocation: [String: Int64], members: [Member], rounding: RoundingRule = .down,
        totals: (savings: Int64, business: Int64)? = nil
    ) throws(SHUError) {
        guard surplus >= 0 else { throw .negativeSurplus }
        guard allocation.values.allSatisfy({ $0 >= 0 }) else { throw .negativePercentage }
        let allocated = allocation.values.reduce(0, +)
        guard allocated <= InterestRate.scale else { throw .overHundredPercent }
        guard members.allSatisfy({ $0.savings >= 0 && $0.business >= 0 }) else { throw .negativeMemberFigure }
        guard Set(members.map(\.id)).count == members.count else { throw .duplicateMember }
        // Sums that would not fit are refused rather than left to trap.
        func sum(_ figure: KeyPath<Member, Int64>) throws(SHUError) -> Int64 {
            var total: Int64 = 0
            for member in members {
                let (next, overflow) = total.addingReportingOverflow(member[keyPath: figure])
                guard !overflow else { throw .invalidInput("members") }
                total = next
            }
            return total
        }
        let memberSavings = try sum(\.savings)
        let memberBusiness = try sum(\.business)
        let savings = totals?.savings ?? memberSavings
        let business = totals?.business ?? memberBusiness
        guard savings >= memberSavings, business >= memberBusiness else { throw .totalsBelowMembers }

        // The funds, each rounded by the rule; what they leave together goes to the reserve.
        var pools: [String: Int64] = [:]
        for (fund, share) in allocation { pools[fund] = rounding.multiplyDivide(surplus, share, InterestRate.scale) }
        let exact = RoundingRule.down.multiplyDivide(surplus, allocated, InterestRate.scale)
        var remainder: [String: Int64] = ["pools": 0]
        let taken = pools.values.reduce(0, +)
        if taken > exact {
            // Rounding up took more than the percentages give: the largest funds give back a unit each.
            for fund in pools.keys.sorted(by: { (pools[$0]!, $0) > (pools[$1]!, $1) }).prefix(Int(taken - exact)) {
                pools[fund]! -= 1
            }
        } else {
            remainder["pools"] = exact - taken
        }

        var shares = members.map { Share(id: $0.id, capital: 0, patronage: 0) }
        for (fund, keyPath, basis, total) in [
            (Self.capital, \Share.capital, \Member.savings, savings),
            (Self.patronage, \Share.patronage, \Member.business, business),
        ] {
            let pool = pools[fund] ?? 0
            guard pool > 0, total > 0 else {
                if pool > 0 { remainder[fund] = pool }
                continue
            }
            var parts = members.map { rounding.multiplyDivide(pool, $0[keyPath: basis], total) }
            // Rounding up may give out more than the pool: those whose part was rounded up most give a unit back.
            var excess = parts.reduce(0, +) - pool
            if excess > 0 {
                let order = members.indices.sorted { a, b in
                    let ra = Self.roundedUp(pool, members[a][keyPath: basis], total, parts[a])
                    let rb = Self.roundedUp(pool, members[b][keyPath: basis], total, parts[b])
                    return ra != rb ? ra > rb : members[a].id < members[b].id
                }
                for index in order where excess > 0 && parts[index] > 0 {
                    parts[index] -= 1
                    excess -= 1
                }
            }
            for index in members.indices { shares[index][keyPath: keyPath] = parts[index] }
            remainder[fund] = pool - parts.reduce(0, +)
        }
        self.pools = pools
        self.members = shares
        self.remainder = remainder
        // Σ pools + what their rounding left = the allocated part; the rest no percentage took.
        self.unallocated = surplus - exact
        self.partial = totals != nil
    }

    /// How far `part` lies above the exact share pool × basis ÷ total, in units of 1/total.
    private static func roundedUp(_ pool: Int64, _ basis: Int64, _ total: Int64, _ part: Int64) -> Int64 {
        let exact = pool.multipliedFullWidth(by: basis)
        let (quotient, remainder) = total.dividingFullWidth(exact)
        return (part - quotient) * total - remainder
    }

    /// What goes to the reserve: its own pool and everything rounding left (for a whole membership).
    package var reserveTotal: Int64 { (pools[Self.reserve] ?? 0) + remainder.values.reduce(0, +) }
}

package enum SHUError: DomainError, Equatable {
    case negativeSurplus, negativePercentage, overHundredPercent, notHundredPercent, negativeMemberFigure, duplicateMember
    case totalsBelowMembers
    case invalidInput(String)
    case nonMemberToMembers
    case fundWithoutAccount(String)

    package var code: String {
        switch self {
        case .negativeSurplus: "negative_surplus"
        case .negativePercentage: "negative_percentage"
        case .overHundredPercent: "allocation_over_100"
        case .notHundredPercent: "allocation_not_100"
        case .negativeMemberFigure: "negative_member_figure"
        case .duplicateMember: "duplicate_member"
        case .totalsBelowMembers: "totals_below_members"
        case .invalidInput: "invalid_input"
        case .nonMemberToMembers: "non_member_surplus_to_members"
        case .fundWithoutAccount: "fund_without_account"
        }
    }
    package var field: String? {
        switch self {
        case .negativeSurplus: "surplus"
        case .negativePercentage, .overHundredPercent, .notHundredPercent: "allocation"
        case .negativeMemberFigure, .duplicateMember: "members"
        case .totalsBelowMembers: "totals"
        case .invalidInput(let field): field
        case .nonMemberToMembers: "nonMemberAllocation"
        case .fundWithoutAccount: "fundAccounts"
        }
    }
    package var kind: ErrorKind { .invalid }
}
