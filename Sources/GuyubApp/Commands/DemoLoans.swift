import Fluent
import Foundation
import GuyubCore
import GuyubStore
import GuyubViews

/// The demo cooperative's loans through its year: two products; loans disbursed month by month,
/// most repaid on time, one paid off early, some falling behind (one restructured after a failed
/// harvest, one written off), the daily job run at each month's end; and this week's applications
/// in every state the board sees. Everything goes through `LoanStore` and `LoanDay`, as the teller
/// and the board would.
struct DemoLoans {
    enum Habit {
        case onTime
        /// Pays the whole loan off in its fourth month.
        case paysOffEarly
        /// Pays half of what is due.
        case partial
        /// Stops paying after this many instalments.
        case stops(after: Int)
    }

    struct Plan {
        let borrower: Int
        let month: Int
        let principal: Int64
        let periods: Int
        let farm: Bool
        let habit: Habit
    }

    /// Borrowers by member number, the month of the year they borrow in, and how they repay.
    static let plans: [Plan] = [
        Plan(borrower: 1, month: 2, principal: 6_000_000, periods: 12, farm: false, habit: .onTime),
        Plan(borrower: 3, month: 0, principal: 10_000_000, periods: 12, farm: false, habit: .onTime),
        Plan(borrower: 5, month: 1, principal: 3_000_000, periods: 6, farm: false, habit: .paysOffEarly),
        Plan(borrower: 7, month: 1, principal: 8_000_000, periods: 12, farm: true, habit: .onTime),
        Plan(borrower: 9, month: 2, principal: 5_000_000, periods: 10, farm: false, habit: .stops(after: 5)),
        Plan(borrower: 11, month: 3, principal: 12_000_000, periods: 18, farm: true, habit: .stops(after: 3)),
        Plan(borrower: 13, month: 4, principal: 2_000_000, periods: 6, farm: false, habit: .stops(after: 1)),
        Plan(borrower: 15, month: 5, principal: 4_000_000, periods: 12, farm: false, habit: .partial),
        Plan(borrower: 17, month: 6, principal: 7_500_000, periods: 12, farm: false, habit: .onTime),
        Plan(borrower: 19, month: 7, principal: 15_000_000, periods: 12, farm: true, habit: .onTime),
        Plan(borrower: 21, month: 8, principal: 2_500_000, periods: 10, farm: false, habit: .stops(after: 1)),
        Plan(borrower: 23, month: 9, principal: 9_000_000, periods: 12, farm: false, habit: .onTime),
        Plan(borrower: 25, month: 10, principal: 1_000_000, periods: 4, farm: false, habit: .onTime),
    ]

    let tenant: Tenant
    let books = Catalogue(.id)
    /// Who does what, signed in as themselves: the chair enters, the treasurer decides, the teller handles the money.
    let chair: Actor
    let treasurer: Actor
    let teller: Actor
    var store: LoanStore { LoanStore(tenant) }
    private(set) var general: UUID?
    private(set) var farming: UUID?
    private var loans: [(plan: Plan, id: UUID, paid: Int)] = []

    init(_ tenant: Tenant, chair: Actor, treasurer: Actor, teller: Actor) {
        self.tenant = tenant
        self.chair = chair
        self.treasurer = treasurer
        self.teller = teller
    }

    mutating func products() async throws {
        var general = LoanProduct(
            code: "UMUM", name: "Pinjaman Umum", method: .flat, rateMin: 120_000, rateMax: 180_000,
            periodsMin: 3, periodsMax: 24, principalMin: 500_000, principalMax: 20_000_000)
        general.adminFee = LoanFee(fixed: 10_000, rate: 10_000)
        general.penalty = PenaltyRule(basis: .installment, rate: 1_000, per: .day, graceDays: 3, cap: 100_000)
        general.savingsMultiple = 0
        var farming = LoanProduct(
            code: "TANI", name: "Pinjaman Usaha Tani", method: .efektif, rateMin: 90_000, rateMax: 150_000,
            periodsMin: 6, periodsMax: 24, principalMin: 1_000_000, principalMax: 25_000_000)
        farming.adminFee = LoanFee(fixed: 25_000)
        farming.penalty = PenaltyRule(basis: .installment, rate: 20_000, per: .month, graceDays: 7, cap: 50_000)
        farming.collateralRequired = true
        self.general = try await store.saveProduct(general, by: chair).id
        self.farming = try await store.saveProduct(farming, by: chair).id
    }

