import FluentKit
import Foundation
import GuyubCore
import GuyubStore
import Testing

/// Closing 2025 and sharing its SHU, with figures small enough to work out by hand.
@Suite("Year end and SHU") struct YearEndTests {
    func day(_ month: Int, _ day: Int, _ year: Int = 2025) -> CivilDate { CivilDate(year: year, month: month, day: day)! }
    let texts = YearEnd.Texts(
        month: { _ in MonthEnd.Texts(sukarelaInterest: "Jasa", termAccrual: "Akrual", maturity: { n, _ in n }) },
        closingEntry: "Jurnal penutup 2025")
    let posting = SHUStore.PostingTexts(distribution: "Pembagian SHU 2025", payout: { name, _ in "SHU \(name)" })

    /// Three members joined 1 Jan 2025 with savings A 1.250.000, B 650.000, C 50.000 (pokok + wajib),
    /// store purchases A 3.000.000 and B 1.000.000; the year's books: sales to members 10.000.000, to
    /// non-members 2.000.000, operating costs 4.000.000.
    func year(_ s: StoreDatabase, payToSavings: Bool = true) async throws -> (Tenant, [UUID]) {
        let tenant = Tenant(cooperativeID: try await s.cooperative("Sukamaju"), db: s.db)
        let members = try await s.db.write { db in
            let t = tenant.withDatabase(db)
            var ids: [UUID] = []
            for serial in 1...3 {
                ids.append(
                    try await MemberStore(t).register(
                        person(serial), status: .member, joinedOn: day(1, 1), on: day(1, 1),
                        by: actor
                    ).requireID())
            }
            let savings = SavingsStore(t)
            for (member, pokok, wajib) in [
                (ids[0], Int64(50_000), Int64(1_200_000)), (ids[1], 50_000, 600_000), (ids[2], 50_000, 0),
            ] {
                for (kind, amount) in [(SavingsKind.pokok, pokok), (.wajib, wajib)] where amount > 0 {
                    _ = try await savings.deposit(
                        .init(
                            memberID: member, kind: kind, amount: amount, channel: .cash, date: day(2, 1),
                            description: "setor"), by: actor)
                }
            }
            for (member, amount) in [(ids[0], Int64(3_000_000)), (ids[1], 1_000_000)] {
                let record = BusinessRecord()
                record.memberID = member
                record.source = .store
                record.happenedOn = day(6, 1)
                record.amount = amount
                try await t.create(record)
            }
            let ledger = Ledger(t)
            for (role, amount, income) in [
                (AccountRole.salesMember, Int64(10_000_000), true), (.salesNonMember, 2_000_000, true),
                (.operatingExpense, 4_000_000, false),
            ] {
                try await ledger.post(
                    JournalDraft(
                        date: day(7, 1), description: "usaha", sourceType: .manual,
                        lines: income
                            ? [.debit(.role(.cash), amount), .credit(.role(role), amount)]
                            : [.debit(.role(role), amount), .credit(.role(.cash), amount)]),
                    by: actor)
            }
            var rules = SHURules.standard
            rules.payToSavings = payToSavings
            rules.businessWeights = [.store: 100]
            try await SHUStore(t).save(rules, for: 2025, by: actor)
            return ids
        }
        return (tenant, members)
    }

    func close(_ s: StoreDatabase, _ tenant: Tenant, _ year: Int = 2025, today: CivilDate? = nil) async throws -> YearEnd.Outcome
    {
        try await s.db.write { db in
            try await YearEnd(tenant.withDatabase(db)).close(year, today: today ?? day(1, 10, 2026), texts: texts, by: actor)
        }
    }

