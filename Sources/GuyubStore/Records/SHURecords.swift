import FluentKit
import Foundation
import GuyubCore

/// One year's SHU rules (`SHURules` as JSON), as the bylaws stood for that year.
package final class SHUSettingsRecord: TenantModel, @unchecked Sendable {
    package static let schema = "shu_settings"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<SHUSettingsRecord, FieldProperty<SHUSettingsRecord, UUID>> { \.$cooperativeID }
    @Field(key: "year") package var year: Int
    @Field(key: "rules") package var rules: String
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?

    package init() {}
}

/// A closed financial year: its closing entry and the surplus it moved into equity, apart by segment.
package final class YearClosingRecord: TenantModel, @unchecked Sendable {
    package static let schema = "year_closings"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<YearClosingRecord, FieldProperty<YearClosingRecord, UUID>> { \.$cooperativeID }
    @Field(key: "year") package var year: Int
    @OptionalField(key: "entry_id") package var entryID: UUID?
    @Field(key: "member_surplus") package var memberSurplus: Int64
    @Field(key: "non_member_surplus") package var nonMemberSurplus: Int64
    @Field(key: "shared_surplus") package var sharedSurplus: Int64
    /// The day the year was closed (`YYYY-MM-DD`): a RAT must approve its distribution after it.
    @Field(key: "closed_on") package var closedOn: CivilDate
    @Field(key: "closed_by_name") package var closedByName: String
    @Timestamp(key: "closed_at", on: .create) package var closedAt: Date?

    package init() {}
}

/// A year's SHU distribution: a draft from the close until the RAT approves it and it is posted.
/// Its rules, pools and remainders are kept as computed, so the posted figures never move.
package final class SHUDistributionRecord: TenantModel, @unchecked Sendable {
    package static let schema = "shu_distributions"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<SHUDistributionRecord, FieldProperty<SHUDistributionRecord, UUID>> {
        \.$cooperativeID
    }
    @Field(key: "year") package var year: Int
    @Field(key: "status") package var status: SHUDistributionStatus
    @Field(key: "rules") package var rules: String
    @Field(key: "member_surplus") package var memberSurplus: Int64
    @Field(key: "non_member_surplus") package var nonMemberSurplus: Int64
    /// Each fund's amount from the members' part, and from the non-members' part (JSON objects).
    @Field(key: "pools") package var pools: String
    @Field(key: "non_member_pools") package var nonMemberPools: String
    /// What rounding left, per pool (JSON), all of it for the reserve.
    @Field(key: "remainder") package var remainder: String
    @Field(key: "total_savings") package var totalSavings: Int64
    @Field(key: "total_business") package var totalBusiness: Int64
    @Field(key: "members") package var members: Int
    @OptionalField(key: "entry_id") package var entryID: UUID?
    @OptionalField(key: "resolution_id") package var resolutionID: UUID?
    @OptionalField(key: "posted_on") package var postedOn: CivilDate?
    @Timestamp(key: "computed_at", on: .update) package var computedAt: Date?

    package init() {}
}

/// One member's SHU of a year, with the savings and business it was computed from.
package final class SHUShareRecord: TenantModel, @unchecked Sendable {
    package static let schema = "shu_shares"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<SHUShareRecord, FieldProperty<SHUShareRecord, UUID>> { \.$cooperativeID }
    @Field(key: "distribution_id") package var distributionID: UUID
    @Field(key: "member_id") package var memberID: UUID
    @Field(key: "savings") package var savings: Int64
    @Field(key: "business") package var business: Int64
    @Field(key: "capital") package var capital: Int64
    @Field(key: "patronage") package var patronage: Int64
    @OptionalField(key: "paid_to") package var paidTo: SHUSharePayment?
    @OptionalField(key: "paid_entry_id") package var paidEntryID: UUID?

    package var total: Int64 { capital + patronage }

    package init() {}
}

/// A member's business with a unit the books do not name per member (store purchases, produce
/// delivered), counted for the patronage share.
package final class BusinessRecord: TenantModel, @unchecked Sendable {
    package static let schema = "business_records"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<BusinessRecord, FieldProperty<BusinessRecord, UUID>> { \.$cooperativeID }
    @Field(key: "member_id") package var memberID: UUID
    /// A `SHURules.BusinessSource` other than loan interest.
    @Field(key: "source") package var source: SHURules.BusinessSource
    @Field(key: "happened_on") package var happenedOn: CivilDate
    @Field(key: "amount") package var amount: Int64
    @OptionalField(key: "reference") package var reference: String?

    package init() {}
}
