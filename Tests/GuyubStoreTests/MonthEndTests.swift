import FluentKit
import Foundation
import GuyubCore
import GuyubStore
import Testing

/// Closing months, with dates fixed in 2025 so that the figures can be worked out by hand.
@Suite("Month end") struct MonthEndTests {
    let march = YearMonth(year: 2025, month: 3)!
    func day(_ month: Int, _ day: Int) -> CivilDate { CivilDate(year: 2025, month: month, day: day)! }
    let texts = MonthEnd.Texts(
        sukarelaInterest: "Jasa sukarela", termAccrual: "Akrual berjangka",
        maturity: { name, _ in "Jatuh tempo \(name)" })

    /// A cooperative with one member (joined 1 Jan 2025) and the given savings products.
    func setUp(_ s: StoreDatabase, _ adjust: (inout SavingsSettings) -> Void) async throws -> (Tenant, UUID) {
        let coop = try await s.cooperative("Sukamaju")
        let tenant = Tenant(cooperativeID: coop, db: s.db)
        var settings = SavingsSettings.villageDefaults
        adjust(&settings)
        let chosen = settings
        let member = try await s.db.write { db in
            let t = tenant.withDatabase(db)
            try await SettingsStore(t).setSavings(chosen, by: actor)
            return try await MemberStore(t).register(
                person(1), status: .member, joinedOn: CivilDate(year: 2025, month: 1, day: 1),
                on: CivilDate(year: 2025, month: 1, day: 1)!, by: actor)
        }
        return (tenant, member.id!)
    }

    func move(
        _ s: StoreDatabase, _ tenant: Tenant, _ member: UUID, _ kind: SavingsKind, _ amount: Int64, on date: CivilDate,
        deposit: Bool = true, term: Int? = nil
    ) async throws {
        _ = try await s.db.write { db in
            let store = SavingsStore(tenant.withDatabase(db))
            let movement = SavingsStore.Movement(
                memberID: member, kind: kind, amount: amount, channel: .cash, date: date,
                description: "test", termMonths: term)
            return deposit ? try await store.deposit(movement, by: actor) : try await store.withdraw(movement, by: actor)
        }
    }

    func close(_ s: StoreDatabase, _ tenant: Tenant, _ month: YearMonth, today: CivilDate) async throws -> MonthEnd.Plan {
        try await s.db.write { db in
            let monthEnd = MonthEnd(tenant.withDatabase(db))
            let plan = try await monthEnd.plan(month, today: today)
            try await monthEnd.close(plan, texts: texts, by: actor)
            return plan
        }
    }

    func balance(_ tenant: Tenant, _ member: UUID, _ kind: SavingsKind) async throws -> Int64 {
        try await SavingsStore(tenant).accounts(of: member).first { $0.kind == kind && $0.status == .open }?.balance ?? 0
    }

    @Test(arguments: [
        // 6 % a year on the lowest balance, 1.000.000 all month: 1.000.000 × 6 % × 31/365 = 5.095,89 → 5.095.
        (SavingsSettings.InterestBasis.lowest, Int64(5_095)),
        // On the daily balances: (14 × 1.000.000 + 5 × 1.500.000 + 12 × 1.300.000) × 6 % / 365 = 6.098,63 → 6.098.
        (.average, 6_098),
    ])
    func sukarelaInterestByTheBylawsBasis(basis: SavingsSettings.InterestBasis, expected: Int64) async throws {
        try await withStore { s in
            let (tenant, member) = try await setUp(s) {
                $0.sukarelaRate = 600
                $0.sukarelaBasis = basis
            }
            try await move(s, tenant, member, .sukarela, 1_000_000, on: day(3, 1))
            try await move(s, tenant, member, .sukarela, 500_000, on: day(3, 15))
            try await move(s, tenant, member, .sukarela, 200_000, on: day(3, 20), deposit: false)

            let plan = try await close(s, tenant, march, today: day(4, 5))

            #expect(plan.sukarelaInterest == expected)
            #expect(plan.sukarelaTax == 0)
            #expect(try await balance(tenant, member, .sukarela) == 1_300_000 + expected)
            #expect(try await LedgerVerifier.verify(s.db).problems.isEmpty)
        }
    }

