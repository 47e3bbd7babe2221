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

    /// Each programme's ceilings, oldest first.
    package func ceilings(_ ids: [UUID]) async throws -> [UUID: [PriceCeiling]] {
        guard !ids.isEmpty else { return [:] }
        let rows = try await tenant.query(PriceCeilingRecord.self).filter(\.$programmeID ~~ ids).sort(\.$effectiveFrom).all()
        return Dictionary(grouping: rows, by: \.programmeID).mapValues {
            $0.map { PriceCeiling(effectiveFrom: $0.effectiveFrom, price: $0.price) }
        }
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
