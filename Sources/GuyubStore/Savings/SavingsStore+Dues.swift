import FluentKit
import Foundation
import GuyubCore
import SQLKit

extension SavingsStore {
    /// Bills a month's wajib to every member who was a member by its last day (once per member and
    /// month), when the month ends a wajib period; returns how many were billed now.
    @discardableResult
    /// The treasurer's billing, asked for a month: only from the month the books began to this one.
    package func billWajib(for month: YearMonth, today: CivilDate) async throws -> Int {
        guard BookMonths.mayBill(month, firstActivity: try await MonthEnd(tenant).firstActivity(), today: today) else {
            throw SavingsError.monthNotBillable
        }
        return try await billWajib(for: month)
    }

    package func billWajib(for month: YearMonth) async throws -> Int {
        let settings = try await SettingsStore(tenant).savings()
        guard settings.billsWajib(in: month) else { return 0 }
        let members = try await tenant.query(MemberRecord.self).filter(\.$status == MemberStatus.member).all()
            .filter { ($0.joinedOn ?? $0.statusSince) <= month.last }
        let billed = Set(try await tenant.query(WajibDueRecord.self).filter(\.$period == month).all().map(\.memberID))
        let dues = members.filter { !billed.contains($0.id!) }.compactMap { member -> WajibDueRecord? in
            let amount = settings.wajib(forClass: member.wajibClass)
            guard amount > 0 else { return nil }
            let due = WajibDueRecord()
            due.cooperativeID = tenant.cooperativeID
            due.memberID = member.id!
            due.period = month
            due.amount = amount
            return due
        }
        if !dues.isEmpty { try await dues.create(on: tenant.db) }
        return dues.count
    }

    /// A member behind on their savings: the wajib billed but not paid (settled oldest month first)
    /// and the pokok not yet paid in full.
    package struct Arrear: Sendable {
        package let member: MemberRecord
        package let wajibOwed: Int64
        /// The months not fully paid, and the oldest of them.
        package let monthsOwed: Int
        package let since: YearMonth?
        package let pokokOwed: Int64

        package var total: Int64 { wajibOwed + pokokOwed }
    }

    /// Members who owe (or only `member`), most owed first, `limit` of them from `offset`. The sums are
    /// taken in the database, so a page of the list reads only its own members' dues.
    package func arrears(of member: UUID? = nil, limit: Int? = nil, offset: Int = 0) async throws -> [Arrear] {
        let settings = try await SettingsStore(tenant).savings()
        let pokok = settings.pokokAmount
        let rows = try await tenant.db.sql.raw(
            """
            \(owing(pokok: pokok, member: member))
            ORDER BY owed DESC, m.member_number \(unsafeRaw: limit.map { "LIMIT \($0) OFFSET \(max(0, offset))" } ?? "")
            """
        ).all()
        let ids = try rows.map { try $0.decode(column: "id", as: UUID.self) }
        guard !ids.isEmpty else { return [] }
        let members = Dictionary(
            uniqueKeysWithValues: try await tenant.query(MemberRecord.self).filter(\.$id ~~ ids).all()
                .map { ($0.id!, $0) })
        let dues = Dictionary(
            grouping: try await tenant.query(WajibDueRecord.self).filter(\.$memberID ~~ ids).sort(\.$period).all(),
            by: \.memberID)
        return try rows.compactMap { row in
            let id = try row.decode(column: "id", as: UUID.self)
            guard let member = members[id] else { return nil }
            let wajib = SavingsRules.wajibOwed(
                dues: (dues[id] ?? []).map { ($0.period, $0.amount) },
                paid: try row.decode(column: "wajib_paid", as: Int64.self))
            return Arrear(
                member: member, wajibOwed: wajib.owed, monthsOwed: wajib.months, since: wajib.since,
                pokokOwed: SavingsRules.pokokDue(paid: try row.decode(column: "pokok_paid", as: Int64.self), settings: settings))
        }
    }

    /// How many members owe, and how much in all.
    package func arrearsTotal() async throws -> (members: Int, owed: Int64) {
        let pokok = try await SettingsStore(tenant).savings().pokokAmount
        let row = try await tenant.db.sql.raw(
            """
            SELECT COUNT(*) AS members, CAST(COALESCE(SUM(owed), 0) AS BIGINT) AS owed FROM (\(owing(pokok: pokok, member: nil))) owing
            """
        ).first()
        return (try row?.decode(column: "members", as: Int.self) ?? 0, try row?.decode(column: "owed", as: Int64.self) ?? 0)
    }