    @Test func closingSplitsTheSurplusAndDraftsTheDistribution() async throws {
        try await withStore { s in
            let (tenant, members) = try await year(s)
            let outcome = try await close(s, tenant)

            // General costs fall on each part by its income: 4.000.000 × 2/12 = 666.666 (down) to non-members.
            #expect(outcome.closing.memberSurplus == 6_666_666)
            #expect(outcome.closing.nonMemberSurplus == 1_333_334)
            #expect(outcome.monthsClosed == [YearMonth(year: 2025, month: 12)!])

            // The closing entry empties the year's income and expenses into the year's surplus…
            let all = try await ReportQueries(tenant).trialBalance(from: day(1, 1), to: day(12, 31))
            #expect(all.rows.filter { $0.type == .income || $0.type == .expense }.allSatisfy { $0.movement == 0 })
            #expect(all.rows.first { $0.role == .currentSurplus }?.closing == -8_000_000)
            // …and the year's income statement still reads as before it.
            let statement = try await ReportQueries(tenant).incomeStatement(from: day(1, 1), to: day(12, 31))
            #expect(statement.surplus == 8_000_000)

            // Capital 20 % of 6.666.666 = 1.333.333 by savings (1.950.000); patronage 25 % = 1.666.666 by business (4.000.000).
            let d = outcome.distribution
            #expect(d.status == .draft)
            #expect(d.totalSavings == 1_950_000 && d.totalBusiness == 4_000_000)
            let shares = Dictionary(uniqueKeysWithValues: try await SHUStore(tenant).shares(of: d).map { ($0.memberID, $0) })
            // A: 1.333.333 × 1.250.000 / 1.950.000 = 854.700,6 → 854.700; 1.666.666 × 3/4 = 1.249.999,5 → 1.249.999.
            #expect(shares[members[0]]?.capital == 854_700 && shares[members[0]]?.patronage == 1_249_999)
            #expect(shares[members[1]]?.capital == 444_444 && shares[members[1]]?.patronage == 416_666)
            #expect(shares[members[2]]?.capital == 34_188 && shares[members[2]]?.patronage == 0)
            let pools = SHUStore.amounts(d.pools)
            #expect(pools["capital"] == 1_333_333 && pools["patronage"] == 1_666_666)
            #expect(SHUStore.amounts(d.nonMemberPools) == ["reserve": 800_000, "education": 266_666, "social": 266_666])
            // Everything rounding left is kept: Σ shares + remainder = pool, and Σ pools + what the funds' rounding left = surplus.
            let remainder = SHUStore.amounts(d.remainder)
            let capital: Int64 = shares.values.reduce(0) { $0 + $1.capital }
            let patronage: Int64 = shares.values.reduce(0) { $0 + $1.patronage }
            let funds: Int64 = pools.values.reduce(0, +) + SHUStore.amounts(d.nonMemberPools).values.reduce(0, +)
            let left: Int64 = (remainder["pools"] ?? 0) + (remainder["nonMemberPools"] ?? 0)
            #expect(capital + (remainder["capital"] ?? 0) == 1_333_333)
            #expect(patronage + (remainder["patronage"] ?? 0) == 1_666_666)
            #expect(funds + left == 8_000_000)
            #expect(try await LedgerVerifier.verify(s.db).problems.isEmpty)
        }
    }

    @Test func aYearClosesOnceAndOnlyWhenOver() async throws {
        try await withStore { s in
            let (tenant, _) = try await year(s)
            await #expect(throws: YearEndError.yearNotOver(2025)) { try await close(s, tenant, today: day(12, 31)) }
            _ = try await close(s, tenant)
            let entries = try await tenant.query(JournalEntryRecord.self).count()
            await #expect(throws: YearEndError.yearAlreadyClosed(2025)) { try await close(s, tenant) }
            #expect(try await tenant.query(JournalEntryRecord.self).count() == entries)
        }
    }

