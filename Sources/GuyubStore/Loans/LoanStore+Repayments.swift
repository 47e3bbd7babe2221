import FluentKit
import Foundation
import GuyubCore

extension LoanStore {
    /// What a borrower owes on `date`: the penalty accrued and unpaid, the interest of the instalments
    /// fallen due, and the principal — all of it for a payoff, only what has fallen due for `due`.
    package struct Owed: Sendable, Equatable {
        package var due: PaymentSplit
        package var payoff: PaymentSplit
    }

    package func owed(_ loan: LoanRecord, on date: CivilDate) async throws -> Owed {
        Self.owed(loan, installments: try await installments(of: loan), on: date)
    }

    static func owed(_ loan: LoanRecord, installments: [LoanInstallmentRecord], on date: CivilDate) -> Owed {
        let fallen = installments.filter { $0.dueOn <= date }
        let interest = fallen.reduce(0) { $0 + $1.interest - $1.interestPaid }
        let principal = fallen.reduce(0) { $0 + $1.principal - $1.principalPaid }
        // Interest of instalments not yet due is not charged on an early payoff.
        return Owed(
            due: PaymentSplit(penalty: loan.penaltyOwed, interest: interest, principal: principal),
            payoff: PaymentSplit(penalty: loan.penaltyOwed, interest: interest, principal: loan.outstanding))
    }

    package struct Repayment: Sendable {
        package var loanID: UUID?
        package var amount: Int64
        package var channel: LoanChannel
        package var date: CivilDate
        package var description: String

        package init(loanID: UUID?, amount: Int64, channel: LoanChannel, date: CivilDate, description: String) {
            self.loanID = loanID
            self.amount = amount
            self.channel = channel
            self.date = date
            self.description = description
        }
    }

    /// Takes a payment: split by the product's order over what is due (penalty, interest, principal by
    /// default), anything more repaying principal ahead of time; never more than the payoff. Paying the
    /// whole payoff closes the loan.
    package func repay(_ repayment: Repayment, by actor: Actor) async throws -> (
        LoanRecord, LoanTransactionRecord, JournalEntryRecord
    ) {
        let loan = try await lock(repayment.loanID)
        _ = try loan.status.after(.repay)
        let rows = try await installments(of: loan)
        let owed = Self.owed(loan, installments: rows, on: repayment.date)
        guard repayment.amount <= owed.payoff.total else { throw LoanError.overpayment(payoff: owed.payoff.total) }
        var split = PaymentSplit.allocate(repayment.amount, owed: owed.due, order: loan.paymentOrder)
        split.principal += repayment.amount - split.total

        var lines: [JournalDraft.Line] = []
        var floors: [UUID: Int64] = [:]
        if let payment = repayment.channel.payment {
            lines.append(.debit(.role(payment.role), repayment.amount))
        } else {
            guard let memberID = loan.memberID else { throw LoanError.notAMember }
            let account = try await SavingsStore(tenant).openAccount(of: memberID, kind: .sukarela)
            floors[account.id!] = try await SettingsStore(tenant).savings().sukarelaMinimum
            lines.append(.debit(.role(.savingsSukarela), repayment.amount, savings: account.id))
        }
        // What a non-member pays is non-member income: it is not shared out to members as SHU.
        if split.penalty > 0 {
            lines.append(.credit(.role(loan.memberID == nil ? .penaltiesNonMember : .penalties), split.penalty))
        }
        if split.interest > 0 {
            lines.append(.credit(.role(loan.memberID == nil ? .loanInterestNonMember : .loanInterestMember), split.interest))
        }
        if split.principal > 0 { lines.append(.credit(.role(.memberLoans), split.principal)) }
        let posting = try await ledger.post(
            JournalDraft(
                date: repayment.date, description: repayment.description,
                sourceType: .loanRepayment, sourceID: loan.id, lines: lines),
            by: actor, floors: floors)

        try await settle(rows, interest: split.interest, principal: split.principal, on: repayment.date)
        let before = LoanSnapshot(loan)
        loan.penaltyPaid += split.penalty
        loan.interestPaid += split.interest
        loan.principalPaid += split.principal
        // Late no longer once what had fallen due is paid: the days count from the oldest instalment still unpaid.
        loan.daysLate =
            rows.filter { $0.unpaid > 0 }.map(\.dueOn).min()
            .map { max(0, $0.days(until: repayment.date)) } ?? 0
        if loan.outstanding == 0 && loan.penaltyOwed == 0 && owed.due.interest == split.interest {
            loan.status = try loan.status.after(.repay, paidOff: true)
            loan.closedOn = repayment.date
            loan.daysLate = 0
        }
        try await loan.update(on: tenant.db)
        let step = try await record(
            .repayment, of: loan, on: repayment.date, amount: repayment.amount, split: split,
            channel: repayment.channel, entry: posting.entry.id, note: nil, by: actor)
        try await AuditLog.append(
            tenant, actor: actor, action: .loanRepay, entity: "loan", entityID: loan.id,
            before: before, after: LoanSnapshot(loan))
        return (loan, step, posting.entry)
    }

