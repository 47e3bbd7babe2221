import GuyubCore
import GuyubStore
import Vapor

/// A year's SHU rules, as the API reads and writes them: percentages as text ("2.5"), weights in
/// whole percent.
struct SHURulesDTO: Content, Equatable {
    var year: Int?
    var allocation: [String: String]
    var nonMemberAllocation: [String: String]
    var savingsKinds: [String]
    var savingsBasis: String
    var businessWeights: [String: Int]
    var joinedBefore: String?
    var payTo: String
    var rounding: String
    var fundAccounts: [String: String]

    init(_ rules: SHURules, year: Int) {
        self.year = year
        allocation = rules.allocation.mapValues { InterestRate.percent($0) }
        nonMemberAllocation = rules.nonMemberAllocation.mapValues { InterestRate.percent($0) }
        savingsKinds = rules.savingsKinds.map(\.rawValue)
        savingsBasis = rules.savingsBasis.rawValue
        businessWeights = Dictionary(uniqueKeysWithValues: rules.businessWeights.map { ($0.key.rawValue, $0.value) })
        joinedBefore = rules.joinedBefore?.description
        payTo = rules.payToSavings ? "savings" : "payable"
        rounding = rules.rounding.rawValue
        fundAccounts = rules.fundAccounts
    }
}

/// The rules as a request gives them; what is left out keeps the year's current value.
struct SHURulesInput: Decodable {
    var allocation: [String: SHUSimulation.Flexible]?
    var nonMemberAllocation: [String: SHUSimulation.Flexible]?
    var savingsKinds: [String]?
    var savingsBasis: String?
    var businessWeights: [String: Int]?
    var joinedBefore: String?
    var payTo: String?
    var rounding: String?
    var fundAccounts: [String: String]?

    func applied(to current: SHURules) throws(SHUError) -> SHURules {
        var rules = current
        func percentages(_ given: [String: SHUSimulation.Flexible], _ field: String) throws(SHUError) -> [String: Int64] {
            var result: [String: Int64] = [:]
            for (fund, percent) in given where !percent.text.isEmpty {
                do { result[fund.trimmingCharacters(in: .whitespaces)] = try InterestRate.parse(percent.text, per: .year) } catch
                {
                    throw percent.text.hasPrefix("-") ? .negativePercentage : .invalidInput(field)
                }
            }
            return result.filter { $0.value > 0 }
        }
        if let allocation { rules.allocation = try percentages(allocation, "allocation") }
        if let nonMemberAllocation { rules.nonMemberAllocation = try percentages(nonMemberAllocation, "nonMemberAllocation") }
        if let savingsKinds {
            var kinds: [SavingsKind] = []
            for name in savingsKinds {
                guard let kind = SavingsKind(rawValue: name), kind != .berjangka else { throw .invalidInput("savingsKinds") }
                kinds.append(kind)
            }
            rules.savingsKinds = kinds
        }
        if let savingsBasis {
            guard let basis = SHURules.SavingsBasis(rawValue: savingsBasis) else { throw .invalidInput("savingsBasis") }
            rules.savingsBasis = basis
        }
        if let businessWeights {
            var weights: [SHURules.BusinessSource: Int] = [:]
            for (name, weight) in businessWeights {
                guard let source = SHURules.BusinessSource(rawValue: name) else { throw .invalidInput("businessWeights") }
                weights[source] = weight
            }
            rules.businessWeights = weights
        }
        if let joinedBefore {
            if joinedBefore.isEmpty {
                rules.joinedBefore = nil
            } else {
                guard let date = CivilDate(written: joinedBefore) else { throw .invalidInput("joinedBefore") }
                rules.joinedBefore = date
            }
        }
        if let payTo {
            guard payTo == "savings" || payTo == "payable" else { throw .invalidInput("payTo") }
            rules.payToSavings = payTo == "savings"
        }
        if let rounding {
            guard let rule = RoundingRule(rawValue: rounding) else { throw .invalidInput("rounding") }
            rules.rounding = rule
        }
        if let fundAccounts { rules.fundAccounts = fundAccounts }
        return rules
    }
}

