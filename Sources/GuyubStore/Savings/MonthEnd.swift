import FluentKit
import Foundation
import GuyubCore
import SQLKit

/// Closing a month: bill its wajib, pay sukarela interest (tax withheld), accrue term deposits'
/// interest and pay out those that mature, then lock the month against postings, all in one
/// transaction. Months close in order; closing a closed month again changes nothing.
package struct MonthEnd: Sendable {
    package let tenant: Tenant

    package init(_ tenant: Tenant) { self.tenant = tenant }

    /// The words the books use for the month's entries (the caller words them in the cooperative's language).
    package struct Texts: Sendable {
        package var sukarelaInterest: String
        package var termAccrual: String
        package var maturity: @Sendable (_ member: String, _ number: Int) -> String

        package init(sukarelaInterest: String, termAccrual: String, maturity: @escaping @Sendable (String, Int) -> String) {
            self.sukarelaInterest = sukarelaInterest
            self.termAccrual = termAccrual
            self.maturity = maturity
        }
    }

    package struct Plan: Sendable {
        package struct Interest: Sendable {
            package let account: UUID
            package let interest: Int64
            package let tax: Int64
        }
        package struct Maturity: Sendable {
            package let deposit: SavingsAccountRecord
            package let member: MemberRecord
            package let sukarela: UUID
            package let principal: Int64
            /// Interest accrued over the deposit's whole term, and the tax withheld on it.
            package let interest: Int64
            package let tax: Int64
        }

        package let month: YearMonth
        package let alreadyClosed: Bool
        package let duesToBill: Int
        package let sukarela: [Interest]
        /// This month's accrual for each term deposit held during it.
        package let accruals: [Interest]
        package let maturities: [Maturity]

        package var sukarelaInterest: Int64 { sukarela.reduce(0) { $0 + $1.interest } }
        package var sukarelaTax: Int64 { sukarela.reduce(0) { $0 + $1.tax } }
        package var accrued: Int64 { accruals.reduce(0) { $0 + $1.interest } }
    }

    /// The month that closes next: the one after the last closed, or, before any was closed, last month.
    package func nextMonth(today: CivilDate) async throws -> YearMonth {
        let cooperative = try await cooperative()
        if let through = cooperative.booksClosedThrough.date { return through.yearMonth.next }
        return today.yearMonth.previous
    }

    /// The month of the cooperative's first journal entry, if it has any.
    package func firstActivity() async throws -> YearMonth? {
        try await tenant.query(JournalEntryRecord.self).sort(\.$entryDate).first()?.entryDate.yearMonth
    }

    package func closings() async throws -> [MonthClosingRecord] {
        try await tenant.query(MonthClosingRecord.self).sort(\.$month, .descending).all()
    }

    /// What closing `month` would do. It must be over (or end today), and be the next to close.
    package func plan(_ month: YearMonth, today: CivilDate) async throws -> Plan {
        if try await tenant.query(MonthClosingRecord.self).filter(\.$month == month).first() != nil {
            return Plan(month: month, alreadyClosed: true, duesToBill: 0, sukarela: [], accruals: [], maturities: [])
        }
        // The first close may be any month that is over since the books began; after it, months close in turn.
        let next = try await nextMonth(today: today)
        let neverClosed = try await cooperative().booksClosedThrough.date == nil
        guard
            BookMonths.mayClose(
                month, next: next, neverClosed: neverClosed, firstActivity: try await firstActivity(),
                today: today)
        else { throw LedgerError.periodNotOpen }
        let settings = try await SettingsStore(tenant).savings()

        let members = try await tenant.query(MemberRecord.self).filter(\.$status == MemberStatus.member).all()
            .filter { ($0.joinedOn ?? $0.statusSince) <= month.last }
        let billed = Set(try await tenant.query(WajibDueRecord.self).filter(\.$period == month).all().map(\.memberID))
        let duesToBill =
            settings.billsWajib(in: month)
            ? members.filter { !billed.contains($0.id!) && settings.wajib(forClass: $0.wajibClass) > 0 }.count : 0

        var sukarela: [Plan.Interest] = []
        if settings.sukarelaRate > 0 {
            for (account, (opening, changes)) in try await dailyMovements(of: .sukarela, month: month) {
                let interest = MonthlyInterest.interest(
                    opening: opening, changes: changes, month: month,
                    basis: settings.sukarelaBasis, rate: settings.sukarelaRate)
                if interest > 0 {
                    sukarela.append(
                        .init(
                            account: account, interest: interest,
                            tax: SavingsRules.interestTax(interest, settings: settings)))
                }
            }
        }

        var accruals: [Plan.Interest] = []
        var maturities: [Plan.Maturity] = []
        let deposits = try await tenant.query(SavingsAccountRecord.self).filter(\.$kind == SavingsKind.berjangka)
            .filter(\.$status == SavingsAccountStatus.open).all()
        for deposit in deposits {
            let opened = deposit.openedOn
            guard let matures = deposit.maturesOn,
                let rate = deposit.rate, opened <= month.last
            else { continue }
            let interest = MonthlyInterest.termInterest(
                principal: deposit.balance, rate: rate, opened: opened,
                matures: matures, month: month)
            if interest > 0 { accruals.append(.init(account: deposit.id!, interest: interest, tax: 0)) }
            guard matures <= month.last else { continue }
            // Every month of the term accrued once, at its own close; the tax is withheld month by month.
            var total: Int64 = 0
            var tax: Int64 = 0
            var m = opened.yearMonth
            while m <= month {
                let part = MonthlyInterest.termInterest(
                    principal: deposit.balance, rate: rate, opened: opened, matures: matures, month: m)
                total += part
                tax += SavingsRules.interestTax(part, settings: settings)
                m = m.next
            }
            guard let member = members.first(where: { $0.id == deposit.memberID }),
                let target = try await tenant.query(SavingsAccountRecord.self).filter(\.$memberID == deposit.memberID)
                    .filter(\.$kind == SavingsKind.sukarela).filter(\.$status == SavingsAccountStatus.open).first()
            else { continue }
            maturities.append(
                .init(
                    deposit: deposit, member: member, sukarela: target.id!, principal: deposit.balance,
                    interest: total, tax: tax))
        }
        return Plan(
            month: month, alreadyClosed: false, duesToBill: duesToBill, sukarela: sukarela, accruals: accruals,
            maturities: maturities)
    }

    /// Carries out `plan` and closes its month. The caller's transaction makes it all or nothing.
    @discardableResult
    package func close(_ plan: Plan, texts: Texts, by actor: Actor) async throws -> Bool {
        guard !plan.alreadyClosed else { return false }
        let month = plan.month
        let ledger = Ledger(tenant)
        try await SavingsStore(tenant).billWajib(for: month)

        if plan.sukarelaInterest > 0 {
            var lines: [JournalDraft.Line] = [.debit(.role(.savingsInterestExpense), plan.sukarelaInterest)]
            lines += plan.sukarela.map { .credit(.role(.savingsSukarela), $0.interest - $0.tax, savings: $0.account) }
                .filter { $0.credit > 0 }
            if plan.sukarelaTax > 0 { lines.append(.credit(.role(.taxPayable), plan.sukarelaTax)) }
            try await ledger.post(
                JournalDraft(
                    date: month.last, description: texts.sukarelaInterest,
                    sourceType: .savingsInterest, lines: lines), by: actor)
        }
        if plan.accrued > 0 {
            try await ledger.post(
                JournalDraft(
                    date: month.last, description: texts.termAccrual, sourceType: .savingsAccrual,
                    lines: [
                        .debit(.role(.savingsInterestExpense), plan.accrued),
                        .credit(.role(.interestPayable), plan.accrued),
                    ]), by: actor)
        }
        for maturity in plan.maturities {
            var lines: [JournalDraft.Line] = [.debit(.role(.savingsBerjangka), maturity.principal, savings: maturity.deposit.id)]
            if maturity.interest > 0 { lines.append(.debit(.role(.interestPayable), maturity.interest)) }
            lines.append(
                .credit(
                    .role(.savingsSukarela), maturity.principal + maturity.interest - maturity.tax,
                    savings: maturity.sukarela))
            if maturity.tax > 0 { lines.append(.credit(.role(.taxPayable), maturity.tax)) }
            let date = maturity.deposit.maturesOn ?? month.last
            try await ledger.post(
                JournalDraft(
                    date: date, description: texts.maturity(maturity.member.name, maturity.member.memberNumber),
                    sourceType: .savingsMaturity, sourceID: maturity.deposit.id, lines: lines), by: actor)
            maturity.deposit.status = .closed
            maturity.deposit.closedOn = date
            try await maturity.deposit.update(on: tenant.db)
        }

        let closing = MonthClosingRecord()
        closing.month = month
        closing.closedByName = actor.name
        try await tenant.create(closing)
        try await tenant.db.sql.raw(
            """
            UPDATE cooperatives SET books_closed_through = \(bind: month.last.description) WHERE id = \(bind: tenant.cooperativeID)
            """
        ).run()
        try await AuditLog.append(
            tenant, actor: actor, action: .booksCloseMonth, entity: "month", entityID: closing.id,
            after: [
                "month": month.description, "sukarelaInterest": String(plan.sukarelaInterest),
                "tax": String(plan.sukarelaTax), "accrued": String(plan.accrued),
                "maturities": String(plan.maturities.count),
            ])
        // The closing's own link is the head it keeps.
        let head = try await cooperative()
        closing.auditSequence = head.auditSequence
        closing.auditHead = head.auditHead
        try await closing.update(on: tenant.db)
        return true
    }

    /// For each open account of `kind`: its balance before the month and its net movement on each day of it.
    private func dailyMovements(of kind: SavingsKind, month: YearMonth) async throws -> [UUID: (Int64, [Int: Int64])] {
        let rows = try await tenant.db.sql.raw(
            """
            SELECT l.savings_account_id AS account, l.entry_date AS day, CAST(SUM(l.credit - l.debit) AS BIGINT) AS amount
            FROM journal_lines l JOIN savings_accounts s ON s.cooperative_id = l.cooperative_id AND s.id = l.savings_account_id
            WHERE s.cooperative_id = \(bind: tenant.cooperativeID) AND s.kind = \(bind: kind) AND s.status = \(bind: SavingsAccountStatus.open)
              AND l.entry_date <= \(bind: month.last.description)
            GROUP BY l.savings_account_id, l.entry_date
            """
        ).all()
        var result: [UUID: (Int64, [Int: Int64])] = [:]
        let first = month.first.description
        for row in rows {
            let account = try row.decode(column: "account", as: UUID.self)
            let day = try row.decode(column: "day", as: String.self)
            let amount = try row.decode(column: "amount", as: Int64.self)
            var (opening, changes) = result[account] ?? (0, [:])
            if day < first {
                opening += amount
            } else if let date = CivilDate(iso: day) {
                changes[date.day, default: 0] += amount
            }
            result[account] = (opening, changes)
        }
        return result
    }

    private func cooperative() async throws -> CooperativeRecord {
        guard let cooperative = try await CooperativeRecord.find(tenant.cooperativeID, on: tenant.db) else {
            throw AccessError.notFound
        }
        return cooperative
    }
}