    /// PP 15/2009: interest above Rp240.000 in a month bears a 10 % final tax, withheld.
    @Test func taxIsWithheldAboveTheThreshold() async throws {
        try await withStore { s in
            let (tenant, member) = try await setUp(s) {
                $0.sukarelaRate = 600
                $0.counterLimit = 1_000_000_000
            }
            try await move(s, tenant, member, .sukarela, 1_000_000_000, on: day(2, 28))

            let plan = try await close(s, tenant, march, today: day(4, 1))

            // 1.000.000.000 × 6 % × 31/365 = 5.095.890,41 → 5.095.890; tax 509.589.
            #expect(plan.sukarelaInterest == 5_095_890)
            #expect(plan.sukarelaTax == 509_589)
            #expect(try await balance(tenant, member, .sukarela) == 1_000_000_000 + 5_095_890 - 509_589)
            let trial = try await ReportQueries(tenant).trialBalance(from: nil, to: day(3, 31))
            #expect(trial.rows.first { $0.role == .taxPayable }?.closing == -509_589)
            #expect(trial.rows.first { $0.role == .savingsInterestExpense }?.closing == 5_095_890)
        }
    }

    @Test func closingTwiceChangesNothingAndTheMonthIsLocked() async throws {
        try await withStore { s in
            let (tenant, member) = try await setUp(s) { $0.sukarelaRate = 600 }
            try await move(s, tenant, member, .sukarela, 1_000_000, on: day(3, 1))
            _ = try await close(s, tenant, march, today: day(4, 5))
            let entries = try await s.tenant().query(JournalEntryRecord.self).count()
            let dues = try await s.tenant().query(WajibDueRecord.self).count()

            let again = try await close(s, tenant, march, today: day(4, 5))

            #expect(again.alreadyClosed)
            #expect(try await s.tenant().query(JournalEntryRecord.self).count() == entries)
            #expect(dues == 1) // March's wajib was billed at the close
            #expect(try await s.tenant().query(WajibDueRecord.self).count() == dues)
            await #expect(throws: LedgerError.closedPeriod(closedThrough: day(3, 31))) {
                try await move(s, tenant, member, .sukarela, 1_000, on: day(3, 31))
            }
            try await move(s, tenant, member, .sukarela, 1_000, on: day(4, 1))
        }
    }

    @Test func monthsCloseInOrderAndOnlyOnceOver() async throws {
        try await withStore { s in
            let (tenant, _) = try await setUp(s) { _ in }
            _ = try await close(s, tenant, march, today: day(4, 5))

            await #expect(throws: LedgerError.periodNotOpen) { try await close(s, tenant, march.next.next, today: day(6, 5)) }
            await #expect(throws: LedgerError.periodNotOpen) { try await close(s, tenant, march.next, today: day(4, 29)) }
            let april = try await close(s, tenant, march.next, today: day(4, 30))
            #expect(!april.alreadyClosed)
        }
    }

    /// 10.000.000 for 3 months at 5 %, from 10 March to 10 June: accrued month by month
    /// (22, 30, 31 and 9 days: 30.136 + 41.095 + 42.465 + 12.328 = 126.024), paid to sukarela at maturity.
    @Test func aTermDepositAccruesAndMatures() async throws {
        try await withStore { s in
            let (tenant, member) = try await setUp(s) { $0.terms = [.init(months: 3, rate: 500)] }
            try await move(s, tenant, member, .berjangka, 10_000_000, on: day(3, 10), term: 3)

            var accrued: [Int64] = []
            var month = march
            for today in [day(4, 1), day(5, 1), day(6, 1), day(7, 1)] {
                let plan = try await close(s, tenant, month, today: today)
                accrued.append(plan.accrued)
                month = month.next
            }

            #expect(accrued == [30_136, 41_095, 42_465, 12_328])
            #expect(try await balance(tenant, member, .sukarela) == 10_126_024)
            #expect(try await balance(tenant, member, .berjangka) == 0)
            let trial = try await ReportQueries(tenant).trialBalance(from: nil, to: day(6, 30))
            #expect(trial.rows.first { $0.role == .interestPayable }?.closing == 0)
            #expect(trial.rows.first { $0.role == .savingsBerjangka }?.closing == 0)
            #expect(try await LedgerVerifier.verify(s.db).problems.isEmpty)
        }
    }

    /// Broken in April after March accrued 30.136: the 1 % penalty (100.000) is the cooperative's
    /// income, the accrual is undone, 9.900.000 is paid out.
    @Test func breakingATermDepositCostsThePenaltyAndTheInterest() async throws {
        try await withStore { s in
            let (tenant, member) = try await setUp(s) { $0.terms = [.init(months: 3, rate: 500)] }
            try await move(s, tenant, member, .berjangka, 10_000_000, on: day(3, 10), term: 3)
            _ = try await close(s, tenant, march, today: day(4, 1))
            let deposit = try #require(try await SavingsStore(tenant).accounts(of: member).first { $0.kind == .berjangka })

            let receipt = try await s.db.write { db in
                try await SavingsStore(tenant.withDatabase(db)).breakTermDeposit(
                    deposit.id, on: day(4, 15), channel: .cash,
                    description: "Pencairan", by: actor)
            }
            let trial = try await ReportQueries(tenant).trialBalance(from: nil, to: day(4, 30))

            #expect(receipt.entry.total == 10_000_000 + 30_136)
            #expect(trial.rows.first { $0.role == .penalties }?.closing == -100_000)
            #expect(trial.rows.first { $0.role == .savingsInterestExpense }?.closing == 0)
            #expect(trial.rows.first { $0.role == .interestPayable }?.closing == 0)
            let paidOut: Int64 = 10_000_000 - 9_900_000
            #expect(trial.rows.first { $0.role == .cash }?.closing == paidOut)
            #expect(try await LedgerVerifier.verify(s.db).problems.isEmpty)
        }
    }
}

