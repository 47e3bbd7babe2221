import Crypto
import FluentKit
import Foundation
import SQLKit

/// The audit trail: each state change appends one link to its cooperative's hash chain, in the same
/// transaction as the change. A link's hash covers its content and the previous link's hash, so
/// editing, removing or reordering any stored link breaks every hash after it.
package enum AuditLog {
    package static func append(_ tenant: Tenant, actor: Actor, action: String, entity: String, entityID: UUID?,
                               before: (any Encodable & Sendable)? = nil,
                               after: (any Encodable & Sendable)? = nil) async throws {
        // Taking the next number locks the cooperative's row until commit, so links are appended one at a time.
        guard let head = try await tenant.db.sql.raw("""
            UPDATE cooperatives SET audit_sequence = audit_sequence + 1
            WHERE id = \(bind: tenant.cooperativeID) RETURNING audit_sequence, audit_head
            """).first() else { throw AuditError.unknownCooperative }
        let sequence = try head.decode(column: "audit_sequence", as: Int64.self)
        let previous = try head.decode(column: "audit_head", as: String.self)

        let event = AuditEventRecord()
        event.cooperativeID = tenant.cooperativeID
        event.sequence = sequence
        event.recordedAt = Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
        event.actorUserID = actor.userID
        event.actor = actor.name
        event.action = action
        event.entity = entity
        event.entityID = entityID?.uuidString.lowercased()
        event.before = try before.map(encode)
        event.after = try after.map(encode)
        event.previousHash = previous
        event.hash = digest(event)
        try await tenant.create(event)

        try await tenant.db.sql.raw("""
            UPDATE cooperatives SET audit_head = \(bind: event.hash) WHERE id = \(bind: tenant.cooperativeID)
            """).run()
    }

    /// SHA-256 over the previous hash and every stored field, as a JSON array so no field can bleed into the next.
    package static func digest(_ event: AuditEventRecord) -> String {
        let fields: [String?] = [
            event.cooperativeID.uuidString.lowercased(), String(event.sequence),
            String(Int64(event.recordedAt.timeIntervalSince1970)),
            event.actorUserID?.uuidString.lowercased(), event.actor, event.action, event.entity, event.entityID,
            event.before, event.after, event.previousHash,
        ]
        let data = try! JSONEncoder().encode(fields)
        return SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
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
