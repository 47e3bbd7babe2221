import FluentKit
import Foundation
import GuyubCore

/// An account of a cooperative's chart. `balance` is kept for speed: the sum of its lines' debits
/// minus credits, updated in the same transaction as every posting, and recomputed by `guyub verify`.
package final class AccountRecord: TenantModel, @unchecked Sendable {
    package static let schema = "accounts"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<AccountRecord, FieldProperty<AccountRecord, UUID>> { \.$cooperativeID }
    @Field(key: "code") package var code: String
    @Field(key: "name_id") package var nameID: String
    @Field(key: "name_en") package var nameEN: String
    @Field(key: "type") package var type: AccountType
    /// The side on which the balance grows (opposite the type's for a contra account).
    @Field(key: "normal_side") package var normalSide: Side
    /// The meaning the product posts by (`cash`, `savingsSukarela`…), for the accounts that have one.
    @OptionalField(key: "role") package var role: AccountRole?
    @Field(key: "segment") package var segment: Segment
    @Field(key: "active") package var active: Bool
    /// Debits minus credits, in minor units.
    @Field(key: "balance") package var balance: Int64
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}

    /// A subledger's control account, which no manual entry may touch.
    package var isControl: Bool { role?.isControl == true }
}

/// A posted journal entry. Never changed or removed: a mistake is undone by its reversal.
package final class JournalEntryRecord: TenantModel, @unchecked Sendable {
    package static let schema = "journal_entries"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<JournalEntryRecord, FieldProperty<JournalEntryRecord, UUID>> { \.$cooperativeID }
    /// Sequential per cooperative, as the books number their entries.
    @Field(key: "number") package var number: Int
    /// The date the entry counts for.
    @Field(key: "entry_date") package var entryDate: CivilDate
    @Field(key: "description") package var description: String
    @Field(key: "source_type") package var sourceType: JournalSource
    @OptionalField(key: "source_id") package var sourceID: UUID?
    /// The total of either side.
    @Field(key: "total") package var total: Int64
    /// The entry this one reverses.
    @OptionalField(key: "reversal_of_id") package var reversalOfID: UUID?
    @OptionalField(key: "created_by_user_id") package var createdByUserID: UUID?
    @Field(key: "created_by_name") package var createdByName: String
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}
}

package final class JournalLineRecord: TenantModel, @unchecked Sendable {
    package static let schema = "journal_lines"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<JournalLineRecord, FieldProperty<JournalLineRecord, UUID>> { \.$cooperativeID }
    @Field(key: "entry_id") package var entryID: UUID
    @Field(key: "line_number") package var lineNumber: Int
    /// The entry's date again, so balances at a date read the lines alone.
    @Field(key: "entry_date") package var entryDate: CivilDate
    @Field(key: "account_id") package var accountID: UUID
    @OptionalField(key: "savings_account_id") package var savingsAccountID: UUID?
    /// The business unit the line belongs to (nil: the cooperative as a whole).
    @OptionalField(key: "business_unit_id") package var businessUnitID: UUID?
    @Field(key: "debit") package var debit: Int64
    @Field(key: "credit") package var credit: Int64
    @OptionalField(key: "memo") package var memo: String?

    package init() {}
}

/// A month whose books are closed: nothing may be posted on a date in it.
package final class MonthClosingRecord: TenantModel, @unchecked Sendable {
    package static let schema = "month_closings"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<MonthClosingRecord, FieldProperty<MonthClosingRecord, UUID>> { \.$cooperativeID }
    @Field(key: "month") package var month: YearMonth
    @Field(key: "closed_by_name") package var closedByName: String
    @Timestamp(key: "closed_at", on: .create) package var closedAt: Date?
    /// The audit chain's head as the month was closed (its link number and hash), printed with the closing
    /// so that the chain can later be compared with paper.
    @OptionalField(key: "audit_sequence") package var auditSequence: Int64?
    @OptionalField(key: "audit_head") package var auditHead: String?

    package init() {}
}

/// A cooperative's settings of one area (savings products…), as a JSON document.
package final class SettingRecord: TenantModel, @unchecked Sendable {
    package static let schema = "cooperative_settings"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<SettingRecord, FieldProperty<SettingRecord, UUID>> { \.$cooperativeID }
    @Field(key: "key") package var key: String
    @Field(key: "value") package var value: String
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?

    package init() {}
}
