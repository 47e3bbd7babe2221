import FluentKit
import Foundation
import GuyubCore

/// Equity participation under a financial agreement: a partner's money put into the cooperative (modal
/// penyertaan, equity), or the cooperative's put into a partner's business (an investment). `guyub verify`
/// reconciles each with its account.
package struct EquityStore: Sendable {
    package let tenant: Tenant

    package init(_ tenant: Tenant) { self.tenant = tenant }

    package func movements(of agreement: UUID) async throws -> [EquityMovementRecord] {
        try await tenant.query(EquityMovementRecord.self).filter(\.$partnershipID == agreement).sort(\.$movedOn).all()
    }

    package func record(
        _ direction: String?, _ amount: Int64, under agreement: PartnershipRecord, through channel: String?,
        on date: CivilDate, description: String, by actor: Actor
    ) async throws -> EquityMovementRecord {
        guard let direction = EquityDirection(rawValue: direction ?? "") else {
            throw PartnershipError.field(.invalidChoice("direction"))
        }
        guard amount > 0 else { throw PartnershipError.field(.invalidChoice("amount")) }
        let channel = try GrantStore.channel(channel)
        try await PartnershipStore(tenant).book(.equity, under: agreement)
        let movement = EquityMovementRecord()
        movement.id = UUID()
        (movement.partnershipID, movement.direction, movement.amount, movement.movedOn) =
            (agreement.id!, direction, amount, date)
        let lines: [JournalDraft.Line] =
            switch direction {
            case .received:
                [
                    .init(account: .role(channel.role), debit: amount, credit: 0),
                    .init(account: .role(.equityParticipation), debit: 0, credit: amount),
                ]
            case .made:
                [
                    .init(account: .role(.investments), debit: amount, credit: 0),
                    .init(account: .role(channel.role), debit: 0, credit: amount),
                ]
            }
        movement.entryID = try await Ledger(tenant).post(
            JournalDraft(
                date: date, description: description, sourceType: .equityParticipation, sourceID: movement.id, lines: lines),
            by: actor
        ).entry.id!
        try await tenant.create(movement)
        try await AuditLog.append(
            tenant, actor: actor, action: .partnershipEquity, entity: "partnership", entityID: agreement.id,
            after: ["direction": direction.rawValue, "amount": String(amount)])
        return movement
    }
}
