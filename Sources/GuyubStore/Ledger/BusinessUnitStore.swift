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

    /// The unit a sale or a receipt names, or, when it names none, the unit the actor works in or the
    /// cooperative's grocery outlet — made on first use when the cooperative has none. Someone assigned to
    /// other units is refused (`UnitStaff`); `working: false` (where goods are sent) skips that.
    package func shop(_ id: UUID?, by actor: Actor, working: Bool = true) async throws -> BusinessUnitRecord {
        let assigned = working ? try await units(of: actor) : []
        if let id {
            let unit = try await find(id)
            guard unit.active else { throw StoreError.unitInactive }
            try UnitStaff.check(id, assigned: assigned)
            return unit
        }
        let units = try await all()
        if let home = UnitStaff.home(assigned: assigned, open: Self.selling(units)) {
            return units.first { $0.id == home }!
        }
        // Assigned only to units now closed: nowhere to work.
        guard assigned.isEmpty else { throw StoreError.notAssigned }
        if let shop = units.first(where: { $0.kind == .grocery && $0.active }) { return shop }
        let kind = BusinessUnitKind.grocery
        let code = units.contains { $0.code == kind.code } ? "\(kind.code)-\(units.count + 1)" : kind.code
        return try await add(code: code, name: kind.name, kind: kind, by: actor)
    }

    /// The unit someone sells in when they name none, without making one: their first open unit, or the
    /// cooperative's grocery outlet.
    package func home(of actor: Actor) async throws -> BusinessUnitRecord? {
        let units = try await all()
        if let home = UnitStaff.home(assigned: try await self.units(of: actor), open: Self.selling(units)) {
            return units.first { $0.id == home }
        }
        return units.first { $0.kind == .grocery && $0.active }
    }

    /// The open units that keep stock and sell (a unit of no kind, made by hand, may).
    static func selling(_ units: [BusinessUnitRecord]) -> Set<UUID> {
        Set(units.filter { $0.active && ($0.kind?.sells ?? true) }.compactMap(\.id))
    }

    /// Refuses `unit` to someone assigned to others (`UnitStaff`).
    package func checkWorks(in unit: UUID, _ actor: Actor) async throws {
        try UnitStaff.check(unit, assigned: try await units(of: actor))
    }

    /// The units someone works in, in the order of their codes; none when they are not assigned.
    package func units(of actor: Actor) async throws -> [UUID] {
        guard let user = actor.userID else { return [] }
        let rows = try await tenant.query(UnitStaffRecord.self).filter(\.$userID == user).all().map(\.unitID)
        guard rows.count > 1 else { return rows }
        let codes = Dictionary(uniqueKeysWithValues: try await all().map { ($0.id!, $0.code) })
        return rows.sorted { (codes[$0] ?? "") < (codes[$1] ?? "") }
    }

    /// Who works in each unit.
    package func staff() async throws -> [UUID: [UUID]] {
        Dictionary(grouping: try await tenant.query(UnitStaffRecord.self).all(), by: \.unitID).mapValues { $0.map(\.userID) }
    }

    /// Sets who works in a unit: `staff`, each holding a role in the cooperative (the caller checks), by id
    /// and by name for the audit trail. `names` gives the names of those who worked there before.
    package func assign(
        _ staff: [(id: UUID, name: String)], to id: UUID, names: [UUID: String], by actor: Actor
    ) async throws -> BusinessUnitRecord {
        let unit = try await find(id)
        let wanted = Set(staff.map(\.id))
        let before = Set(try await self.staff()[id] ?? [])
        guard before != wanted else { return unit }
        try await tenant.query(UnitStaffRecord.self).filter(\.$unitID == id).delete()
        for user in wanted {
            let row = UnitStaffRecord()
            row.unitID = id
            row.userID = user
            try await tenant.create(row)
        }
        func written(_ ids: Set<UUID>) -> String { ids.map { names[$0] ?? "" }.sorted().joined(separator: ", ") }
        try await AuditLog.append(
            tenant, actor: actor, action: .unitUpdate, entity: "business_unit", entityID: id,
            before: ["staff": written(before)], after: ["staff": written(wanted)])
        return unit
    }

    /// Sets the kabupaten or kota a unit sells in (nil for none), for a regional price ceiling.
    package func setRegion(_ typed: String?, of id: UUID, by actor: Actor) async throws -> BusinessUnitRecord {
        let unit = try await find(id)
        let region: String?
        do { region = try FieldRules.optional(typed, field: "region", max: FieldLimit.name).map(PriceCeiling.written) } catch {
            throw StoreError.field(error)
        }
        guard region != unit.region else { return unit }
        let before = ["region": unit.region ?? ""]
        unit.region = region
        try await unit.update(on: tenant.db)
        try await AuditLog.append(
            tenant, actor: actor, action: .unitUpdate, entity: "business_unit", entityID: id, before: before,
            after: ["region": region ?? ""])
        return unit
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
