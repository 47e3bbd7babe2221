import FluentKit
import Foundation
import GuyubCore

/// Files kept with records: checked by their first bytes and their size before they are kept.
package struct UploadStore: Sendable {
    package let tenant: Tenant

    package init(_ tenant: Tenant) { self.tenant = tenant }

    package func keep(_ bytes: [UInt8], by actor: Actor) async throws -> UploadRecord {
        let upload = UploadRecord()
        upload.kind = try UploadKind.of(bytes)
        upload.size = bytes.count
        upload.data = Data(bytes)
        upload.uploadedByUserID = actor.userID
        try await tenant.create(upload)
        return upload
    }

    package func find(_ id: UUID?) async throws -> UploadRecord {
        guard let upload = try await tenant.find(UploadRecord.self, id) else { throw AccessError.notFound }
        return upload
    }
}
