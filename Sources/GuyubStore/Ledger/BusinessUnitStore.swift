import FluentKit
import Foundation
import GuyubCore

/// The cooperative's business units, which the books can report apart.
package struct BusinessUnitStore: Sendable {
    package let tenant: Tenant

    package init(_ tenant: Tenant) { self.tenant = tenant }

    package func all() async throws -> [BusinessUnitRecord] {
        try await tenant.query(BusinessUnitRecord.self).sort(\.$code).all()
    }

    package func find(_ id: UUID?) async throws -> BusinessUnitRecord {
        guard let unit = try await tenant.find(BusinessUnitRecord.self, id) else { throw AccessError.notFound }
        return unit
    }

    /// Adds a unit: a short code (letters, digits, dashes: `SP`, `TOKO`) and a name.
    package func add(code: String, name: String, by actor: Actor) async throws -> BusinessUnitRecord {
        let code = code.trimmingCharacters(in: .whitespaces).uppercased()
        guard code.range(of: #"^[A-Z0-9-]{1,12}$"#, options: .regularExpression) != nil else {
            throw LedgerError.invalidUnitCode
        }
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty, name.count <= 120 else { throw LedgerError.accountNameRequired }
        guard try await tenant.query(BusinessUnitRecord.self).filter(\.$code == code).first() == nil else {
            throw LedgerError.unitCodeTaken
        }
        let unit = BusinessUnitRecord()
        unit.code = code
        unit.name = name
        unit.active = true
        do { try await tenant.create(unit) } catch where error.isConstraintFailure { throw LedgerError.unitCodeTaken }
        try await AuditLog.append(tenant, actor: actor, action: .unitCreate, entity: "business_unit", entityID: unit.id,
                                  after: ["code": code, "name": name])
        return unit
    }

    /// Renames a unit or turns it off for new entries (its past lines keep it).
    package func update(_ id: UUID, name: String?, active: Bool?, by actor: Actor) async throws -> BusinessUnitRecord {
        let unit = try await find(id)
        let before = ["name": unit.name, "active": String(unit.active)]
        if let name {
            let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty, trimmed.count <= 120 else { throw LedgerError.accountNameRequired }
            unit.name = trimmed
        }
        if let active { unit.active = active }
        let after = ["name": unit.name, "active": String(unit.active)]
        guard after != before else { return unit }
        try await unit.update(on: tenant.db)
        try await AuditLog.append(tenant, actor: actor, action: .unitUpdate, entity: "business_unit", entityID: unit.id,
                                  before: before, after: after)
        return unit
    }
}
