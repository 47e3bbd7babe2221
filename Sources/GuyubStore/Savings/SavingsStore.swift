import FluentKit
import Foundation
import GuyubCore
import SQLKit

/// Members' savings: their accounts, the teller's deposits, withdrawals and transfers, statements,
/// wajib dues and arrears, and the settlement when membership ends. Every movement posts through
/// the ledger, in the caller's transaction.
package struct SavingsStore: Sendable {
    package let tenant: Tenant

    package init(_ tenant: Tenant) { self.tenant = tenant }

    var ledger: Ledger { Ledger(tenant) }

    /// Opens the member's pokok, wajib and sukarela accounts (those not open yet).
    package func openAccounts(for member: MemberRecord, on date: CivilDate) async throws {
        let memberID = try member.requireID()
        let existing = Set(try await tenant.query(SavingsAccountRecord.self).filter(\.$memberID == memberID).all().map(\.kind))
        for kind in SavingsKind.opened where !existing.contains(kind) {
            try await tenant.create(Self.newAccount(memberID, kind: kind, on: date))
        }
    }

    static func newAccount(_ memberID: UUID, kind: SavingsKind, on date: CivilDate) -> SavingsAccountRecord {
        let account = SavingsAccountRecord()
        account.memberID = memberID
        account.kind = kind
        account.balance = 0
        account.status = .open
        account.openedOn = date
        return account
    }

    /// What the members hold, by kind of savings, in all open accounts.
    package func totalsByKind() async throws -> [SavingsKind: Int64] {
        let rows = try await tenant.db.sql.raw(
            """
            SELECT kind, CAST(COALESCE(SUM(balance), 0) AS BIGINT) AS total FROM savings_accounts
            WHERE cooperative_id = \(bind: tenant.cooperativeID) GROUP BY kind
            """
        ).all()
        var totals: [SavingsKind: Int64] = [:]
        for row in rows {
            totals[try row.decode(column: "kind", as: SavingsKind.self)] = try row.decode(column: "total", as: Int64.self)
        }
        return totals
    }

    /// The member's accounts, open ones first, then by kind and opening day.
    package func accounts(of memberID: UUID) async throws -> [SavingsAccountRecord] {
        func order(_ a: SavingsAccountRecord) -> (Int, Int, CivilDate) {
            (SavingsAccountStatus.allCases.firstIndex(of: a.status)!, SavingsKind.allCases.firstIndex(of: a.kind)!, a.openedOn)
        }
        return try await tenant.query(SavingsAccountRecord.self).filter(\.$memberID == memberID).all().sorted {
            order($0) < order($1)
        }
    }

    package func account(_ id: UUID?) async throws -> SavingsAccountRecord {
        guard let account = try await tenant.find(SavingsAccountRecord.self, id) else { throw AccessError.notFound }
        return account
    }

    func openAccount(of memberID: UUID, kind: SavingsKind) async throws -> SavingsAccountRecord {
        guard
            let account = try await tenant.query(SavingsAccountRecord.self).filter(\.$memberID == memberID)
                .filter(\.$kind == kind).filter(\.$status == SavingsAccountStatus.open).first()
        else { throw SavingsError.notAMember }
        return account
    }

    /// A movement the teller records: who, what kind, how much, through which channel, on which day.
    package struct Movement: Sendable {
        package var memberID: UUID
        package var kind: SavingsKind
        package var amount: Int64
        package var channel: PaymentChannel
        package var date: CivilDate
        /// The entry's description in the books (the caller words it in the cooperative's language).
        package var description: String
        /// For a term deposit: how many months.
        package var termMonths: Int?
        /// The member, when the caller has read them in this cooperative already.
        package var member: MemberRecord?

        package init(
            memberID: UUID, kind: SavingsKind, amount: Int64, channel: PaymentChannel, date: CivilDate,
            description: String, termMonths: Int? = nil, member: MemberRecord? = nil
        ) {
            self.member = member
            self.memberID = memberID
            self.kind = kind
            self.amount = amount
            self.channel = channel
            self.date = date
            self.description = description
            self.termMonths = termMonths
        }
    }

    /// What a teller's operation posted, for the receipt.
    package struct Receipt: Sendable {
        package let entry: JournalEntryRecord
        package let account: SavingsAccountRecord
        /// The account's balance after the operation.
        package let balance: Int64
    }

    /// Takes a deposit. Paying the simpanan pokok (exactly what is due) makes an applicant a member;
    /// every other deposit is for members only. A term deposit opens a new account on the chosen term.
    package func deposit(_ movement: Movement, by actor: Actor) async throws -> Receipt {
        let members = MemberStore(tenant)
        var member = try await memberMoving(movement)
        let settings = try await SettingsStore(tenant).savings()
        try SavingsRules.checkCounterAmount(movement.amount, settings: settings)
        let status = member.status

        let account: SavingsAccountRecord
        switch movement.kind {
        case .pokok:
            let paid = status == .member ? try await openAccount(of: member.requireID(), kind: .pokok).balance : 0
            let payment = try SavingsRules.pokokPayment(movement.amount, status: status, paid: paid, settings: settings)
            if payment == .admitsApplicant {
                member = try await members.changeStatus(
                    member.requireID(), to: .member, on: movement.date,
                    today: movement.date, reason: nil, by: actor)
            }
            account = try await openAccount(of: member.requireID(), kind: .pokok)
        case .wajib, .sukarela:
            guard status == .member else { throw SavingsError.notAMember }
            account = try await openAccount(of: member.requireID(), kind: movement.kind)
        case .berjangka:
            guard status == .member else { throw SavingsError.notAMember }
            guard let months = movement.termMonths, let term = settings.terms.first(where: { $0.months == months }) else {
                throw SavingsError.invalidSetting("termMonths")
            }
            let deposit = Self.newAccount(try member.requireID(), kind: .berjangka, on: movement.date)
            deposit.termMonths = term.months
            deposit.rate = term.rate
            deposit.maturesOn = movement.date.adding(months: term.months)
            try await tenant.create(deposit)
            account = deposit
        }

        let posting = try await ledger.post(
            JournalDraft(
                date: movement.date, description: movement.description, sourceType: .savingsDeposit, sourceID: account.id,
                lines: [
                    .debit(.role(movement.channel.role), movement.amount),
                    .credit(.role(movement.kind.role), movement.amount, savings: account.id),
                ]), by: actor)
        return Receipt(entry: posting.entry, account: account, balance: posting.savingsBalances[account.id!] ?? 0)
    }

    private func memberMoving(_ movement: Movement) async throws -> MemberRecord {
        if let member = movement.member { return member }
        return try await MemberStore(tenant).find(movement.memberID)
    }

    /// Pays out of a member's sukarela, never below its minimum balance; pokok and wajib stay while
    /// the person is a member, and a term deposit is not withdrawn at the counter.
    package func withdraw(_ movement: Movement, by actor: Actor) async throws -> Receipt {
        let settings = try await SettingsStore(tenant).savings()
        try SavingsRules.checkCounterAmount(movement.amount, settings: settings)
        let floor = try SavingsRules.withdrawalFloor(movement.kind, settings: settings)
        let member = try await memberMoving(movement)
        guard member.status == MemberStatus.member else { throw SavingsError.notAMember }
        let account = try await openAccount(of: member.requireID(), kind: movement.kind)
        let posting = try await ledger.post(
            JournalDraft(
                date: movement.date, description: movement.description, sourceType: .savingsWithdrawal, sourceID: account.id,
                lines: [
                    .debit(.role(movement.kind.role), movement.amount, savings: account.id),
                    .credit(.role(movement.channel.role), movement.amount),
                ]), by: actor, floors: [account.id!: floor])
        return Receipt(entry: posting.entry, account: account, balance: posting.savingsBalances[account.id!] ?? 0)
    }

    /// Moves sukarela from one member to another, under the same minimum as a withdrawal.
    package func transfer(
        from: UUID, to: UUID, amount: Int64, date: CivilDate, description: String,
        by actor: Actor
    ) async throws -> (entry: JournalEntryRecord, from: Int64, to: Int64) {
        guard from != to else { throw SavingsError.sameMember }
        let settings = try await SettingsStore(tenant).savings()
        try SavingsRules.checkCounterAmount(amount, settings: settings)
        let members = MemberStore(tenant)
        var accounts: [SavingsAccountRecord] = []
        for id in [from, to] {
            let member = try await members.find(id)
            guard member.status == MemberStatus.member else { throw SavingsError.notAMember }
            accounts.append(try await openAccount(of: id, kind: .sukarela))
        }
        let posting = try await ledger.post(
            JournalDraft(
                date: date, description: description, sourceType: .savingsTransfer, sourceID: accounts[0].id,
                lines: [
                    .debit(.role(.savingsSukarela), amount, savings: accounts[0].id),
                    .credit(.role(.savingsSukarela), amount, savings: accounts[1].id),
                ]),
            by: actor, floors: [accounts[0].id!: settings.sukarelaMinimum])
        return (posting.entry, posting.savingsBalances[accounts[0].id!] ?? 0, posting.savingsBalances[accounts[1].id!] ?? 0)
    }

    /// One line of a statement: an entry that moved the account, and the balance after it.
    package struct StatementLine: Sendable {
        package let entryID: UUID
        package let number: Int
        package let date: CivilDate
        package let description: String
        /// Into the account (positive) or out of it (negative).
        package let amount: Int64
        package let balance: Int64
    }

    /// The account's movements from `from` to `to` (inclusive), with the balance brought forward.
    package func statement(_ accountID: UUID, from: CivilDate?, to: CivilDate?) async throws -> (
        opening: Int64, lines: [StatementLine]
    ) {
        _ = try await account(accountID)
        let rows = try await tenant.db.sql.raw(
            """
            SELECT e.id, e.number, e.entry_date, e.description, l.credit - l.debit AS amount
            FROM journal_lines l JOIN journal_entries e ON e.cooperative_id = l.cooperative_id AND e.id = l.entry_id
            WHERE l.savings_account_id = \(bind: accountID) AND l.cooperative_id = \(bind: tenant.cooperativeID)
              AND l.entry_date <= \(bind: (to ?? CivilDate(year: 9999, month: 12, day: 31)!).description)
            ORDER BY l.entry_date, e.number, l.line_number
            """
        ).all()
        var balance: Int64 = 0
        var opening: Int64 = 0
        var lines: [StatementLine] = []
        for row in rows {
            let date = CivilDate(iso: try row.decode(column: "entry_date", as: String.self))!
            let amount = try row.decode(column: "amount", as: Int64.self)
            balance += amount
            if let from, date < from {
                opening = balance
                continue
            }
            lines.append(
                StatementLine(
                    entryID: try row.decode(column: "id", as: UUID.self),
                    number: try row.decode(column: "number", as: Int.self), date: date,
                    description: try row.decode(column: "description", as: String.self),
                    amount: amount, balance: balance))
        }
        return (opening, lines)
    }
}
