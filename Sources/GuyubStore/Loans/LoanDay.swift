import FluentKit
import Foundation
import GuyubCore
import SQLKit

/// The loans' daily job (`guyub close-day`, and the server's scheduler): penalties accrued for the
/// days late not yet charged, days in arrears, collectibility by the cooperative's rules, and the
/// allowance (PPAP) each loan needs, its change posted as one entry. Running it twice for a day
/// changes nothing the second time.
package struct LoanDay: Sendable {
    package let tenant: Tenant

    package init(_ tenant: Tenant) { self.tenant = tenant }

    /// The words of the day's entries (the caller words them in the cooperative's language).
    package struct Texts: Sendable {
        package var allowance: String
        package var autoDebit: @Sendable (_ number: Int, _ borrower: String) -> String

        package init(allowance: String, autoDebit: @escaping @Sendable (Int, String) -> String) {
            self.allowance = allowance
            self.autoDebit = autoDebit
        }
    }

    package struct Result: Codable, Sendable, Equatable {
        package var loans = 0
        /// Instalments taken from members' sukarela (auto-debit), and how much.
        package var autoDebits = 0
        package var autoDebited: Int64 = 0
        package var late = 0
        package var penalties: Int64 = 0
        /// The allowance's change, posted (positive: more set aside).
        package var allowanceChange: Int64 = 0
        package var entryID: UUID?
    }

    private struct Row {
        let id: UUID
        let penaltyRule: String
        let outstanding: Int64
        let principal: Int64
        let penaltyAccrued: Int64
        let penaltyThrough: CivilDate?
        let allowance: Int64
        let daysLate: Int
        let collectibility: Collectibility
        let active: Bool
        let oldestUnpaid: CivilDate?
        let overdue: Int64
    }

    private struct Change {
        let id: UUID
        let penalty: Int64
        let penaltyThrough: CivilDate?
        let daysLate: Int
        let collectibility: Collectibility
        let allowance: Int64
    }

    package func close(_ date: CivilDate, texts: Texts, by actor: Actor) async throws -> Result {
        let sql = tenant.db.sql
        // Takes every loan it may change, so a repayment at the counter waits for the job rather than
        // interleaving with it. (SQLite's writers already take turns.)
        if !tenant.db.isSQLite {
            try await sql.raw(
                """
                SELECT id FROM loans
                WHERE cooperative_id = \(bind: tenant.cooperativeID) AND (status = \(bind: LoanStatus.active) OR allowance <> 0) FOR NO KEY UPDATE
                """
            ).run()
        }
        var result = Result()
        try await collectFromSavings(on: date, texts: texts, by: actor, into: &result)
        // What has fallen due is summed per loan first (grouped by the loan alone), then joined to the loans.
        let rows = try await sql.raw(
            """
            SELECT l.id, l.penalty_rule, l.principal, l.principal_paid, l.penalty_accrued, l.penalty_through, l.allowance,
                   l.days_late, l.collectibility, l.status, d.oldest, COALESCE(d.overdue, 0) AS overdue
            FROM loans l LEFT JOIN (
                SELECT loan_id, version,
                       MIN(CASE WHEN principal + interest > principal_paid + interest_paid THEN due_on END) AS oldest,
                       CAST(SUM(principal + interest - principal_paid - interest_paid) AS BIGINT) AS overdue
                FROM loan_installments WHERE cooperative_id = \(bind: tenant.cooperativeID) AND due_on < \(bind: date)
                GROUP BY loan_id, version
            ) d ON d.loan_id = l.id AND d.version = l.schedule_version
            WHERE l.cooperative_id = \(bind: tenant.cooperativeID) AND (l.status = \(bind: LoanStatus.active) OR l.allowance <> 0)
            """
        ).all().map { row in
            Row(
                id: try row.decode(column: "id", as: UUID.self),
                penaltyRule: try row.decode(column: "penalty_rule", as: String.self),
                outstanding: try row.decode(column: "principal", as: Int64.self)
                    - row.decode(column: "principal_paid", as: Int64.self),
                principal: try row.decode(column: "principal", as: Int64.self),
                penaltyAccrued: try row.decode(column: "penalty_accrued", as: Int64.self),
                penaltyThrough: try row.decode(column: "penalty_through", as: CivilDate?.self),
                allowance: try row.decode(column: "allowance", as: Int64.self),
                daysLate: try row.decode(column: "days_late", as: Int.self),
                collectibility: try row.decode(column: "collectibility", as: Collectibility.self),
                active: try row.decode(column: "status", as: LoanStatus.self) == .active,
                oldestUnpaid: try row.decode(column: "oldest", as: CivilDate?.self),
                overdue: try row.decode(column: "overdue", as: Int64.self))
        }

        let rules = try await SettingsStore(tenant).collectibility()
        // Most loans share a handful of rules: each is read once.
        var penalties: [String: PenaltyRule] = [:]
        var changes: [Change] = []
        for row in rows {
            guard row.active else {
                // Paid off since: its allowance is released.
                changes.append(
                    Change(
                        id: row.id, penalty: row.penaltyAccrued, penaltyThrough: row.penaltyThrough,
                        daysLate: 0, collectibility: row.collectibility, allowance: 0))
                result.allowanceChange -= row.allowance
                continue
            }
            result.loans += 1
            let daysLate = row.oldestUnpaid.map { max(0, $0.days(until: date)) } ?? 0
            var penalty = row.penaltyAccrued
            var through = row.penaltyThrough
            if daysLate > 0 {
                let rule =
                    try penalties[row.penaltyRule] ?? JSONDecoder().decode(PenaltyRule.self, from: Data(row.penaltyRule.utf8))
                penalties[row.penaltyRule] = rule
                result.late += 1
                let since = row.penaltyThrough.map { $0.days(until: date) } ?? daysLate
                let basis = rule.basis == .installment ? row.overdue : row.outstanding
                let added = rule.accrual(
                    on: basis, days: max(0, since), daysLate: daysLate, accrued: row.penaltyAccrued,
                    principal: row.principal)
                penalty += added
                result.penalties += added
                if since > 0 { through = date }
            }
            let collectibility = rules.classify(daysLate: daysLate)
            let allowance = rules.allowance(for: row.outstanding, in: collectibility)
            result.allowanceChange += allowance - row.allowance
            if penalty != row.penaltyAccrued || through != row.penaltyThrough || daysLate != row.daysLate
                || collectibility != row.collectibility || allowance != row.allowance
            {
                changes.append(
                    Change(
                        id: row.id, penalty: penalty, penaltyThrough: through, daysLate: daysLate,
                        collectibility: collectibility, allowance: allowance))
            }
        }

        // In batches joined to the table, not a CASE per row, so the cost grows with the rows changed.
        for batch in stride(from: 0, to: changes.count, by: 1_000).map({ changes[$0..<min($0 + 1_000, changes.count)] }) {
            let rows = batch.map { c in
                "(\(bind: c.id), \(bind: c.penalty), \(bind: c.penaltyThrough?.description ?? ""), \(bind: c.daysLate), \(bind: c.collectibility), \(bind: c.allowance))"
                    as SQLQueryString
            }.joined(separator: ", ")
            try await sql.raw(
                """
                WITH v (id, penalty, through, days, class, allowance) AS (VALUES \(rows))
                UPDATE loans SET penalty_accrued = v.penalty, penalty_through = NULLIF(v.through, ''), days_late = v.days,
                                 collectibility = v.class, allowance = v.allowance
                FROM v WHERE loans.id = v.id AND loans.cooperative_id = \(bind: tenant.cooperativeID)
                """
            ).run()
        }

        if result.allowanceChange != 0 {
            let amount = abs(result.allowanceChange)
            let lines: [JournalDraft.Line] =
                result.allowanceChange > 0
                ? [.debit(.role(.allowanceExpense), amount), .credit(.role(.loanAllowance), amount)]
                : [.debit(.role(.loanAllowance), amount), .credit(.role(.allowanceExpense), amount)]
            let posting = try await Ledger(tenant).post(
                JournalDraft(
                    date: date, description: texts.allowance,
                    sourceType: .loanAllowance, lines: lines), by: actor)
            result.entryID = posting.entry.id
        }
        // The loans it changed, in one record: what the day charged, classed and set aside.
        if !changes.isEmpty || result.autoDebits > 0 {
            try await AuditLog.append(tenant, actor: actor, action: .loanCloseDay, entity: "loans", entityID: nil, after: result)
        }
        return result
    }

    /// Takes what has fallen due on loans whose members chose auto-debit from their sukarela, as much as
    /// it holds above its minimum; what it cannot cover stays due (and late).
    private func collectFromSavings(on date: CivilDate, texts: Texts, by actor: Actor, into result: inout Result) async throws {
        let store = LoanStore(tenant)
        let minimum = try await SettingsStore(tenant).savings().sukarelaMinimum
        for loan in try await tenant.query(LoanRecord.self).filter(\.$autoDebit == true)
            .filter(\.$status == LoanStatus.active).sort(\.$number).all()
        {
            guard let memberID = loan.memberID else { continue }
            let due = try await store.owed(loan, on: date).due.total
            guard due > 0,
                let sukarela = try await tenant.query(SavingsAccountRecord.self).filter(\.$memberID == memberID)
                    .filter(\.$kind == SavingsKind.sukarela).filter(\.$status == SavingsAccountStatus.open).first()
            else { continue }
            let amount = min(due, sukarela.balance - minimum)
            guard amount > 0 else { continue }
            _ = try await store.repay(
                .init(
                    loanID: loan.id, amount: amount, channel: .savings, date: date,
                    description: texts.autoDebit(loan.number, loan.borrowerName)), by: actor)
            result.autoDebits += 1
            result.autoDebited += amount
        }
    }
}
