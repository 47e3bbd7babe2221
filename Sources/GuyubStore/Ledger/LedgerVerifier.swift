import FluentKit
import Foundation
import GuyubCore
import SQLKit

/// Proves the books: every entry balances, every balance kept for speed equals its recomputation
/// from the journal, every subledger (members' savings per kind, loans, their allowance, SHU payable)
/// adds up to its control account, and every business record is posted once.
package enum LedgerVerifier {
    package typealias Finding = BooksFinding

    package struct Problem: Sendable, Equatable, CustomStringConvertible {
        package let cooperativeName: String
        package let finding: Finding
        package var description: String { "cooperative \"\(cooperativeName)\": \(finding)" }
    }

    package struct Report: Sendable {
        package let problems: [Problem]
        package let entries: Int
        package let accounts: Int
    }

    package static func verify(_ db: any Database) async throws -> Report {
        var problems: [Problem] = []
        var entries = 0
        var accountCount = 0
        for cooperative in try await CooperativeRecord.query(on: db).sort(\.$name).all() {
            let id = try cooperative.requireID()
            func problem(_ finding: Finding) { problems.append(Problem(cooperativeName: cooperative.name, finding: finding)) }
            let sql = db.sql
            do {
                for row in try await sql.raw(
                    """
                    SELECT e.number, CAST(SUM(l.debit) AS BIGINT) AS debits, CAST(SUM(l.credit) AS BIGINT) AS credits
                    FROM journal_entries e JOIN journal_lines l ON l.cooperative_id = e.cooperative_id AND l.entry_id = e.id
                    WHERE e.cooperative_id = \(bind: id)
                    GROUP BY e.id, e.number HAVING SUM(l.debit) <> SUM(l.credit) OR COUNT(*) < 2
                    """
                ).all() {
                    problem(
                        .entryUnbalanced(
                            number: try row.decode(column: "number", as: Int.self),
                            debits: try row.decode(column: "debits", as: Int64.self),
                            credits: try row.decode(column: "credits", as: Int64.self)))
                }

                let accounts = try await sql.raw(
                    """
                    SELECT a.code, a.role, a.balance, CAST(COALESCE(t.computed, 0) AS BIGINT) AS computed
                    FROM accounts a LEFT JOIN (
                      SELECT l.account_id, SUM(l.debit - l.credit) AS computed FROM journal_lines l
                      WHERE l.cooperative_id = \(bind: id) GROUP BY l.account_id
                    ) t ON t.account_id = a.id
                    WHERE a.cooperative_id = \(bind: id)
                    """
                ).all()
                var control: [AccountRole: Int64] = [:]
                for row in accounts {
                    let kept = try row.decode(column: "balance", as: Int64.self)
                    let computed = try row.decode(column: "computed", as: Int64.self)
                    let code = try row.decode(column: "code", as: String.self)
                    if kept != computed { problem(.accountDiffers(code: code, kept: kept, computed: computed)) }
                    if let role = try row.decode(column: "role", as: AccountRole?.self) { control[role] = computed }
                }
                accountCount += accounts.count

                let savings = try await sql.raw(
                    """
                    SELECT s.id, s.kind, s.balance, CAST(COALESCE(SUM(l.credit - l.debit), 0) AS BIGINT) AS computed
                    FROM savings_accounts s LEFT JOIN journal_lines l ON l.cooperative_id = s.cooperative_id AND l.savings_account_id = s.id
                    WHERE s.cooperative_id = \(bind: id)
                    GROUP BY s.id, s.kind, s.balance
                    """
                ).all()
                var records: [Subledger: Int64] = [:]
                for row in savings {
                    let kept = try row.decode(column: "balance", as: Int64.self)
                    let computed = try row.decode(column: "computed", as: Int64.self)
                    let kind = try row.decode(column: "kind", as: SavingsKind.self)
                    let account = try row.decode(column: "id", as: UUID.self).uuidString.lowercased()
                    if kept != computed { problem(.savingsDiffers(account: account, kept: kept, computed: computed)) }
                    if kept < 0 { problem(.savingsNegative(account: account, balance: kept)) }
                    records[.savings(kind), default: 0] += computed
                }
                records.merge(try await otherSubledgers(of: id, on: sql)) { $1 }
                for finding in try await stockFindings(of: id, on: sql) { problem(finding) }
                for subledger in Subledger.all {
                    let books = subledger.records(fromBalance: control[subledger.control] ?? 0)
                    let kept = records[subledger] ?? 0
                    if kept != books { problem(.subledgerDiffers(subledger, records: kept, books: books)) }
                }
                for finding in try await postedSources(of: id, on: sql) { problem(finding) }

                entries += try await JournalEntryRecord.query(on: db).filter(\.$cooperativeID == id).count()
            } catch {
                problem(.unreadable(String(describing: error)))
            }
        }
        return Report(problems: problems, entries: entries, accounts: accountCount)
    }

    /// What the loans still owe and hold as allowance, the members' SHU not yet collected, and what the shop's
    /// stock, customers, suppliers and vouchers hold.
    private static func otherSubledgers(of cooperative: UUID, on sql: any SQLDatabase) async throws -> [Subledger: Int64] {
        let loans = try await sql.raw(
            """
            SELECT CAST(COALESCE(SUM(CASE WHEN status = \(bind: LoanStatus.active) THEN principal - principal_paid ELSE 0 END), 0)
                        AS BIGINT) AS owed,
                   CAST(COALESCE(SUM(allowance), 0) AS BIGINT) AS allowance
            FROM loans WHERE cooperative_id = \(bind: cooperative)
            """
        ).first()
        let shares = try await sql.raw(
            """
            SELECT CAST(COALESCE(SUM(capital + patronage), 0) AS BIGINT) AS held
            FROM shu_shares WHERE cooperative_id = \(bind: cooperative) AND paid_to = \(bind: SHUSharePayment.payable)
            """
        ).first()
        let shop = try await sql.raw(
            """
            SELECT (SELECT CAST(COALESCE(SUM(value), 0) AS BIGINT) FROM stock_levels WHERE cooperative_id = \(bind: cooperative))
                     AS stock,
                   (SELECT CAST(COALESCE(SUM(balance), 0) AS BIGINT) FROM store_customers WHERE cooperative_id = \(bind: cooperative))
                     AS owed,
                   (SELECT CAST(COALESCE(SUM(owed), 0) AS BIGINT) FROM suppliers WHERE cooperative_id = \(bind: cooperative))
                     AS payable,
                   (SELECT CAST(COALESCE(SUM(value), 0) AS BIGINT) FROM vouchers
                     WHERE cooperative_id = \(bind: cooperative) AND status = \(bind: VoucherStatus.active.rawValue))
                     AS vouchers,
                   (SELECT CAST(COALESCE(SUM(CASE WHEN kind = \(bind: GrantMovement.received.rawValue) THEN amount ELSE -amount END), 0)
                     AS BIGINT) FROM partnership_grants WHERE cooperative_id = \(bind: cooperative))
                     AS grants,
                   (SELECT CAST(COALESCE(SUM(principal), 0) AS BIGINT) FROM partnership_loans WHERE cooperative_id = \(bind: cooperative))
                   - (SELECT CAST(COALESCE(SUM(principal), 0) AS BIGINT) FROM partnership_loan_payments
                     WHERE cooperative_id = \(bind: cooperative))
                     AS borrowed,
                   (SELECT CAST(COALESCE(SUM(amount), 0) AS BIGINT) FROM partnership_equity
                     WHERE cooperative_id = \(bind: cooperative) AND direction = \(bind: EquityDirection.received.rawValue))
                     AS equity_received,
                   (SELECT CAST(COALESCE(SUM(amount), 0) AS BIGINT) FROM partnership_equity
                     WHERE cooperative_id = \(bind: cooperative) AND direction = \(bind: EquityDirection.made.rawValue))
                     AS equity_made
            """
        ).first()
        return [
            .inventory: try shop?.decode(column: "stock", as: Int64.self) ?? 0,
            .tradeReceivables: try shop?.decode(column: "owed", as: Int64.self) ?? 0,
            .tradePayables: try shop?.decode(column: "payable", as: Int64.self) ?? 0,
            .interUnit: 0,
            .vouchers: try shop?.decode(column: "vouchers", as: Int64.self) ?? 0,
            .grants: try shop?.decode(column: "grants", as: Int64.self) ?? 0,
            .borrowings: try shop?.decode(column: "borrowed", as: Int64.self) ?? 0,
            .equityReceived: try shop?.decode(column: "equity_received", as: Int64.self) ?? 0,
            .equityMade: try shop?.decode(column: "equity_made", as: Int64.self) ?? 0,
            .loans: try loans?.decode(column: "owed", as: Int64.self) ?? 0,
            .allowance: try loans?.decode(column: "allowance", as: Int64.self) ?? 0,
            .shuPayable: try shares?.decode(column: "held", as: Int64.self) ?? 0,
        ]
    }

    /// Each stock level the sum of its movements, and none below zero.
    private static func stockFindings(of cooperative: UUID, on sql: any SQLDatabase) async throws -> [Finding] {
        let rows = try await sql.raw(
            """
            SELECT p.name, s.quantity, s.value,
                   CAST(COALESCE(SUM(m.quantity), 0) AS BIGINT) AS moved, CAST(COALESCE(SUM(m.value), 0) AS BIGINT) AS moved_value
            FROM stock_levels s
            JOIN products p ON p.cooperative_id = s.cooperative_id AND p.id = s.product_id
            LEFT JOIN stock_movements m ON m.cooperative_id = s.cooperative_id AND m.product_id = s.product_id AND m.unit_id = s.unit_id
            WHERE s.cooperative_id = \(bind: cooperative)
            GROUP BY s.id, p.name, s.quantity, s.value
            """
        ).all()
        var findings: [Finding] = []
        for row in rows {
            let name = try row.decode(column: "name", as: String.self)
            let quantity = try row.decode(column: "quantity", as: Int64.self)
            let value = try row.decode(column: "value", as: Int64.self)
            let moved = try row.decode(column: "moved", as: Int64.self)
            let movedValue = try row.decode(column: "moved_value", as: Int64.self)
            if quantity != moved || value != movedValue {
                findings.append(
                    .stockDiffers(product: name, quantity: quantity, moved: moved, value: value, movedValue: movedValue))
            }
            if quantity < 0 { findings.append(.stockNegative(product: name, quantity: quantity)) }
        }
        // Each level the sum of its batches by expiry date, and no batch below zero.
        for row in try await sql.raw(
            """
            SELECT p.name, s.quantity, CAST(COALESCE(SUM(b.quantity), 0) AS BIGINT) AS batched,
                   MIN(b.quantity) AS lowest, MIN(CASE WHEN b.quantity < 0 THEN b.expires_on END) AS short_on
            FROM stock_levels s
            JOIN products p ON p.cooperative_id = s.cooperative_id AND p.id = s.product_id
            LEFT JOIN stock_batches b ON b.cooperative_id = s.cooperative_id AND b.product_id = s.product_id AND b.unit_id = s.unit_id
            WHERE s.cooperative_id = \(bind: cooperative)
            GROUP BY s.id, p.name, s.quantity
            """
        ).all() {
            let name = try row.decode(column: "name", as: String.self)
            let quantity = try row.decode(column: "quantity", as: Int64.self)
            let batched = try row.decode(column: "batched", as: Int64.self)
            if quantity != batched { findings.append(.batchesDiffer(product: name, quantity: quantity, batches: batched)) }
            if let lowest = try row.decode(column: "lowest", as: Int64?.self), lowest < 0,
                let day = try row.decode(column: "short_on", as: CivilDate?.self)
            {
                findings.append(.batchNegative(product: name, expiresOn: day, quantity: lowest))
            }
        }
        return findings
    }

    /// Each business record posted once: no two standing entries for one loan's disbursement, one
    /// share's payout…, and every entry of a loan's money recorded by exactly one loan transaction.
    private static func postedSources(of cooperative: UUID, on sql: any SQLDatabase) async throws -> [Finding] {
        var findings: [Finding] = []
        let once = JournalSource.allCases.filter(\.postsOnce)
        var entries: [String: (JournalSource, [Int])] = [:]
        for row in try await sql.raw(
            """
            SELECT e.number, e.source_type, e.source_id FROM journal_entries e
            WHERE e.cooperative_id = \(bind: cooperative) AND e.source_id IS NOT NULL AND e.source_type IN (\(binds: once))
              AND NOT EXISTS (SELECT 1 FROM journal_entries r
                              WHERE r.cooperative_id = e.cooperative_id AND r.reversal_of_id = e.id)
            ORDER BY e.number
            """
        ).all() {
            let source = try row.decode(column: "source_type", as: JournalSource.self)
            let key = "\(source.rawValue) \(try row.decode(column: "source_id", as: UUID.self))"
            entries[key, default: (source, [])].1.append(try row.decode(column: "number", as: Int.self))
        }
        for (source, numbers) in entries.values.sorted(by: { $0.1[0] < $1.1[0] }) where numbers.count > 1 {
            findings.append(.postedTwice(source, entries: numbers))
        }
        for row in try await sql.raw(
            """
            SELECT e.number, COUNT(t.id) AS steps
            FROM journal_entries e LEFT JOIN loan_transactions t ON t.cooperative_id = e.cooperative_id AND t.entry_id = e.id
            WHERE e.cooperative_id = \(bind: cooperative) AND e.source_type IN (\(binds: JournalSource.allCases.filter(\.isLoanStep)))
            GROUP BY e.id, e.number HAVING COUNT(t.id) <> 1 ORDER BY e.number
            """
        ).all() {
            findings.append(
                .loanStepUnmatched(
                    entry: try row.decode(column: "number", as: Int.self),
                    steps: try row.decode(column: "steps", as: Int.self)))
        }
        return findings
    }
}
