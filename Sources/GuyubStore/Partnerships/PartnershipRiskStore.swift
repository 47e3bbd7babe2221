import FluentKit
import Foundation
import GuyubCore
import SQLKit

/// The risk board: what the agreements, their commitments and reviews, the shop and the purchases show on a
/// day, found afresh each time (so a risk clears when its cause does), each with who handles it.
package struct PartnershipRiskStore: Sendable {
    package let tenant: Tenant

    package init(_ tenant: Tenant) { self.tenant = tenant }

    package struct Risk: Sendable {
        package var risk: PartnershipRisk
        package var owner: String?
        package var status: PartnershipRiskStatus
        package var note: String?
    }

    /// The open risks on `today`, of the agreements `partners` limits to when given.
    package func risks(on today: CivilDate, of partners: [UUID]? = nil) async throws -> [Risk] {
        let store = PartnershipStore(tenant)
        let agreements = try await store.all(of: partners)
        let ids = agreements.compactMap(\.id)
        let lastReviews = try await tenant.query(PartnershipReviewRecord.self).filter(\.$partnershipID ~~ ids)
            .sort(\.$reviewedOn, .descending).sort(\.$createdAt, .descending).all()
            .reduce(into: [UUID: PartnershipReviewRecord]()) { latest, review in
                if latest[review.partnershipID] == nil { latest[review.partnershipID] = review }
            }
        let found = PartnershipRisks.found(
            agreements: agreements.map {
                .init(
                    id: $0.id!, partnerID: $0.partnerID, status: $0.status, start: $0.start, end: $0.end,
                    lastReview: lastReviews[$0.id!]?.reviewedOn, diverging: lastReviews[$0.id!]?.diverging ?? false)
            },
            commitments: try await store.commitments(of: ids).map {
                .init(id: $0.id!, partnershipID: $0.partnershipID, party: $0.party, due: $0.due, status: $0.status)
            },
            shares: try await shares(on: today).filter { share in partners?.contains(share.partnerID) ?? true },
            instalments: try await BorrowingStore(tenant).all().compactMap { position in
                guard ids.contains(position.loan.partnershipID), let next = position.next, let due = next.due else {
                    return nil
                }
                return .init(partnershipID: position.loan.partnershipID, number: next.number, due: due, amount: next.payment)
            },
            rules: try await SettingsStore(tenant).partnershipRisks(), today: today)
        let owners = Dictionary(
            uniqueKeysWithValues: try await tenant.query(PartnershipRiskOwnerRecord.self).filter(\.$key ~~ found.map(\.key))
                .all().map { ($0.key, $0) })
        return found.map {
            Risk(risk: $0, owner: owners[$0.key]?.owner, status: owners[$0.key]?.status ?? .open, note: owners[$0.key]?.note)
        }
    }

    /// Who handles a risk the board sees now.
    package func own(_ key: String?, owner: String?, note: String?, on today: CivilDate, by actor: Actor) async throws {
        guard let key else { throw PartnershipError.field(.required("key")) }
        guard try await risks(on: today).contains(where: { $0.risk.key == key }) else { throw AccessError.notFound }
        let record =
            try await tenant.query(PartnershipRiskOwnerRecord.self).filter(\.$key == key).first()
            ?? PartnershipRiskOwnerRecord()
        do {
            record.owner = try FieldRules.required(owner, field: "owner", max: FieldLimit.name)
            record.note = try FieldRules.optional(note, field: "note", max: FieldLimit.note)
        } catch { throw PartnershipError.field(error) }
        (record.key, record.status) = (key, .handling)
        if record.id == nil {
            do { try await tenant.create(record) } catch  where error.isConstraintFailure {
                throw PartnershipError.riskTaken
            }
        } else {
            try await record.update(on: tenant.db)
        }
        try await AuditLog.append(
            tenant, actor: actor, action: .riskOwner, entity: "partnership_risk", entityID: nil,
            after: ["risk": key, "owner": record.owner])
    }

    /// Each partner's part of the cooperative's purchases (from its supplier record), of its sales (of its
    /// programme's goods) over the twelve months to `today`, and of its funding (grants over those months, loans
    /// and equity as they stand).
    package func shares(on today: CivilDate) async throws -> [PartnershipRisks.Share] {
        let from = today.adding(months: -12).description
        let sql = tenant.db.sql
        let partners = try await PartnerStore(tenant).all()
        var shares: [PartnershipRisks.Share] = []
        let suppliers = partners.filter { $0.supplierID != nil }
        if !suppliers.isEmpty {
            let rows = try await sql.raw(
                """
                SELECT supplier_id, CAST(SUM(total) AS BIGINT) AS total FROM goods_receipts
                WHERE cooperative_id = \(bind: tenant.cooperativeID) AND received_on > \(bind: from)
                  AND received_on <= \(bind: today.description)
                GROUP BY supplier_id
                """
            ).all()
            var bought: [UUID?: Int64] = [:]
            for row in rows {
                bought[try row.decode(column: "supplier_id", as: UUID?.self)] = try row.decode(column: "total", as: Int64.self)
            }
            let whole = bought.values.reduce(0, +)
            for partner in suppliers {
                shares.append(
                    .init(partnerID: partner.id!, measure: .supply, part: bought[partner.supplierID] ?? 0, whole: whole))
            }
        }
        let programmes = partners.filter { $0.programmeID != nil }
        if !programmes.isEmpty {
            let rows = try await sql.raw(
                """
                SELECT l.programme_id, CAST(SUM(l.amount - l.returned_amount) AS BIGINT) AS total
                FROM sale_lines l JOIN sales s ON s.cooperative_id = l.cooperative_id AND s.id = l.sale_id
                WHERE l.cooperative_id = \(bind: tenant.cooperativeID) AND s.sold_on > \(bind: from)
                  AND s.sold_on <= \(bind: today.description)
                GROUP BY l.programme_id
                """
            ).all()
            var sold: [UUID?: Int64] = [:]
            for row in rows {
                sold[try row.decode(column: "programme_id", as: UUID?.self)] = try row.decode(column: "total", as: Int64.self)
            }
            let whole = sold.values.reduce(0, +)
            for partner in programmes {
                shares.append(.init(partnerID: partner.id!, measure: .sales, part: sold[partner.programmeID] ?? 0, whole: whole))
            }
        }
        // Funding: each partner's grants received over the year, what the cooperative still owes on its loans and
        // the equity it put in, of all those grants and the money the cooperative works with today: its members'
        // savings, what it owes banks and the equity partners put in.
        var given: [UUID: Int64] = [:]
        for row in try await sql.raw(
            """
            SELECT p.partner_id, CAST(SUM(g.amount) AS BIGINT) AS total
            FROM partnership_grants g
              JOIN partnerships p ON p.cooperative_id = g.cooperative_id AND p.id = g.partnership_id
            WHERE g.cooperative_id = \(bind: tenant.cooperativeID) AND g.kind = \(bind: GrantMovement.received.rawValue)
              AND g.moved_on > \(bind: from) AND g.moved_on <= \(bind: today.description)
            GROUP BY p.partner_id
            """
        ).all() {
            given[try row.decode(column: "partner_id", as: UUID.self)] = try row.decode(column: "total", as: Int64.self)
        }
        let grants = given.values.reduce(0, +)
        let partnerOf = Dictionary(
            uniqueKeysWithValues: try await tenant.query(PartnershipRecord.self).all().map { ($0.id!, $0.partnerID) })
        for position in try await BorrowingStore(tenant).all() where position.owed > 0 {
            given[partnerOf[position.loan.partnershipID]!, default: 0] += position.owed
        }
        for equity in try await tenant.query(EquityMovementRecord.self).filter(\.$direction == .received).all() {
            given[partnerOf[equity.partnershipID]!, default: 0] += equity.amount
        }
        if !given.isEmpty {
            let funds: [AccountRole] = [
                .bankLoans, .equityParticipation, .savingsPokok, .savingsWajib, .savingsSukarela, .savingsBerjangka,
            ]
            let held = try await tenant.query(AccountRecord.self).filter(\.$role ~~ funds).all()
                .reduce(Int64(0)) { $0 + Int64($1.balance.magnitude) }
            let whole = grants + held
            for (partner, part) in given.sorted(by: { $0.key.uuidString < $1.key.uuidString }) {
                shares.append(.init(partnerID: partner, measure: .funding, part: part, whole: whole))
            }
        }
        return shares
    }
}
