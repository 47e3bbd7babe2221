import FluentKit
import Foundation
import GuyubCore

/// The state-regulated programmes the shop sells under, and their price ceilings by date.
package struct ProgrammeStore: Sendable {
    package let tenant: Tenant

    package init(_ tenant: Tenant) { self.tenant = tenant }

    package func find(_ id: UUID?) async throws -> ProgrammeRecord {
        guard let programme = try await tenant.find(ProgrammeRecord.self, id) else { throw AccessError.notFound }
        return programme
    }

    package func all() async throws -> [ProgrammeRecord] {
        try await tenant.query(ProgrammeRecord.self).sort(\.$name).all()
    }

    /// Each programme's ceilings, national then regional, oldest first.
    package func ceilings(_ ids: [UUID]) async throws -> [UUID: [PriceCeiling]] {
        guard !ids.isEmpty else { return [:] }
        let national = try await tenant.query(PriceCeilingRecord.self).filter(\.$programmeID ~~ ids).sort(\.$effectiveFrom)
            .all().map { ($0.programmeID, PriceCeiling(effectiveFrom: $0.effectiveFrom, price: $0.price)) }
        let regional = try await tenant.query(RegionalCeilingRecord.self).filter(\.$programmeID ~~ ids)
            .sort(\.$region).sort(\.$effectiveFrom).all()
            .map { ($0.programmeID, PriceCeiling(effectiveFrom: $0.effectiveFrom, price: $0.price, region: $0.region)) }
        return Dictionary(grouping: national + regional, by: \.0).mapValues { $0.map(\.1) }
    }

    /// A new ceiling for a programme from `effectiveFrom`: the national one, or a region's. One a day for
    /// each (`ceiling_exists`), never in the past, so what was sold stays under the ceiling it was sold under.
    package func addCeiling(_ ceiling: PriceCeiling, to id: UUID?, today: CivilDate, by actor: Actor) async throws
        -> ProgrammeRecord
    {
        let programme = try await find(id)
        guard ceiling.price > 0, ceiling.price <= Amount.ceiling else { throw StoreError.priceInvalid("price") }
        guard ceiling.effectiveFrom >= today else { throw StoreError.field(.invalidDate("effectiveFrom")) }
        let existing = try await ceilings([programme.id!])[programme.id!] ?? []
        guard
            !existing.contains(where: {
                $0.effectiveFrom == ceiling.effectiveFrom
                    && ($0.region == nil ? ceiling.region == nil : PriceCeiling.sameRegion($0.region, ceiling.region))
            })
        else { throw StoreError.ceilingExists }
        if let region = ceiling.region {
            let row = RegionalCeilingRecord()
            row.programmeID = programme.id!
            row.region = region
            row.effectiveFrom = ceiling.effectiveFrom
            row.price = ceiling.price
            try await tenant.create(row)
        } else {
            let row = PriceCeilingRecord()
            row.programmeID = programme.id!
            row.effectiveFrom = ceiling.effectiveFrom
            row.price = ceiling.price
            try await tenant.create(row)
        }
        try await AuditLog.append(
            tenant, actor: actor, action: .programmeCeiling, entity: "programme", entityID: programme.id,
            after: [
                "priceCeiling": String(ceiling.price), "effectiveFrom": ceiling.effectiveFrom.description,
                "region": ceiling.region ?? "",
            ])
        return programme
    }

    /// The rules of the programmes named, as the core reads them.
    package func rules(_ ids: Set<UUID>) async throws -> [UUID: ProgrammeRules] {
        guard !ids.isEmpty else { return [:] }
        let programmes = try await tenant.query(ProgrammeRecord.self).filter(\.$id ~~ Array(ids)).all()
        let ceilings = try await ceilings(programmes.map { $0.id! })
        return Dictionary(
            uniqueKeysWithValues: programmes.map { programme in
                (
                    programme.id!,
                    ProgrammeRules(
                        ceilings: ceilings[programme.id!] ?? [], requiresBuyerID: programme.requiresBuyerID,
                        perBuyerLimit: programme.perBuyerLimit, period: programme.period, byAllocation: programme.byAllocation)
                )
            })
    }

    package func create(
        name: String, ceiling: Int64, effectiveFrom: CivilDate, requiresBuyerID: Bool, perBuyerLimit: Int64?,
        period: LimitPeriod, byAllocation: Bool = false, by actor: Actor
    ) async throws -> ProgrammeRecord {
        guard ceiling > 0, ceiling <= Amount.ceiling else { throw StoreError.priceInvalid("priceCeiling") }
        if let perBuyerLimit, perBuyerLimit <= 0 { throw StoreError.quantityNotPositive }
        guard try await tenant.query(ProgrammeRecord.self).filter(\.$name == name).first() == nil else {
            throw StoreError.programmeNameTaken
        }
        let programme = ProgrammeRecord()
        programme.name = name
        // A list by NIK needs the buyer's NIK.
        programme.requiresBuyerID = requiresBuyerID || byAllocation
        programme.byAllocation = byAllocation
        programme.perBuyerLimit = perBuyerLimit
        programme.period = period
        do { try await tenant.create(programme) } catch  where error.isConstraintFailure { throw StoreError.programmeNameTaken }
        let first = PriceCeilingRecord()
        first.programmeID = programme.id!
        first.effectiveFrom = effectiveFrom
        first.price = ceiling
        try await tenant.create(first)
        try await AuditLog.append(
            tenant, actor: actor, action: .programmeCreate, entity: "programme", entityID: programme.id,
            after: [
                "name": name, "priceCeiling": String(ceiling), "effectiveFrom": effectiveFrom.description,
                "perBuyerLimit": perBuyerLimit.map(Quantity.string) ?? "", "period": period.rawValue,
                "requiresBuyerId": String(programme.requiresBuyerID), "byAllocation": String(byAllocation),
            ])
        return programme
    }
}