    /// The loans of `month` (0 = the year's first), the instalments paid in it, and its daily job on its last day.
    mutating func month(_ index: Int, first: CivilDate, last: CivilDate, isCurrent: Bool) async throws {
        let members = MemberStore(tenant)
        for plan in Self.plans where plan.month == index {
            let member = try await members.find(number: plan.borrower)
            guard member.status == MemberStatus.member else { continue }
            let day = min(first.adding(days: 2 + plan.borrower % 10)!, last)
            let loan = try await apply(plan, member: member, on: day)
            _ = try await store.decide(
                loan.id, approve: true, note: "Usaha berjalan, angsuran terjangkau", on: day, by: treasurer)
            _ = try await store.disburse(
                loan.id, channel: plan.borrower % 2 == 0 ? .savings : .bank, on: day,
                description: books.loanDisbursement(number: loan.number, borrower: loan.borrowerName),
                by: teller)
            loans.append((plan, loan.id!, 0))
        }
        for (position, entry) in loans.enumerated() {
            let loan = try await store.loan(entry.id)
            guard loan.status == LoanStatus.active else { continue }
            for row in try await store.installments(of: loan) where row.unpaid > 0 {
                let due = row.dueOn
                guard due >= first, due <= last else { continue }
                let amount: Int64
                switch entry.plan.habit {
                case .onTime: amount = try await store.owed(loan, on: due).due.total
                case .partial: amount = try await store.owed(loan, on: due).due.total / 2
                case .stops(let after): amount = entry.paid < after ? try await store.owed(loan, on: due).due.total : 0
                case .paysOffEarly:
                    amount =
                        row.number == 4
                        ? try await store.owed(loan, on: due).payoff.total
                        : try await store.owed(loan, on: due).due.total
                }
                guard amount > 0 else { continue }
                let channel: LoanChannel = row.number % 3 == 0 ? .qris : .cash
                _ = try await store.repay(
                    .init(
                        loanID: entry.id, amount: amount, channel: channel, date: due,
                        description: books.loanRepayment(
                            number: loan.number, borrower: loan.borrowerName,
                            channel: channel)), by: teller)
                loans[position].paid += 1
                if (try await store.loan(entry.id)).status != LoanStatus.active { break }
            }
        }
        if !isCurrent {
            _ = try await LoanDay(tenant).close(last, texts: .init(last), by: .commandLine("close-day"))
        }
    }

    private func apply(_ plan: Plan, member: MemberRecord, on day: CivilDate) async throws -> LoanRecord {
        try await store.apply(
            .init(
                borrower: .member(member.id!), productID: (plan.farm ? farming : general)!,
                principal: plan.principal, annualRate: plan.farm ? 120_000 : 150_000, periods: plan.periods,
                purpose: plan.farm ? "Bibit, pupuk dan sewa traktor" : "Modal usaha warung",
                collateral: plan.farm ? "Sertifikat tanah sawah" : "", date: day,
                autoDebit: plan.borrower == 17), by: chair)
    }

    /// What the board finds this week: the restructuring after a failed harvest, a write-off, the
    /// applications waiting in each state, and today's daily job.
    func finish(today: CivilDate) async throws {
        // Last month is closed: what happened "days ago" happened this month, on its first day at the earliest.
        func recent(_ days: Int) -> CivilDate { max(today.adding(days: -days)!, today.yearMonth.first) }
        if let harvest = loans.first(where: { $0.plan.borrower == 11 }),
            (try await store.loan(harvest.id)).status == LoanStatus.active
        {
            _ = try await store.restructure(
                harvest.id,
                .init(
                    periods: 12, annualRate: nil, grace: 2, graceKind: .interestOnly,
                    seasonalMonths: [], date: recent(20),
                    reason: "Gagal panen karena banjir"), by: treasurer)
        }
        if let lost = loans.first(where: { $0.plan.borrower == 13 }), (try await store.loan(lost.id)).status == LoanStatus.active
        {
            let loan = try await store.loan(lost.id)
            _ = try await store.writeOff(
                lost.id, reason: "Pindah tanpa kabar, agunan tidak ada", on: recent(10),
                description: books.loanWriteOff(number: loan.number, borrower: loan.borrowerName),
                by: treasurer)
            _ = try await store.recover(
                .init(
                    loanID: lost.id, amount: 250_000, channel: .cash, date: recent(3),
                    description: books.loanRecovery(number: loan.number, borrower: loan.borrowerName)),
                by: teller)
        }
        let members = MemberStore(tenant)
        let waiting: [(number: Int, principal: Int64, state: LoanStatus)] = [
            (27, 3_000_000, .applied), (29, 5_000_000, .applied), (31, 2_000_000, .reviewed), (33, 4_000_000, .approved),
            (35, 20_000_000, .rejected),
        ]
        for (offset, item) in waiting.enumerated() {
            let member = try await members.find(number: item.number)
            guard member.status == MemberStatus.member else { continue }
            let day = recent(offset)
            let loan = try await apply(
                Plan(
                    borrower: item.number, month: 0, principal: item.principal, periods: 12, farm: false,
                    habit: .onTime), member: member, on: day)
            if item.state != .applied {
                _ = try await store.review(loan.id, note: "Survei usaha: warung ramai, tidak ada tunggakan simpanan", by: chair)
            }
            if item.state == .approved || item.state == .rejected {
                _ = try await store.decide(
                    loan.id, approve: item.state == .approved,
                    note: item.state == .rejected ? "Melebihi kemampuan bayar" : "", on: day, by: treasurer)
            }
        }
        _ = try await LoanDay(tenant).close(today, texts: .init(today), by: .commandLine("close-day"))
    }
}