    /// Active members with wajib billed beyond what they paid, or pokok not paid in full: their id, what
    /// they paid of each, and what they owe in all.
    private func owing(pokok: Int64, member: UUID?) -> SQLQueryString {
        let coop = tenant.cooperativeID
        return """
            SELECT m.id, m.member_number, COALESCE(w.paid, 0) AS wajib_paid, COALESCE(p.paid, 0) AS pokok_paid,
                   CASE WHEN COALESCE(d.billed, 0) > COALESCE(w.paid, 0) THEN COALESCE(d.billed, 0) - COALESCE(w.paid, 0) ELSE 0 END
                   + CASE WHEN \(bind: pokok) > COALESCE(p.paid, 0) THEN \(bind: pokok) - COALESCE(p.paid, 0) ELSE 0 END AS owed
            FROM members m
            LEFT JOIN (SELECT cooperative_id, member_id, CAST(SUM(amount) AS BIGINT) AS billed FROM wajib_dues
                       WHERE cooperative_id = \(bind: coop) GROUP BY cooperative_id, member_id) d
              ON d.cooperative_id = m.cooperative_id AND d.member_id = m.id
            LEFT JOIN (SELECT cooperative_id, member_id, CAST(SUM(balance) AS BIGINT) AS paid FROM savings_accounts
                       WHERE cooperative_id = \(bind: coop) AND status = \(bind: SavingsAccountStatus.open) AND kind = \(bind: SavingsKind.wajib) GROUP BY cooperative_id, member_id) w
              ON w.cooperative_id = m.cooperative_id AND w.member_id = m.id
            LEFT JOIN (SELECT cooperative_id, member_id, CAST(SUM(balance) AS BIGINT) AS paid FROM savings_accounts
                       WHERE cooperative_id = \(bind: coop) AND status = \(bind: SavingsAccountStatus.open) AND kind = \(bind: SavingsKind.pokok) GROUP BY cooperative_id, member_id) p
              ON p.cooperative_id = m.cooperative_id AND p.member_id = m.id
            WHERE m.cooperative_id = \(bind: coop) AND m.status = \(bind: MemberStatus.member) \(member.map { SQLQueryString("AND m.id = \(bind: $0)") } ?? "")
              AND (COALESCE(d.billed, 0) > COALESCE(w.paid, 0) OR \(bind: pokok) > COALESCE(p.paid, 0))
            """
    }

    /// Pays out everything a departing member holds (pokok, wajib, sukarela and term deposits) in one
    /// entry and closes the accounts. Returns the entry, or nil when there was nothing to pay.
    package func settleExit(
        _ memberID: UUID, on date: CivilDate, channel: PaymentChannel, description: String,
        by actor: Actor
    ) async throws -> JournalEntryRecord? {
        let open = try await tenant.query(SavingsAccountRecord.self).filter(\.$memberID == memberID)
            .filter(\.$status == SavingsAccountStatus.open).all()
        let held = open.filter { $0.balance > 0 }
        var entry: JournalEntryRecord?
        if !held.isEmpty {
            let total = held.reduce(0) { $0 + $1.balance }
            var lines: [JournalDraft.Line] = held.map { account in
                .debit(.role(account.kind.role), account.balance, savings: account.id)
            }
            lines.append(.credit(.role(channel.role), total))
            entry = try await ledger.post(
                JournalDraft(
                    date: date, description: description, sourceType: .savingsExit,
                    sourceID: memberID, lines: lines), by: actor
            ).entry
        }
        for account in open {
            account.status = .closed
            account.closedOn = date
            try await account.update(on: tenant.db)
        }
        return entry
    }
}

extension SavingsStore {
    /// Pays out a term deposit before it matures: the principal less the early-break penalty (income
    /// of the cooperative); the interest accrued in closed months is forfeited (the accrual is undone).
    package func breakTermDeposit(
        _ accountID: UUID?, on date: CivilDate, channel: PaymentChannel, description: String,
        by actor: Actor
    ) async throws -> Receipt {
        let deposit = try await account(accountID)
        guard deposit.kind == .berjangka, deposit.status == .open,
            let rate = deposit.rate,
            let matures = deposit.maturesOn
        else { throw SavingsError.accountClosed }
        guard date < matures else { throw SavingsError.notDue }
        let settings = try await SettingsStore(tenant).savings()
        let closedThrough = try await CooperativeRecord.find(tenant.cooperativeID, on: tenant.db)
            .flatMap(\.booksClosedThrough.date)
        var accrued: Int64 = 0
        if let closedThrough {
            var month = deposit.openedOn.yearMonth
            while month <= closedThrough.yearMonth {
                accrued += MonthlyInterest.termInterest(
                    principal: deposit.balance, rate: rate, opened: deposit.openedOn, matures: matures,
                    month: month)
                month = month.next
            }
        }
        let principal = deposit.balance
        let penalty = RoundingRule.down.multiplyDivide(principal, Int64(settings.earlyBreakPenalty), 10_000)
        var lines: [JournalDraft.Line] = [
            .debit(.role(.savingsBerjangka), principal, savings: deposit.id),
            .credit(.role(channel.role), principal - penalty),
        ]
        if penalty > 0 { lines.append(.credit(.role(.penalties), penalty)) }
        if accrued > 0 {
            lines += [.debit(.role(.interestPayable), accrued), .credit(.role(.savingsInterestExpense), accrued)]
        }
        let posting = try await ledger.post(
            JournalDraft(
                date: date, description: description, sourceType: .savingsBreak,
                sourceID: deposit.id, lines: lines.filter { $0.debit + $0.credit > 0 }),
            by: actor)
        deposit.status = .closed
        deposit.closedOn = date
        try await deposit.update(on: tenant.db)
        return Receipt(entry: posting.entry, account: deposit, balance: 0)
    }
}
