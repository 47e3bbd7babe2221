import FluentKit
import Foundation
import GuyubCore

/// Someone the cooperative works with: a government office, an NGO, a company, a university, a bank,
/// another cooperative; linked to its supplier record or the programme whose goods it supplies, when it has
/// one, so that its share of supply and sales can be measured.
package final class PartnerRecord: TenantModel, @unchecked Sendable {
    package static let schema = "partners"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<PartnerRecord, FieldProperty<PartnerRecord, UUID>> { \.$cooperativeID }
    @Field(key: "name") package var name: String
    @Field(key: "kind") package var kind: PartnerKind
    @OptionalField(key: "contact_name") package var contactName: String?
    /// E.164.
    @OptionalField(key: "phone") package var phone: String?
    @OptionalField(key: "email") package var email: String?
    @OptionalField(key: "supplier_id") package var supplierID: UUID?
    @OptionalField(key: "programme_id") package var programmeID: UUID?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}
}

/// A partner's own person: a sign-in with the partner role that sees only this partner's agreements.
package final class PartnerUserRecord: TenantModel, @unchecked Sendable {
    package static let schema = "partner_users"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<PartnerUserRecord, FieldProperty<PartnerUserRecord, UUID>> { \.$cooperativeID }
    @Field(key: "partner_id") package var partnerID: UUID
    @Field(key: "user_id") package var userID: UUID

    package init() {}
}

/// An agreement with a partner: its kind, each side's goals, when it runs, what it is worth, where it stands.
package final class PartnershipRecord: TenantModel, @unchecked Sendable {
    package static let schema = "partnerships"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<PartnershipRecord, FieldProperty<PartnershipRecord, UUID>> { \.$cooperativeID }
    @Field(key: "partner_id") package var partnerID: UUID
    @Field(key: "kind") package var kind: PartnershipKind
    @Field(key: "title") package var title: String
    /// Each side's goals in its own words, so that a divergence shows.
    @Field(key: "our_goals") package var ourGoals: String
    @Field(key: "their_goals") package var theirGoals: String
    @Field(key: "start_on") package var start: CivilDate
    @OptionalField(key: "end_on") package var end: CivilDate?
    /// In rupiah's minor units.
    @Field(key: "value") package var value: Int64
    @Field(key: "status") package var status: PartnershipStatus
    /// What money a financial agreement brings: stated when drafted, or settled by the first money booked.
    @OptionalField(key: "financing") package var financing: Financing?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}
}

/// One task of an agreement's responsibility matrix, with each party's letter.
package final class PartnershipTaskRecord: TenantModel, @unchecked Sendable {
    package static let schema = "partnership_tasks"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<PartnershipTaskRecord, FieldProperty<PartnershipTaskRecord, UUID>> {
        \.$cooperativeID
    }
    @Field(key: "partnership_id") package var partnershipID: UUID
    @Field(key: "position") package var position: Int
    @Field(key: "task") package var task: String
    /// `{"<party>":"R"|"A"|"C"|"I"}` as JSON.
    @Field(key: "parties") package var parties: String

    package init() {}
}

/// What one side owes under an agreement by a day, and the evidence it was delivered.
package final class CommitmentRecord: TenantModel, @unchecked Sendable {
    package static let schema = "partnership_commitments"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<CommitmentRecord, FieldProperty<CommitmentRecord, UUID>> { \.$cooperativeID }
    @Field(key: "partnership_id") package var partnershipID: UUID
    @Field(key: "party") package var party: PartnershipParty
    @Field(key: "what") package var what: String
    @Field(key: "due_on") package var due: CivilDate
    @Field(key: "status") package var status: CommitmentStatus
    @OptionalField(key: "delivered_on") package var deliveredOn: CivilDate?
    @OptionalField(key: "evidence") package var evidence: String?
    @OptionalField(key: "evidence_upload_id") package var evidenceUploadID: UUID?
    @OptionalField(key: "evidence_entry_id") package var evidenceEntryID: UUID?
    @OptionalField(key: "recorded_by_name") package var recordedByName: String?
    /// When its party was last reminded that it is overdue.
    @OptionalField(key: "reminded_on") package var remindedOn: CivilDate?

    package init() {}
}

/// A periodic review: what was committed against delivered, whether the goals still meet, the decision.
package final class PartnershipReviewRecord: TenantModel, @unchecked Sendable {
    package var benefits: [ReviewedBenefit] {
        (benefitsJSON.flatMap { try? JSONDecoder().decode([ReviewedBenefit].self, from: Data($0.utf8)) }) ?? []
    }

    package static let schema = "partnership_reviews"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<PartnershipReviewRecord, FieldProperty<PartnershipReviewRecord, UUID>> {
        \.$cooperativeID
    }
    @Field(key: "partnership_id") package var partnershipID: UUID
    @Field(key: "reviewed_on") package var reviewedOn: CivilDate
    /// Commitments due by then, and those delivered.
    @Field(key: "committed") package var committed: Int
    @Field(key: "delivered") package var delivered: Int
    @Field(key: "diverging") package var diverging: Bool
    @Field(key: "decision") package var decision: ReviewDecision
    @Field(key: "note") package var note: String
    @Field(key: "by_name") package var byName: String
    /// The benefits against their targets as the review found them, as JSON (`[ReviewedBenefit]`).
    @OptionalField(key: "benefits") package var benefitsJSON: String?
    /// Orders two reviews of one day.
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}
}

