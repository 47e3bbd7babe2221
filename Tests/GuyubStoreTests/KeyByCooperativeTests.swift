import FluentKit
import Foundation
import GuyubCore
import GuyubStore
import SQLKit
import Testing

@Suite("Tables keyed by cooperative, on a database that holds books")
struct KeyByCooperativeTests {
    /// A database made before the tables were keyed by cooperative, holding two cooperatives' members,
    /// savings and audit trails, takes the new keys with every row kept and every check passing; and
    /// afterwards a row can no longer point to another cooperative's row.
    @Test func booksSurviveTheNewKeys() async throws {
        let s = try await StoreDatabase.make(migrations: Array(GuyubMigrations.all.dropLast()))
        do {
            var members: [UUID: UUID] = [:]
            for name in ["Sukamaju", "Makmur"] {
                let tenant = Tenant(cooperativeID: try await s.cooperative(name), db: s.db)
                members[tenant.cooperativeID] = try await s.db.write { db in
                    let t = tenant.withDatabase(db)
                    var last = UUID()
                    for serial in 1...3 {
                        last = try await MemberStore(t).register(person(serial), status: .member, on: today, by: actor).id!
                        _ = try await SavingsStore(t).deposit(
                            .init(
                                memberID: last, kind: .sukarela, amount: 50_000 * Int64(serial),
                                channel: .cash, date: today, description: "Setoran"), by: actor)
                    }
                    return last
                }
            }
            func counts() async throws -> [Int] {
                try await ["members", "savings_accounts", "journal_entries", "journal_lines", "audit_events"].asyncMap { table in
                    try await s.db.sql.raw("/* test */ SELECT COUNT(*) AS n FROM \(ident: table)").first()!.decode(
                        column: "n", as: Int.self)
                }
            }
            let before = try await counts()

            try await s.migrate()

            #expect(try await counts() == before)
            #expect(try await AuditVerifier.verify(s.db).intact)
            #expect(try await LedgerVerifier.verify(s.db).problems.isEmpty)
            let (a, b) = (Array(members.keys)[0], Array(members.keys)[1])
            await #expect(throws: (any Error).self) {
                try await s.db.sql.raw(
                    """
                    /* test */ INSERT INTO wajib_dues (id, cooperative_id, member_id, period, amount)
                    VALUES (\(bind: UUID()), \(bind: a), \(bind: members[b]!), '2026-11', 10000)
                    """
                ).run()
            }
            // Posting goes on as before.
            let (tenant, member) = (Tenant(cooperativeID: a, db: s.db), members[a]!)
            _ = try await s.db.write { db in
                try await SavingsStore(tenant.withDatabase(db)).deposit(
                    .init(
                        memberID: member, kind: .sukarela, amount: 1_000,
                        channel: .cash, date: today, description: "Setoran"), by: actor)
            }
            #expect(try await LedgerVerifier.verify(s.db).problems.isEmpty)
        } catch {
            try? await s.shutdown()
            throw error
        }
        try await s.shutdown()
    }
}

extension Array {
    fileprivate func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var result: [T] = []
        for element in self { result.append(try await transform(element)) }
        return result
    }
}
