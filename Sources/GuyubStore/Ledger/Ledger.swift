import FluentKit
import Foundation
import GuyubCore
import SQLKit

/// The one posting path. Every movement of money, whatever caused it, becomes a balanced journal
/// entry here, in the caller's transaction together with its business record: the entry, its lines,
/// the accounts' balances, the members' savings balances it moves, and its audit record, all or nothing.
package struct Ledger: Sendable {
    package let tenant: Tenant

    package init(_ tenant: Tenant) { self.tenant = tenant }

    /// Posts `draft`. `floors` gives, per savings account the entry takes money from, the lowest
    /// balance it may be left with (none may ever go below zero); the check and the update are one
    /// statement, so two withdrawals racing for the same money cannot both succeed.
    /// A year's closing entry (`yearEnd`) is posted on its last day after its months were closed: it
    /// only moves the year's result into equity, and the statements leave it out.
    @discardableResult
    package func post(_ draft: JournalDraft, by actor: Actor, floors: [UUID: Int64] = [:],
                      reversalOf: UUID? = nil, yearEnd: Bool = false) async throws -> Posting {
        let total = try draft.validated()
        let accounts = try await resolve(Set(draft.lines.map(\.account)))
        let units = Set(draft.lines.compactMap(\.unit))
        if !units.isEmpty, try await tenant.query(BusinessUnitRecord.self).filter(\.$id ~~ Array(units)).count() != units.count {
            throw LedgerError.unknownUnit
        }
        let sql = tenant.db.sql

        // The members' savings move first: a refused withdrawal then leaves nothing behind, and the
        // cooperative's row (below) stays locked for as short a time as can be. In a fixed order, so
        // that two postings never wait on each other.
        var balances: [UUID: Int64] = [:]
        for (savingsID, delta) in draft.lines.reduce(into: [UUID: Int64](), { sums, line in
            if let id = line.savingsAccount { sums[id, default: 0] -= line.delta }
        }).sorted(by: { $0.key.uuidString < $1.key.uuidString }) {
            balances[savingsID] = try await moveSavings(savingsID, by: delta, floor: floors[savingsID] ?? 0)
        }

        // Takes the entry's number and its audit link's place and refuses a date in a closed month, in
        // one statement that also locks the cooperative's row until commit, so numbers are given in order.
        let date = draft.date.description
        guard let row = try await sql.raw("""
            UPDATE cooperatives SET next_entry_number = next_entry_number + 1, audit_sequence = audit_sequence + 1
            WHERE id = \(bind: tenant.cooperativeID) AND (books_closed_through < \(bind: date) OR \(bind: yearEnd))
            RETURNING next_entry_number, audit_sequence, audit_head
            """).first() else {
            throw LedgerError.closedPeriod(closedThrough: try await closedThrough() ?? draft.date)
        }

        let entry = JournalEntryRecord()
        entry.id = UUID()
        entry.number = try row.decode(column: "next_entry_number", as: Int.self) - 1
        entry.entryDate = date
        entry.description = draft.description.trimmingCharacters(in: .whitespacesAndNewlines)
        entry.sourceType = draft.sourceType
        entry.sourceID = draft.sourceID
        entry.total = total
        entry.reversalOfID = reversalOf
        entry.createdByUserID = actor.userID
        entry.createdByName = actor.name
        try await tenant.create(entry)

        let lines = draft.lines.enumerated().map { index, line in
            let record = JournalLineRecord()
            record.cooperativeID = tenant.cooperativeID
            record.entryID = entry.id!
            record.lineNumber = index + 1
            record.entryDate = date
            record.accountID = accounts[line.account]!
            record.savingsAccountID = line.savingsAccount
            record.businessUnitID = line.unit
            record.debit = line.debit
            record.credit = line.credit
            record.memo = line.memo
            return record
        }
        try await lines.create(on: tenant.db)

        try await updateAccountBalances(draft.lines.reduce(into: [UUID: Int64]()) { $0[accounts[$1.account]!, default: 0] += $1.delta })
        try await AuditLog.append(tenant, actor: actor, action: .ledgerPost, entity: "journal_entry", entityID: entry.id,
                                  after: EntrySnapshot(entry, draft: draft), place: try AuditLog.Place(row))
        return Posting(entry: entry, savingsBalances: balances)
    }

    /// A posted entry, and the new balance of each savings account it moved.
    package struct Posting: Sendable {
        package let entry: JournalEntryRecord
        package let savingsBalances: [UUID: Int64]
    }

    /// Posts the mirror of a posted entry, dated `date`. An entry is reversed at most once, and a
    /// reversal is not itself reversed (post the entry again instead).
    package func reverse(_ entryID: UUID, on date: CivilDate, reason: String, by actor: Actor) async throws -> Posting {
        guard let entry = try await tenant.find(JournalEntryRecord.self, entryID) else { throw LedgerError.entryNotFound }
        guard entry.sourceType.isReversible else { throw LedgerError.notReversible }
        guard entry.reversalOfID == nil,
              try await tenant.query(JournalEntryRecord.self).filter(\.$reversalOfID == entryID).first() == nil else {
            throw LedgerError.alreadyReversed
        }
        let lines = try await tenant.query(JournalLineRecord.self).filter(\.$entryID == entryID).sort(\.$lineNumber).all()
        let original = JournalDraft(date: date, description: entry.description, sourceType: entry.sourceType,
                                    sourceID: entry.sourceID,
                                    lines: lines.map { .init(account: .id($0.accountID), savingsAccount: $0.savingsAccountID,
                                                             debit: $0.debit, credit: $0.credit, memo: $0.memo,
                                                             unit: $0.businessUnitID) })
        do {
            return try await post(original.reversal(on: date, description: reason, reversing: entryID), by: actor,
                                  reversalOf: entryID)
        } catch where error.isConstraintFailure {
            throw LedgerError.alreadyReversed
        }
    }

    /// The accounts' ids, each checked to be this cooperative's and active.
    private func resolve(_ refs: Set<AccountRef>) async throws -> [AccountRef: UUID] {
        var roles: [AccountRole] = []
        var ids: [UUID] = []
        for ref in refs {
            switch ref {
            case .role(let role): roles.append(role)
            case .id(let id): ids.append(id)
            }
        }
        let found = try await tenant.query(AccountRecord.self).group(.or) { or in
            if !roles.isEmpty { or.filter(\.$role ~~ roles) }
            if !ids.isEmpty { or.filter(\.$id ~~ ids) }
        }.all()
        var resolved: [AccountRef: UUID] = [:]
        for account in found {
            guard let id = account.id else { continue }
            let matches = [AccountRef.id(id)] + (account.role.map { [.role($0)] } ?? [])
            for ref in matches where refs.contains(ref) {
                guard account.active else { throw LedgerError.inactiveAccount }
                resolved[ref] = id
            }
        }
        guard resolved.count == refs.count else { throw LedgerError.unknownAccount }
        return resolved
    }

    /// One statement for all the entry's accounts. A balance never passes the books' ceiling: the entry is
    /// at most the ceiling and so is every balance, so the sum checked here cannot overflow on either
    /// engine (SQLite would otherwise turn it into a real number and commit it).
    private func updateAccountBalances(_ deltas: [UUID: Int64]) async throws {
        let changes = deltas.filter { $0.value != 0 }
        guard !changes.isEmpty else { return }
        // `CASE WHEN id = …`, not `CASE id WHEN …`: distributed PostgreSQL (Citus) plans the latter wrongly.
        let cases = changes.map { id, delta in SQLQueryString("WHEN id = \(bind: id) THEN \(bind: delta)") }.joined(separator: " ")
        let ids = changes.keys.map { SQLQueryString("\(bind: $0)") }.joined(separator: ", ")
        let moved = try await tenant.db.sql.raw("""
            UPDATE accounts SET balance = balance + CASE \(cases) ELSE 0 END
            WHERE cooperative_id = \(bind: tenant.cooperativeID) AND id IN (\(ids))
              AND balance + CASE \(cases) ELSE 0 END BETWEEN \(bind: -Amount.ceiling) AND \(bind: Amount.ceiling)
            RETURNING id
            """).all()
        guard moved.count == changes.count else { throw LedgerError.balanceTooLarge }
    }

    /// Moves a member's savings balance by `delta` if it stays at or above `floor` and the account is
    /// open; returns the new balance.
    private func moveSavings(_ id: UUID, by delta: Int64, floor: Int64) async throws -> Int64 {
        let moved = try await tenant.db.sql.raw("""
            UPDATE savings_accounts SET balance = balance + \(bind: delta)
            WHERE id = \(bind: id) AND cooperative_id = \(bind: tenant.cooperativeID) AND status = \(bind: SavingsAccountStatus.open)
              AND balance + \(bind: delta) >= \(bind: floor) AND balance + \(bind: delta) <= \(bind: Amount.ceiling)
            RETURNING balance
            """).first()
        if let moved { return try moved.decode(column: "balance", as: Int64.self) }
        guard let account = try await tenant.find(SavingsAccountRecord.self, id) else { throw LedgerError.unknownAccount }
        guard account.status == .open else { throw SavingsError.accountClosed }
        if delta > 0 { throw LedgerError.balanceTooLarge }
        throw SavingsError.insufficientFunds(available: max(0, account.balance - floor))
    }

    private func closedThrough() async throws -> CivilDate? {
        try await CooperativeRecord.find(tenant.cooperativeID, on: tenant.db).flatMap { CivilDate(iso: $0.booksClosedThrough) }
    }
}

/// What the audit trail keeps of a posted entry.
struct EntrySnapshot: Codable, Sendable {
    struct Line: Codable, Sendable {
        let account: String
        let savingsAccount: UUID?
        let debit: Int64
        let credit: Int64
    }
    let number: Int
    let date: String
    let description: String
    let source: JournalSource
    let total: Int64
    let lines: [Line]

    init(_ entry: JournalEntryRecord, draft: JournalDraft) {
        number = entry.number
        date = entry.entryDate
        description = entry.description
        source = entry.sourceType
        total = entry.total
        lines = draft.lines.map { line in
            let account = switch line.account {
            case .role(let role): role.rawValue
            case .id(let id): id.uuidString.lowercased()
            }
            return Line(account: account, savingsAccount: line.savingsAccount, debit: line.debit, credit: line.credit)
        }
    }
}
