import FluentKit
import Foundation
import GuyubCore

/// A partner bank's loan in the books: received into the bank (or cash) as owed to the bank, its schedule
/// drawn by the loan engine from its terms, and each instalment paid whole and in order — the principal off
/// what is owed, the interest an expense. `guyub verify` reconciles what is owed with the bank loans account.
package struct BorrowingStore: Sendable {
    package let tenant: Tenant

    package init(_ tenant: Tenant) { self.tenant = tenant }

    /// The loan as asked for: amounts in minor units, the rate in millionths a year.
    package struct Terms: Sendable {
        package var principal: Int64
        package var annualRate: Int64
        package var method: String?
        package var periods: Int
        package var grace: Int
        package var firstDue: CivilDate
        package init(
            principal: Int64, annualRate: Int64, method: String?, periods: Int, grace: Int, firstDue: CivilDate
        ) {
            (self.principal, self.annualRate, self.method) = (principal, annualRate, method)
            (self.periods, self.grace, self.firstDue) = (periods, grace, firstDue)
        }
    }

    /// A loan with its schedule and what is paid of it.
    package struct Position: Sendable {
        package let loan: BorrowingRecord
        package let schedule: LoanSchedule
        package let payments: [BorrowingPaymentRecord]

        package var next: Installment? { BankLoan.next(schedule, paid: payments.count) }
        package var owed: Int64 { BankLoan.owed(schedule, paid: payments.count) }
        package var repaid: Int64 { payments.reduce(0) { $0 + $1.principal } }
    }

    package func loan(of agreement: UUID) async throws -> Position? {
        guard let loan = try await tenant.query(BorrowingRecord.self).filter(\.$partnershipID == agreement).first() else {
            return nil
        }
        return try await position(loan)
    }

    /// Every loan taken from partners, with its schedule.
    package func all() async throws -> [Position] {
        var positions: [Position] = []
        for loan in try await tenant.query(BorrowingRecord.self).sort(\.$receivedOn).all() {
            positions.append(try await position(loan))
        }
        return positions
    }

    private func position(_ loan: BorrowingRecord) async throws -> Position {
        let schedule = try Self.schedule(loan)
        let payments = try await tenant.query(BorrowingPaymentRecord.self).filter(\.$loanID == loan.id!).sort(\.$number).all()
        return Position(loan: loan, schedule: schedule, payments: payments)
    }

    package static func schedule(_ loan: BorrowingRecord) throws -> LoanSchedule {
        try LoanSchedule(
            BankLoan.terms(
                principal: loan.principal, annualRate: loan.annualRate, method: loan.method, periods: loan.periods,
                grace: loan.grace, firstDue: loan.firstDue, received: loan.receivedOn))
    }

    /// The loan received on `date` under a financial agreement that brings a loan: one per agreement.
    package func receive(
        _ terms: Terms, under agreement: PartnershipRecord, through channel: String?, on date: CivilDate,
        description: String, by actor: Actor
    ) async throws -> Position {
        // The engine checks the terms before anything is written.
        guard let method = InterestMethod(rawValue: terms.method ?? InterestMethod.anuitas.rawValue) else {
            throw PartnershipError.field(.invalidChoice("method"))
        }
        _ = try BankLoan.terms(
            principal: terms.principal, annualRate: terms.annualRate, method: method, periods: terms.periods,
            grace: terms.grace, firstDue: terms.firstDue, received: date)
        let channel = try GrantStore.channel(channel)
        try await PartnershipStore(tenant).book(.loan, under: agreement)
        guard try await loan(of: agreement.id!) == nil else { throw PartnershipError.loanExists }
        let loan = BorrowingRecord()
        loan.id = UUID()
        (loan.partnershipID, loan.principal, loan.annualRate, loan.method) =
            (agreement.id!, terms.principal, terms.annualRate, method)
        (loan.periods, loan.grace, loan.firstDue, loan.receivedOn) = (terms.periods, terms.grace, terms.firstDue, date)
        loan.entryID = try await Ledger(tenant).post(
            JournalDraft(
                date: date, description: description, sourceType: .borrowingReceipt, sourceID: loan.id,
                lines: [
                    .init(account: .role(channel.role), debit: terms.principal, credit: 0),
                    .init(account: .role(.bankLoans), debit: 0, credit: terms.principal),
                ]),
            by: actor
        ).entry.id!
        try await tenant.create(loan)
        try await AuditLog.append(
            tenant, actor: actor, action: .partnershipLoan, entity: "partnership", entityID: agreement.id,
            after: [
                "principal": String(terms.principal), "annualRate": String(terms.annualRate), "periods": String(terms.periods),
                "grace": String(terms.grace), "firstDue": terms.firstDue.description,
            ])
        return try await position(loan)
    }

    /// The next instalment paid on `date`, whole, as the schedule has it.
    package func payNext(
        under agreement: PartnershipRecord, through channel: String?, on date: CivilDate,
        description: (Installment) -> String, by actor: Actor
    ) async throws -> (Position, Installment) {
        let channel = try GrantStore.channel(channel)
        try await PartnershipStore(tenant).book(.loan, under: agreement)
        guard let before = try await loan(of: agreement.id!) else { throw PartnershipError.noLoan }
        guard let due = before.next else { throw PartnershipError.loanRepaid }
        let payment = BorrowingPaymentRecord()
        payment.id = UUID()
        (payment.loanID, payment.number, payment.paidOn) = (before.loan.id!, due.number, date)
        (payment.principal, payment.interest) = (due.principal, due.interest)
        var lines: [JournalDraft.Line] = [.init(account: .role(channel.role), debit: 0, credit: due.payment)]
        if due.principal > 0 { lines.append(.init(account: .role(.bankLoans), debit: due.principal, credit: 0)) }
        if due.interest > 0 { lines.append(.init(account: .role(.borrowingInterest), debit: due.interest, credit: 0)) }
        payment.entryID = try await Ledger(tenant).post(
            JournalDraft(
                date: date, description: description(due), sourceType: .borrowingInstalment, sourceID: payment.id,
                lines: lines),
            by: actor
        ).entry.id!
        try await tenant.create(payment)
        try await AuditLog.append(
            tenant, actor: actor, action: .partnershipLoan, entity: "partnership", entityID: agreement.id,
            after: ["instalment": String(due.number), "principal": String(due.principal), "interest": String(due.interest)])
        return (try await position(before.loan), due)
    }
}
