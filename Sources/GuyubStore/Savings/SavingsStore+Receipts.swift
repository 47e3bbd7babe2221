import FluentKit
import Foundation
import GuyubCore
import SQLKit

extension SavingsStore {
    /// A member's savings account that an entry moved: by how much, and its balance right after.
    package struct Moved: Sendable {
        package let account: SavingsAccountRecord
        package let member: MemberRecord
        package let amount: Int64
        package let balanceAfter: Int64
    }

    /// The savings accounts `entry` moved, each with its balance after the entry (by entry number).
    package func movements(of entry: JournalEntryRecord) async throws -> [Moved] {
        let rows = try await tenant.db.sql.raw(
            """
            SELECT l.savings_account_id AS account,
                   CAST(SUM(CASE WHEN l.entry_id = \(bind: entry.id!) THEN l.credit - l.debit ELSE 0 END) AS BIGINT) AS amount,
                   CAST(SUM(l.credit - l.debit) AS BIGINT) AS balance
            FROM journal_lines l JOIN journal_entries e ON e.cooperative_id = l.cooperative_id AND e.id = l.entry_id
            WHERE l.cooperative_id = \(bind: tenant.cooperativeID) AND e.number <= \(bind: entry.number)
              AND l.savings_account_id IN (
                SELECT savings_account_id FROM journal_lines
                WHERE cooperative_id = \(bind: tenant.cooperativeID) AND entry_id = \(bind: entry.id!) AND savings_account_id IS NOT NULL)
            GROUP BY l.savings_account_id
            """
        ).all()
        var result: [Moved] = []
        for row in rows {
            let account = try await self.account(try row.decode(column: "account", as: UUID.self))
            result.append(
                Moved(
                    account: account, member: try await MemberStore(tenant).find(account.memberID),
                    amount: try row.decode(column: "amount", as: Int64.self),
                    balanceAfter: try row.decode(column: "balance", as: Int64.self)))
        }
        return result.sorted { $0.amount < $1.amount }
    }
}
