import FluentKit
import Foundation
import GuyubCore

/// A member list being imported: the sheet as uploaded, what its preview found, and how far its import
/// has come. Rows are registered in batches that each commit, so a large sheet never holds the database
/// for long, and a job cut short (the server stopped) carries on where it was: rows already registered
/// are skipped.
package final class MemberImportRecord: TenantModel, @unchecked Sendable {
    package static let schema = "member_imports"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<MemberImportRecord, FieldProperty<MemberImportRecord, UUID>> { \.$cooperativeID }
    @Field(key: "file_name") package var fileName: String
    @Field(key: "content") package var content: String
    @Field(key: "status") package var status: ImportJobStatus
    /// What the preview found: rows to import, already registered, refused.
    @Field(key: "accepted") package var accepted: Int
    @Field(key: "skipped") package var skipped: Int
    @Field(key: "rejected") package var rejected: Int
    /// Rows registered so far.
    @Field(key: "imported") package var imported: Int
    /// The day the imported become members, when the sheet gives no joining date.
    @Field(key: "import_date") package var importDate: CivilDate
    @OptionalField(key: "created_by_user_id") package var createdByUserID: UUID?
    @Field(key: "created_by_name") package var createdByName: String
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    /// When a worker last moved the job on: one quiet for long is taken up again.
    @OptionalField(key: "heartbeat_at") package var heartbeatAt: Date?
    @OptionalField(key: "finished_at") package var finishedAt: Date?

    package init() {}
}
