import FluentKit
import Foundation
import GuyubCore
import SQLKit

/// Writes a cooperative's journal in an accountant's format, a batch of entries at a time, so that
/// millions of lines never sit in memory at once.
package struct JournalExporter: Sendable {
    package let tenant: Tenant

    package init(_ tenant: Tenant) { self.tenant = tenant }

    /// Hands the export to `write` piece by piece; returns how many entries it wrote.
    @discardableResult
    package func export(
        _ format: JournalExport.Format, from: CivilDate?, to: CivilDate?, batch: Int = 2_000,
        write: (String) async throws -> Void
    ) async throws -> Int {
        guard let cooperative = try await CooperativeRecord.find(tenant.cooperativeID, on: tenant.db) else {
            throw AccessError.notFound
        }
        let chart = try await ChartStore(tenant).all()
        let accounts = Dictionary(
            uniqueKeysWithValues: chart.map {
                ($0.id!, JournalExport.Account(code: $0.code, name: $0.nameID, type: $0.type))
            })
        let start = from ?? CivilDate(year: 1900, month: 1, day: 1)!
        try await write(
            JournalExport.header(
                format, accounts: chart.compactMap { accounts[$0.id!] },
                currency: cooperative.currency, from: start))
        var after = 0
        var written = 0
        while true {
            let query = tenant.query(JournalEntryRecord.self).filter(\.$number > after)
            if let from { query.filter(\.$entryDate >= from) }
            if let to { query.filter(\.$entryDate <= to) }
            let entries = try await query.sort(\.$number).limit(batch).all()
            guard let last = entries.last else { break }
            let lines = Dictionary(
                grouping: try await tenant.query(JournalLineRecord.self)
                    .filter(\.$entryID ~~ entries.map { $0.id! }).sort(\.$lineNumber).all(), by: \.entryID)
            var text = ""
            for entry in entries {
                let exported = JournalExport.Entry(
                    number: entry.number, date: entry.entryDate, description: entry.description,
                    source: entry.sourceType,
                    lines: (lines[entry.id!] ?? []).compactMap { line in
                        accounts[line.accountID].map {
                            JournalExport.Line(
                                account: $0, debit: line.debit, credit: line.credit,
                                memo: line.memo)
                        }
                    })
                text += JournalExport.entry(
                    exported, format, currency: cooperative.currency, decimals: cooperative.currencyDecimals)
            }
            try await write(text)
            written += entries.count
            after = last.number
        }
        return written
    }
}
