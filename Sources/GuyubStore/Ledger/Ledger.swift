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
    package func post(
        _ draft: JournalDraft, by actor: Actor, floors: [UUID: Int64] = [:],
        reversalOf: UUID? = nil, yearEnd: Bool = false
    ) async throws -> Posting {
        let total = try draft.validated()
        let accounts = try await resolve(Set(draft.lines.map(\.account)))
        let units = Set(draft.lines.compactMap(\.unit))
        if !units.isEmpty, try await tenant.query(BusinessUnitRecord.self).filter(\.$id ~~ Array(units)).count() != units.count {
            throw LedgerError.unknownUnit
        }
        let entry = JournalEntryRecord()
        entry.id = UUID()
        entry.cooperativeID = tenant.cooperativeID
        entry.entryDate = draft.date
        entry.description = draft.description.trimmingCharacters(in: .whitespacesAndNewlines)
        entry.sourceType = draft.sourceType
        entry.sourceID = draft.sourceID
        entry.total = total
        entry.reversalOfID = reversalOf
        entry.createdByUserID = actor.userID
        entry.createdByName = actor.name
        entry.createdAt = Date()

        // From here to commit the cooperative's row is locked: on PostgreSQL two statements, one round
        // trip each, with everything built before.
        let place = try await takePlace(
            on: draft.date, yearEnd: yearEnd,
            accounts: draft.lines.reduce(into: [:]) { $0[accounts[$1.account]!, default: 0] += $1.delta },
            savings: draft.lines.reduce(into: [:]) { sums, line in
                if let id = line.savingsAccount { sums[id, default: 0] -= line.delta }
            }, floors: floors)
        entry.number = place.number
        entry.$id.exists = true
        let link = try AuditLog.link(
            tenant, actor: actor, action: .ledgerPost, entity: "journal_entry", entityID: entry.id,
            before: nil, after: EntrySnapshot(entry, draft: draft), at: place.audit)
        try await tenant.runTogether(
            [insertion(entry), insertion(of: draft.lines, in: entry, accounts: accounts)] + AuditLog.recording(link, tenant))
        return Posting(entry: entry, savingsBalances: place.savings)
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
            try await tenant.query(JournalEntryRecord.self).filter(\.$reversalOfID == entryID).first() == nil
        else {
            throw LedgerError.alreadyReversed
        }
        let lines = try await tenant.query(JournalLineRecord.self).filter(\.$entryID == entryID).sort(\.$lineNumber).all()
        let original = JournalDraft(
            date: date, description: entry.description, sourceType: entry.sourceType,
            sourceID: entry.sourceID,
            lines: lines.map {
                .init(
                    account: .id($0.accountID), savingsAccount: $0.savingsAccountID,
                    debit: $0.debit, credit: $0.credit, memo: $0.memo,
                    unit: $0.businessUnitID)
            })
        do {
            return try await post(
                original.reversal(on: date, description: reason, reversing: entryID), by: actor,
                reversalOf: entryID)
        } catch  where error.isConstraintFailure {
            throw LedgerError.alreadyReversed
        }
    }

    /// The accounts' ids, each checked to be this cooperative's and active. Roles are looked up once
    /// per process (`AccountRoles`); accounts named by id, each time.
    private func resolve(_ refs: Set<AccountRef>) async throws -> [AccountRef: UUID] {
        let cached = AccountRoles.cached(tenant.cooperativeID)
        var resolved: [AccountRef: UUID] = [:]
        var roles: [AccountRole] = []
        var ids: [UUID] = []
        for ref in refs {
            switch ref {
            case .role(let role):
                if let id = cached[role] { resolved[ref] = id } else { roles.append(role) }
            case .id(let id): ids.append(id)
            }
        }
        guard !roles.isEmpty || !ids.isEmpty else { return resolved }
        let found = try await tenant.query(AccountRecord.self).group(.or) { or in
            if !roles.isEmpty { or.filter(\.$role ~~ roles) }
            if !ids.isEmpty { or.filter(\.$id ~~ ids) }
        }.all()
        var learned: [AccountRole: UUID] = [:]
        for account in found {
            guard let id = account.id else { continue }
            if let role = account.role, account.active { learned[role] = id }
            let matches = [AccountRef.id(id)] + (account.role.map { [.role($0)] } ?? [])
            for ref in matches where refs.contains(ref) {
                guard account.active else { throw LedgerError.inactiveAccount }
                resolved[ref] = id
            }
        }
        AccountRoles.remember(learned, of: tenant.cooperativeID)
        guard resolved.count == refs.count else { throw LedgerError.unknownAccount }
        return resolved
    }

    /// Takes the entry's number and its audit link's place, refusing a date in a closed month, and moves
    /// the accounts' balances (never past the books' ceiling) and the members' savings (never below
    /// their floor, only while open). On PostgreSQL one statement, in which the cooperative's row is
    /// locked before any account (the updates wait on it): every writer takes that row first, so two
    /// transactions never wait on each other. A refusal throws; the caller's transaction, which every
    /// caller ends on an error, takes the number back.
    private func takePlace(
        on date: CivilDate, yearEnd: Bool, accounts: [UUID: Int64], savings: [UUID: Int64], floors: [UUID: Int64]
    ) async throws -> Place {
        let take: SQLQueryString = """
            UPDATE cooperatives SET next_entry_number = next_entry_number + 1, audit_sequence = audit_sequence + 1
            WHERE id = \(bind: tenant.cooperativeID) AND (books_closed_through < \(bind: date.description) OR \(bind: yearEnd))
            RETURNING next_entry_number, audit_sequence, audit_head
            """
        let sql = tenant.db.sql
        let row: (any SQLRow)?
        var moved = 0
        var saved: [UUID: Int64] = [:]
        if tenant.db.isSQLite {
            row = try await sql.raw(take).first()
            if row != nil {
                moved = try await sql.raw(moveAccounts(accounts, after: nil)).all().count
                if !savings.isEmpty {
                    for row in try await sql.raw(moveSavings(savings, floors: floors, after: nil)).all() {
                        saved[try row.decode(column: "id", as: UUID.self)] = try row.decode(column: "balance", as: Int64.self)
                    }
                }
            }
        } else {
            let rows = try await sql.raw(
                savings.isEmpty
                    ? """
                    WITH taken AS (\(take)), moved AS (\(moveAccounts(accounts, after: "taken")))
                    SELECT taken.*, (SELECT count(*) FROM moved) AS moved FROM taken
                    """
                    : """
                    WITH taken AS (\(take)), moved AS (\(moveAccounts(accounts, after: "taken"))),
                      saved AS (\(moveSavings(savings, floors: floors, after: "taken")))
                    SELECT taken.*, (SELECT count(*) FROM moved) AS moved, saved.id AS savings_id, saved.balance AS savings_balance
                    FROM taken LEFT JOIN saved ON TRUE
                    """
            ).all()
            row = rows.first
            moved = try row?.decode(column: "moved", as: Int.self) ?? 0
            if !savings.isEmpty {
                for row in rows {
                    if let id = try row.decode(column: "savings_id", as: UUID?.self) {
                        saved[id] = try row.decode(column: "savings_balance", as: Int64.self)
                    }
                }
            }
        }
        guard let row else { throw LedgerError.closedPeriod(closedThrough: try await closedThrough() ?? date) }
        // A balance never passes the books' ceiling: the entry is at most the ceiling and so is every
        // balance, so the sum checked here cannot overflow on either engine (SQLite would otherwise turn
        // it into a real number and commit it).
        guard moved == accounts.count else { throw LedgerError.balanceTooLarge }
        if let refused = savings.first(where: { saved[$0.key] == nil }) {
            try await refuse(refused.key, by: refused.value, floor: floors[refused.key] ?? 0)
        }
        return Place(
            number: try row.decode(column: "next_entry_number", as: Int.self) - 1, audit: try AuditLog.Place(row),
            savings: saved)
    }

    private struct Place {
        let number: Int
        let audit: AuditLog.Place
        /// Each moved savings account's new balance.
        let savings: [UUID: Int64]
    }

    /// One statement for all the entry's accounts (those it nets to zero too, moved by nothing);
    /// `after` names a clause whose row must exist first.
    private func moveAccounts(_ deltas: [UUID: Int64], after clause: String?) -> SQLQueryString {
        // `CASE WHEN id = …`, not `CASE id WHEN …`: distributed PostgreSQL (Citus) plans the latter wrongly.
        let cases = deltas.map { id, delta in SQLQueryString("WHEN id = \(bind: id) THEN \(bind: delta)") }.joined(
            separator: " ")
        let ids = deltas.keys.map { SQLQueryString("\(bind: $0)") }.joined(separator: ", ")
        let first: SQLQueryString = clause.map { "AND EXISTS (SELECT 1 FROM \(ident: $0))" } ?? ""
        return """
            UPDATE accounts SET balance = balance + CASE \(cases) ELSE 0 END
            WHERE cooperative_id = \(bind: tenant.cooperativeID) AND id IN (\(ids)) \(first)
              AND balance + CASE \(cases) ELSE 0 END BETWEEN \(bind: -Amount.ceiling) AND \(bind: Amount.ceiling)
            RETURNING id
            """
    }

    private func insertion(_ entry: JournalEntryRecord) -> SQLInsert {
        Tenant.insert(
            into: JournalEntryRecord.schema,
            [
                "id", "cooperative_id", "number", "entry_date", "description", "source_type", "source_id", "total",
                "reversal_of_id", "created_by_user_id", "created_by_name", "created_at",
            ],
            [
                [
                    entry.id, entry.cooperativeID, entry.number, entry.entryDate, entry.description, entry.sourceType,
                    entry.sourceID, entry.total, entry.reversalOfID, entry.createdByUserID, entry.createdByName, entry.createdAt,
                ]
            ])
    }

    private func insertion(of lines: [JournalDraft.Line], in entry: JournalEntryRecord, accounts: [AccountRef: UUID])
        -> SQLInsert
    {
        Tenant.insert(
            into: JournalLineRecord.schema,
            [
                "id", "cooperative_id", "entry_id", "line_number", "entry_date", "account_id", "savings_account_id",
                "business_unit_id", "debit", "credit", "memo",
            ],
            lines.enumerated().map { index, line in
                [
                    UUID(), tenant.cooperativeID, entry.id, index + 1, entry.entryDate, accounts[line.account]!,
                    line.savingsAccount, line.unit, line.debit, line.credit, line.memo,
                ]
            })
    }

    /// One statement for all the members' savings accounts the entry moves, each only if it stays open,
    /// at or above its floor and within the ceiling; `after` as for the accounts.
    private func moveSavings(_ deltas: [UUID: Int64], floors: [UUID: Int64], after clause: String?) -> SQLQueryString {
        let cases = deltas.map { id, delta in SQLQueryString("WHEN id = \(bind: id) THEN \(bind: delta)") }.joined(
            separator: " ")
        let floor = deltas.keys.map { id in SQLQueryString("WHEN id = \(bind: id) THEN \(bind: floors[id] ?? 0)") }.joined(
            separator: " ")
        let ids = deltas.keys.map { SQLQueryString("\(bind: $0)") }.joined(separator: ", ")
        let first: SQLQueryString = clause.map { "AND EXISTS (SELECT 1 FROM \(ident: $0))" } ?? ""
        return """
            UPDATE savings_accounts SET balance = balance + CASE \(cases) ELSE 0 END
            WHERE cooperative_id = \(bind: tenant.cooperativeID) AND id IN (\(ids)) \(first)
              AND status = \(bind: SavingsAccountStatus.open)
              AND balance + CASE \(cases) ELSE 0 END >= CASE \(floor) ELSE 0 END
              AND balance + CASE \(cases) ELSE 0 END <= \(bind: Amount.ceiling)
            RETURNING id, balance
            """
    }

    /// Why a savings account did not move by `delta`.
    private func refuse(_ id: UUID, by delta: Int64, floor: Int64) async throws -> Never {
        guard let account = try await tenant.find(SavingsAccountRecord.self, id) else { throw LedgerError.unknownAccount }
        guard account.status == .open else { throw SavingsError.accountClosed }
        if delta > 0 { throw LedgerError.balanceTooLarge }
        throw SavingsError.insufficientFunds(available: max(0, account.balance - floor))
    }

    private func closedThrough() async throws -> CivilDate? {
        try await CooperativeRecord.find(tenant.cooperativeID, on: tenant.db).flatMap(\.booksClosedThrough.date)
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
        date = entry.entryDate.description
        description = entry.description
        source = entry.sourceType
        total = entry.total
        lines = draft.lines.map { line in
            let account =
                switch line.account {
                case .role(let role): role.rawValue
                case .id(let id): id.uuidString.lowercased()
                }
            return Line(account: account, savingsAccount: line.savingsAccount, debit: line.debit, credit: line.credit)
        }
    }
}
