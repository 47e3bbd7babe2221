import Foundation
import GuyubCore
import GuyubStore
import Vapor

struct PortfolioDTO: Content {
    struct Line: Content {
        var collectibility: String
        var loans: Int
        var outstanding: String
        var allowance: String
    }
    var classes: [Line]
    var loans: Int
    var outstanding: String
    var allowance: String
    var par30Percent: String
    var par90Percent: String
    var problemPercent: String
    /// sehat (≤ 5%), cukup-sehat (≤ 10%), kurang-sehat (≤ 15%) or tidak-sehat.
    var health: String

    init(_ s: LoanPortfolio.Summary, decimals: Int) {
        func money(_ v: Int64) -> String { Amount.string(v, decimals: decimals) }
        classes = s.classes.map {
            Line(
                collectibility: $0.collectibility.rawValue, loans: $0.loans, outstanding: money($0.outstanding),
                allowance: money($0.allowance))
        }
        loans = s.loans
        outstanding = money(s.outstanding)
        allowance = money(s.allowance)
        par30Percent = Amount.string(s.share(s.atRisk30), decimals: 2)
        par90Percent = Amount.string(s.share(s.atRisk90), decimals: 2)
        problemPercent = Amount.string(s.share(s.problem), decimals: 2)
        health = s.health.rawValue
    }
}

struct LoanArrearDTO: Content {
    var loanId: UUID
    var number: Int
    var memberId: UUID?
    var borrowerName: String
    var phone: String?
    var daysLate: Int
    var collectibility: String
    var overdue: String
    var penalty: String
    var outstanding: String

    init(_ a: LoanPortfolio.Arrear, decimals: Int) {
        func money(_ v: Int64) -> String { Amount.string(v, decimals: decimals) }
        loanId = a.loanID
        number = a.number
        memberId = a.memberID
        borrowerName = a.borrower
        phone = a.phone
        daysLate = a.daysLate
        collectibility = a.collectibility
        overdue = money(a.overdue)
        penalty = money(a.penalty)
        outstanding = money(a.outstanding)
    }
}

struct LoanFlowDTO: Content {
    var month: String
    var disbursements: Int
    var disbursed: String
    var repayments: Int
    var principal: String
    var interest: String
    var penalty: String
    var recovered: String
    var collected: String

    init(_ f: LoanPortfolio.Flow, decimals: Int) {
        func money(_ v: Int64) -> String { Amount.string(v, decimals: decimals) }
        month = f.month.description
        disbursements = f.disbursements
        disbursed = money(f.disbursed)
        repayments = f.repayments
        principal = money(f.principal)
        interest = money(f.interest)
        penalty = money(f.penalty)
        recovered = money(f.recovered)
        collected = money(f.collected)
    }
}
