/// How a cooperative's bylaws (AD/ART) share one year's SHU: set per year, since bylaws change.
/// Percentages are kept in millionths (20 % = 200_000, as `InterestRate`); weights in whole percent.
package struct SHURules: Codable, Sendable, Equatable {
    /// What counts as a member's savings for the capital share (jasa modal).
    package enum SavingsBasis: String, Codable, Sendable, CaseIterable {
        /// The balance on 31 December.
        case yearEnd
        /// The average of the twelve month-end balances, rounded down.
        case averageMonthly
    }

    /// Where a member's business with the cooperative is read from, for the patronage share (jasa usaha).
    package enum BusinessSource: String, Codable, CodingKeyRepresentable, Sendable, CaseIterable {
        /// Interest paid on loans during the year.
        case loanInterest
        /// Purchases at the cooperative's store.
        case store
        /// Produce delivered to the cooperative.
        case produce
    }

    /// The members' part of the surplus, by fund; must total exactly 100 %.
    package var allocation: [String: Int64]
    /// The surplus from business with non-members, by fund; 100 %, and nothing to members (DOMAIN.md).
    package var nonMemberAllocation: [String: Int64]
    package var savingsKinds: [SavingsKind]
    package var savingsBasis: SavingsBasis
    /// Each source's weight in percent (100 = counted in full, 0 = not counted).
    package var businessWeights: [BusinessSource: Int]
    /// Only members active on 31 December share (always: a member who left was paid out on leaving).
    /// Members must also have joined before this date, when set.
    package var joinedBefore: CivilDate?
    /// Members' shares are credited to their sukarela savings, or held as SHU payable to collect in cash.
    package var payToSavings: Bool
    package var rounding: RoundingRule
    /// The account code of each fund the product has no account role for (e.g. "zakat": "2-2600").
    package var fundAccounts: [String: String]

    package init(
        allocation: [String: Int64], nonMemberAllocation: [String: Int64], savingsKinds: [SavingsKind],
        savingsBasis: SavingsBasis, businessWeights: [BusinessSource: Int], joinedBefore: CivilDate? = nil,
        payToSavings: Bool, rounding: RoundingRule = .down, fundAccounts: [String: String] = [:]
    ) {
        self.allocation = allocation
        self.nonMemberAllocation = nonMemberAllocation
        self.savingsKinds = savingsKinds
        self.savingsBasis = savingsBasis
        self.businessWeights = businessWeights
        self.joinedBefore = joinedBefore
        self.payToSavings = payToSavings
        self.rounding = rounding
        self.fundAccounts = fundAccounts
    }

    /// A common split (the Merah Putih guidance and most textbooks): reserve 40 %, capital 20 %,
    /// patronage 25 %, board 5 %, staff 5 %, education 2,5 %, social 2,5 %; non-member surplus to the
    /// reserve (60 %), education (20 %) and social fund (20 %); savings are pokok and wajib at year end;
    /// business is loan interest and store purchases; shares go to sukarela savings.
    package static let standard = SHURules(
        allocation: [
            "reserve": 400_000, "capital": 200_000, "patronage": 250_000, "board": 50_000, "staff": 50_000,
            "education": 25_000, "social": 25_000,
        ],
        nonMemberAllocation: ["reserve": 600_000, "education": 200_000, "social": 200_000],
        savingsKinds: [.pokok, .wajib], savingsBasis: .yearEnd,
        businessWeights: [.loanInterest: 100, .store: 100, .produce: 100], payToSavings: true)

    /// The funds as bylaws and the RAT list them: the reserve first, the members' shares, then the funds.
    package static let funds = ["reserve", "capital", "patronage", "board", "staff", "education", "social", "regional"]

    /// Funds in the bylaws' order; funds a cooperative added (zakat…) after them, by name.
    package static func inBylawOrder(_ funds: some Sequence<String>) -> [String] {
        Set(funds).sorted {
            (Self.funds.firstIndex(of: $0) ?? Self.funds.count, $0) < (Self.funds.firstIndex(of: $1) ?? Self.funds.count, $1)
        }
    }

    /// The funds the product knows an account for; any other fund needs an account in `fundAccounts`.
    package static let fundRoles: [String: AccountRole] = [
        "reserve": .reserve, "board": .fundBoard, "staff": .fundStaff, "education": .fundEducation,
        "social": .fundSocial, "regional": .fundRegional,
    ]

    /// The rules, or the first rule they break: each part 100 %, nothing to members from non-member
    /// business, at least one kind of savings, weights 0–1000 %, every other fund given an account.
    package func validated() throws(SHUError) -> SHURules {
        for (fund, share) in allocation.merging(nonMemberAllocation, uniquingKeysWith: min) {
            guard !fund.isEmpty, fund.count <= 40 else { throw .invalidInput("allocation") }
            guard share >= 0 else { throw .negativePercentage }
        }
        for part in [allocation, nonMemberAllocation] {
            let total = part.values.reduce(0, +)
            guard total <= InterestRate.scale else { throw .overHundredPercent }
            guard total == InterestRate.scale else { throw .notHundredPercent }
        }
        guard nonMemberAllocation[SHUDistribution.capital] ?? 0 == 0,
            nonMemberAllocation[SHUDistribution.patronage] ?? 0 == 0
        else { throw .nonMemberToMembers }
        guard !savingsKinds.isEmpty else { throw .invalidInput("savingsKinds") }
        guard businessWeights.values.allSatisfy({ (0...1000).contains($0) }) else { throw .invalidInput("businessWeights") }
        let members: Set = [SHUDistribution.capital, SHUDistribution.patronage]
        for fund in Set(allocation.keys).union(nonMemberAllocation.keys).subtracting(members)
        where Self.fundRoles[fund] == nil && fundAccounts[fund] == nil {
            throw .fundWithoutAccount(fund)
        }
        return self
    }

    /// A member's business: each source's amount weighted, rounded down to the minor unit (a source
    /// whose returns exceed its purchases counts as none).
    package func business(_ amounts: [BusinessSource: Int64]) -> Int64 {
        amounts.reduce(0) { sum, item in
            let weighted = RoundingRule.down.multiplyDivide(max(0, item.value), Int64(businessWeights[item.key] ?? 0), 100)
            return sum + weighted
        }
    }
}
