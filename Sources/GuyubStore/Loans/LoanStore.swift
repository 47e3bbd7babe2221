import FluentKit
import Foundation
import GuyubCore
import SQLKit

/// Loans: products, applications, the board's decision, disbursement. Repayments and what follows
/// are in `LoanStore+Repayments`, the daily job in `LoanDay`. Every money step posts through the
/// ledger, in the caller's transaction.
package struct LoanStore: Sendable {
    package let tenant: Tenant

    package init(_ tenant: Tenant) { self.tenant = tenant }

    var ledger: Ledger { Ledger(tenant) }

    // MARK: products

    package func products(activeOnly: Bool = false) async throws -> [(record: LoanProductRecord, rules: LoanProduct)] {
        var query = tenant.query(LoanProductRecord.self).sort(\.$code)
        if activeOnly { query = query.filter(\.$active == true) }
        return try await query.all().map { ($0, try Self.rules(of: $0)) }
    }

    package func product(_ id: UUID?) async throws -> (record: LoanProductRecord, rules: LoanProduct) {
        guard let record = try await tenant.find(LoanProductRecord.self, id) else { throw LoanError.unknownProduct }
        return (record, try Self.rules(of: record))
    }

    static func rules(of record: LoanProductRecord) throws -> LoanProduct {
        try JSONDecoder().decode(LoanProduct.self, from: Data(record.rules.utf8))
    }

    /// Adds a product, or replaces the rules of the one with `id`. Loans already made keep their terms.
    @discardableResult
    package func saveProduct(_ rules: LoanProduct, id: UUID? = nil, active: Bool = true, by actor: Actor) async throws
        -> LoanProductRecord
    {
        let rules = try rules.validated()
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(rules), as: UTF8.self)
        let record: LoanProductRecord
        var before: LoanProduct?
        if let id {
            let existing = try await product(id)
            record = existing.record
            before = existing.rules
        } else {
            record = LoanProductRecord()
        }
        if try await tenant.query(LoanProductRecord.self).filter(\.$code == rules.code).all().contains(where: {
            $0.id != record.id
        }) {
            throw LoanError.invalidProduct("code")
        }
        record.code = rules.code
        record.name = rules.name
        record.rules = json
        record.active = active
        if id == nil { try await tenant.create(record) } else { try await record.update(on: tenant.db) }
        try await AuditLog.append(
            tenant, actor: actor, action: id == nil ? .loanProductCreate : .loanProductUpdate,
            entity: "loan_product", entityID: record.id, before: before, after: rules)
        return record
    }

    // MARK: applications

    /// Who borrows: a member of this cooperative, or another cooperative (lending in the network).
    package enum Borrower: Sendable, Equatable {
        case member(UUID)
        /// Another cooperative, named as the lender knows it: its own record's name is not the lender's to read.
        case cooperative(UUID, name: String)
    }

    package struct Application: Sendable {
        package var borrower: Borrower
        package var productID: UUID
        package var principal: Int64
        /// Millionths a year; nil takes the product's highest rate.
        package var annualRate: Int64?
        package var periods: Int
        package var purpose: String
        package var collateral: String
        package var date: CivilDate
        /// Take instalments from the member's sukarela as they fall due.
        package var autoDebit: Bool

        package init(
            borrower: Borrower, productID: UUID, principal: Int64, annualRate: Int64?, periods: Int,
            purpose: String, collateral: String, date: CivilDate, autoDebit: Bool = false
        ) {
            self.borrower = borrower
            self.productID = productID
            self.principal = principal
            self.annualRate = annualRate
            self.periods = periods
            self.purpose = purpose
            self.collateral = collateral
            self.date = date
            self.autoDebit = autoDebit
        }
    }

    /// Records an application with its simulated schedule. The product's ranges, its collateral rule and
    /// the member's borrowing limit are checked here; nothing is posted until disbursement.
    package func apply(_ application: Application, by actor: Actor) async throws -> LoanRecord {
        let (productRecord, product) = try await product(application.productID)
        guard productRecord.active else { throw LoanError.productInactive }
        // Dated from the application day until it is paid out, so seasonal and actual/365 products simulate too.
        let terms = try product.terms(
            principal: application.principal, annualRate: application.annualRate ?? product.rateMax,
            periods: application.periods, start: application.date)
        let collateral = application.collateral.trimmingCharacters(in: .whitespacesAndNewlines)
        if product.collateralRequired && collateral.isEmpty { throw LoanError.collateralRequired }

        let loan = LoanRecord()
        switch application.borrower {
        case .member(let memberID):
            let member = try await MemberStore(tenant).find(memberID)
            guard member.status == MemberStatus.member else { throw LoanError.notAMember }
            try await checkLimit(memberID, principal: application.principal, multiple: product.savingsMultiple, excluding: nil)
            loan.memberID = memberID
            loan.borrowerName = member.name
        case .cooperative(let cooperativeID, let name):
            // Auto-debit takes from a member's sukarela; a cooperative has none here.
            guard !application.autoDebit else { throw LoanError.notAMember }
            guard cooperativeID != tenant.cooperativeID,
                try await CooperativeRecord.find(cooperativeID, on: tenant.db) != nil
            else { throw AccessError.notFound }
            loan.borrowerCooperativeID = cooperativeID
            loan.borrowerName = name
        }
        loan.number = try await nextNumber()
        loan.productID = try productRecord.requireID()
        loan.status = .applied
        loan.principal = application.principal
        loan.annualRate = terms.annualRate
        loan.periods = terms.periods
        loan.terms = try Self.encode(terms)
        loan.scheduleVersion = 0
        loan.penaltyRule = try Self.encode(product.penalty)
        loan.allocation = product.allocation.map(\.rawValue).joined(separator: ",")
        loan.fees = product.fees(on: application.principal)
        loan.purpose = String(application.purpose.trimmingCharacters(in: .whitespacesAndNewlines).prefix(FieldLimit.loanText))
        loan.collateral = String(collateral.prefix(FieldLimit.loanText))
        loan.autoDebit = application.autoDebit
        loan.appliedOn = application.date
        loan.appliedByUserID = actor.userID
        loan.appliedByName = actor.name
        loan.principalPaid = 0
        loan.interestPaid = 0
        loan.penaltyAccrued = 0
        loan.penaltyPaid = 0
        loan.daysLate = 0
        loan.collectibility = .lancar
        loan.allowance = 0
        loan.writtenOff = 0
        loan.recovered = 0
        loan.revision = 0
        try await tenant.create(loan)
        try await AuditLog.append(
            tenant, actor: actor, action: .loanApply, entity: "loan", entityID: loan.id,
            after: LoanSnapshot(loan))
        return loan
    }

    private func nextNumber() async throws -> Int {
        let row = try await tenant.db.sql.raw(
            """
            UPDATE cooperatives SET next_loan_number = next_loan_number + 1 WHERE id = \(bind: tenant.cooperativeID)
            RETURNING next_loan_number
            """
        ).first()
        return try (row?.decode(column: "next_loan_number", as: Int.self) ?? 1) - 1
    }

    package func loan(_ id: UUID?) async throws -> LoanRecord {
        guard let loan = try await tenant.find(LoanRecord.self, id) else { throw AccessError.notFound }
        return loan
    }

    /// The loan, read after taking its row: changes to one loan (two tellers taking the same instalment)
    /// run one after the other, and the second sees what the first did.
    func lock(_ id: UUID?) async throws -> LoanRecord {
        guard let id else { throw AccessError.notFound }
        try await tenant.db.sql.raw(
            """
            UPDATE loans SET revision = revision + 1 WHERE id = \(bind: id) AND cooperative_id = \(bind: tenant.cooperativeID)
            """
        ).run()
        return try await loan(id)
    }

    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// A member may owe at most `multiple` times their savings (pokok, wajib, sukarela), counting every
    /// loan not yet repaid or refused — applications included, so two applications cannot each use the
    /// whole limit. On PostgreSQL the member's row is locked first, so two checks cannot pass at once.
    func checkLimit(_ memberID: UUID, principal: Int64, multiple: Int, excluding loanID: UUID?) async throws {
        guard multiple > 0 else { return }
        if !tenant.db.isSQLite {
            try await tenant.db.sql.raw(
                """
                SELECT id FROM members WHERE cooperative_id = \(bind: tenant.cooperativeID) AND id = \(bind: memberID) FOR NO KEY UPDATE
                """
            ).run()
        }
        let standing = try await standing(of: memberID, excluding: loanID)
        let limit = standing.limit(multiple: multiple)
        guard principal <= limit else { throw LoanError.overLimit(limit: limit) }
    }

    /// What the board weighs before deciding a member's application: their savings, what they owe on
    /// their other loans (applications counted at their principal), and how they have repaid.
    package struct Standing: Sendable {
        /// Pokok, wajib and sukarela: what the borrowing limit counts.
        package let savings: Int64
        package let otherLoans: Int
        package let otherOwed: Int64
        /// Instalments of their loans paid after their due date, or still unpaid past it.
        package let lateInstalments: Int
        /// The most days any of their loans is late today.
        package let daysLate: Int

        /// What more they may borrow under a limit of `multiple` times their savings.
        package func limit(multiple: Int) -> Int64 { max(0, savings * Int64(multiple) - otherOwed) }
    }

    package func standing(of memberID: UUID, excluding loanID: UUID?, today: CivilDate? = nil) async throws -> Standing {
        let savings = try await tenant.query(SavingsAccountRecord.self).filter(\.$memberID == memberID)
            .filter(\.$kind ~~ [SavingsKind.pokok, SavingsKind.wajib, SavingsKind.sukarela])
            .filter(\.$status == SavingsAccountStatus.open).all().reduce(0) { $0 + $1.balance }
        let loans = try await tenant.query(LoanRecord.self).filter(\.$memberID == memberID).all().filter { $0.id != loanID }
        let open = loans.filter(\.status.isOpen)
        var late = 0
        if let today {
            for loan in loans where loan.status.wasDisbursed {
                late += try await installments(of: loan).filter { row in
                    if let paid = row.paidOn { return paid > row.dueOn }
                    return row.unpaid > 0 && row.dueOn < today
                }.count
            }
        }
        return Standing(
            savings: savings, otherLoans: open.count,
            otherOwed: open.reduce(0) { $0 + ($1.status == LoanStatus.active ? $1.outstanding : $1.principal) },
            lateInstalments: late, daysLate: open.map(\.daysLate).max() ?? 0)
    }

    /// Who `actor` is to the loan: whether they entered it, whether they borrow it.
    package func party(_ loan: LoanRecord, _ actor: Actor, roles: Set<Role> = []) async throws -> LoanActor {
        guard let userID = actor.userID else { return LoanActor(roles: roles, enteredIt: false, isBorrower: false) }
        var borrower: UUID?
        if let memberID = loan.memberID { borrower = try await tenant.find(MemberRecord.self, memberID)?.userID }
        return LoanActor(roles: roles, enteredIt: loan.appliedByUserID == userID, isBorrower: borrower == userID)
    }

    /// Refuses `action` on the loan in its state, or by this actor (maker-checker, never one's own loan).
    func check(_ action: LoanAction, on loan: LoanRecord, by actor: Actor) async throws {
        _ = try loan.status.after(action, fullyRecovered: loan.recovered >= loan.writtenOff)
        if let bar = try await party(loan, actor).bar(to: action) { throw bar }
    }

    package static func terms(of loan: LoanRecord) throws -> LoanTerms {
        try JSONDecoder().decode(LoanTerms.self, from: Data(loan.terms.utf8))
    }

    /// The review: someone (not necessarily of the board) checked the application and wrote what they found.
    package func review(_ id: UUID?, note: String, by actor: Actor) async throws -> LoanRecord {
        let loan = try await lock(id)
        try await check(.review, on: loan, by: actor)
        let note = note.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !note.isEmpty else { throw LoanError.reasonRequired }
        loan.status = try loan.status.after(.review)
        loan.reviewNote = String(note.prefix(FieldLimit.loanNote))
        loan.reviewedByName = actor.name
        try await loan.update(on: tenant.db)
        try await AuditLog.append(
            tenant, actor: actor, action: .loanReview, entity: "loan", entityID: loan.id,
            after: LoanSnapshot(loan))
        return loan
    }

    /// The board's decision. Whoever entered the application never decides it (maker-checker).
    package func decide(_ id: UUID?, approve: Bool, note: String, on date: CivilDate, by actor: Actor) async throws -> LoanRecord
    {
        let loan = try await lock(id)
        try await check(approve ? .approve : .reject, on: loan, by: actor)
        if approve, let memberID = loan.memberID {
            try await checkLimit(
                memberID, principal: loan.principal,
                multiple: try await product(loan.productID).rules.savingsMultiple, excluding: loan.id)
        }
        let note = note.trimmingCharacters(in: .whitespacesAndNewlines)
        if !approve && note.isEmpty { throw LoanError.reasonRequired }
        let before = LoanSnapshot(loan)
        loan.status = try loan.status.after(approve ? .approve : .reject)
        loan.decidedByUserID = actor.userID
        loan.decidedByName = actor.name
        loan.decidedOn = date
        loan.decisionNote = note.isEmpty ? nil : String(note.prefix(FieldLimit.loanNote))
        try await loan.update(on: tenant.db)
        try await AuditLog.append(
            tenant, actor: actor, action: approve ? .loanApprove : .loanReject, entity: "loan",
            entityID: loan.id, before: before, after: LoanSnapshot(loan))
        return loan
    }

    /// Pays out an approved loan: the schedule is dated from `date`, the fees are kept back, and the rest
    /// goes to the borrower in cash, by bank or to their sukarela savings.
    package func disburse(
        _ id: UUID?, channel: LoanChannel, on date: CivilDate, description: String,
        by actor: Actor
    ) async throws -> (LoanRecord, LoanTransactionRecord) {
        let loan = try await lock(id)
        try await check(.disburse, on: loan, by: actor)
        guard channel != .qris else { throw SavingsError.unknownChannel }
        if let memberID = loan.memberID {
            try await checkLimit(
                memberID, principal: loan.principal,
                multiple: try await product(loan.productID).rules.savingsMultiple, excluding: loan.id)
        }
        var terms = try Self.terms(of: loan)
        terms.start = date
        let schedule = try LoanSchedule(terms)
        loan.terms = try Self.encode(terms)
        loan.scheduleVersion = 1
        try await insert(schedule, of: loan, version: 1)

        let net = loan.principal - loan.fees
        var lines: [JournalDraft.Line] = [.debit(.role(.memberLoans), loan.principal)]
        if loan.fees > 0 { lines.append(.credit(.role(loan.memberID == nil ? .adminFeesNonMember : .adminFees), loan.fees)) }
        if let payment = channel.payment {
            lines.append(.credit(.role(payment.role), net))
        } else {
            guard let memberID = loan.memberID else { throw LoanError.notAMember }
            let account = try await SavingsStore(tenant).openAccount(of: memberID, kind: .sukarela)
            lines.append(.credit(.role(.savingsSukarela), net, savings: account.id))
        }
        let posting = try await ledger.post(
            JournalDraft(
                date: date, description: description, sourceType: .loanDisbursement,
                sourceID: loan.id, lines: lines), by: actor)
        loan.status = try loan.status.after(.disburse)
        loan.disbursedOn = date
        loan.penaltyThrough = date
        try await loan.update(on: tenant.db)
        let step = try await record(
            .disbursement, of: loan, on: date, amount: loan.principal, split: PaymentSplit(),
            channel: channel, entry: posting.entry.id, note: nil, by: actor)
        try await AuditLog.append(
            tenant, actor: actor, action: .loanDisburse, entity: "loan", entityID: loan.id,
            after: LoanSnapshot(loan))
        return (loan, step)
    }

    /// The schedule's rows; interest carried from an earlier schedule is instalment 0, due with the first.
    func insert(_ schedule: LoanSchedule, of loan: LoanRecord, version: Int, carriedInterest: Int64 = 0) async throws {
        var items = schedule.installments
        if carriedInterest > 0, let first = items.first {
            items.insert(
                Installment(number: 0, due: first.due, principal: 0, interest: carriedInterest, balance: first.balance), at: 0)
        }
        let rows = try items.map { item in
            // A loan's schedule is dated from its disbursement; an undated one is a fault of the caller.
            guard let due = item.due else { throw LoanError.datedScheduleNeedsStart }
            let row = LoanInstallmentRecord()
            row.cooperativeID = tenant.cooperativeID
            row.loanID = loan.id!
            row.version = version
            row.number = item.number
            row.dueOn = due
            row.principal = item.principal
            row.interest = item.interest
            row.principalPaid = 0
            row.interestPaid = 0
            return row
        }
        try await rows.create(on: tenant.db)
    }

    func record(
        _ kind: LoanStepKind, of loan: LoanRecord, on date: CivilDate, amount: Int64, split: PaymentSplit,
        channel: LoanChannel?, entry: UUID?, note: String?, by actor: Actor
    ) async throws -> LoanTransactionRecord {
        let step = LoanTransactionRecord()
        step.loanID = try loan.requireID()
        step.kind = kind
        step.on = date
        step.amount = amount
        step.principal = split.principal
        step.interest = split.interest
        step.penalty = split.penalty
        step.channel = channel
        step.entryID = entry
        step.note = note
        step.createdByName = actor.name
        try await tenant.create(step)
        return step
    }

    /// The schedule in force, in order.
    package func installments(of loan: LoanRecord, version: Int? = nil) async throws -> [LoanInstallmentRecord] {
        try await tenant.query(LoanInstallmentRecord.self).filter(\.$loanID == loan.requireID())
            .filter(\.$version == (version ?? loan.scheduleVersion)).sort(\.$number).all()
    }

    package func steps(of loan: LoanRecord) async throws -> [LoanTransactionRecord] {
        try await tenant.query(LoanTransactionRecord.self).filter(\.$loanID == loan.requireID()).sort(\.$createdAt).all()
    }
}