@Suite("Wajib by class and period") struct WajibBillingTests {
    @Test func aQuarterlyWajibIsBilledAtTheQuarterEndByClass() async throws {
        try await withStore { s in
            let tenant = Tenant(cooperativeID: try await s.cooperative("Sukamaju"), db: s.db)
            let (staff, farmer) = try await s.db.write { db in
                let t = tenant.withDatabase(db)
                var settings = SavingsSettings.villageDefaults
                settings.wajibAmount = 30_000
                settings.wajibEveryMonths = 3
                settings.wajibClasses = ["pegawai": 60_000]
                try await SettingsStore(t).setSavings(settings, by: actor)
                let members = MemberStore(t)
                let joined = CivilDate(year: 2025, month: 1, day: 1)!
                let staff = try await members.register(person(1), status: .member, joinedOn: joined, on: joined, by: actor)
                let farmer = try await members.register(person(2), status: .member, joinedOn: joined, on: joined, by: actor)
                _ = try await members.setWajibClass(staff.id!, to: "pegawai", by: actor)
                await #expect(throws: FieldError.invalidChoice("wajibClass")) {
                    try await members.setWajibClass(farmer.id!, to: "nelayan", by: actor)
                }
                return (staff.id!, farmer.id!)
            }

            let february = try await SavingsStore(tenant).billWajib(for: YearMonth(year: 2025, month: 2)!)
            let march = try await SavingsStore(tenant).billWajib(for: YearMonth(year: 2025, month: 3)!)
            let dues = try await s.tenant().query(WajibDueRecord.self).all()

            #expect(february == 0)
            #expect(march == 2)
            #expect(dues.first { $0.memberID == staff }?.amount == 60_000)
            #expect(dues.first { $0.memberID == farmer }?.amount == 30_000)
        }
    }
}
