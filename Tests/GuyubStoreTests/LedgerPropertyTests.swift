import FluentKit
import Foundation
import GuyubCore
import GuyubStore
import PropertyBased
import Testing

/// For random sequences of what tellers and treasurers do (deposits, withdrawals, transfers,
/// reversals; many refused), the books keep their promises: every entry balances, every balance
/// equals its recomputation, members' savings equal their control accounts, none goes below its floor.
@Suite("The books under random operations") struct LedgerPropertyTests {
    /// SplitMix64, so a failing seed reproduces the same operations.
    struct Dice {
        var state: UInt64
        mutating func roll(_ n: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(n))
        }
    }

    static let minimum: Int64 = 5_000

    /// A cooperative with four members and a sukarela minimum balance.
    func cooperative(_ s: StoreDatabase) async throws -> (Tenant, [UUID]) {
        let tenant = Tenant(cooperativeID: try await s.cooperative("Sukamaju"), db: s.db)
        let members = try await s.db.write { db in
            let t = tenant.withDatabase(db)
            var settings = SavingsSettings.villageDefaults
            settings.sukarelaMinimum = Self.minimum
            try await SettingsStore(t).setSavings(settings, by: actor)
            var ids: [UUID] = []
            for i in 1...4 {
                ids.append(try await MemberStore(t).register(person(i), status: .member, on: today, by: actor).id!)
            }
            return ids
        }
        return (tenant, members)
    }

    /// One random operation in its own transaction; a refusal (insufficient funds, a second reversal…) is fine.
    func operate(_ dice: inout Dice, _ s: StoreDatabase, _ tenant: Tenant, _ members: [UUID], entries: [UUID]) async throws
        -> UUID?
    {
        let a = members[dice.roll(members.count)]
        let b = members[dice.roll(members.count)]
        let amount = Int64(dice.roll(40) + 1) * 2_500
        let channel = PaymentChannel.allCases[dice.roll(3)]
        let op = dice.roll(6)
        let target = entries.isEmpty ? nil : entries[dice.roll(entries.count)]
        do {
            return try await s.db.write { db in
                let t = tenant.withDatabase(db)
                let store = SavingsStore(t)
                func movement(_ kind: SavingsKind) -> SavingsStore.Movement {
                    .init(memberID: a, kind: kind, amount: amount, channel: channel, date: today, description: "op")
                }
                switch op {
                case 0, 1: return try await store.deposit(movement(.sukarela), by: actor).entry.id
                case 2: return try await store.deposit(movement(.wajib), by: actor).entry.id
                case 3: return try await store.withdraw(movement(.sukarela), by: actor).entry.id
                case 4:
                    return try await store.transfer(from: a, to: b, amount: amount, date: today, description: "op", by: actor)
                        .entry.id
                default:
                    guard let target else { return nil }
                    return try await Ledger(t).reverse(target, on: today, reason: "op", by: actor).entry.id
                }
            }
        } catch is SavingsError {
            return nil
        } catch is LedgerError {
            return nil
        }
    }

    func expectSound(_ s: StoreDatabase, _ tenant: Tenant) async throws {
        let report = try await LedgerVerifier.verify(s.db)
        #expect(report.problems.isEmpty, "\(report.problems)")
        let trial = try await ReportQueries(tenant).trialBalance(from: nil, to: today)
        #expect(trial.isBalanced)
        #expect(BalanceSheet(trial).isBalanced)
        // No balance below zero; a sukarela below its minimum only if nothing was ever withdrawn from it
        // (a withdrawal or transfer out must leave the minimum).
        #expect(try await s.tenant().query(SavingsAccountRecord.self).all().allSatisfy { $0.balance >= 0 })
    }

    @Test func sequentialOperationsKeepTheBooksSound() async throws {
        await propertyCheck(count: 6, input: Gen.int(in: 0...Int.max)) { seed in
            do {
                try await withStore { s in
                    let (tenant, members) = try await cooperative(s)
                    var dice = Dice(state: UInt64(seed))
                    var entries: [UUID] = []
                    for _ in 0..<40 {
                        if let id = try await operate(&dice, s, tenant, members, entries: entries) { entries.append(id) }
                    }
                    #expect(entries.count > 10)
                    try await expectSound(s, tenant)
                }
            } catch {
                Issue.record("seed \(seed): \(error)")
            }
        }
    }

    /// Many tellers at once: on PostgreSQL the transactions truly overlap; the same checks hold.
    @Test func concurrentOperationsKeepTheBooksSound() async throws {
        try await withStore { s in
            let (tenant, members) = try await cooperative(s)
            for member in members {
                _ = try await s.db.write { db in
                    try await SavingsStore(tenant.withDatabase(db)).deposit(
                        .init(
                            memberID: member, kind: .sukarela, amount: 50_000,
                            channel: .cash, date: today, description: "awal"),
                        by: actor)
                }
            }
            let succeeded = try await withThrowingTaskGroup(of: Int.self) { group in
                for worker in 0..<8 {
                    group.addTask {
                        var dice = Dice(state: UInt64(worker * 7919 + 1))
                        var done = 0
                        for _ in 0..<15 where try await operate(&dice, s, tenant, members, entries: []) != nil {
                            done += 1
                        }
                        return done
                    }
                }
                return try await group.reduce(0, +)
            }
            #expect(succeeded > 20)
            try await expectSound(s, tenant)
            let numbers = try await s.tenant().query(JournalEntryRecord.self).all().map(\.number).sorted()
            #expect(numbers == Array(1...numbers.count)) // entry numbers have no gaps and no repeats
        }
    }

    /// A change audited before its posting in one transaction (an applicant's pokok admits them, then
    /// posts) holds the cooperative's row before any account; a posting alone must take them in the same
    /// order, or the two wait on each other and PostgreSQL breaks the deadlock by refusing one.
    @Test func postingsAfterAnAuditedChangeNeverDeadlock() async throws {
        try await withStore { s in
            let (tenant, members) = try await cooperative(s)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for worker in 0..<8 {
                    group.addTask {
                        for round in 0..<12 {
                            try await s.db.write { db in
                                let t = tenant.withDatabase(db)
                                if (worker + round) % 2 == 0 {
                                    try await AuditLog.append(
                                        t, actor: actor, action: .settingsSavings, entity: "settings", entityID: nil)
                                }
                                try await SavingsStore(t).deposit(
                                    .init(
                                        memberID: members[worker % members.count], kind: .sukarela, amount: 10_000,
                                        channel: .cash, date: today, description: "setoran"),
                                    by: actor)
                            }
                        }
                    }
                }
                try await group.waitForAll()
            }
            try await expectSound(s, tenant)
            #expect(try await s.tenant().query(JournalEntryRecord.self).count() == 96)
        }
    }
}
