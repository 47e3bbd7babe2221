import FluentKit
import Foundation
import GuyubCore

/// A member's savings account: one each of pokok, wajib and sukarela from acceptance, and one per
/// term deposit. `balance` is what the member holds (credit-positive), kept in the same transaction
/// as every posting that moves it; the sum per kind equals the control account in the books.
package final class SavingsAccountRecord: TenantModel, @unchecked Sendable {
    package static let schema = "savings_accounts"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<SavingsAccountRecord, FieldProperty<SavingsAccountRecord, UUID>> {
        \.$cooperativeID
    }
    @Field(key: "member_id") package var memberID: UUID
    @Field(key: "kind") package var kind: SavingsKind
    @Field(key: "balance") package var balance: Int64
    @Field(key: "status") package var status: SavingsAccountStatus
    @Field(key: "opened_on") package var openedOn: CivilDate
    @OptionalField(key: "closed_on") package var closedOn: CivilDate?
    // A term deposit's terms.
    @OptionalField(key: "term_months") package var termMonths: Int?
    @OptionalField(key: "rate") package var rate: Int?
    @OptionalField(key: "matures_on") package var maturesOn: CivilDate?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}
}

/// The wajib a member owes for one month. Payments are not stored here: what is settled is read
/// from the wajib paid, oldest month first.
package final class WajibDueRecord: TenantModel, @unchecked Sendable {
    package static let schema = "wajib_dues"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<WajibDueRecord, FieldProperty<WajibDueRecord, UUID>> { \.$cooperativeID }
    @Field(key: "member_id") package var memberID: UUID
    @Field(key: "period") package var period: YearMonth
    @Field(key: "amount") package var amount: Int64
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}
}
