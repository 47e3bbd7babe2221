import FluentKit
import Foundation
import GuyubCore
import GuyubStore
import Testing

@Suite("Member registry") struct MemberStoreTests {
    @Test func numbersAreSequentialPerCooperativeAndNeverReused() async throws {
        try await withStore { s in
            let a = try await s.cooperative("Sukamaju")
            let b = try await s.cooperative("Makmur")

            var numbersA: [Int] = []
            for i in 1...3 {
                numbersA.append(
                    try await s.db.write { db in
                        try await MemberStore(Tenant(cooperativeID: a, db: db)).register(person(i), on: today, by: actor)
                            .memberNumber
                    })
            }
            // A registration that fails after taking its number rolls the number back with it;
            // one that fails before taking it never took one.
            await #expect(throws: MemberError.nikTaken) {
                try await s.db.write { db in
                    try await MemberStore(Tenant(cooperativeID: a, db: db)).register(person(1), on: today, by: actor)
                }
            }
            let fourth = try await s.db.write { db in
                try await MemberStore(Tenant(cooperativeID: a, db: db)).register(person(4), on: today, by: actor).memberNumber
            }
            let firstInB = try await s.db.write { db in
                try await MemberStore(Tenant(cooperativeID: b, db: db)).register(person(1), on: today, by: actor).memberNumber
            }

            #expect(numbersA == [1, 2, 3])
            #expect(fourth == 4)
            #expect(firstInB == 1)
        }
    }

    @Test func anotherCooperativesRowsAreInvisible() async throws {
        try await withStore { s in
            let a = try await s.cooperative("Sukamaju")
            let b = try await s.cooperative("Makmur")
            let member = try await s.db.write { db in
                try await MemberStore(Tenant(cooperativeID: a, db: db)).register(person(1), on: today, by: actor)
            }
            let fromB = MemberStore(Tenant(cooperativeID: b, db: s.db))

            await #expect(throws: MemberError.notFound) { try await fromB.find(member.id) }
            let list = try await fromB.list(query: "Warga")
            let byNIK = try await fromB.numbers(ofNIKs: [member.nik])
            let history = try await fromB.history(member.id!)
            let trail = try await AuditLog.page(Tenant(cooperativeID: b, db: s.db), page: 1)

            #expect(list.total == 0)
            #expect(byNIK.isEmpty)
            #expect(history.isEmpty)
            #expect(!trail.items.contains { $0.entityID == member.id?.uuidString.lowercased() })
        }
    }

    @Test func searchFindsByNameNIKPhoneAndNumber() async throws {
        try await withStore { s in
            let a = try await s.cooperative("Sukamaju")
            try await s.db.write { db in
                let store = MemberStore(Tenant(cooperativeID: a, db: db))
                for i in 1...12 { _ = try await store.register(person(i, female: i % 2 == 0), on: today, by: actor) }
            }
            let store = MemberStore(Tenant(cooperativeID: a, db: s.db))

            #expect(try await store.list(query: "warga 1").total == 4) // 1, 10, 11, 12
            #expect(try await store.list(query: "WARGA 12").items.map(\.memberNumber) == [12])
            #expect(try await store.list(query: "3507245208900002").items.map(\.memberNumber) == [2])
            #expect(try await store.list(query: "0812-3456-0007").items.map(\.memberNumber) == [7])
            #expect(try await store.list(query: "9").items.map(\.memberNumber) == [9])
            let page2 = try await store.list(page: 2, perPage: 5)
            #expect(page2.items.map(\.memberNumber) == [6, 7, 8, 9, 10])
            #expect(page2.pageCount == 3)
            // The number asked for comes first; the others holding the digit follow in order.
            #expect(try await store.list(query: "1").items.first?.memberNumber == 1)
            #expect(try await store.list(query: "2").items.map(\.memberNumber).first == 2)
            #expect(try await store.list(query: "2").total > 1)
            // Wildcards are letters like any other: "%" and "_" find nothing here.
            #expect(try await store.list(query: "%").total == 0)
            #expect(try await store.list(query: "warga_1").total == 0)
            #expect(try await store.list(query: "_").total == 0)
        }
    }

    @Test func statusStepsKeepTheirHistory() async throws {
        try await withStore { s in
            let a = try await s.cooperative("Sukamaju")
            let id = try await s.db.write { db in
                try await MemberStore(Tenant(cooperativeID: a, db: db)).register(
                    person(1), on: today.adding(days: -10)!, by: actor
                ).id!
            }
            let store = MemberStore(Tenant(cooperativeID: a, db: s.db))

            await #expect(throws: MemberError.dateBeforeLastChange) {
                try await store.changeStatus(id, to: .member, on: today.adding(days: -11)!, today: today, reason: nil, by: actor)
            }
            _ = try await s.db.write { db in
                try await MemberStore(Tenant(cooperativeID: a, db: db))
                    .changeStatus(id, to: .member, on: today.adding(days: -3)!, today: today, reason: "Pokok lunas", by: actor)
            }
            let member = try await store.find(id)
            let steps = try await store.history(id)

            #expect(member.status == .member)
            #expect(member.joinedOn == CivilDate(year: 2026, month: 11, day: 20))
            #expect(steps.map(\.toStatus) == [.applicant, .member])
            #expect(steps.map(\.effectiveOn.description) == ["2026-11-13", "2026-11-20"])
            #expect(steps.last?.reason == "Pokok lunas")
            #expect(steps.last?.byName == "Petugas")
        }
    }

    @Test func aFailedWriteLeavesNothingBehind() async throws {
        struct Boom: Error {}
        try await withStore { s in
            let a = try await s.cooperative("Sukamaju")
            let before = try await AuditLog.page(Tenant(cooperativeID: a, db: s.db), page: 1).total

            await #expect(throws: Boom.self) {
                try await s.db.write { db in
                    _ = try await MemberStore(Tenant(cooperativeID: a, db: db)).register(person(1), on: today, by: actor)
                    throw Boom()
                }
            }

            #expect(try await s.tenant().query(MemberRecord.self).count() == 0)
            #expect(try await AuditLog.page(Tenant(cooperativeID: a, db: s.db), page: 1).total == before)
            #expect(try await AuditVerifier.verify(s.db).intact)
            let next = try await s.db.write { db in
                try await MemberStore(Tenant(cooperativeID: a, db: db)).register(person(2), on: today, by: actor).memberNumber
            }
            #expect(next == 1)
        }
    }

    /// Many registrations at once in one cooperative: every number given once, the chain unbroken.
    @Test func concurrentRegistrationsGetDistinctNumbersAndAnUnbrokenChain() async throws {
        try await withStore { s in
            let a = try await s.cooperative("Sukamaju")
            let count = 24

            let numbers = try await withThrowingTaskGroup(of: Int.self) { group in
                for i in 1...count {
                    group.addTask {
                        try await s.db.write { db in
                            try await MemberStore(Tenant(cooperativeID: a, db: db)).register(person(i), on: today, by: actor)
                                .memberNumber
                        }
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            let report = try await AuditVerifier.verify(s.db)

            #expect(numbers.sorted() == Array(1...count))
            #expect(report.intact)
            #expect(report.links == 2 + count) // the cooperative, its admin, the members
        }
    }
}
