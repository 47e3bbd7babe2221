import FluentKit
import Foundation
import GuyubCore

/// Whom a cooperative's members are: people (primer) or cooperatives (sekunder).
package enum CooperativeKind: String, Codable, Sendable { case primary, secondary }

/// The last day of the last closed month, nil while none is closed. Stored as `YYYY-MM-DD`, or ""
/// while none is, so that posting compares it with an entry's date as text in the same statement.
package struct BooksClosedThrough: Codable, Equatable, Sendable {
    package var date: CivilDate?

    package init(_ date: CivilDate?) { self.date = date }

    package init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        date = text.isEmpty ? nil : try CivilDate(from: decoder)
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(date?.description ?? "")
    }
}

package final class CooperativeRecord: Model, @unchecked Sendable {
    package static let schema = "cooperatives"

    @ID package var id: UUID?
    @Field(key: "name") package var name: String
    @Field(key: "kind") package var kind: CooperativeKind
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
    @Field(key: "books_closed_through") package var booksClosedThrough: BooksClosedThrough
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}

    package init(name: String, timeZone: String = "Asia/Jakarta") {
        self.name = name
        self.kind = .primary
        self.timeZone = timeZone
        self.currency = "IDR"
        self.currencyDecimals = 0
        self.nextMemberNumber = 1
        self.auditSequence = 0
        self.auditHead = ""
        self.nextEntryNumber = 1
        self.booksClosedThrough = BooksClosedThrough(nil)
    }
}
