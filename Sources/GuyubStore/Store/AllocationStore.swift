import FluentKit
import Foundation
import GuyubCore
import SQLKit

/// The allocation lists of programmes sold by allocation (subsidised fertiliser): a season's farmers by
/// NIK, imported from the e-RDKK spreadsheet, and what each has left to take.
package struct AllocationStore: Sendable {
    package let tenant: Tenant

    package init(_ tenant: Tenant) { self.tenant = tenant }

    /// Where one buyer stands in the season of a date: their allocation (nil when not on the list) and
    /// what they took (less what they brought back).
    package struct Standing: Sendable, Equatable {
        package var season: String
        package var allocated: Int64?
        package var taken: Int64
        package var remaining: Int64 { max(0, (allocated ?? 0) - taken) }
    }

    /// A season with its list's totals.
    package struct Summary: Sendable {
        package var season: AllocationSeasonRecord
        package var farmers: Int
        package var allocated: Int64
        package var taken: Int64
    }

    /// Puts in a season's list, replacing the list that season had (a corrected e-RDKK is imported again
    /// under the same season). What farmers took so far still counts: it is read from the sales.
    package func importList(
        _ rows: [AllocationSheet.Row], season: AllocationSeason, into programme: ProgrammeRecord, at: Date, by actor: Actor
    ) async throws -> AllocationSeasonRecord {
        guard programme.byAllocation else { throw StoreError.notByAllocation }
        guard !rows.isEmpty else { throw SheetError.empty }
        // Imports one at a time, so two cannot both pass the overlap check.
        try await StockStore(tenant).lockCooperative()
        let seasons = try await tenant.query(AllocationSeasonRecord.self).filter(\.$programmeID == programme.id!).all()
        for other in seasons where other.name != season.name {
            let span = try AllocationSeason(name: other.name, startsOn: other.startsOn, endsOn: other.endsOn)
            if span.overlaps(season) { throw StoreError.seasonOverlaps(other.name) }
        }
        let record = seasons.first { $0.name == season.name } ?? AllocationSeasonRecord()
        let replacing = record.id != nil
        record.programmeID = programme.id!
        record.name = season.name
        record.startsOn = season.startsOn
        record.endsOn = season.endsOn
        record.importedAt = at
        record.importedByName = actor.name
        if replacing {
            try await record.update(on: tenant.db)
            try await tenant.query(AllocationRecord.self).filter(\.$seasonID == record.id!).delete()
        } else {
            try await tenant.create(record)
        }
        for chunk in stride(from: 0, to: rows.count, by: 500).map({ rows[$0..<min($0 + 500, rows.count)] }) {
            try await tenant.runTogether([
                Tenant.insert(
                    into: AllocationRecord.schema, ["cooperative_id", "id", "season_id", "nik", "farmer_name", "quantity"],
                    chunk.map { [tenant.cooperativeID, UUID(), record.id!, $0.nik.digits, $0.name, $0.quantity] })
            ])
        }
        try await AuditLog.append(
            tenant, actor: actor, action: .allocationImport, entity: "programme", entityID: programme.id,
            after: [
                "season": season.name, "startsOn": season.startsOn.description, "endsOn": season.endsOn.description,
                "farmers": String(rows.count), "allocated": Quantity.string(rows.reduce(0) { $0 + $1.quantity }),
                "replaced": String(replacing),
            ])
        return record
    }

    package func seasons(of programmeID: UUID) async throws -> [AllocationSeasonRecord] {
        try await tenant.query(AllocationSeasonRecord.self).filter(\.$programmeID == programmeID).sort(\.$startsOn, .descending)
            .all()
    }

    /// Each season of the programme, latest first, with how many farmers its list holds, what it gives
    /// them and what they took.
    package func summaries(of programmeID: UUID) async throws -> [Summary] {
        var summaries: [Summary] = []
        for season in try await seasons(of: programmeID) {
            let row = try await tenant.db.sql.raw(
                """
                SELECT COUNT(*) AS farmers, CAST(COALESCE(SUM(quantity), 0) AS BIGINT) AS allocated FROM allocations
                WHERE cooperative_id = \(bind: tenant.cooperativeID) AND season_id = \(bind: season.id!)
                """
            ).first()
            let taken = try await SaleStore(tenant).taken(programme: programmeID, nik: nil, in: season.startsOn...season.endsOn)
            summaries.append(
                Summary(
                    season: season, farmers: try row?.decode(column: "farmers", as: Int.self) ?? 0,
                    allocated: try row?.decode(column: "allocated", as: Int64.self) ?? 0, taken: taken))
        }
        return summaries
    }

    /// Where `nik` stands in the programme's season holding `date`; nil when no season holds it.
    package func standing(of nik: String, in programmeID: UUID, on date: CivilDate) async throws -> Standing? {
        guard
            let season = try await tenant.query(AllocationSeasonRecord.self).filter(\.$programmeID == programmeID)
                .filter(\.$startsOn <= date).filter(\.$endsOn >= date).first()
        else { return nil }
        let allocation = try await tenant.query(AllocationRecord.self).filter(\.$seasonID == season.id!).filter(\.$nik == nik)
            .first()
        let taken = try await SaleStore(tenant).taken(programme: programmeID, nik: nik, in: season.startsOn...season.endsOn)
        return Standing(season: season.name, allocated: allocation?.quantity, taken: taken)
    }

    /// A season's farmers in order of name (those without a name last, by NIK), found by part of a NIK or a
    /// name, each with what they took in the season; at most `limit`.
    package func farmers(in season: AllocationSeasonRecord, matching search: String, limit: Int) async throws -> [(
        allocation: AllocationRecord, taken: Int64
    )] {
        var query = tenant.query(AllocationRecord.self).filter(\.$seasonID == season.id!)
        let search = search.trimmingCharacters(in: .whitespaces)
        if !search.isEmpty {
            let digits = search.filter(\.isASCIIDigit)
            query = query.group(.or) { either in
                either.filter(MemberStore.like("LOWER(farmer_name)", contains: search.lowercased()))
                if digits.count >= 4 { either.filter(MemberStore.like("nik", contains: digits)) }
            }
        }
        let allocations = try await query.sort(\.$farmerName).sort(\.$nik).limit(limit).all()
        guard !allocations.isEmpty else { return [] }
        let rows = try await tenant.db.sql.raw(
            """
            SELECT s.buyer_nik AS nik, CAST(SUM(l.quantity - l.returned_quantity) AS BIGINT) AS taken FROM sales s
            JOIN sale_lines l ON l.cooperative_id = s.cooperative_id AND l.sale_id = s.id
            WHERE s.cooperative_id = \(bind: tenant.cooperativeID) AND l.programme_id = \(bind: season.programmeID)
              AND s.sold_on >= \(bind: season.startsOn) AND s.sold_on <= \(bind: season.endsOn)
              AND s.buyer_nik IN (\(binds: allocations.map(\.nik)))
            GROUP BY s.buyer_nik
            """
        ).all()
        var taken: [String: Int64] = [:]
        for row in rows {
            taken[try row.decode(column: "nik", as: String.self)] = try row.decode(column: "taken", as: Int64.self)
        }
        return allocations.map { ($0, taken[$0.nik] ?? 0) }
    }
}
