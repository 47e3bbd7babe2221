import FluentKit
import Foundation
import GuyubCore
import SQLKit

/// What each agreement is to bring, and what it brought: targets the board sets, actual figures read from the
/// grants, the loan, the shop's sales of the partner's programme goods and the commitments delivered — typed
/// only for what no record holds.
package struct BenefitStore: Sendable {
    package let tenant: Tenant

    package init(_ tenant: Tenant) { self.tenant = tenant }

    package struct Indicator: Sendable {
        package let record: IndicatorRecord
        package let benefit: Benefit
    }

    package func indicators(of agreement: PartnershipRecord) async throws -> [Indicator] {
        let records = try await tenant.query(IndicatorRecord.self).filter(\.$partnershipID == agreement.id!)
            .sort(\.$position).all()
        guard !records.isEmpty else { return [] }
        let measured = try await measures(of: agreement, Set(records.map(\.measure)))
        return records.map {
            Indicator(
                record: $0,
                benefit: Benefit(measure: $0.measure, target: $0.target, actual: measured[$0.measure] ?? $0.actual ?? 0))
        }
    }

    package func add(
        name: String?, measure: String?, target: Int64?, unit: String?, to agreement: PartnershipRecord, by actor: Actor
    ) async throws -> IndicatorRecord {
        let checked = try Benefit.checked(name: name, measure: measure, target: target, unit: unit)
        try await PartnershipStore(tenant).lock(agreement)
        let last = try await tenant.query(IndicatorRecord.self).filter(\.$partnershipID == agreement.id!)
            .sort(\.$position, .descending).first()
        let indicator = IndicatorRecord()
        (indicator.partnershipID, indicator.position, indicator.name) = (agreement.id!, (last?.position ?? 0) + 1, checked.name)
        (indicator.measure, indicator.target, indicator.unit) = (checked.measure, checked.target, checked.unit)
        try await tenant.create(indicator)
        try await AuditLog.append(
            tenant, actor: actor, action: .partnershipIndicator, entity: "partnership", entityID: agreement.id,
            after: ["indicator": checked.name, "measure": checked.measure.rawValue, "target": String(checked.target)])
        return indicator
    }

    /// The actual figure of an entered indicator; the others are measured and refuse it (`measured`).
    package func enter(_ actual: Int64?, on id: UUID?, of agreement: PartnershipRecord, by actor: Actor) async throws {
        guard let indicator = try await tenant.find(IndicatorRecord.self, id), indicator.partnershipID == agreement.id
        else { throw AccessError.notFound }
        guard indicator.measure == .entered else { throw PartnershipError.measured }
        guard let actual, actual >= 0 else { throw PartnershipError.field(.invalidChoice("actual")) }
        let before = indicator.actual
        indicator.actual = actual
        try await indicator.update(on: tenant.db)
        try await AuditLog.append(
            tenant, actor: actor, action: .partnershipIndicator, entity: "partnership", entityID: agreement.id,
            before: ["indicator": indicator.name, "actual": before.map(String.init) ?? ""],
            after: ["indicator": indicator.name, "actual": String(actual)])
    }

    /// The figures the records hold for the measures asked.
    private func measures(of agreement: PartnershipRecord, _ wanted: Set<IndicatorMeasure>) async throws
        -> [IndicatorMeasure: Int64]
    {
        var figures: [IndicatorMeasure: Int64] = [:]
        let id = agreement.id!
        if wanted.contains(.grantReceived) {
            figures[.grantReceived] = try await GrantStore(tenant).movements(of: id).filter { $0.kind == .received }
                .reduce(0) { $0 + $1.amount }
        }
        if !wanted.isDisjoint(with: [.loanReceived, .loanRepaid]) {
            let loan = try await BorrowingStore(tenant).loan(of: id)
            figures[.loanReceived] = loan?.loan.principal ?? 0
            figures[.loanRepaid] = loan?.repaid ?? 0
        }
        if wanted.contains(.commitmentsDelivered) {
            figures[.commitmentsDelivered] = Int64(
                try await tenant.query(CommitmentRecord.self).filter(\.$partnershipID == id)
                    .filter(\.$status == .delivered).count())
        }
        if wanted.contains(.programmeSales) {
            var sold: Int64 = 0
            if let programme = try await PartnerStore(tenant).find(agreement.partnerID).programmeID {
                let end = agreement.end?.description ?? "9999-12-31"
                let row = try await tenant.db.sql.raw(
                    """
                    SELECT CAST(COALESCE(SUM(l.amount - l.returned_amount), 0) AS BIGINT) AS total
                    FROM sale_lines l JOIN sales s ON s.cooperative_id = l.cooperative_id AND s.id = l.sale_id
                    WHERE l.cooperative_id = \(bind: tenant.cooperativeID) AND l.programme_id = \(bind: programme)
                      AND s.sold_on >= \(bind: agreement.start.description) AND s.sold_on <= \(bind: end)
                    """
                ).first()
                sold = try row?.decode(column: "total", as: Int64.self) ?? 0
            }
            figures[.programmeSales] = sold
        }
        return figures
    }
}
