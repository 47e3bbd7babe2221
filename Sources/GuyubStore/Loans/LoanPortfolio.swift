import FluentKit
import Foundation
import GuyubCore
import SQLKit

/// The board's morning view of its loans: quality by class, portfolio at risk, the problem-loan
/// ratio and its band, who to call today, and the money lent and collected per month. Classes and
/// days late are as the last daily job left them.
package struct LoanPortfolio: Sendable {
    package let tenant: Tenant

    package init(_ tenant: Tenant) { self.tenant = tenant }

    package struct ClassLine: Sendable, Equatable {
        package var collectibility: Collectibility
        package var loans: Int
        package var outstanding: Int64
        package var allowance: Int64
    }

    package struct Summary: Sendable, Equatable {
        package var classes: [ClassLine]
        package var loans: Int
        package var outstanding: Int64
        package var allowance: Int64
        /// Outstanding principal of loans more than 30 (90) days late.
        package var atRisk30: Int64
        package var atRisk90: Int64
        package var problem: Int64

        package var health: LoanHealth { LoanHealth(problem: problem, total: outstanding) }

        /// A share of the outstanding principal in basis points (10000 = 100 %), rounded half-up.
        package func share(_ part: Int64) -> Int64 {
            outstanding > 0 ? RoundingRule.halfUp.multiplyDivide(part, 10_000, outstanding) : 0
        }
    }

    package func summary() async throws -> Summary {
        let rows = try await tenant.db.sql.raw(
            """
            SELECT collectibility, COUNT(*) AS loans,
                   CAST(SUM(principal - principal_paid) AS BIGINT) AS outstanding, CAST(SUM(allowance) AS BIGINT) AS allowance,
                   CAST(SUM(CASE WHEN days_late > 30 THEN principal - principal_paid ELSE 0 END) AS BIGINT) AS risk30,
                   CAST(SUM(CASE WHEN days_late > 90 THEN principal - principal_paid ELSE 0 END) AS BIGINT) AS risk90
            FROM loans WHERE cooperative_id = \(bind: tenant.cooperativeID) AND status = \(bind: LoanStatus.active)
            GROUP BY collectibility
            """
        ).all()
        let rules = try await SettingsStore(tenant).collectibility()
        var lines = Dictionary(
            uniqueKeysWithValues: rules.classes.map {
                ($0, ClassLine(collectibility: $0, loans: 0, outstanding: 0, allowance: 0))
            })
        var summary = Summary(classes: [], loans: 0, outstanding: 0, allowance: 0, atRisk30: 0, atRisk90: 0, problem: 0)
        for row in rows {
            let collectibility = Collectibility(rawValue: try row.decode(column: "collectibility", as: String.self)) ?? .lancar
            let loans = try row.decode(column: "loans", as: Int.self)
            let outstanding = try row.decode(column: "outstanding", as: Int64.self)
            let allowance = try row.decode(column: "allowance", as: Int64.self)
            var line = lines[collectibility] ?? ClassLine(collectibility: collectibility, loans: 0, outstanding: 0, allowance: 0)
            line.loans += loans
            line.outstanding += outstanding
            line.allowance += allowance
            lines[collectibility] = line
            summary.loans += loans
            summary.outstanding += outstanding
            summary.allowance += allowance
            summary.atRisk30 += try row.decode(column: "risk30", as: Int64.self)
            summary.atRisk90 += try row.decode(column: "risk90", as: Int64.self)
            if collectibility.isProblem { summary.problem += outstanding }
        }
        summary.classes = Collectibility.allCases.compactMap { lines[$0] }
        return summary
    }

    /// How many active loans are late, and how many applications wait for the board.
    package func lateAndAwaiting() async throws -> (late: Int, awaiting: Int) {
        let loans = tenant.query(LoanRecord.self)
        return (
            try await loans.copy().filter(\.$status == LoanStatus.active).filter(\.$daysLate > 0).count(),
            try await loans.copy().filter(\.$status ~~ [LoanStatus.applied, LoanStatus.reviewed]).count()
        )
    }

    package struct Arrear: Sendable, Equatable {
        package var loanID: UUID
        package var number: Int
        package var memberID: UUID?
        package var borrower: String
        package var phone: String?
        package var daysLate: Int
        package var collectibility: String
        /// Instalments fallen due and unpaid, and the penalty owed, as of `date`.
        package var overdue: Int64
        package var penalty: Int64
        package var outstanding: Int64
    }

    /// Active loans with something fallen due and unpaid on `date`, the longest late first: the list to call.
    package func arrears(on date: CivilDate) async throws -> [Arrear] {
        let day = date.description
        return try await tenant.db.sql.raw(
            """
            SELECT l.id, l.number, l.member_id, l.borrower_name, m.phone, l.days_late, l.collectibility,
                   l.principal - l.principal_paid AS outstanding, l.penalty_accrued - l.penalty_paid AS penalty,
                   CAST(SUM(i.principal + i.interest - i.principal_paid - i.interest_paid) AS BIGINT) AS overdue,
                   MIN(i.due_on) AS oldest
            FROM loans l
            JOIN loan_installments i ON i.cooperative_id = l.cooperative_id AND i.loan_id = l.id AND i.version = l.schedule_version AND i.due_on < \(bind: day)
                 AND i.principal + i.interest > i.principal_paid + i.interest_paid
            LEFT JOIN members m ON m.cooperative_id = l.cooperative_id AND m.id = l.member_id
            WHERE l.cooperative_id = \(bind: tenant.cooperativeID) AND l.status = \(bind: LoanStatus.active)
            GROUP BY l.id, l.number, l.member_id, l.borrower_name, m.phone, l.days_late, l.collectibility, l.principal,
                     l.principal_paid, l.penalty_accrued, l.penalty_paid
            ORDER BY MIN(i.due_on), l.number
            """
        ).all().map { row in
            let oldest = try row.decode(column: "oldest", as: String.self)
            return Arrear(
                loanID: try row.decode(column: "id", as: UUID.self), number: try row.decode(column: "number", as: Int.self),
                memberID: try row.decode(column: "member_id", as: UUID?.self),
                borrower: try row.decode(column: "borrower_name", as: String.self),
                phone: try row.decode(column: "phone", as: String?.self),
                daysLate: CivilDate(iso: oldest).map { $0.days(until: date) } ?? 0,
                collectibility: try row.decode(column: "collectibility", as: String.self),
                overdue: try row.decode(column: "overdue", as: Int64.self),
                penalty: try row.decode(column: "penalty", as: Int64.self),
                outstanding: try row.decode(column: "outstanding", as: Int64.self))
        }
    }

    package struct Flow: Sendable, Equatable {
        package var month: YearMonth
        package var disbursements: Int
        package var disbursed: Int64
        package var repayments: Int
        package var principal: Int64
        package var interest: Int64
        package var penalty: Int64
        package var recovered: Int64
        package var collected: Int64 { principal + interest + penalty + recovered }
    }

    /// Money lent and collected per month of [from, to].
    package func flows(from: CivilDate, to: CivilDate) async throws -> [Flow] {
        let rows = try await tenant.db.sql.raw(
            """
            SELECT SUBSTR(happened_on, 1, 7) AS month, kind, COUNT(*) AS steps, CAST(SUM(amount) AS BIGINT) AS amount,
                   CAST(SUM(principal) AS BIGINT) AS principal, CAST(SUM(interest) AS BIGINT) AS interest,
                   CAST(SUM(penalty) AS BIGINT) AS penalty
            FROM loan_transactions
            WHERE cooperative_id = \(bind: tenant.cooperativeID) AND happened_on >= \(bind: from.description)
              AND happened_on <= \(bind: to.description) AND kind IN ('disbursement', 'repayment', 'recovery')
            GROUP BY SUBSTR(happened_on, 1, 7), kind
            """
        ).all()
        var months: [YearMonth: Flow] = [:]
        for row in rows {
            guard let month = YearMonth(try row.decode(column: "month", as: String.self)) else { continue }
            var flow =
                months[month]
                ?? Flow(
                    month: month, disbursements: 0, disbursed: 0, repayments: 0, principal: 0,
                    interest: 0, penalty: 0, recovered: 0)
            let steps = try row.decode(column: "steps", as: Int.self)
            let amount = try row.decode(column: "amount", as: Int64.self)
            switch try row.decode(column: "kind", as: String.self) {
            case "disbursement":
                flow.disbursements += steps
                flow.disbursed += amount
            case "repayment":
                flow.repayments += steps
                flow.principal += try row.decode(column: "principal", as: Int64.self)
                flow.interest += try row.decode(column: "interest", as: Int64.self)
                flow.penalty += try row.decode(column: "penalty", as: Int64.self)
            default:
                flow.recovered += amount
            }
            months[month] = flow
        }
        return months.values.sorted { $0.month < $1.month }
    }
}
