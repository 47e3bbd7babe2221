import Foundation
import GuyubCore

package enum SHUIndexPage {}
package enum SHUYearPage {}
package enum SHUSettingsPage {}
package enum SHUSimulationPage {}

extension SHUIndexPage {
    /// The financial years, and the form that closes one.
    package struct Model: Sendable {
        package struct Year: Sendable, Equatable {
            package var year: Int
            package var closed: Bool
            package var status: SHUDistributionStatus?
            package var memberSurplus: Int64?
            package init(year: Int, closed: Bool, status: SHUDistributionStatus?, memberSurplus: Int64?) {
                self.year = year
                self.closed = closed
                self.status = status
                self.memberSurplus = memberSurplus
            }
        }

        package var years: [Year]
        /// The year the close form offers: the last one over and not closed.
        package var closable: Int?
        package var canClose: Bool
        package var error: String?

        package init(years: [Year], closable: Int?, canClose: Bool, error: String? = nil) {
            self.years = years
            self.closable = closable
            self.canClose = canClose
            self.error = error
        }
    }
}

extension SHUYearPage {
    /// A year's distribution: the surplus, each fund, every member's share, and what may be done next.
    package struct Model: Sendable {
        package struct Share: Sendable, Equatable {
            package var memberID: UUID
            package var number: Int
            package var name: String
            package var savings: Int64
            package var business: Int64
            package var capital: Int64
            package var patronage: Int64
            package var paidTo: SHUSharePayment?
            package var total: Int64 { capital + patronage }
            package init(
                memberID: UUID, number: Int, name: String, savings: Int64, business: Int64, capital: Int64,
                patronage: Int64, paidTo: SHUSharePayment?
            ) {
                self.memberID = memberID
                self.number = number
                self.name = name
                self.savings = savings
                self.business = business
                self.capital = capital
                self.patronage = patronage
                self.paidTo = paidTo
            }
        }

        package var year: Int
        package var status: SHUDistributionStatus
        package var rules: SHURules
        package var memberSurplus: Int64
        package var nonMemberSurplus: Int64
        package var pools: [String: Int64]
        package var nonMemberPools: [String: Int64]
        package var remainder: [String: Int64]
        package var totalSavings: Int64
        package var totalBusiness: Int64
        package var members: Int
        package var shares: [Share]
        package var page: Int
        package var pageCount: Int
        /// The date of the RAT resolution that approved the distribution, if one has.
        package var approvedOn: CivilDate?
        package var postedOn: CivilDate?
        package var canCompute: Bool
        package var canPost: Bool
        package var canPayOut: Bool
        package var error: String?

        package init(
            year: Int, status: SHUDistributionStatus, rules: SHURules, memberSurplus: Int64, nonMemberSurplus: Int64,
            pools: [String: Int64], nonMemberPools: [String: Int64], remainder: [String: Int64], totalSavings: Int64,
            totalBusiness: Int64, members: Int, shares: [Share], page: Int, pageCount: Int, approvedOn: CivilDate?,
            postedOn: CivilDate?, canCompute: Bool, canPost: Bool, canPayOut: Bool, error: String? = nil
        ) {
            self.year = year
            self.status = status
            self.rules = rules
            self.memberSurplus = memberSurplus
            self.nonMemberSurplus = nonMemberSurplus
            self.pools = pools
            self.nonMemberPools = nonMemberPools
            self.remainder = remainder
            self.totalSavings = totalSavings
            self.totalBusiness = totalBusiness
            self.members = members
            self.shares = shares
            self.page = page
            self.pageCount = pageCount
            self.approvedOn = approvedOn
            self.postedOn = postedOn
            self.canCompute = canCompute
            self.canPost = canPost
            self.canPayOut = canPayOut
            self.error = error
        }

        /// Everything rounding left, all of it for the reserve.
        package var roundingLeft: Int64 { remainder.values.reduce(0, +) }
        package var funds: [String] { SHURules.inBylawOrder(Array(pools.keys) + Array(nonMemberPools.keys)) }
    }
}

extension SHUSettingsPage {
    /// A year's rules as a form: the values typed (or the saved rules), and errors by field.
    package struct Model: Sendable {
        package var year: Int
        package var values: [String: String]
        package var errors: [String: String]
        package var canEdit: Bool

        package init(year: Int, values: [String: String], errors: [String: String], canEdit: Bool) {
            self.year = year
            self.values = values
            self.errors = errors
            self.canEdit = canEdit
        }

        /// The funds the form has a field for, in the bylaws' usual order.
        package static let funds = SHURules.funds
        package static let nonMemberFunds = ["reserve", "board", "staff", "education", "social", "regional"]

        /// The rules as the form's fields: `m.fund` and `n.fund` percentages, `kind.*`, `weight.*`, and the rest.
        package static func values(of rules: SHURules) -> [String: String] {
            var values: [String: String] = [:]
            for (fund, share) in rules.allocation where funds.contains(fund) { values["m.\(fund)"] = InterestRate.percent(share) }
            for (fund, share) in rules.nonMemberAllocation where nonMemberFunds.contains(fund) {
                values["n.\(fund)"] = InterestRate.percent(share)
            }
            values["m.other"] = rules.allocation.filter { !funds.contains($0.key) }.sorted { $0.key < $1.key }
                .map { "\($0.key)=\(InterestRate.percent($0.value))" }.joined(separator: "; ")
            values["n.other"] = rules.nonMemberAllocation.filter { !nonMemberFunds.contains($0.key) }.sorted { $0.key < $1.key }
                .map { "\($0.key)=\(InterestRate.percent($0.value))" }.joined(separator: "; ")
            values["fundAccounts"] = rules.fundAccounts.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(
                separator: "; ")
            for kind in rules.savingsKinds { values["kind.\(kind.rawValue)"] = "1" }
            values["savingsBasis"] = rules.savingsBasis.rawValue
            for source in SHURules.BusinessSource.allCases {
                values["weight.\(source.rawValue)"] = String(rules.businessWeights[source] ?? 0)
            }
            values["joinedBefore"] = rules.joinedBefore?.description ?? ""
            values["payTo"] = rules.payToSavings ? "savings" : "payable"
            return values
        }
    }
}

extension SHUSimulationPage {
    /// The simulation's form and, once computed, the distribution.
    package struct Model: Sendable {
        package var values: [String: String]
        package var error: String?
        package var result: SHUDistribution?

        package init(values: [String: String], error: String? = nil, result: SHUDistribution? = nil) {
            self.values = values
            self.error = error
            self.result = result
        }
    }
}
