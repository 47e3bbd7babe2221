import FluentKit
import Foundation
import GuyubCore
import SQLKit

extension SavingsStore {
    /// Bills a month's wajib to every member who was a member by its last day (once per member and
    /// month), when the month ends a wajib period; returns how many were billed now.
    @discardableResult
    package func billWajib(for month: YearMonth) async throws -> Int {
        let settings = try await SettingsStore(tenant).savings()
        guard settings.billsWajib(in: month) else { return 0 }
        let members = try await tenant.query(MemberRecord.self).filter(\.$status == MemberStatus.member.rawValue).all()
            .filter { ($0.joinedOn ?? $0.statusSince) <= month.last.description }
        let billed = Set(try await tenant.query(WajibDueRecord.self).filter(\.$period == month.description).all().map(\.memberID))
        let dues = members.filter { !billed.contains($0.id!) }.compactMap { member -> WajibDueRecord? in
            let amount = settings.wajib(forClass: member.wajibClass)
            guard amount > 0 else { return nil }
            let due = WajibDueRecord()
            due.cooperativeID = tenant.cooperativeID
            due.memberID = member.id!
            due.period = month.description
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

    /// Every member who owes (or only `member`), most owed first.
    package func arrears(of member: UUID? = nil) async throws -> [Arrear] {
        let settings = try await SettingsStore(tenant).savings()
        let memberQuery = tenant.query(MemberRecord.self).filter(\.$status == MemberStatus.member.rawValue)
        let accountQuery = tenant.query(SavingsAccountRecord.self).filter(\.$status == "open")
            .filter(\.$kind ~~ [SavingsKind.pokok.rawValue, SavingsKind.wajib.rawValue])
        let dueQuery = tenant.query(WajibDueRecord.self).sort(\.$period)
        if let member {
            memberQuery.filter(\.$id == member)
            accountQuery.filter(\.$memberID == member)
            dueQuery.filter(\.$memberID == member)
        }
        let members = try await memberQuery.all()
        let accounts = try await accountQuery.all()
        let balances = Dictionary(accounts.map { ("\($0.memberID)|\($0.kind)", $0.balance) }, uniquingKeysWith: +)
        let dues = Dictionary(grouping: try await dueQuery.all(), by: \.memberID)

        return members.compactMap { member -> Arrear? in
            let id = member.id!
            var paid = balances["\(id)|wajib"] ?? 0
            var owed: Int64 = 0
            var months = 0
            var since: YearMonth?
            // Payments settle the oldest months first.
            for due in dues[id] ?? [] {
                let settled = min(paid, due.amount)
                paid -= settled
                if settled < due.amount {
                    owed += due.amount - settled
                    months += 1
                    since = since ?? YearMonth(due.period)
                }
            }
            let pokokOwed = max(0, settings.pokokAmount - (balances["\(id)|pokok"] ?? 0))
            guard owed > 0 || pokokOwed > 0 else { return nil }
            return Arrear(member: member, wajibOwed: owed, monthsOwed: months, since: since, pokokOwed: pokokOwed)
        }.sorted { ($0.total, $1.member.memberNumber) > ($1.total, $0.member.memberNumber) }
    }

    /// Pays out everything a departing member holds (pokok, wajib, sukarela and term deposits) in one
    /// entry and closes the accounts. Returns the entry, or nil when there was nothing to pay.
    package func settleExit(_ memberID: UUID, on date: CivilDate, channel: PaymentChannel, description: String,
                            by actor: Actor) async throws -> JournalEntryRecord? {
        let open = try await tenant.query(SavingsAccountRecord.self).filter(\.$memberID == memberID)
            .filter(\.$status == "open").all()
        let held = open.filter { $0.balance > 0 }
        var entry: JournalEntryRecord?
        if !held.isEmpty {
            let total = held.reduce(0) { $0 + $1.balance }
            var lines: [JournalDraft.Line] = held.map { account in
                .debit(.role(SavingsKind(rawValue: account.kind)!.role), account.balance, savings: account.id)
            }
            lines.append(.credit(.role(channel.role), total))
            entry = try await ledger.post(JournalDraft(date: date, description: description, sourceType: "savings.exit",
                                                       sourceID: memberID, lines: lines), by: actor).entry
        }
        for account in open {
            account.status = "closed"
            account.closedOn = date.description
            try await account.update(on: tenant.db)
        }
        return entry
    }
}

extension SavingsStore {
    /// Pays out a term deposit before it matures: the principal less the early-break penalty (income
    /// of the cooperative); the interest accrued in closed months is forfeited (the accrual is undone).
    package func breakTermDeposit(_ accountID: UUID?, on date: CivilDate, channel: PaymentChannel, description: String,
                                  by actor: Actor) async throws -> Receipt {
        let deposit = try await account(accountID)
        guard deposit.kind == SavingsKind.berjangka.rawValue, deposit.status == "open",
              let opened = CivilDate(iso: deposit.openedOn), let rate = deposit.rate,
              let matures = deposit.maturesOn.flatMap({ CivilDate(iso: $0) }) else { throw SavingsError.accountClosed }
        guard date < matures else { throw SavingsError.notDue }
        let settings = try await SettingsStore(tenant).savings()
        let closedThrough = try await CooperativeRecord.find(tenant.cooperativeID, on: tenant.db)
            .flatMap { CivilDate(iso: $0.booksClosedThrough) }
        var accrued: Int64 = 0
        if let closedThrough {
            var month = opened.yearMonth
            while month <= closedThrough.yearMonth {
                accrued += MonthlyInterest.termInterest(principal: deposit.balance, rate: rate, opened: opened, matures: matures,
                                                        month: month)
                month = month.next
            }
        }
        let principal = deposit.balance
        let penalty = multiplyDivide(principal, Int64(settings.earlyBreakPenalty), 10_000)
        var lines: [JournalDraft.Line] = [.debit(.role(.savingsBerjangka), principal, savings: deposit.id),
                                          .credit(.role(channel.role), principal - penalty)]
        if penalty > 0 { lines.append(.credit(.role(.penalties), penalty)) }
        if accrued > 0 {
            lines += [.debit(.role(.interestPayable), accrued), .credit(.role(.savingsInterestExpense), accrued)]
        }
        let posting = try await ledger.post(JournalDraft(date: date, description: description, sourceType: "savings.break",
                                                         sourceID: deposit.id, lines: lines.filter { $0.debit + $0.credit > 0 }),
                                            by: actor)
        deposit.status = "closed"
        deposit.closedOn = date.description
        try await deposit.update(on: tenant.db)
        return Receipt(entry: posting.entry, account: deposit, balance: 0)
    }
}
