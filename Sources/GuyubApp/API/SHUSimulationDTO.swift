import GuyubCore
import Vapor

/// A SHU distribution as the simulation answers it: amounts as strings in the currency's decimals.
struct SHUSimulationDTO: Content, Equatable {
    struct Share: Content, Equatable {
        var id: String
        var capital: String
        var patronage: String
        var total: String
    }

    var pools: [String: String]
    var members: [Share]
    /// What rounding left of each pool (`pools`: of the funds themselves); it goes to the reserve.
    var remainder: [String: String]
    var reserveTotal: String
    var unallocated: String

    init(_ d: SHUDistribution, decimals: Int) {
        func money(_ value: Int64) -> String { Amount.string(value, decimals: decimals) }
        pools = d.pools.mapValues(money)
        members = d.members.map {
            Share(id: $0.id, capital: money($0.capital), patronage: money($0.patronage), total: money($0.total))
        }
        remainder = d.remainder.mapValues(money)
        reserveTotal = money(d.reserveTotal)
        unallocated = money(d.unallocated)
    }
}