/// Who handles a risk, while it lasts (kept by its key).
package final class PartnershipRiskOwnerRecord: TenantModel, @unchecked Sendable {
    package static let schema = "partnership_risk_owners"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<PartnershipRiskOwnerRecord, FieldProperty<PartnershipRiskOwnerRecord, UUID>> {
        \.$cooperativeID
    }
    @Field(key: "risk_key") package var key: String
    @Field(key: "owner") package var owner: String
    @Field(key: "status") package var status: PartnershipRiskStatus
    @OptionalField(key: "note") package var note: String?

    package init() {}
}

/// Money of a partner's grant: received into cash or the bank, or spent on its purpose, each with its entry.
package final class GrantMovementRecord: TenantModel, @unchecked Sendable {
    package static let schema = "partnership_grants"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<GrantMovementRecord, FieldProperty<GrantMovementRecord, UUID>> {
        \.$cooperativeID
    }
    @Field(key: "partnership_id") package var partnershipID: UUID
    @Field(key: "kind") package var kind: GrantMovement
    @Field(key: "amount") package var amount: Int64
    @Field(key: "moved_on") package var movedOn: CivilDate
    @Field(key: "purpose") package var purpose: String
    /// For what was spent: the expense or asset account it went to.
    @OptionalField(key: "account_id") package var accountID: UUID?
    @Field(key: "entry_id") package var entryID: UUID

    package init() {}
}

/// A loan from a partner bank, received under a financial agreement: its terms, from which the loan engine
/// draws the schedule.
package final class BorrowingRecord: TenantModel, @unchecked Sendable {
    package static let schema = "partnership_loans"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<BorrowingRecord, FieldProperty<BorrowingRecord, UUID>> { \.$cooperativeID }
    @Field(key: "partnership_id") package var partnershipID: UUID
    @Field(key: "principal") package var principal: Int64
    /// Millionths a year, as the loan engine reads it.
    @Field(key: "annual_rate") package var annualRate: Int64
    @Field(key: "method") package var method: InterestMethod
    @Field(key: "periods") package var periods: Int
    @Field(key: "grace") package var grace: Int
    @Field(key: "first_due") package var firstDue: CivilDate
    @Field(key: "received_on") package var receivedOn: CivilDate
    @Field(key: "entry_id") package var entryID: UUID

    package init() {}
}

/// An instalment of a partner bank's loan, paid whole: its principal and interest as the schedule has them.
package final class BorrowingPaymentRecord: TenantModel, @unchecked Sendable {
    package static let schema = "partnership_loan_payments"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<BorrowingPaymentRecord, FieldProperty<BorrowingPaymentRecord, UUID>> {
        \.$cooperativeID
    }
    @Field(key: "loan_id") package var loanID: UUID
    @Field(key: "number") package var number: Int
    @Field(key: "paid_on") package var paidOn: CivilDate
    @Field(key: "principal") package var principal: Int64
    @Field(key: "interest") package var interest: Int64
    @Field(key: "entry_id") package var entryID: UUID

    package init() {}
}

/// Equity participation under a financial agreement: received from the partner, or made in its business.
package final class EquityMovementRecord: TenantModel, @unchecked Sendable {
    package static let schema = "partnership_equity"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<EquityMovementRecord, FieldProperty<EquityMovementRecord, UUID>> {
        \.$cooperativeID
    }
    @Field(key: "partnership_id") package var partnershipID: UUID
    @Field(key: "direction") package var direction: EquityDirection
    @Field(key: "amount") package var amount: Int64
    @Field(key: "moved_on") package var movedOn: CivilDate
    @Field(key: "entry_id") package var entryID: UUID

    package init() {}
}

/// A benefit an agreement is measured by: its target, and its actual figure — typed for what is `entered`,
/// read from the books, the shop and the commitments for the rest.
package final class IndicatorRecord: TenantModel, @unchecked Sendable {
    package static let schema = "partnership_indicators"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<IndicatorRecord, FieldProperty<IndicatorRecord, UUID>> { \.$cooperativeID }
    @Field(key: "partnership_id") package var partnershipID: UUID
    @Field(key: "position") package var position: Int
    @Field(key: "name") package var name: String
    @Field(key: "measure") package var measure: IndicatorMeasure
    /// Minor units for money, a count otherwise.
    @Field(key: "target") package var target: Int64
    @OptionalField(key: "actual") package var actual: Int64?
    /// What an entered figure counts (hours, products…).
    @OptionalField(key: "unit") package var unit: String?

    package init() {}
}

/// A document kept with a partner, or with one of its agreements: the signed agreement, a licence, a report.
package final class PartnerDocumentRecord: TenantModel, @unchecked Sendable {
    package static let schema = "partner_documents"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<PartnerDocumentRecord, FieldProperty<PartnerDocumentRecord, UUID>> {
        \.$cooperativeID
    }
    @Field(key: "partner_id") package var partnerID: UUID
    @OptionalField(key: "partnership_id") package var partnershipID: UUID?
    @Field(key: "upload_id") package var uploadID: UUID
    @Field(key: "title") package var title: String
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}
}
