import FluentKit
import Foundation

/// A row that belongs to one cooperative. Reach such rows only through `Tenant`, which scopes every query.
package protocol TenantModel: Model where IDValue == UUID {
    /// The cooperative the row belongs to, and its field for queries.
    var cooperativeID: UUID { get set }
    static var cooperativeKey: KeyPath<Self, FieldProperty<Self, UUID>> { get }
}
