import Foundation

/// Who works where. A cooperative that assigns no one lets its staff work in every unit; someone assigned
/// to units works only in those, and what they do without naming a unit happens in the first of them.
package enum UnitStaff {
    /// Refuses `unit` to someone assigned elsewhere.
    package static func check(_ unit: UUID, assigned: [UUID]) throws(StoreError) {
        guard assigned.isEmpty || assigned.contains(unit) else { throw .notAssigned }
    }

    /// The unit someone works in when they name none: the first of theirs still open; nil when they have
    /// none (the cooperative's shop, then).
    package static func home(assigned: [UUID], open: Set<UUID>) -> UUID? {
        assigned.first { open.contains($0) }
    }
}
