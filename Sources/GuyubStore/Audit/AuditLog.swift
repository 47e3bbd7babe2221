import Crypto
import FluentKit
import Foundation
import GuyubCore
import SQLKit

/// The audit trail: each state change appends one link to its cooperative's hash chain, in the same
/// transaction as the change. A link's hash covers its content and the previous link's hash, sealed with
/// a key the database does not hold (`AuditSeal`), so editing, removing or reordering any stored link
/// breaks every hash after it, and no one without the key can hash the chain again.
package enum AuditLog {
    /// A link's place in the chain, taken with the cooperative's row locked: its number and the hash before it.
    package struct Place: Sendable {
        package let sequence: Int64
        package let previous: String

        package init(_ row: any SQLRow) throws {
            sequence = try row.decode(column: "audit_sequence", as: Int64.self)
            previous = try row.decode(column: "audit_head", as: String.self)
        }
    }

    /// Appends a link. `place` is given by a caller that took it already (the posting path takes it in
    /// the same statement as the entry's number); otherwise it is taken here.
    package static func append(
        _ tenant: Tenant, actor: Actor, action: AuditAction, entity: String, entityID: UUID?,
        before: (any Encodable & Sendable)? = nil,
        after: (any Encodable & Sendable)? = nil, place: Place? = nil
    ) async throws {
        let taken: Place
        if let place { taken = place } else { taken = try await take(tenant) }
        let event = try link(
            tenant, actor: actor, action: action, entity: entity, entityID: entityID, before: before, after: after, at: taken)
        try await tenant.runTogether(recording(event, tenant))
    }

    /// The next place in the chain. Taking it locks the cooperative's row until commit, so links are
    /// appended one at a time.
    static func take(_ tenant: Tenant) async throws -> Place {
        guard
            let row = try await tenant.db.sql.raw(
                """
                UPDATE cooperatives SET audit_sequence = audit_sequence + 1
                WHERE id = \(bind: tenant.cooperativeID) RETURNING audit_sequence, audit_head
                """
            ).first()
        else { throw AuditError.unknownCooperative }
        return try Place(row)
    }

    /// A change's link at `place`, sealed.
    static func link(
        _ tenant: Tenant, actor: Actor, action: AuditAction, entity: String, entityID: UUID?,
        before: (any Encodable & Sendable)?, after: (any Encodable & Sendable)?, at place: Place
    ) throws -> AuditEventRecord {
        let event = AuditEventRecord()
        event.id = UUID()
        event.cooperativeID = tenant.cooperativeID
        event.sequence = place.sequence
        event.recordedAt = Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
        event.actorUserID = actor.userID
        event.actor = actor.name
        event.action = action
        event.entity = entity
        event.entityID = entityID?.uuidString.lowercased()
        event.before = try before.map(encode)
        event.after = try after.map(encode)
        event.previousHash = place.previous
        event.hash = try digest(event)
        return event
    }

    /// The statements that store a link and make it the chain's head, to run with `Tenant.runTogether`.
    static func recording(_ event: AuditEventRecord, _ tenant: Tenant) -> [any SQLExpression] {
        let columns = [
            "id", "cooperative_id", "sequence", "recorded_at", "actor_user_id", "actor", "action", "entity", "entity_id",
            "before", "after", "previous_hash", "hash",
        ]
        let values: [any Encodable & Sendable] = [
            event.id, event.cooperativeID, event.sequence, event.recordedAt, event.actorUserID, event.actor, event.action,
            event.entity, event.entityID, event.before, event.after, event.previousHash, event.hash,
        ]
        return [
            Tenant.insert(into: AuditEventRecord.schema, columns, [values]),
            SQLQueryString(
                "UPDATE cooperatives SET audit_head = \(bind: event.hash) WHERE id = \(bind: tenant.cooperativeID)"),
        ]
    }

    /// The link's seal: an HMAC-SHA256 (under `AuditSeal`'s key) over the previous hash and every stored
    /// field, as a JSON array so no field can bleed into the next.
    package static func digest(_ event: AuditEventRecord) throws -> String {
        try AuditSeal.seal(fields(event))
    }

    /// The plain SHA-256 that chains were hashed with before they were sealed with a key.
    package static func unkeyedDigest(_ event: AuditEventRecord) -> String {
        SHA256.hash(data: fields(event)).map { String(format: "%02x", $0) }.joined()
    }

    private static func fields(_ event: AuditEventRecord) -> Data {
        let fields: [String?] = [
            event.cooperativeID.uuidString.lowercased(), String(event.sequence),
            String(Int64(event.recordedAt.timeIntervalSince1970)),
            event.actorUserID?.uuidString.lowercased(), event.actor, event.action.rawValue, event.entity, event.entityID,
            event.before, event.after, event.previousHash,
        ]
        return try! JSONEncoder().encode(fields)
    }

    static func encode(_ value: any Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// A cooperative's trail, newest first.
    package static func page(_ tenant: Tenant, page: Int, perPage: Int = 20) async throws -> Page<AuditEventRecord> {
        let query = tenant.query(AuditEventRecord.self)
        let total = try await query.count()
        let items = try await tenant.query(AuditEventRecord.self).sort(\.$sequence, .descending)
            .range(((page - 1) * perPage)..<(page * perPage)).all()
        return Page(items: items, page: page, perPage: perPage, total: total)
    }
}

package enum AuditError: Error {
    case unknownCooperative
}
