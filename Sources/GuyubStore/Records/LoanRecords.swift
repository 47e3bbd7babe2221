import FluentKit
import Foundation
import GuyubCore

/// A loan product; its rules are one JSON document (`LoanProduct`), checked by the core.
package final class LoanProductRecord: TenantModel, @unchecked Sendable {
    package static let schema = "loan_products"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<LoanProductRecord, FieldProperty<LoanProductRecord, UUID>> { \.$cooperativeID }
    @Field(key: "code") package var code: String
    @Field(key: "name") package var name: String
    @Field(key: "active") package var active: Bool
    @Field(key: "rules") package var rules: String
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}
}

/// A loan from application to its end. Amounts in minor units. What was paid is
/// kept here in totals beside the instalments, so the portfolio reads one row per loan.
package final class LoanRecord: TenantModel, @unchecked Sendable {
    package static let schema = "loans"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<LoanRecord, FieldProperty<LoanRecord, UUID>> { \.$cooperativeID }
    @Field(key: "number") package var number: Int
    @Field(key: "product_id") package var productID: UUID
    /// The borrower: a member, or (in the network) another cooperative.
    @OptionalField(key: "member_id") package var memberID: UUID?
    @OptionalField(key: "borrower_cooperative_id") package var borrowerCooperativeID: UUID?
    @Field(key: "borrower_name") package var borrowerName: String
    @Field(key: "status") package var status: LoanStatus
    @Field(key: "principal") package var principal: Int64
    @Field(key: "annual_rate") package var annualRate: Int64
    @Field(key: "periods") package var periods: Int
    /// The current schedule's `LoanTerms` as JSON (dated from disbursement).
    @Field(key: "terms") package var terms: String
    /// The product's penalty rule (JSON) and payment order when the loan was applied for: changing the
    /// product later does not change the loans already made.
    @Field(key: "penalty_rule") package var penaltyRule: String
    @Field(key: "allocation") package var allocation: String
    /// Which schedule is in force: 1, then one more for each restructuring (old rows are kept).
    @Field(key: "schedule_version") package var scheduleVersion: Int
    @Field(key: "fees") package var fees: Int64
    @Field(key: "purpose") package var purpose: String
    @Field(key: "collateral") package var collateral: String
    /// The member asked for instalments to be taken from their sukarela as they fall due.
    @Field(key: "auto_debit") package var autoDebit: Bool
    @Field(key: "applied_on") package var appliedOn: CivilDate
    @OptionalField(key: "applied_by_user_id") package var appliedByUserID: UUID?
    @Field(key: "applied_by_name") package var appliedByName: String
    @OptionalField(key: "review_note") package var reviewNote: String?
    @OptionalField(key: "reviewed_by_name") package var reviewedByName: String?
    @OptionalField(key: "decided_by_user_id") package var decidedByUserID: UUID?
    @OptionalField(key: "decided_by_name") package var decidedByName: String?
    @OptionalField(key: "decided_on") package var decidedOn: CivilDate?
    @OptionalField(key: "decision_note") package var decisionNote: String?
    @OptionalField(key: "disbursed_on") package var disbursedOn: CivilDate?
    @Field(key: "principal_paid") package var principalPaid: Int64
    @Field(key: "interest_paid") package var interestPaid: Int64
    @Field(key: "penalty_accrued") package var penaltyAccrued: Int64
    @Field(key: "penalty_paid") package var penaltyPaid: Int64
    /// The last day penalties were accrued for.
    @OptionalField(key: "penalty_through") package var penaltyThrough: CivilDate?
    @Field(key: "days_late") package var daysLate: Int
    @Field(key: "collectibility") package var collectibility: Collectibility
    /// The allowance (PPAP) held against this loan in the books.
    @Field(key: "allowance") package var allowance: Int64
    @OptionalField(key: "closed_on") package var closedOn: CivilDate?
    @Field(key: "written_off") package var writtenOff: Int64
    @Field(key: "recovered") package var recovered: Int64
    /// Raised by every change, so that changes to one loan take turns (see `LoanStore.lock`).
    @Field(key: "revision") package var revision: Int
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}

    package var outstanding: Int64 { principal - principalPaid }
    package var paymentOrder: [PaymentPart] {
        let parts = allocation.split(separator: ",").compactMap { PaymentPart(rawValue: String($0)) }
        return parts.count == PaymentPart.allCases.count ? parts : PaymentPart.allCases
    }
    package var penaltyOwed: Int64 { penaltyAccrued - penaltyPaid }
}

/// One instalment of one version of a loan's schedule, and what has been paid of it.
package final class LoanInstallmentRecord: TenantModel, @unchecked Sendable {
    package static let schema = "loan_installments"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<LoanInstallmentRecord, FieldProperty<LoanInstallmentRecord, UUID>> {
        \.$cooperativeID
    }
    @Field(key: "loan_id") package var loanID: UUID
    @Field(key: "version") package var version: Int
    @Field(key: "number") package var number: Int
    @Field(key: "due_on") package var dueOn: CivilDate
    @Field(key: "principal") package var principal: Int64
    @Field(key: "interest") package var interest: Int64
    @Field(key: "principal_paid") package var principalPaid: Int64
    @Field(key: "interest_paid") package var interestPaid: Int64
    /// The day it was paid in full.
    @OptionalField(key: "paid_on") package var paidOn: CivilDate?

    package init() {}

    package var unpaid: Int64 { principal - principalPaid + interest - interestPaid }
}

/// A money step of a loan, with the journal entry that posted it: disbursement, repayment, write-off,
/// recovery; and a restructuring (no money, the old terms kept in `note`).
package final class LoanTransactionRecord: TenantModel, @unchecked Sendable {
    package static let schema = "loan_transactions"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<LoanTransactionRecord, FieldProperty<LoanTransactionRecord, UUID>> {
        \.$cooperativeID
    }
    @Field(key: "loan_id") package var loanID: UUID
    @Field(key: "kind") package var kind: LoanStepKind
    @Field(key: "happened_on") package var on: CivilDate
    @Field(key: "amount") package var amount: Int64
    @Field(key: "principal") package var principal: Int64
    @Field(key: "interest") package var interest: Int64
    @Field(key: "penalty") package var penalty: Int64
    @OptionalField(key: "channel") package var channel: LoanChannel?
    @OptionalField(key: "entry_id") package var entryID: UUID?
    @OptionalField(key: "note") package var note: String?
    @Field(key: "created_by_name") package var createdByName: String
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}
}
