import FluentKit
import Foundation
import GuyubCore

/// The documents kept with a partner and its agreements: the signed agreement, a licence, a report. The file
/// itself is an upload, its kind read from its bytes and its size limited.
package struct PartnerDocumentStore: Sendable {
    package let tenant: Tenant

    package init(_ tenant: Tenant) { self.tenant = tenant }

    /// A partner's documents: with `agreement`, those of that agreement and the partner's own (a licence, a
    /// deed), not those of its other agreements.
    package func documents(of partner: UUID, agreement: UUID? = nil) async throws -> [PartnerDocumentRecord] {
        try await tenant.query(PartnerDocumentRecord.self).filter(\.$partnerID == partner).sort(\.$createdAt, .descending)
            .all().filter { agreement == nil || $0.partnershipID == nil || $0.partnershipID == agreement }
    }

    package func find(_ id: UUID?) async throws -> PartnerDocumentRecord {
        guard let document = try await tenant.find(PartnerDocumentRecord.self, id) else { throw AccessError.notFound }
        return document
    }

    /// Keeps `bytes` as a document of `partner` (of one of its agreements when given).
    package func keep(
        _ bytes: [UInt8], title typed: String?, partner: UUID, agreement: UUID?, by actor: Actor
    ) async throws -> PartnerDocumentRecord {
        let title: String
        do { title = try FieldRules.required(typed, field: "title", max: FieldLimit.name) } catch {
            throw PartnershipError.field(error)
        }
        let upload = try await UploadStore(tenant).keep(bytes, by: actor)
        let document = PartnerDocumentRecord()
        (document.partnerID, document.partnershipID, document.uploadID, document.title) =
            (partner, agreement, upload.id!, title)
        try await tenant.create(document)
        try await AuditLog.append(
            tenant, actor: actor, action: .partnerDocument, entity: agreement == nil ? "partner" : "partnership",
            entityID: agreement ?? partner, after: ["title": title, "kind": upload.kind.rawValue])
        return document
    }
}
