import FluentKit
import Foundation
import GuyubCore
import SQLKit

/// The year-end close (tutup buku): the year's open months are closed as every month is, the income
/// and expense accounts are closed into the year's surplus (SHU tahun berjalan) by one entry on
/// 31 December, and the SHU distribution is computed and held as a draft for the RAT.
package struct YearEnd: Sendable {
    package static let sourceType = JournalSource.yearClose

    package struct Texts: Sendable {
        package var month: @Sendable (YearMonth) -> MonthEnd.Texts
        package var closingEntry: String

        package init(month: @escaping @Sendable (YearMonth) -> MonthEnd.Texts, closingEntry: String) {
            self.month = month
            self.closingEntry = closingEntry
        }
    }

    /// What the close did.
    package struct Outcome: Sendable {
        package let closing: YearClosingRecord
        package let monthsClosed: [YearMonth]
        package let distribution: SHUDistributionRecord
    }

    package let tenant: Tenant

    package init(_ tenant: Tenant) { self.tenant = tenant }

    package func closing(of year: Int) async throws -> YearClosingRecord? {
        try await tenant.query(YearClosingRecord.self).filter(\.$year == year).first()
    }

    /// Closes `year`, which must be over on `today` and not closed before. The caller's transaction
    /// makes it all or nothing.
    package func close(_ year: Int, today: CivilDate, texts: Texts, by actor: Actor) async throws -> Outcome {
        guard (1900...2500).contains(year) else { throw YearEndError.invalidYear }
        let last = CivilDate(year: year, month: 12, day: 31)!
        guard today > last else { throw YearEndError.yearNotOver(year) }
        guard try await closing(of: year) == nil else { throw YearEndError.yearAlreadyClosed(year) }

        // Every month of the year still open closes first, in order (its interest, accruals and
        // wajib bills belong to the year); books never closed start with December.
        let monthEnd = MonthEnd(tenant)
        let closedThrough = try await cooperative().booksClosedThrough.date
        var month = closedThrough.map { $0.yearMonth.next } ?? last.yearMonth
        var monthsClosed: [YearMonth] = []
        while month <= last.yearMonth {
            try await monthEnd.close(try await monthEnd.plan(month, today: today), texts: texts.month(month), by: actor)
            monthsClosed.append(month)
            month = month.next
        }

        let statement = try await ReportQueries(tenant).incomeStatement(from: CivilDate(year: year, month: 1, day: 1), to: last)
        let entry = try await postClosingEntry(year, on: last, description: texts.closingEntry, by: actor)
        let surplus = SHUSurplus(statement)

        let closing = YearClosingRecord()
        closing.year = year
        closing.entryID = entry
        closing.memberSurplus = surplus.member
        closing.nonMemberSurplus = surplus.nonMember
        closing.sharedSurplus = surplus.shared
        closing.closedOn = today
        closing.closedByName = actor.name
        do {
            try await tenant.create(closing)
        } catch  where error.isConstraintFailure {
            throw YearEndError.yearAlreadyClosed(year)
        }
        try await AuditLog.append(
            tenant, actor: actor, action: .booksCloseYear, entity: "year", entityID: closing.id,
            after: [
                "year": String(year), "memberSurplus": String(surplus.member),
                "nonMemberSurplus": String(surplus.nonMember),
                "monthsClosed": monthsClosed.map(\.description).joined(separator: ","),
            ])
        let distribution = try await SHUStore(tenant).compute(year, by: actor)
        return Outcome(closing: closing, monthsClosed: monthsClosed, distribution: distribution)
    }

    /// Closes each income and expense account's movement of the year into the year's surplus, in one
    /// entry dated 31 December; none when nothing moved.
    private func postClosingEntry(_ year: Int, on last: CivilDate, description: String, by actor: Actor) async throws -> UUID? {
        let rows = try await tenant.db.sql.raw(
            """
            SELECT l.account_id, CAST(SUM(l.debit - l.credit) AS BIGINT) AS net
            FROM journal_lines l JOIN accounts a ON a.cooperative_id = l.cooperative_id AND a.id = l.account_id
            WHERE l.cooperative_id = \(bind: tenant.cooperativeID) AND a.type IN (\(bind: AccountType.income), \(bind: AccountType.expense))
              AND l.entry_date >= \(bind: "\(year)-01-01") AND l.entry_date <= \(bind: last.description)
            GROUP BY l.account_id
            """
        ).all()
        var lines: [JournalDraft.Line] = []
        var result: Int64 = 0
        for row in rows {
            let net = try row.decode(column: "net", as: Int64.self)
            guard net != 0 else { continue }
            let account = AccountRef.id(try row.decode(column: "account_id", as: UUID.self))
            lines.append(net > 0 ? .credit(account, net) : .debit(account, -net))
            result -= net
        }
        guard !lines.isEmpty else { return nil }
        if result > 0 { lines.append(.credit(.role(.currentSurplus), result)) }
        if result < 0 { lines.append(.debit(.role(.currentSurplus), -result)) }
        let posting = try await Ledger(tenant).post(
            JournalDraft(
                date: last, description: description, sourceType: Self.sourceType,
                lines: lines), by: actor, yearEnd: true)
        return posting.entry.id
    }

    private func cooperative() async throws -> CooperativeRecord {
        guard let cooperative = try await CooperativeRecord.find(tenant.cooperativeID, on: tenant.db) else {
            throw LedgerError.entryNotFound
        }
        return cooperative
    }
}
