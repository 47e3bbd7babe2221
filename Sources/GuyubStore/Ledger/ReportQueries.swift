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
    package func trialBalance(from: CivilDate?, to: CivilDate, unit: UUID? = nil) async throws -> TrialBalance {
        try await balances(from: from, to: to, unit: unit, results: false)
    }

    /// The income and expenses from `from` through `to`, the years' closing entries left out, so a closed
    /// year's income statement still shows them.
    package func incomeStatement(from: CivilDate?, to: CivilDate, unit: UUID? = nil) async throws -> IncomeStatement {
        IncomeStatement(try await balances(from: from, to: to, unit: unit, results: true), consolidated: unit == nil)
    }

    /// The trial balance's rows: of the income and expense accounts only, without the closing entries,
    /// when `results`.
    private func balances(from: CivilDate?, to: CivilDate, unit: UUID?, results: Bool) async throws -> TrialBalance {
        let start = from?.description ?? "0000-00-00"
        let types: SQLQueryString = results ? Self.resultTypes : ""
        let kept: SQLQueryString = results ? try await resultLines() : ""
        // The lines are summed per account first, and the few accounts joined after: grouping the lines
        // with the accounts' text columns took three times as long as the sum alone.
        let rows = try await tenant.db.sql.raw(
            """
            SELECT a.code, a.name_id, a.name_en, a.type, a.normal_side, a.role, a.segment,
              CAST(COALESCE(t.opening, 0) AS BIGINT) AS opening, CAST(COALESCE(t.debits, 0) AS BIGINT) AS debits,
              CAST(COALESCE(t.credits, 0) AS BIGINT) AS credits
            FROM accounts a LEFT JOIN (
              SELECT l.account_id,
                SUM(CASE WHEN l.entry_date < \(bind: start) THEN l.debit - l.credit ELSE 0 END) AS opening,
                SUM(CASE WHEN l.entry_date >= \(bind: start) THEN l.debit ELSE 0 END) AS debits,
                SUM(CASE WHEN l.entry_date >= \(bind: start) THEN l.credit ELSE 0 END) AS credits
              FROM journal_lines l
              WHERE l.cooperative_id = \(bind: tenant.cooperativeID) AND l.entry_date <= \(bind: to.description)
                \(Self.unitFilter(unit, "l")) \(kept)
              GROUP BY l.account_id
            ) t ON t.account_id = a.id
            WHERE a.cooperative_id = \(bind: tenant.cooperativeID) \(types)
            """
        ).all()
        return TrialBalance(try rows.map(Self.balance))
    }

    /// The position at the close of `to`, of one unit, or of the whole cooperative with what its units
    /// owed each other eliminated.
    package func balanceSheet(to: CivilDate, unit: UUID? = nil) async throws -> BalanceSheet {
        let trial = try await trialBalance(from: nil, to: to, unit: unit)
        return BalanceSheet(trial, eliminated: unit == nil ? try await interUnitOwed(to: to) : 0)
    }

    /// What the units were owed by one another at the close of `to`: each unit's inter-unit balance
    /// on its debit side, summed.
    private func interUnitOwed(to: CivilDate) async throws -> Int64 {
        let row = try await tenant.db.sql.raw(
            """
            SELECT CAST(COALESCE(SUM(CASE WHEN u.balance > 0 THEN u.balance ELSE 0 END), 0) AS BIGINT) AS owed
            FROM (
              SELECT l.business_unit_id, SUM(l.debit - l.credit) AS balance
              FROM journal_lines l JOIN accounts a ON a.cooperative_id = l.cooperative_id AND a.id = l.account_id
              WHERE l.cooperative_id = \(bind: tenant.cooperativeID) AND l.entry_date <= \(bind: to.description)
                AND a.role = \(bind: AccountRole.interUnit.rawValue)
              GROUP BY l.business_unit_id
            ) u
            """
        ).first()
        return try row?.decode(column: "owed", as: Int64.self) ?? 0
    }

    /// Income and expenses month by month from `from` through `to` (the year's close left out), for the
    /// treasurer's picture of the year.
    package func monthlyResult(from: CivilDate, to: CivilDate) async throws -> [(
        month: YearMonth, income: Int64, expenses: Int64
    )] {
        // Summed per month and account first, the accounts' types joined after.
        let kept = try await resultLines()
        let rows = try await tenant.db.sql.raw(
            """
            SELECT t.month,
              CAST(COALESCE(SUM(CASE WHEN a.type = \(bind: AccountType.income) THEN t.credit - t.debit ELSE 0 END), 0) AS BIGINT) AS income,
              CAST(COALESCE(SUM(CASE WHEN a.type = \(bind: AccountType.expense) THEN t.debit - t.credit ELSE 0 END), 0) AS BIGINT) AS expenses
            FROM (
              SELECT SUBSTR(l.entry_date, 1, 7) AS month, l.account_id, SUM(l.debit) AS debit, SUM(l.credit) AS credit
              FROM journal_lines l
              WHERE l.cooperative_id = \(bind: tenant.cooperativeID)
                AND l.entry_date >= \(bind: from.description) AND l.entry_date <= \(bind: to.description) \(kept)
              GROUP BY SUBSTR(l.entry_date, 1, 7), l.account_id
            ) t JOIN accounts a ON a.cooperative_id = \(bind: tenant.cooperativeID) AND a.id = t.account_id
            GROUP BY t.month ORDER BY t.month
            """
        ).all()
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
        let rows = try await tenant.db.sql.raw(
            """
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
            """
        ).all()
        let accounts = Dictionary(uniqueKeysWithValues: trial.rows.map { ($0.code, $0) })
        let lines = try rows.compactMap { row -> CashFlow.Line? in
            guard let account = accounts[try row.decode(column: "code", as: String.self)] else { return nil }
            return CashFlow.Line(
                entry: try row.decode(column: "number", as: Int.self), account: account,
                isCash: account.role.map(CashFlow.cashRoles.contains) ?? false,
                delta: try row.decode(column: "delta", as: Int64.self))
        }
        let opening = trial.rows.filter { $0.role.map(CashFlow.cashRoles.contains) ?? false }.reduce(0) { $0 + $1.opening }
        return CashFlow(opening: opening, lines: lines)
    }

    static let resultTypes: SQLQueryString = "AND a.type IN (\(bind: AccountType.income), \(bind: AccountType.expense))"

    /// `AND …` keeping the lines of income and expense accounts, outside the years' closing entries (a
    /// handful, looked up first, so the lines are filtered without a join).
    private func resultLines() async throws -> SQLQueryString {
        let closings = try await tenant.db.sql.raw(
            """
            SELECT id FROM journal_entries WHERE cooperative_id = \(bind: tenant.cooperativeID) AND source_type = \(bind: YearEnd.sourceType)
            """
        ).all().map { try $0.decode(column: "id", as: UUID.self) }
        let outsideClosings: SQLQueryString = closings.isEmpty ? "" : "AND l.entry_id NOT IN (\(binds: closings))"
        return """
            AND l.account_id IN (SELECT a.id FROM accounts a WHERE a.cooperative_id = \(bind: tenant.cooperativeID) \(Self.resultTypes))
            \(outsideClosings)
            """
    }

    /// `AND l.business_unit_id = …` for one unit's lines, nothing for the whole cooperative.
    static func unitFilter(_ unit: UUID?, _ alias: String) -> SQLQueryString {
        guard let unit else { return "" }
        return "AND \(unsafeRaw: alias).business_unit_id = \(bind: unit)"
    }

    static func balance(_ row: any SQLRow) throws -> AccountBalance {
        AccountBalance(
            code: try row.decode(column: "code", as: String.self),
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
