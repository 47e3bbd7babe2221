import GuyubCore
import Vapor

/// A repayment schedule as the simulation answers it (API and `guyub simulate loan --json`): amounts as
/// strings with exactly the currency's decimals, so no client reads money through floating point.
struct LoanSimulationDTO: Content, Equatable {
    struct Row: Content, Equatable {
        var number: Int
        var due: String?
        var principal: String
        var interest: String
        var payment: String
        var balance: String
    }

    var method: String
    var rate: String
    var periods: Int
    var installments: [Row]
    var totalPrincipal: String
    var totalInterest: String
    var totalPayment: String

    init(_ schedule: LoanSchedule, decimals: Int) {
        func money(_ value: Int64) -> String { Amount.string(value, decimals: decimals) }
        method = schedule.terms.method.rawValue
        rate = InterestRate.percent(schedule.terms.annualRate)
        periods = schedule.terms.periods
        installments = schedule.installments.map {
            Row(
                number: $0.number, due: $0.due?.description, principal: money($0.principal), interest: money($0.interest),
                payment: money($0.payment), balance: money($0.balance))
        }
        totalPrincipal = money(schedule.totalPrincipal)
        totalInterest = money(schedule.totalInterest)
        totalPayment = money(schedule.totalPayment)
    }
}
