import FluentKit
import Foundation
import GuyubCore
import GuyubStore
import SQLKit
import Testing

/// Someone with the server stopped and the database open edits it consistently, so that every balance
/// still agrees with the journal. The audit trail, sealed with a key the database does not hold, and the
/// records checked against it still tell; what only a printed head can tell, an anchor does.
@Suite("Tampering with the database") struct TamperTests {
    /// A cooperative with Siti, a member with two deposits; returns the tenant, Siti's id and the second
    /// deposit's entry number.
    func books(_ s: StoreDatabase) async throws -> (Tenant, UUID, Int) {
        let tenant = Tenant(cooperativeID: try await s.cooperative("Sukamaju"), db: s.db)
        return try await s.db.write { db in
            let t = tenant.withDatabase(db)
            let siti = try await MemberStore(t).register(person(1), status: .member, on: today, by: actor).id!
            var number = 0
            for amount in [Int64(100_000), 40_000] {
                number = try await SavingsStore(t).deposit(
                    .init(
                        memberID: siti, kind: .sukarela, amount: amount, channel: .cash,
                        date: today, description: "Setoran"), by: actor
                ).entry.number
            }
            return (tenant, siti, number)
        }
    }

    func findings(_ s: StoreDatabase, anchors: [UUID: AuditVerifier.Anchor] = [:]) async throws -> [AuditFinding] {
        try await AuditVerifier.verify(s.db, anchors: anchors).cooperatives.flatMap(\.findings)
    }

    /// The balances kept for speed, made to agree with whatever the journal now says.
    func recomputeBalances(_ s: StoreDatabase) async throws {
        try await s.db.sql.raw(
            """
            /* test */ UPDATE accounts SET balance = (SELECT COALESCE(SUM(debit - credit), 0) FROM journal_lines WHERE account_id = accounts.id)
            """
        ).run()
        try await s.db.sql.raw(
            """
            /* test */ UPDATE savings_accounts SET balance = (SELECT COALESCE(SUM(credit - debit), 0) FROM journal_lines
                                                   WHERE savings_account_id = savings_accounts.id)
            """
        ).run()
    }

    @Test func aDepositChangedOnBothLinesIsFound() async throws {
        try await withStore { s in
            let (_, _, number) = try await books(s)
            try await s.db.sql.raw(
                """
                /* test */ UPDATE journal_lines SET debit = debit * 10, credit = credit * 10
                WHERE entry_id = (SELECT id FROM journal_entries WHERE number = \(bind: number))
                """
            ).run()
            try await s.db.sql.raw("/* test */ UPDATE journal_entries SET total = total * 10 WHERE number = \(bind: number)")
                .run()
            try await recomputeBalances(s)

            #expect(try await LedgerVerifier.verify(s.db).problems.isEmpty) // the books alone agree with themselves
            #expect(try await findings(s) == [.entryAltered(number)])
        }
    }

    @Test func aDeletedEntryIsFound() async throws {
        try await withStore { s in
            let (_, _, number) = try await books(s)
            try await s.db.sql.raw(
                """
                /* test */ DELETE FROM journal_lines WHERE entry_id = (SELECT id FROM journal_entries WHERE number = \(bind: number))
                """
            ).run()
            try await s.db.sql.raw("/* test */ DELETE FROM journal_entries WHERE number = \(bind: number)").run()
            try await recomputeBalances(s)

            #expect(try await LedgerVerifier.verify(s.db).problems.isEmpty)
            #expect(try await findings(s) == [.entryMissing(number)])
        }
    }

    @Test func anEditedMemberIsFound() async throws {
        try await withStore { s in
            _ = try await books(s)
            try await s.db.sql.raw("/* test */ UPDATE members SET name = 'Orang Lain'").run()

            #expect(try await findings(s) == [.memberAltered(1)])
        }
    }

    /// The last link removed with the head rolled back: the entry it recorded is left unaccounted for. Had
    /// its record been removed too, only the printed head tells — which the anchor compares.
    @Test func theLastLinkRemovedWithItsHeadIsFoundByItsRecordOrTheAnchor() async throws {
        try await withStore { s in
            let (tenant, _, number) = try await books(s)
            let coop = try #require(try await CooperativeRecord.find(tenant.cooperativeID, on: s.db))
            let printed = try #require(AuditVerifier.Anchor("\(coop.auditSequence):\(coop.auditHead.prefix(16))"))
            let before = try #require(
                try await s.tenant().query(AuditEventRecord.self).filter(\.$sequence == coop.auditSequence - 1).first())
            try await s.db.sql.raw("/* test */ DELETE FROM audit_events WHERE sequence = \(bind: coop.auditSequence)").run()
            try await s.db.sql.raw(
                """
                /* test */ UPDATE cooperatives SET audit_sequence = \(bind: coop.auditSequence - 1), audit_head = \(bind: before.hash)
                """
            ).run()

            #expect(try await findings(s) == [.entryUnrecorded(number)])

            try await s.db.sql.raw(
                """
                /* test */ DELETE FROM journal_lines WHERE entry_id = (SELECT id FROM journal_entries WHERE number = \(bind: number))
                """
            ).run()
            try await s.db.sql.raw("/* test */ DELETE FROM journal_entries WHERE number = \(bind: number)").run()
            try await s.db.sql.raw("/* test */ UPDATE cooperatives SET next_entry_number = \(bind: number)").run()
            try await recomputeBalances(s)

            #expect(try await findings(s).isEmpty) // the database alone cannot tell
            #expect(try await findings(s, anchors: [tenant.cooperativeID: printed]) == [.anchorMismatch(printed.sequence)])
        }
    }

    /// Without the key, hashing the whole chain again (with plain SHA-256, as it once was) is found at its first link.
    @Test func aChainHashedAgainWithoutTheKeyIsFound() async throws {
        try await withStore { s in
            let (tenant, _, _) = try await books(s)
            try await s.db.sql.raw("/* test */ UPDATE members SET name = 'Orang Lain'").run()
            var previous = ""
            for link in try await s.tenant().query(AuditEventRecord.self).sort(\.$sequence).all() {
                if link.entity == "member", let after = link.after {
                    link.after = after.replacingOccurrences(of: "Warga 1", with: "Orang Lain")
                }
                link.previousHash = previous
                link.hash = AuditLog.unkeyedDigest(link)
                try await link.update(on: s.tenant().db)
                previous = link.hash
            }
            try await s.db.sql.raw(
                "/* test */ UPDATE cooperatives SET audit_head = \(bind: previous) WHERE id = \(bind: tenant.cooperativeID)"
            ).run()

            #expect(try await findings(s).first == .linkAltered(1))
        }
    }

    /// A balance SQLite once stored as a real number (64 bits overflowed) made verify stop at the first
    /// cooperative; now that cooperative is reported and the others are still checked.
    @Test func oneUnreadableCooperativeDoesNotStopTheCheck() async throws {
        try await withStore { s in
            guard s.db.isSQLite else { return } // PostgreSQL refuses such a balance outright
            let (tenant, _, _) = try await books(s)
            _ = try await s.cooperative("Makmur")
            try await s.db.sql.raw(
                """
                /* test */ UPDATE accounts SET balance = 9.3e18 WHERE cooperative_id = \(bind: tenant.cooperativeID) AND role = 'cash'
                """
            ).run()

            let report = try await LedgerVerifier.verify(s.db)

            #expect(report.problems.count == 1)
            guard case .unreadable = report.problems.first?.finding else {
                Issue.record("expected the cooperative reported as unreadable, got \(report.problems)")
                return
            }
        }
    }
}