/// A year's distribution: the surplus, each fund, what rounding left, and the members' shares.
struct SHUDistributionDTO: Content, Equatable {
    struct Share: Content, Equatable {
        var memberId: UUID
        var memberNumber: Int
        var name: String
        var savings: String
        var business: String
        var capital: String
        var patronage: String
        var total: String
        /// savings, payable, paid; none while a draft.
        var paidTo: SHUSharePayment?
    }

    var year: Int
    var status: SHUDistributionStatus
    var memberSurplus: String
    var nonMemberSurplus: String
    var pools: [String: String]
    var nonMemberPools: [String: String]
    var remainder: [String: String]
    var reserveTotal: String
    var totalSavings: String
    var totalBusiness: String
    var members: Int
    var rules: SHURulesDTO
    var approvedByResolution: UUID?
    var entryId: UUID?
    var postedOn: CivilDate?
    var shares: [Share]

    init(_ d: SHUDistributionRecord, shares: [SHUStore.MemberShare], decimals: Int) throws {
        func money(_ value: Int64) -> String { Amount.string(value, decimals: decimals) }
        let pools = SHUStore.amounts(d.pools)
        let others = SHUStore.amounts(d.nonMemberPools)
        let remainder = SHUStore.amounts(d.remainder)
        year = d.year
        status = d.status
        memberSurplus = money(d.memberSurplus)
        nonMemberSurplus = money(d.nonMemberSurplus)
        self.pools = pools.mapValues(money)
        nonMemberPools = others.mapValues(money)
        self.remainder = remainder.mapValues(money)
        reserveTotal = money(
            (pools[SHUDistribution.reserve] ?? 0) + (others[SHUDistribution.reserve] ?? 0)
                + remainder.values.reduce(0, +))
        totalSavings = money(d.totalSavings)
        totalBusiness = money(d.totalBusiness)
        members = d.members
        rules = SHURulesDTO(try JSONDecoder().decode(SHURules.self, from: Data(d.rules.utf8)), year: d.year)
        approvedByResolution = d.resolutionID
        entryId = d.entryID
        postedOn = d.postedOn
        self.shares = shares.map { share in
            Share(
                memberId: share.memberID, memberNumber: share.memberNumber, name: share.name, savings: money(share.savings),
                business: money(share.business), capital: money(share.capital), patronage: money(share.patronage),
                total: money(share.total), paidTo: share.paidTo)
        }
    }
}

/// A member's SHU of one year and how it was computed: capital share = capital pool × savings ÷ all
/// members' savings; patronage share = patronage pool × business ÷ all members' business.
struct MemberSHUDTO: Content, Equatable {
    var year: Int
    var status: SHUDistributionStatus
    var savings: String
    var totalSavings: String
    var capitalPool: String
    var capital: String
    var business: String
    var totalBusiness: String
    var patronagePool: String
    var patronage: String
    var total: String
    var paidTo: SHUSharePayment?

    init(_ d: SHUDistributionRecord, _ share: SHUShareRecord, decimals: Int) {
        func money(_ value: Int64) -> String { Amount.string(value, decimals: decimals) }
        let pools = SHUStore.amounts(d.pools)
        year = d.year
        status = d.status
        savings = money(share.savings)
        totalSavings = money(d.totalSavings)
        capitalPool = money(pools[SHUDistribution.capital] ?? 0)
        capital = money(share.capital)
        business = money(share.business)
        totalBusiness = money(d.totalBusiness)
        patronagePool = money(pools[SHUDistribution.patronage] ?? 0)
        patronage = money(share.patronage)
        total = money(share.total)
        paidTo = share.paidTo
    }
}

struct YearCloseDTO: Content, Equatable {
    var year: Int
    var monthsClosed: [String]
    var closingEntryId: UUID?
    var memberSurplus: String
    var nonMemberSurplus: String
    var sharedSurplus: String
    var members: Int
}

struct SHUPayoutInput: Content {
    var channel: String?
}