    @Test func postingNeedsTheMeetingsApprovalAndHappensOnce() async throws {
        try await withStore { s in
            let (tenant, members) = try await year(s)
            let approval = SHUStore.Approval(resolutionID: UUID(), decidedOn: day(3, 1, 2026))
            func post(_ approval: SHUStore.Approval?) async throws {
                try await s.db.write { db in
                    try await SHUStore(tenant.withDatabase(db)).post(
                        2025, approval: approval, on: day(3, 1, 2026), texts: posting, by: actor)
                }
            }
            await #expect(throws: YearEndError.yearNotClosed(2025)) { try await post(approval) }
            _ = try await close(s, tenant)
            let before = try await tenant.query(JournalEntryRecord.self).count()
            await #expect(throws: YearEndError.notApproved(2025)) { try await post(nil) }
            // A decision taken before the close (10 January 2026) did not see these figures.
            await #expect(throws: YearEndError.notApproved(2025)) {
                try await post(.init(resolutionID: UUID(), decidedOn: day(1, 5, 2026)))
            }
            #expect(try await tenant.query(JournalEntryRecord.self).count() == before)
            #expect(try await SHUStore(tenant).distribution(of: 2025)?.status == .draft)

            try await post(approval)
            await #expect(throws: YearEndError.alreadyPosted(2025)) { try await post(approval) }
            // A's 854.700 + 1.249.999 went to their sukarela savings; the year's surplus is all given out.
            let sukarela = try await SavingsStore(tenant).accounts(of: members[0]).first { $0.kind == .sukarela }
            #expect(sukarela?.balance == 2_104_699)
            let trial = try await ReportQueries(tenant).trialBalance(from: nil, to: day(3, 1, 2026))
            #expect(trial.rows.first { $0.role == .currentSurplus }?.closing == 0)
            #expect(try await LedgerVerifier.verify(s.db).problems.isEmpty)
            await #expect(throws: YearEndError.alreadyPosted(2025)) {
                try await s.db.write { db in try await SHUStore(tenant.withDatabase(db)).save(.standard, for: 2025, by: actor) }
            }
        }
    }

    @Test func sharesHeldToCollectArePaidOnce() async throws {
        try await withStore { s in
            let (tenant, members) = try await year(s, payToSavings: false)
            _ = try await close(s, tenant)
            try await s.db.write { db in
                try await SHUStore(tenant.withDatabase(db)).post(
                    2025, approval: .init(resolutionID: UUID(), decidedOn: day(3, 1, 2026)),
                    on: day(3, 1, 2026), texts: posting, by: actor)
            }
            func payOut(_ member: UUID) async throws {
                try await s.db.write { db in
                    try await SHUStore(tenant.withDatabase(db)).payOut(
                        2025, member: member, channel: .cash, on: day(3, 2, 2026),
                        texts: posting, by: actor)
                }
            }
            try await payOut(members[0])
            await #expect(throws: YearEndError.shareNotPayable) { try await payOut(members[0]) }
            let trial = try await ReportQueries(tenant).trialBalance(from: nil, to: day(3, 2, 2026))
            // What B and C have not collected yet: 444.444 + 416.666 + 34.188.
            #expect(trial.rows.first { $0.role == .shuPayable }?.closing == -895_298)
            #expect(try await LedgerVerifier.verify(s.db).problems.isEmpty)
        }
    }

    @Test func aLossOnOnePartReducesTheOther() {
        #expect(SHUStore.distributable(member: -5, nonMember: 3) == (0, 0))
        #expect(SHUStore.distributable(member: -10_000_000, nonMember: 30_000_000) == (0, 20_000_000))
        #expect(SHUStore.distributable(member: 30_000_000, nonMember: -10_000_000) == (20_000_000, 0))
    }

    @Test func theCloseAndTheSHUsEntriesCannotBeReversed() async throws {
        try await withStore { s in
            let (tenant, _) = try await year(s)
            let outcome = try await close(s, tenant)
            await #expect(throws: LedgerError.notReversible) {
                try await s.db.write { db in
                    try await Ledger(tenant.withDatabase(db)).reverse(
                        outcome.closing.entryID!, on: day(1, 11, 2026), reason: "x", by: actor)
                }
            }
        }
    }
}
