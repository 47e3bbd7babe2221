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
    /// The unit's QRIS merchant data; a unit without it takes no QRIS at its counter.
    @OptionalField(key: "qris_merchant_name") package var qrisMerchantName: String?
    @OptionalField(key: "qris_merchant_id") package var qrisMerchantID: String?
    @OptionalField(key: "qris_city") package var qrisCity: String?
    @OptionalField(key: "qris_postal_code") package var qrisPostalCode: String?
    /// The kabupaten or kota it sells in, for a regional price ceiling (`PriceCeiling.region`).
    @OptionalField(key: "region") package var region: String?

    /// The merchant its QRIS payloads name, once its data is set.
    package var qrisMerchant: QRIS.Merchant? {
        guard let qrisMerchantName, let qrisMerchantID, let qrisCity else { return nil }
        return QRIS.Merchant(name: qrisMerchantName, city: qrisCity, id: qrisMerchantID, postalCode: qrisPostalCode)
    }
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}
}

/// Someone who works in a unit (`UnitStaff`).
package final class UnitStaffRecord: TenantModel, @unchecked Sendable {
    package static let schema = "unit_staff"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<UnitStaffRecord, FieldProperty<UnitStaffRecord, UUID>> { \.$cooperativeID }
    @Field(key: "unit_id") package var unitID: UUID
    @Field(key: "user_id") package var userID: UUID

    package init() {}
}
