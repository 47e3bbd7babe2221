import FluentKit
import Foundation
import GuyubCore
import SQLKit

/// Proves the books: every entry balances, every balance kept for speed equals its recomputation
/// from the journal, and the members' savings add up to their control accounts.
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
                for row in try await sql.raw("""
                    SELECT e.number, CAST(SUM(l.debit) AS BIGINT) AS debits, CAST(SUM(l.credit) AS BIGINT) AS credits
                    FROM journal_entries e JOIN journal_lines l ON l.cooperative_id = e.cooperative_id AND l.entry_id = e.id
                    WHERE e.cooperative_id = \(bind: id)
                    GROUP BY e.id, e.number HAVING SUM(l.debit) <> SUM(l.credit) OR COUNT(*) < 2
                    """).all() {
                    problem(.entryUnbalanced(number: try row.decode(column: "number", as: Int.self),
                                             debits: try row.decode(column: "debits", as: Int64.self),
                                             credits: try row.decode(column: "credits", as: Int64.self)))
                }

                let accounts = try await sql.raw("""
                    SELECT a.code, a.role, a.balance, CAST(COALESCE(SUM(l.debit - l.credit), 0) AS BIGINT) AS computed
                    FROM accounts a LEFT JOIN journal_lines l ON l.cooperative_id = a.cooperative_id AND l.account_id = a.id
                    WHERE a.cooperative_id = \(bind: id)
                    GROUP BY a.id, a.code, a.role, a.balance
                    """).all()
                var control: [String: Int64] = [:]
                for row in accounts {
                    let kept = try row.decode(column: "balance", as: Int64.self)
                    let computed = try row.decode(column: "computed", as: Int64.self)
                    let code = try row.decode(column: "code", as: String.self)
                    if kept != computed { problem(.accountDiffers(code: code, kept: kept, computed: computed)) }
                    if let role = try row.decode(column: "role", as: String?.self) { control[role] = computed }
                }
                accountCount += accounts.count

                let savings = try await sql.raw("""
                    SELECT s.id, s.kind, s.balance, CAST(COALESCE(SUM(l.credit - l.debit), 0) AS BIGINT) AS computed
                    FROM savings_accounts s LEFT JOIN journal_lines l ON l.cooperative_id = s.cooperative_id AND l.savings_account_id = s.id
                    WHERE s.cooperative_id = \(bind: id)
                    GROUP BY s.id, s.kind, s.balance
                    """).all()
                var sums: [String: Int64] = [:]
                for row in savings {
                    let kept = try row.decode(column: "balance", as: Int64.self)
                    let computed = try row.decode(column: "computed", as: Int64.self)
                    let kind = try row.decode(column: "kind", as: String.self)
                    let account = try row.decode(column: "id", as: UUID.self).uuidString.lowercased()
                    if kept != computed { problem(.savingsDiffers(account: account, kept: kept, computed: computed)) }
                    if kept < 0 { problem(.savingsNegative(account: account, balance: kept)) }
                    sums[kind, default: 0] += computed
                }
                for kind in SavingsKind.allCases {
                    let members = sums[kind.rawValue] ?? 0
                    let books = -(control[kind.role.rawValue] ?? 0)
                    if members != books { problem(.controlDiffers(kind: kind.rawValue, members: members, books: books)) }
                }

                entries += try await JournalEntryRecord.query(on: db).filter(\.$cooperativeID == id).count()
            } catch {
                problem(.unreadable(String(describing: error)))
            }
        }
        return Report(problems: problems, entries: entries, accounts: accountCount)
    }
}
