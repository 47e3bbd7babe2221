import FluentKit
import Foundation
import GuyubCore

/// A business unit of the cooperative (simpan pinjam, toko/waserda, klinik…): journal lines may carry
/// one, so each unit's income and expenses can be reported apart and together.
package final class BusinessUnitRecord: TenantModel, @unchecked Sendable {
    package static let schema = "business_units"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<BusinessUnitRecord, FieldProperty<BusinessUnitRecord, UUID>> { \.$cooperativeID }
    @Field(key: "code") package var code: String
    @Field(key: "name") package var name: String
    @Field(key: "active") package var active: Bool
    @OptionalField(key: "kind") package var kind: BusinessUnitKind?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}
}
