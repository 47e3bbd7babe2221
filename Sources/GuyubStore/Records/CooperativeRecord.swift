import FluentKit
import Foundation

package final class CooperativeRecord: Model, @unchecked Sendable {
    package static let schema = "cooperatives"

    @ID package var id: UUID?
    @Field(key: "name") package var name: String
    /// "primary" (members are people) or "secondary" (members are cooperatives).
    @Field(key: "kind") package var kind: String
    /// IANA zone of the cooperative's day (`Asia/Jakarta`, `Asia/Makassar`, `Asia/Jayapura`).
    @Field(key: "time_zone") package var timeZone: String
    @Field(key: "currency") package var currency: String
    @Field(key: "currency_decimals") package var currencyDecimals: Int
    /// The next member number to give; only ever grows, so numbers are never reused.
    @Field(key: "next_member_number") package var nextMemberNumber: Int
    /// The audit chain's length and the hash of its last link.
    @Field(key: "audit_sequence") package var auditSequence: Int64
    @Field(key: "audit_head") package var auditHead: String
    /// The next journal entry number; only ever grows.
    @Field(key: "next_entry_number") package var nextEntryNumber: Int
    /// `YYYY-MM-DD`: the last day of the last closed month ("" when none is closed).
    @Field(key: "books_closed_through") package var booksClosedThrough: String
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}

    package init(name: String, timeZone: String = "Asia/Jakarta") {
        self.name = name
        self.kind = "primary"
        self.timeZone = timeZone
        self.currency = "IDR"
        self.currencyDecimals = 0
        self.nextMemberNumber = 1
        self.auditSequence = 0
        self.auditHead = ""
        self.nextEntryNumber = 1
        self.booksClosedThrough = ""
    }
}
