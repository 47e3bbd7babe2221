import Fluent
import GuyubCore
import GuyubStore
import Vapor

/// The cooperative's business units as the shop sees them: the seven of the village-cooperative programme in
/// one step, who works in each, and the region whose price ceilings hold there.
extension StoreController {
    struct UnitDTO: Content {
        struct Person: Content {
            var userId: UUID
            var name: String
        }
        var id: UUID
        var code: String
        var name: String
        var kind: String?
        var active: Bool
        var region: String?
        /// Whether its counter can show a QRIS code (its merchant data is set).
        var qris: Bool
        var staff: [Person]
    }

    struct StaffInput: Content {
        var userIds: [UUID]?
    }

    struct RegionInput: Content {
        var region: String?
    }

    /// `GET /api/v1/store/units`.
    func units(_ request: Request) async throws -> [UnitDTO] {
        _ = try request.authorize(.viewStore)
        return try await Self.units(request.tenant())
    }

    /// `POST /api/v1/store/units/template`: the programme's units the cooperative does not have yet → 201, all units.
    func addProgrammeUnits(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.keepBooks)
        let tenant = try request.tenant()
        _ = try await BusinessUnitStore(tenant).addProgrammeUnits(by: principal.actor)
        return try created(try await Self.units(tenant))
    }

    /// `PUT /api/v1/store/units/{id}/staff {"userIds":[…]}`: who works in the unit; [] for no one.
    func setStaff(_ request: Request) async throws -> UnitDTO {
        let principal = try request.authorize(.manageUsers)
        let tenant = try request.tenant()
        let id = try await BusinessUnitStore(tenant).find(request.parameters.get("id", as: UUID.self)).id!
        let input = try request.content.decode(StaffInput.self)
        // [] for no one; left out is a mistake, not a clearing.
        guard let ids = input.userIds else { throw StoreError.field(.required("userIds")) }
        try await Self.assign(ids, to: id, tenant, by: principal.actor)
        return try await Self.units(tenant).first { $0.id == id }!
    }

    /// Sets a unit's staff from ids, each someone with a role in the cooperative (another is not found).
    static func assign(_ ids: [UUID], to unit: UUID, _ tenant: Tenant, by actor: Actor) async throws {
        guard ids.count <= 200 else { throw StoreError.field(.tooLong("userIds", 200)) }
        let names = Dictionary(uniqueKeysWithValues: try await staff(in: tenant).map { ($0.id, $0.name) })
        let staff = try Set(ids).map { id in
            guard let name = names[id] else { throw AccessError.notFound }
            return (id: id, name: name)
        }
        _ = try await BusinessUnitStore(tenant).assign(staff, to: unit, names: names, by: actor)
    }

    /// Those who may work in a unit: people who work for the cooperative, not members, consumers or partners
    /// signing in for themselves.
    static func staff(in tenant: Tenant) async throws -> [(id: UUID, name: String)] {
        try await AccountStore.users(in: tenant).filter { !$0.1.isDisjoint(with: Role.staffRoles) }.map { ($0.0.id!, $0.0.name) }
    }

    /// `PATCH /api/v1/store/units/{id} {"region"}`: the kabupaten or kota it sells in; blank for none.
    func setRegion(_ request: Request) async throws -> UnitDTO {
        let principal = try request.authorize(.keepBooks)
        let tenant = try request.tenant()
        let units = BusinessUnitStore(tenant)
        let id = try await units.find(request.parameters.get("id", as: UUID.self)).id!
        let input = try request.content.decode(RegionInput.self)
        // Blank clears the region; left out is a mistake, not a clearing.
        guard let region = input.region else { throw StoreError.field(.required("region")) }
        _ = try await units.setRegion(region, of: id, by: principal.actor)
        return try await Self.units(tenant).first { $0.id == id }!
    }

    static func units(_ tenant: Tenant) async throws -> [UnitDTO] {
        let store = BusinessUnitStore(tenant)
        let staff = try await store.staff()
        let names = Dictionary(uniqueKeysWithValues: try await AccountStore.users(in: tenant).map { ($0.0.id!, $0.0.name) })
        return try await store.all().map { unit in
            UnitDTO(
                id: unit.id!, code: unit.code, name: unit.name, kind: unit.kind?.rawValue, active: unit.active,
                region: unit.region, qris: unit.qrisMerchant != nil,
                staff: (staff[unit.id!] ?? []).compactMap { id in names[id].map { UnitDTO.Person(userId: id, name: $0) } }
                    .sorted { $0.name < $1.name })
        }
    }
}

/// A programme's price ceilings over time and by region.
extension StoreController {
    struct CeilingInput: Content {
        var price: String?
        var effectiveFrom: String?
        var region: String?

        /// The ceiling as typed: a price, from today unless told, for a region (its spacing tidied) or all.
        func read(decimals: Int, today: CivilDate) throws -> PriceCeiling {
            let price = try StoreController.price(price, field: "price", decimals: decimals)
            let from = try StoreController.date(effectiveFrom, field: "effectiveFrom") ?? today
            do {
                let region = try FieldRules.optional(region, field: "region", max: FieldLimit.name)
                return PriceCeiling(effectiveFrom: from, price: price, region: region.map(PriceCeiling.written))
            } catch { throw StoreError.field(error) }
        }
    }

    /// `POST /api/v1/store/programmes/{id}/ceilings {"price","effectiveFrom"?,"region"?}` → 201, the programme.
    func addCeiling(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.manageStock)
        let tenant = try request.tenant()
        let store = ProgrammeStore(tenant)
        let id = try await store.find(request.parameters.get("id", as: UUID.self)).id!
        let today = try request.today()
        let ceiling = try request.content.decode(CeilingInput.self).read(decimals: principal.decimals, today: today)
        let programme = try await store.addCeiling(ceiling, to: id, today: today, by: principal.actor)
        return try created(
            Self.programme(
                programme, ceilings: try await store.ceilings([id])[id] ?? [], today: today, decimals: principal.decimals))
    }
}
