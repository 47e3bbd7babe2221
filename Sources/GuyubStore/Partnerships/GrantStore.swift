import FluentKit
import Foundation
import GuyubCore
import SQLKit

/// A partner's grant in the books: received into cash or the bank as owed to its purpose (unspent grants),
/// then spent on it — the expense or asset it bought, and the grant moved from unspent to the cooperative's
/// own grants (equity). `guyub verify` reconciles what was received less what was spent with the account.
package struct GrantStore: Sendable {
    package let tenant: Tenant

    package init(_ tenant: Tenant) { self.tenant = tenant }

    /// Where the money came in or went out.
    package enum Channel: String, Sendable, CaseIterable {
        case cash, bank
        var role: AccountRole { self == .cash ? .cash : .bank }
    }

    package func movements(of id: UUID) async throws -> [GrantMovementRecord] {
        try await tenant.query(GrantMovementRecord.self).filter(\.$partnershipID == id).sort(\.$movedOn).all()
    }

    /// What is left to spend of an agreement's grants.
    package func unspent(of id: UUID) async throws -> Int64 {
        try await movements(of: id).reduce(0) { $0 + ($1.kind == .received ? $1.amount : -$1.amount) }
    }

    package func receive(
        _ amount: Int64, under agreement: PartnershipRecord, through channel: String?, on date: CivilDate,
        description: String, by actor: Actor
    ) async throws -> GrantMovementRecord {
        try Grant.checked(.received, amount: amount, unspent: 0, kind: agreement.kind, status: agreement.status)
        try await PartnershipStore(tenant).book(.grant, under: agreement)
        let channel = try Self.channel(channel)
        return try await record(
            .received, amount, under: agreement, purpose: agreement.title, account: nil, on: date,
            lines: [
                .init(account: .role(channel.role), debit: amount, credit: 0),
                .init(account: .role(.grantsUnspent), debit: 0, credit: amount),
            ], description: description, source: .grantReceipt, by: actor)
    }

    /// Spent on its purpose: the account it bought (an expense, or an asset that is not a subledger's), paid from
    /// cash or the bank; the grant becomes the cooperative's own as it is used.
    package func spend(
        _ amount: Int64, under agreement: PartnershipRecord, purpose typed: String?, account accountID: UUID?,
        through channel: String?, on date: CivilDate, description: (String) -> String, by actor: Actor
    ) async throws -> GrantMovementRecord {
        // The agreement's row first, so two spendings at once cannot both take the last of it.
        try await StockStore(tenant).lockCooperative()
        try Grant.checked(
            .spent, amount: amount, unspent: try await unspent(of: agreement.id!), kind: agreement.kind,
            status: agreement.status)
        let channel = try Self.channel(channel)
        let purpose: String
        do { purpose = try FieldRules.required(typed, field: "purpose", max: FieldLimit.note) } catch {
            throw PartnershipError.field(error)
        }
        guard let accountID else { throw PartnershipError.field(.required("accountId")) }
        guard let account = try await tenant.find(AccountRecord.self, accountID) else { throw AccessError.notFound }
        guard Grant.maySpend(on: account.type, role: account.role, active: account.active) else {
            throw PartnershipError.field(.invalidChoice("accountId"))
        }
        return try await record(
            .spent, amount, under: agreement, purpose: purpose, account: accountID, on: date,
            lines: [
                .init(account: .id(accountID), debit: amount, credit: 0),
                .init(account: .role(channel.role), debit: 0, credit: amount),
                .init(account: .role(.grantsUnspent), debit: amount, credit: 0),
                .init(account: .role(.grants), debit: 0, credit: amount),
            ], description: description(purpose), source: .grantSpending, by: actor)
    }

    private func record(
        _ kind: GrantMovement, _ amount: Int64, under agreement: PartnershipRecord, purpose: String, account: UUID?,
        on date: CivilDate, lines: [JournalDraft.Line], description: String, source: JournalSource, by actor: Actor
    ) async throws -> GrantMovementRecord {
        let movement = GrantMovementRecord()
        movement.id = UUID()
        (movement.partnershipID, movement.kind, movement.amount, movement.movedOn) = (agreement.id!, kind, amount, date)
        (movement.purpose, movement.accountID) = (purpose, account)
        movement.entryID = try await Ledger(tenant).post(
            JournalDraft(date: date, description: description, sourceType: source, sourceID: movement.id, lines: lines),
            by: actor
        ).entry.id!
        try await tenant.create(movement)
        try await AuditLog.append(
            tenant, actor: actor, action: .partnershipGrant, entity: "partnership", entityID: agreement.id,
            after: ["kind": kind.rawValue, "amount": String(amount), "purpose": purpose])
        return movement
    }

    static func channel(_ text: String?) throws -> Channel {
        guard let channel = Channel(rawValue: text ?? Channel.bank.rawValue) else {
            throw PartnershipError.field(.invalidChoice("channel"))
        }
        return channel
    }
}
