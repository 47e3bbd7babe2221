import FluentKit
import Foundation
import GuyubCore
import SQLKit

/// The figures behind the financial statements, read from the journal in single queries.
package struct ReportQueries: Sendable {
    package let tenant: Tenant

    package init(_ tenant: Tenant) { self.tenant = tenant }

    /// Every account's balance before `from` and its debits and credits from `from` through `to`
    /// (from the first entry when `from` is nil); of one business unit's lines when `unit` is given.
    /// Without `yearEnds`, the years' closing entries are left out, so a closed year's income
    /// statement still shows its income and expenses.
    package func trialBalance(from: CivilDate?, to: CivilDate, unit: UUID? = nil, yearEnds: Bool = true) async throws -> TrialBalance {
        let start = from?.description ?? "0000-00-00"
        var closings: SQLQueryString = ""
        if !yearEnds {
            let ids = try await tenant.db.sql.raw("""
                SELECT id FROM journal_entries WHERE cooperative_id = \(bind: tenant.cooperativeID) AND source_type = \(bind: YearEnd.sourceType)
                """).all().map { try $0.decode(column: "id", as: UUID.self) }
            if !ids.isEmpty { closings = "AND l.entry_id NOT IN (\(binds: ids))" }
        }
        let rows = try await tenant.db.sql.raw("""
            SELECT a.code, a.name_id, a.name_en, a.type, a.normal_side, a.role, a.segment,
              CAST(COALESCE(SUM(CASE WHEN l.entry_date < \(bind: start) THEN l.debit - l.credit ELSE 0 END), 0) AS BIGINT) AS opening,
              CAST(COALESCE(SUM(CASE WHEN l.entry_date >= \(bind: start) THEN l.debit ELSE 0 END), 0) AS BIGINT) AS debits,
              CAST(COALESCE(SUM(CASE WHEN l.entry_date >= \(bind: start) THEN l.credit ELSE 0 END), 0) AS BIGINT) AS credits
            FROM accounts a LEFT JOIN journal_lines l ON l.cooperative_id = a.cooperative_id AND l.account_id = a.id AND l.entry_date <= \(bind: to.description)
              \(Self.unitFilter(unit, "l")) \(closings)
            WHERE a.cooperative_id = \(bind: tenant.cooperativeID)
            GROUP BY a.id, a.code, a.name_id, a.name_en, a.type, a.normal_side, a.role, a.segment
            """).all()
        return TrialBalance(try rows.map(Self.balance))
    }

    /// Income and expenses month by month from `from` through `to` (the year's close left out), for the
    /// treasurer's picture of the year.
    package func monthlyResult(from: CivilDate, to: CivilDate) async throws -> [(month: YearMonth, income: Int64, expenses: Int64)] {
        let rows = try await tenant.db.sql.raw("""
            SELECT SUBSTR(l.entry_date, 1, 7) AS month,
              CAST(COALESCE(SUM(CASE WHEN a.type = 'income' THEN l.credit - l.debit ELSE 0 END), 0) AS BIGINT) AS income,
              CAST(COALESCE(SUM(CASE WHEN a.type = 'expense' THEN l.debit - l.credit ELSE 0 END), 0) AS BIGINT) AS expenses
            FROM journal_lines l
            JOIN accounts a ON a.cooperative_id = l.cooperative_id AND a.id = l.account_id
            JOIN journal_entries e ON e.cooperative_id = l.cooperative_id AND e.id = l.entry_id
            WHERE l.cooperative_id = \(bind: tenant.cooperativeID) AND a.type IN ('income', 'expense')
              AND l.entry_date >= \(bind: from.description) AND l.entry_date <= \(bind: to.description)
              AND e.source_type <> \(bind: YearEnd.sourceType)
            GROUP BY SUBSTR(l.entry_date, 1, 7) ORDER BY month
            """).all()
        return try rows.compactMap { row in
            guard let month = YearMonth(try row.decode(column: "month", as: String.self)) else { return nil }
            return (month, try row.decode(column: "income", as: Int64.self), try row.decode(column: "expenses", as: Int64.self))
        }
    }

    /// The lines of every entry from `from` through `to` that moved a cash account, and the cash held
    /// before; of one business unit's lines when `unit` is given.
    package func cashFlow(from: CivilDate?, to: CivilDate, unit: UUID? = nil) async throws -> CashFlow {
        let trial = try await trialBalance(from: from, to: to, unit: unit)
        let cashRoles = CashFlow.cashRoles.map(\.rawValue)
        let start = from?.description ?? "0000-00-00"
        let rows = try await tenant.db.sql.raw("""
            SELECT e.number, a.code, a.role, CAST(l.debit - l.credit AS BIGINT) AS delta
            FROM journal_lines l
            JOIN journal_entries e ON e.cooperative_id = l.cooperative_id AND e.id = l.entry_id
            JOIN accounts a ON a.cooperative_id = l.cooperative_id AND a.id = l.account_id
            WHERE l.cooperative_id = \(bind: tenant.cooperativeID)
              AND l.entry_date >= \(bind: start) AND l.entry_date <= \(bind: to.description) \(Self.unitFilter(unit, "l"))
              AND l.entry_id IN (
                SELECT c.entry_id FROM journal_lines c JOIN accounts ca ON ca.cooperative_id = c.cooperative_id AND ca.id = c.account_id
                WHERE c.cooperative_id = \(bind: tenant.cooperativeID) AND ca.role IN (\(binds: cashRoles))
                  AND c.entry_date >= \(bind: start) AND c.entry_date <= \(bind: to.description))
            """).all()
        let accounts = Dictionary(uniqueKeysWithValues: trial.rows.map { ($0.code, $0) })
        let lines = try rows.compactMap { row -> CashFlow.Line? in
            guard let account = accounts[try row.decode(column: "code", as: String.self)] else { return nil }
            return CashFlow.Line(entry: try row.decode(column: "number", as: Int.self), account: account,
                                 isCash: account.role.map(CashFlow.cashRoles.contains) ?? false,
                                 delta: try row.decode(column: "delta", as: Int64.self))
        }
        let opening = trial.rows.filter { $0.role.map(CashFlow.cashRoles.contains) ?? false }.reduce(0) { $0 + $1.opening }
        return CashFlow(opening: opening, lines: lines)
    }

    /// `AND l.business_unit_id = …` for one unit's lines, nothing for the whole cooperative.
    static func unitFilter(_ unit: UUID?, _ alias: String) -> SQLQueryString {
        guard let unit else { return "" }
        return "AND \(unsafeRaw: alias).business_unit_id = \(bind: unit)"
    }

    static func balance(_ row: any SQLRow) throws -> AccountBalance {
        AccountBalance(code: try row.decode(column: "code", as: String.self),
                       nameID: try row.decode(column: "name_id", as: String.self),
                       nameEN: try row.decode(column: "name_en", as: String.self),
                       type: try row.decode(column: "type", as: AccountType.self),
                       normalSide: try row.decode(column: "normal_side", as: Side.self),
                       role: try row.decode(column: "role", as: AccountRole?.self),
                       segment: try row.decode(column: "segment", as: Segment.self),
                       opening: try row.decode(column: "opening", as: Int64.self),
                       debits: try row.decode(column: "debits", as: Int64.self),
                       credits: try row.decode(column: "credits", as: Int64.self))
    }
}
