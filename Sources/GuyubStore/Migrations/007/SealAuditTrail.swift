import FluentKit
import SQLKit

/// The audit trail sealed with a key the database does not hold: each month's closing keeps the head of
/// the chain it was closed at (printed with it), and every chain hashed with plain SHA-256 before the key
/// existed is hashed again under the key — only if it is still intact, so that tampering done before
/// stays visible.
struct SealAuditTrail: AsyncMigration {
    var name: String { "007_audit_seal" }

    func prepare(on database: any Database) async throws {
        try await database.schema(MonthClosingRecord.schema).field("audit_sequence", .int64).update()
        try await database.schema(MonthClosingRecord.schema).field("audit_head", .string).update()
        for cooperative in try await CooperativeRecord.query(on: database).all() {
            try await reseal(cooperative, on: database)
        }
    }

    private func reseal(_ cooperative: CooperativeRecord, on database: any Database) async throws {
        let tenant = Tenant(cooperativeID: try cooperative.requireID(), db: database)
        let links = try await tenant.query(AuditEventRecord.self).sort(\.$sequence).all()
        var previous = ""
        for (index, link) in links.enumerated() {
            guard link.sequence == Int64(index + 1), link.previousHash == previous,
                AuditLog.unkeyedDigest(link) == link.hash
            else { return }
            previous = link.hash
        }
        guard cooperative.auditHead == previous, cooperative.auditSequence == Int64(links.count) else { return }
        previous = ""
        for link in links {
            link.previousHash = previous
            link.hash = try AuditLog.digest(link)
            try await link.update(on: database)
            previous = link.hash
        }
        cooperative.auditHead = previous
        try await cooperative.update(on: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema(MonthClosingRecord.schema).deleteField("audit_sequence").update()
        try await database.schema(MonthClosingRecord.schema).deleteField("audit_head").update()
    }
}
