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

    /// The unit a sale or a receipt names, or, when it names none, the cooperative's grocery outlet —
    /// made on first use when the cooperative has none.
    package func shop(_ id: UUID?, by actor: Actor) async throws -> BusinessUnitRecord {
        if let id {
            let unit = try await find(id)
            guard unit.active else { throw StoreError.unitInactive }
            return unit
        }
        let units = try await all()
        if let shop = units.first(where: { $0.kind == .grocery && $0.active }) { return shop }
        let kind = BusinessUnitKind.grocery
        let code = units.contains { $0.code == kind.code } ? "\(kind.code)-\(units.count + 1)" : kind.code
        return try await add(code: code, name: kind.name, kind: kind, by: actor)
    }

    /// Creates the units of the village-cooperative programme the cooperative does not have yet (by kind).
    package func addProgrammeUnits(by actor: Actor) async throws -> [BusinessUnitRecord] {
        let units = try await all()
        var added: [BusinessUnitRecord] = []
        for kind in BusinessUnitKind.allCases where !units.contains(where: { $0.kind == kind }) {
            let taken = units.contains { $0.code == kind.code }
            added.append(try await add(code: taken ? "\(kind.code)-2" : kind.code, name: kind.name, kind: kind, by: actor))
        }
        return added
    }

    /// Adds a unit: a short code (letters, digits, dashes: `SP`, `TOKO`) and a name.
    package func add(code: String, name: String, kind: BusinessUnitKind? = nil, by actor: Actor) async throws
        -> BusinessUnitRecord
    {
        let code = code.trimmingCharacters(in: .whitespaces).uppercased()
        guard code.range(of: #"^[A-Z0-9-]{1,12}$"#, options: .regularExpression) != nil else {
            throw LedgerError.invalidUnitCode
        }
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty, name.count <= FieldLimit.name else { throw LedgerError.accountNameRequired }
        guard try await tenant.query(BusinessUnitRecord.self).filter(\.$code == code).first() == nil else {
            throw LedgerError.unitCodeTaken
        }
        let unit = BusinessUnitRecord()
        unit.code = code
        unit.name = name
        unit.active = true
        unit.kind = kind
        do { try await tenant.create(unit) } catch  where error.isConstraintFailure { throw LedgerError.unitCodeTaken }
        try await AuditLog.append(
            tenant, actor: actor, action: .unitCreate, entity: "business_unit", entityID: unit.id,
            after: ["code": code, "name": name])
        return unit
    }

    /// Renames a unit or turns it off for new entries (its past lines keep it).
    package func update(_ id: UUID, name: String?, active: Bool?, by actor: Actor) async throws -> BusinessUnitRecord {
        let unit = try await find(id)
        let before = ["name": unit.name, "active": String(unit.active)]
        if let name {
            let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty, trimmed.count <= FieldLimit.name else { throw LedgerError.accountNameRequired }
            unit.name = trimmed
        }
        if let active { unit.active = active }
        let after = ["name": unit.name, "active": String(unit.active)]
        guard after != before else { return unit }
        try await unit.update(on: tenant.db)
        try await AuditLog.append(
            tenant, actor: actor, action: .unitUpdate, entity: "business_unit", entityID: unit.id,
            before: before, after: after)
        return unit
    }

    /// Sets the unit's QRIS merchant data, refused when a payload could not carry it.
    package func setMerchant(_ merchant: QRIS.Merchant, of id: UUID, by actor: Actor) async throws -> BusinessUnitRecord {
        let unit = try await find(id)
        _ = try QRIS.payload(for: merchant)
        let before = [
            "qrisMerchantName": unit.qrisMerchantName ?? "", "qrisMerchantId": unit.qrisMerchantID ?? "",
            "qrisCity": unit.qrisCity ?? "", "qrisPostalCode": unit.qrisPostalCode ?? "",
        ]
        unit.qrisMerchantName = merchant.name.trimmingCharacters(in: .whitespaces)
        unit.qrisMerchantID = merchant.id.trimmingCharacters(in: .whitespaces)
        unit.qrisCity = merchant.city.trimmingCharacters(in: .whitespaces)
        unit.qrisPostalCode = merchant.postalCode
        try await unit.update(on: tenant.db)
        try await AuditLog.append(
            tenant, actor: actor, action: .unitUpdate, entity: "business_unit", entityID: unit.id, before: before,
            after: [
                "qrisMerchantName": unit.qrisMerchantName ?? "", "qrisMerchantId": unit.qrisMerchantID ?? "",
                "qrisCity": unit.qrisCity ?? "", "qrisPostalCode": unit.qrisPostalCode ?? "",
            ])
        return unit
    }
}