/// What the audit trail keeps of a loan after each change.
struct LoanSnapshot: Codable, Sendable {
    let number: Int
    let borrower: String
    let status: LoanStatus
    let principal: Int64
    let annualRate: Int64
    let periods: Int
    let principalPaid: Int64
    let interestPaid: Int64
    let penaltyPaid: Int64

    init(_ loan: LoanRecord) {
        number = loan.number
        borrower = loan.borrowerName
        status = loan.status
        principal = loan.principal
        annualRate = loan.annualRate
        periods = loan.periods
        principalPaid = loan.principalPaid
        interestPaid = loan.interestPaid
        penaltyPaid = loan.penaltyPaid
    }
}

extension LoanStore {
    /// Loans newest first, all or those `filter` picks.
    package func list(_ filter: LoanListFilter?, page: Int, perPage: Int = 50) async throws -> Page<LoanRecord> {
        var query = tenant.query(LoanRecord.self)
        switch filter {
        case .late: query = query.filter(\.$status == LoanStatus.active).filter(\.$daysLate > 0)
        case .awaiting: query = query.filter(\.$status ~~ [LoanStatus.applied, .reviewed])
        case .status(let status): query = query.filter(\.$status == status)
        case nil: break
        }
        let total = try await query.count()
        let items = try await query.sort(\.$number, .descending).range(((page - 1) * perPage)..<(page * perPage)).all()
        return Page(items: items, page: page, perPage: perPage, total: total)
    }

    package func loans(of memberID: UUID) async throws -> [LoanRecord] {
        try await tenant.query(LoanRecord.self).filter(\.$memberID == memberID).sort(\.$number, .descending).all()
    }
}
