import FluentKit
import Foundation
import GuyubCore

extension LoanStore {
    /// What an instalment receipt shows of the payment an entry recorded.
    package struct RepaymentReceipt: Sendable {
        package let loanID: UUID
        package let number: Int
        package let borrower: String
        package let memberID: UUID?
        package let principal: Int64
        package let interest: Int64
        package let penalty: Int64
        package let instalments: InstalmentsPaid
        /// Instalments in the schedule the payment was made under.
        package let scheduled: Int
        /// Principal still owed once the payment was made.
        package let outstanding: Int64
    }

    /// The repayment recorded by a journal entry, or nil when the entry records none.
    package func repaymentReceipt(entry entryID: UUID) async throws -> RepaymentReceipt? {
        guard
            let step = try await tenant.query(LoanTransactionRecord.self).filter(\.$entryID == entryID)
                .filter(\.$kind == LoanStepKind.repayment).first(),
            let loan = try await tenant.find(LoanRecord.self, step.loanID)
        else { return nil }
        let steps = try await steps(of: loan)
        guard let index = steps.firstIndex(where: { $0.id == step.id }) else { return nil }
        let earlier = steps[..<index]
        // Under the schedule then in force: paid since its last restructuring.
        let restructured = earlier.lastIndex { $0.kind == LoanStepKind.restructure }
        let version = min(loan.scheduleVersion, 1 + earlier.filter { $0.kind == LoanStepKind.restructure }.count)
        let sinceSchedule = earlier[(restructured.map { $0 + 1 } ?? earlier.startIndex)...]
            .filter { $0.kind == LoanStepKind.repayment }
        // Counted by principal: interest waived on an early payoff or charged on a late one does not
        // move which instalments are settled. Row 0 (interest carried into a restructuring) is no instalment.
        let dues = try await installments(of: loan, version: version).filter { $0.number > 0 }.map(\.principal)
        let repaid = steps[...index].filter { $0.kind == LoanStepKind.repayment }.reduce(0) { $0 + $1.principal }
        return RepaymentReceipt(
            loanID: try loan.requireID(), number: loan.number, borrower: loan.borrowerName, memberID: loan.memberID,
            principal: step.principal, interest: step.interest, penalty: step.penalty,
            instalments: InstalmentsPaid(
                dues: dues, paidBefore: sinceSchedule.reduce(0) { $0 + $1.principal }, paid: step.principal),
            scheduled: dues.count, outstanding: loan.principal - repaid)
    }
}
