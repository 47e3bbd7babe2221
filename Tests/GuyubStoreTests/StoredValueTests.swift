import FluentKit
import Foundation
import GuyubCore
import GuyubStore
import SQLKit
import Testing

/// A stored status, kind or date that does not decode is an error, never read as some default: a
/// member with a damaged status is not an applicant, a damaged date is not 1 January 2000.
@Suite("Stored values decode or fail") struct StoredValueTests {
    @Test(arguments: [("status", "'bogus'"), ("status_since", "'kemarin'"), ("gender", "'x'")])
    func aDamagedMemberFieldIsAnError(column: String, value: String) async throws {
        try await withStore { s in
            // given a member whose row was altered outside Guyub
            let coop = try await s.cooperative("Sukamaju")
            let id = try await s.db.write { db in
                try await MemberStore(Tenant(cooperativeID: coop, db: db)).register(person(1), on: today, by: actor).id!
            }
            try await s.db.sql.raw(
                """
                UPDATE members SET \(unsafeRaw: column) = \(unsafeRaw: value) WHERE cooperative_id = \(bind: coop) AND id = \(bind: id)
                """
            ).run()
            // when it is read, then the read fails rather than guessing
            let store = MemberStore(Tenant(cooperativeID: coop, db: s.db))
            await #expect(throws: (any Error).self) { try await store.find(id) }
        }
    }
}

extension StoredValueTests {
    @Test(arguments: ["audit_events.action", "cooperatives.books_closed_through", "cooperatives.kind"])
    func aDamagedCooperativeOrAuditFieldIsAnError(target: String) async throws {
        try await withStore { s in
            // given a cooperative with an audit link, one of whose values was altered outside Guyub
            let coop = try await s.cooperative("Sukamaju")
            try await s.db.write { db in
                _ = try await MemberStore(Tenant(cooperativeID: coop, db: db)).register(person(1), on: today, by: actor)
            }
            let parts = target.split(separator: ".").map(String.init)
            let key = parts[0] == "cooperatives" ? "id" : "cooperative_id"
            try await s.db.sql.raw(
                """
                UPDATE \(unsafeRaw: parts[0]) SET \(unsafeRaw: parts[1]) = 'kemarin' WHERE \(unsafeRaw: key) = \(bind: coop)
                """
            ).run()
            // when it is read, then the read fails rather than guessing
            await #expect(throws: (any Error).self) {
                if parts[0] == "cooperatives" {
                    _ = try await CooperativeRecord.find(coop, on: s.db)
                } else {
                    _ = try await Tenant(cooperativeID: coop, db: s.db).query(AuditEventRecord.self).all()
                }
            }
        }
    }
}
