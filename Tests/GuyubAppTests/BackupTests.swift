import Fluent
import Foundation
import GuyubCore
import GuyubStore
import GuyubTestDatabase
import GuyubViews
import SQLKit
import Testing
import Vapor

@testable import GuyubApp

@Suite("Backup and restore") struct BackupTests {
    /// Each account's balance over the entries numbered up to `last`, and the hash of audit link `link`.
    func books(_ db: any Database, through last: Int) async throws -> [String: Int64] {
        let rows = try await db.sql.raw(
            """
            /* test */ SELECT a.code, CAST(SUM(l.debit - l.credit) AS BIGINT) AS balance
            FROM journal_lines l JOIN journal_entries e ON e.id = l.entry_id JOIN accounts a ON a.id = l.account_id
            WHERE e.number <= \(bind: last) GROUP BY a.code
            """
        ).all()
        return Dictionary(
            uniqueKeysWithValues: try rows.map {
                (try $0.decode(column: "code", as: String.self), try $0.decode(column: "balance", as: Int64.self))
            })
    }

    func hash(_ db: any Database, link: Int64) async throws -> String? {
        let cooperative = try #require(try await CooperativeRecord.query(on: db).first()).requireID()
        return try await Tenant(cooperativeID: cooperative, db: db).query(AuditEventRecord.self).filter(\.$sequence == link)
            .first()?.hash
    }

    /// A backup taken while tellers post deposits restores into an empty database with the same books,
    /// the same members and the same audit chain as the source had at the moment of the backup.
    @Test func aBackupTakenUnderLoadRestoresIdentically() async throws {
        try await withTestApp { source in
            // given: members with savings, and a load of deposits running during the backup.
            try await source.cooperative("Koperasi Sukamaju", admin: "ketua@sukamaju.coop")
            let api = try await source.apiClient("ketua@sukamaju.coop")
            let members = [
                try await source.member(People.siti, through: api), try await source.member(People.budi, through: api),
            ]
            let file = NSTemporaryDirectory() + "guyub-backup-\(UUID())"
            defer { try? FileManager.default.removeItem(atPath: file) }
            let load = Task {
                for i in 0..<40 where !Task.isCancelled {
                    try await api.deposit(members[i % 2], "sukarela", String(1000 * (i + 1)))
                }
            }

            // when: the backup, while the load runs; then the restore into an empty database.
            try await Task.sleep(for: .milliseconds(30))
            try await source.run("backup", file)
            try await load.value
            let (target, cleanup) = try await Self.emptyApp(like: source)
            do { try await restoreAndCompare(file, into: target, from: source) } catch {
                try? await cleanup()
                throw error
            }
            try await cleanup()
        }
    }

    /// Restores `file` into `target`, then compares it with `source` at the moment of the backup, and
    /// sees a second restore refused.
    private func restoreAndCompare(_ file: String, into target: Application, from source: TestApp) async throws {
        target.environment.arguments = ["guyub", "restore", file]
        try await target.execute()

        // then: whatever the backup caught, it caught whole and consistent.
        let cooperative = try #require(try await CooperativeRecord.query(on: target.db).first()).requireID()
        let restoredEntries = try await Tenant(cooperativeID: cooperative, db: target.db).query(JournalEntryRecord.self).all()
        let last = try #require(restoredEntries.map(\.number).max())
        #expect(restoredEntries.count == last) // no entry missing below the last one
        #expect(try await books(target.db, through: last) == books(source.app.db, through: last))
        #expect(
            try await Tenant(cooperativeID: cooperative, db: target.db).query(MemberRecord.self).count()
                == Tenant(cooperativeID: cooperative, db: source.app.db).query(MemberRecord.self).count())
        let audit = try await AuditVerifier.verify(target.db)
        #expect(audit.intact)
        #expect(try await hash(target.db, link: Int64(audit.links)) == hash(source.app.db, link: Int64(audit.links)))
        #expect(try await LedgerVerifier.verify(target.db).problems.isEmpty)
        let again = await #expect(throws: CommandFailure.self) {
            target.environment.arguments = ["guyub", "restore", file]
            try await target.execute()
        }
        #expect(again?.message == Catalogue(.id).restoreNeedsEmpty)
    }

    @Test func aBackupNeverOverwritesAFile() async throws {
        try await withTestApp { t in
            let file = NSTemporaryDirectory() + "guyub-backup-\(UUID())"
            try Data("lama".utf8).write(to: URL(fileURLWithPath: file))
            defer { try? FileManager.default.removeItem(atPath: file) }

            let failure = try await t.failure("backup", file)

            #expect(failure != nil)
            #expect(try String(contentsOfFile: file, encoding: .utf8) == "lama")
        }
    }

    /// An application on an empty database of the same engine, not migrated; and how to remove it.
    static func emptyApp(like source: TestApp) async throws -> (Application, @Sendable () async throws -> Void) {
        let (location, remove) = try await TestDatabase.empty()
        let app = try await Application.make(.testing)
        var config = source.app.guyub.config
        config.database = location
        try await configure(app, config)
        return (
            app,
            {
                try await app.asyncShutdown()
                try await remove()
            }
        )
    }
}