    /// Marks interest and principal paid on the instalments, oldest first.
    private func settle(_ rows: [LoanInstallmentRecord], interest: Int64, principal: Int64, on date: CivilDate) async throws {
        var interest = interest
        var principal = principal
        for row in rows where interest > 0 || principal > 0 {
            let before = (row.interestPaid, row.principalPaid)
            let i = min(interest, row.interest - row.interestPaid)
            let p = min(principal, row.principal - row.principalPaid)
            row.interestPaid += i
            row.principalPaid += p
            interest -= i
            principal -= p
            guard (row.interestPaid, row.principalPaid) != before else { continue }
            if row.unpaid == 0 { row.paidOn = date }
            try await row.update(on: tenant.db)
        }
    }

    /// Writes off what is left of the principal: the allowance held for it is used first, the rest is
    /// an expense of the day. Interest and penalties not paid are not in the books, so nothing to undo.
    package func writeOff(
        _ id: UUID?, reason: String, on date: CivilDate, description: String,
        by actor: Actor
    ) async throws -> LoanRecord {
        let loan = try await lock(id)
        try await check(.writeOff, on: loan, by: actor)
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw LoanError.reasonRequired }
        let outstanding = loan.outstanding
        guard outstanding > 0 else { throw LoanError.nothingToWriteOff }
        let covered = min(loan.allowance, outstanding)
        var lines: [JournalDraft.Line] = []
        if covered > 0 { lines.append(.debit(.role(.loanAllowance), covered)) }
        if outstanding > covered { lines.append(.debit(.role(.allowanceExpense), outstanding - covered)) }
        lines.append(.credit(.role(.memberLoans), outstanding))
        // An allowance held beyond the principal goes back.
        if loan.allowance > covered {
            lines.append(.debit(.role(.loanAllowance), loan.allowance - covered))
            lines.append(.credit(.role(.allowanceExpense), loan.allowance - covered))
        }
        let posting = try await ledger.post(
            JournalDraft(
                date: date, description: description, sourceType: .loanWriteOff,
                sourceID: loan.id, lines: lines), by: actor)
        let before = LoanSnapshot(loan)
        loan.status = try loan.status.after(.writeOff)
        loan.writtenOff = outstanding
        loan.allowance = 0
        loan.closedOn = date
        try await loan.update(on: tenant.db)
        _ = try await record(
            .writeOff, of: loan, on: date, amount: outstanding, split: PaymentSplit(principal: outstanding),
            channel: nil, entry: posting.entry.id, note: String(reason.prefix(FieldLimit.loanText)), by: actor)
        try await AuditLog.append(
            tenant, actor: actor, action: .loanWriteOff, entity: "loan", entityID: loan.id,
            before: before, after: LoanSnapshot(loan))
        return loan
    }

    /// Money collected on a written-off loan: income of the day, up to what was written off.
    package func recover(_ repayment: Repayment, by actor: Actor) async throws -> (LoanRecord, JournalEntryRecord) {
        let loan = try await lock(repayment.loanID)
        let left = loan.writtenOff - loan.recovered
        _ = try loan.status.after(.recover, fullyRecovered: left == 0)
        guard let payment = repayment.channel.payment else { throw SavingsError.unknownChannel }
        guard repayment.amount <= left else { throw LoanError.overpayment(payoff: left) }
        let posting = try await ledger.post(
            JournalDraft(
                date: repayment.date, description: repayment.description, sourceType: .loanRecovery, sourceID: loan.id,
                lines: [.debit(.role(payment.role), repayment.amount), .credit(.role(.otherIncome), repayment.amount)]), by: actor
        )
        loan.recovered += repayment.amount
        try await loan.update(on: tenant.db)
        _ = try await record(
            .recovery, of: loan, on: repayment.date, amount: repayment.amount,
            split: PaymentSplit(principal: repayment.amount), channel: repayment.channel,
            entry: posting.entry.id, note: nil, by: actor)
        try await AuditLog.append(
            tenant, actor: actor, action: .loanRecover, entity: "loan", entityID: loan.id,
            after: LoanSnapshot(loan))
        return (loan, posting.entry)
    }

    /// New terms for a borrower who cannot keep the old ones.
    package struct Restructuring: Sendable {
        package var periods: Int
        package var annualRate: Int64?
        package var grace: Int
        package var graceKind: GraceKind
        package var seasonalMonths: Set<Int>
        package var date: CivilDate
        package var reason: String

        package init(
            periods: Int, annualRate: Int64?, grace: Int, graceKind: GraceKind, seasonalMonths: Set<Int>,
            date: CivilDate, reason: String
        ) {
            self.periods = periods
            self.annualRate = annualRate
            self.grace = grace
            self.graceKind = graceKind
            self.seasonalMonths = seasonalMonths
            self.date = date
            self.reason = reason
        }
    }

    /// Reschedules the principal still owed from `date`, with grace and seasonal months if given, at a
    /// rate within the product's range. The interest fallen due and unpaid (and any carried by an earlier
    /// restructuring) is carried as instalment 0, due with the first new one. The old schedule is kept.
    package func restructure(_ id: UUID?, _ change: Restructuring, by actor: Actor) async throws -> LoanRecord {
        let loan = try await lock(id)
        try await check(.restructure, on: loan, by: actor)
        if let rate = change.annualRate {
            let rules = try await product(loan.productID).rules
            guard (rules.rateMin...rules.rateMax).contains(rate) else { throw LoanError.rateOutOfRange }
        }
        let reason = change.reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw LoanError.reasonRequired }
        let old = try Self.terms(of: loan)
        var terms = old
        terms.principal = loan.outstanding
        terms.annualRate = change.annualRate ?? old.annualRate
        terms.periods = change.periods
        terms.grace = change.grace
        terms.graceKind = change.graceKind
        terms.seasonalMonths = change.seasonalMonths
        terms.start = change.date
        let schedule = try LoanSchedule(terms)
        let rows = try await installments(of: loan)
        let carried =
            Self.owed(loan, installments: rows, on: change.date).due.interest
            + rows.filter { $0.number == 0 && $0.dueOn > change.date }.reduce(0) { $0 + $1.interest - $1.interestPaid }
        let before = LoanSnapshot(loan)
        loan.scheduleVersion += 1
        loan.terms = try Self.encode(terms)
        loan.annualRate = terms.annualRate
        loan.periods = terms.periods
        try await insert(schedule, of: loan, version: loan.scheduleVersion, carriedInterest: carried)
        try await loan.update(on: tenant.db)
        _ = try await record(
            .restructure, of: loan, on: change.date, amount: 0, split: PaymentSplit(), channel: nil,
            entry: nil, note: String(reason.prefix(FieldLimit.loanText)), by: actor)
        try await AuditLog.append(
            tenant, actor: actor, action: .loanRestructure, entity: "loan", entityID: loan.id,
            before: before, after: LoanSnapshot(loan))
        return loan
    }
}
