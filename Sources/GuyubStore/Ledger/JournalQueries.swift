import FluentKit
import Foundation
import GuyubCore
import SQLKit

/// Reading the journal: entries by date, and one entry with its lines and accounts.
package struct JournalQueries: Sendable {
    package let tenant: Tenant

    package init(_ tenant: Tenant) { self.tenant = tenant }

    package struct Detail: Sendable {
        package let entry: JournalEntryRecord
        package let lines: [JournalLineRecord]
        package let accounts: [UUID: AccountRecord]
        /// The entry that reversed this one, if any.
        package let reversedBy: UUID?
    }

    /// Newest first.
    package func entries(from: CivilDate?, to: CivilDate?, page: Int, perPage: Int = 50) async throws -> Page<JournalEntryRecord>
    {
        func query() -> QueryBuilder<JournalEntryRecord> {
            let q = tenant.query(JournalEntryRecord.self)
            if let from { q.filter(\.$entryDate >= from) }
            if let to { q.filter(\.$entryDate <= to) }
            return q
        }
        let total = try await query().count()
        let items = try await query().sort(\.$number, .descending).range(((page - 1) * perPage)..<(page * perPage)).all()
        return Page(items: items, page: page, perPage: perPage, total: total)
    }

    package func entry(_ id: UUID?) async throws -> Detail {
        guard let entry = try await tenant.find(JournalEntryRecord.self, id) else { throw LedgerError.entryNotFound }
        let lines = try await tenant.query(JournalLineRecord.self).filter(\.$entryID == entry.id!).sort(\.$lineNumber).all()
        let accounts = try await tenant.query(AccountRecord.self).filter(\.$id ~~ lines.map(\.accountID)).all()
        let reversal = try await tenant.query(JournalEntryRecord.self).filter(\.$reversalOfID == entry.id!).first()
        return Detail(
            entry: entry, lines: lines, accounts: Dictionary(uniqueKeysWithValues: accounts.map { ($0.id!, $0) }),
            reversedBy: reversal?.id)
    }
}
