import Foundation
import GuyubCore
import Testing

/// The rules of partnerships: the matrix's one accountable party, commitments within their agreement, the
/// track record, the agreement's steps, and the risks the data shows.
@Suite("Partnership rules") struct PartnershipRulesTests {
    static let start = CivilDate(year: 2026, month: 3, day: 1)!

    @Test func aMatrixNeedsExactlyOneAccountablePartyATask() throws {
        let good = try ResponsibilityMatrix.checked([("Pencairan", ["koperasi": "r", "bank": "A"])])
        #expect(good == [ResponsibilityTask(task: "Pencairan", parties: ["koperasi": .responsible, "bank": .accountable])])
        for parties in [["koperasi": "R"], ["koperasi": "A", "bank": "A"], [:]] {
            #expect(throws: PartnershipError.accountableRequired("Pencairan")) {
                try ResponsibilityMatrix.checked([("Pencairan", parties)])
            }
        }
        #expect(throws: PartnershipError.taskRepeated("pencairan")) {
            try ResponsibilityMatrix.checked([("Pencairan", ["a": "A"]), ("pencairan", ["a": "A"])])
        }
        #expect(throws: PartnershipError.field(.required("tasks"))) { try ResponsibilityMatrix.checked([]) }
    }

    /// Property: a matrix is accepted exactly when every task has one A.
    @Test func aMatrixIsAcceptedExactlyWhenEveryTaskHasOneA() {
        var random = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let rows = (0..<Int.random(in: 1...4, using: &random)).map { index in
                (
                    task: Optional("Tugas \(index)"),
                    parties: Optional(
                        Dictionary(
                            uniqueKeysWithValues: ["koperasi", "mitra", "dinas"].map {
                                ($0, ["R", "A", "C", "I"].randomElement(using: &random)!)
                            }))
                )
            }
            let valid = rows.allSatisfy { $0.parties!.values.filter { $0 == "A" }.count == 1 }
            #expect(((try? ResponsibilityMatrix.checked(rows)) != nil) == valid)
        }
    }

    @Test func aCommitmentFallsWithinItsAgreement() throws {
        let end = CivilDate(year: 2026, month: 12, day: 31)!
        #expect(throws: PartnershipError.dueBeforeStart) {
            try Commitment.checked(due: Self.start.adding(days: -1)!, start: Self.start, end: end)
        }
        #expect(throws: PartnershipError.dueAfterEnd) {
            try Commitment.checked(due: end.adding(days: 1)!, start: Self.start, end: end)
        }
        try Commitment.checked(due: Self.start, start: Self.start, end: nil)
    }

    @Test func theTrackRecordCountsWhatWasDeliveredOnTime() {
        let today = CivilDate(year: 2026, month: 6, day: 1)!
        let day = { (d: Int) in Self.start.adding(days: d)! }
        #expect(Commitment.fulfilment([], today: today) == nil)
        #expect(Commitment.fulfilment([(.open, today, nil)], today: today) == nil, "due today is not missed yet")
        #expect(Commitment.fulfilment([(.delivered, today, today)], today: today) == 100)
        #expect(
            Commitment.fulfilment(
                [
                    (.delivered, day(10), day(9)), (.delivered, day(10), day(12)), (.open, day(20), nil),
                    (.waived, day(5), nil), (.open, CivilDate(year: 2026, month: 7, day: 1)!, nil),
                ], today: today) == 33, "one of three due kept on time; the waived and the not-yet-due left out")
    }

    /// Quarter by quarter, the record adds up to the whole: each quarter counts what fell due in it as the whole
    /// record counts it.
    @Test func theTrackRecordOverTimeSumsToTheWhole() {
        let today = CivilDate(year: 2026, month: 10, day: 1)!
        let on = { (m: Int, d: Int) in CivilDate(year: 2026, month: m, day: d)! }
        let owed: [Commitment.Owed] = [
            (.delivered, on(2, 10), on(2, 9)), (.delivered, on(3, 31), on(4, 2)), (.open, on(5, 20), nil),
            (.delivered, on(6, 1), on(6, 1)), (.waived, on(7, 5), nil), (.open, on(12, 1), nil),
        ]
        let record = Commitment.record(owed, today: today)
        #expect(
            record == [
                .init(year: 2026, quarter: 1, due: 2, kept: 1), .init(year: 2026, quarter: 2, due: 2, kept: 1),
            ])
        #expect(record.map(\.label) == ["2026-Q1", "2026-Q2"])
        let whole = record.reduce(into: (due: 0, kept: 0)) { ($0.due, $0.kept) = ($0.due + $1.due, $0.kept + $1.kept) }
        #expect(Commitment.fulfilment(owed, today: today) == whole.kept * 100 / whole.due)
    }

    /// A partner bank's loan: the engine's schedule falls due on the first instalment's day every month, the grace
    /// months pay interest only, and what is owed falls to nothing as instalments are paid in order.
    @Test func aBankLoanFallsDueMonthlyOnItsDayAndIsRepaidInFull() throws {
        let received = CivilDate(year: 2026, month: 3, day: 5)!
        for (periods, grace, day) in [(72, 6, 12), (12, 0, 1), (24, 3, 28), (6, 5, 15)] {
            let first = CivilDate(year: 2026, month: 4, day: day)!
            let schedule = try LoanSchedule(
                BankLoan.terms(
                    principal: 3_000_000_000, annualRate: 60_000, method: .anuitas, periods: periods, grace: grace,
                    firstDue: first, received: received))
            #expect(schedule.installments.count == periods)
            #expect(schedule.installments.enumerated().allSatisfy { $1.due == first.adding(months: $0) })
            #expect(schedule.installments.prefix(grace).allSatisfy { $0.principal == 0 && $0.interest == 15_000_000 })
            #expect(schedule.totalPrincipal == 3_000_000_000)
            var owed = BankLoan.owed(schedule, paid: 0)
            for paid in 1...periods {
                let next = try #require(BankLoan.next(schedule, paid: paid - 1))
                #expect(BankLoan.owed(schedule, paid: paid) == owed - next.principal)
                owed = BankLoan.owed(schedule, paid: paid)
            }
            #expect(owed == 0 && BankLoan.next(schedule, paid: periods) == nil)
        }
        #expect(throws: PartnershipError.field(.invalidChoice("firstDue"))) {
            try BankLoan.terms(
                principal: 1, annualRate: 0, method: .flat, periods: 1, grace: 0,
                firstDue: CivilDate(year: 2026, month: 4, day: 29)!, received: received)
        }
        #expect(throws: PartnershipError.firstDueTooEarly) {
            try BankLoan.terms(
                principal: 1, annualRate: 0, method: .flat, periods: 1, grace: 0, firstDue: received, received: received)
        }
        #expect(throws: PartnershipError.loanTerms(.invalidGrace)) {
            try BankLoan.terms(
                principal: 1_000, annualRate: 0, method: .flat, periods: 3, grace: 3,
                firstDue: CivilDate(year: 2026, month: 4, day: 12)!, received: received)
        }
    }

    @Test func aGrantIsSpentOnExpensesAndOrdinaryAssetsOnly() {
        #expect(Grant.maySpend(on: .expense, role: .operatingExpense, active: true))
        #expect(Grant.maySpend(on: .asset, role: nil, active: true), "equipment the board added to the chart")
        #expect(!Grant.maySpend(on: .expense, role: .operatingExpense, active: false))
        for role in [AccountRole.cash, .bank, .qrisClearing, .inventory, .memberLoans] {
            #expect(!Grant.maySpend(on: .asset, role: role, active: true), "\(role)")
        }
        #expect(!Grant.maySpend(on: .liability, role: .savingsSukarela, active: true))
        #expect(!Grant.maySpend(on: .equity, role: .reserve, active: true))
    }

    @Test func anAgreementMovesDraftActiveReviewedEnded() throws {
        #expect(try PartnershipStatus.draft.after(.activate) == .active)
        #expect(try PartnershipStatus.active.after(.review) == .underReview)
        #expect(try PartnershipStatus.underReview.reviewed(.continue) == .active)
        #expect(try PartnershipStatus.active.reviewed(.end) == .ended)
        #expect(throws: PartnershipError.state(.ended)) { try PartnershipStatus.ended.reviewed(.amend) }
        #expect(throws: PartnershipError.state(.draft)) { try PartnershipStatus.draft.reviewed(.continue) }
        for status in PartnershipStatus.allCases {
            for action in PartnershipAction.allCases {
                #expect(((try? status.after(action)) != nil) == status.allowed.contains(action))
            }
        }
    }

    @Test func theRisksFollowTheData() {
        let (bank, shop) = (UUID(), UUID())
        let agreement = PartnershipRisks.Agreement(
            id: UUID(), partnerID: bank, status: .active, start: Self.start, end: CivilDate(year: 2026, month: 9, day: 30)!,
            lastReview: nil, diverging: false)
        let owed = PartnershipRisks.Owed(
            id: UUID(), partnershipID: agreement.id, party: .partner, due: CivilDate(year: 2026, month: 4, day: 1)!,
            status: .open)
        let shares = [
            PartnershipRisks.Share(partnerID: shop, measure: .supply, part: 41, whole: 100),
            PartnershipRisks.Share(partnerID: bank, measure: .funding, part: 40, whole: 100),
        ]
        func kinds(on day: CivilDate, _ agreements: [PartnershipRisks.Agreement] = [], owed: [PartnershipRisks.Owed] = [])
            -> [PartnershipRiskKind]
        {
            PartnershipRisks.found(
                agreements: agreements, commitments: owed, shares: shares, rules: .standard, today: day
            ).map(\.kind)
        }
        #expect(kinds(on: Self.start) == [.dependence], "41 % is over 40 %; 40 % is not")
        #expect(kinds(on: CivilDate(year: 2026, month: 4, day: 1)!, [agreement], owed: [owed]) == [.dependence])
        #expect(
            kinds(on: CivilDate(year: 2026, month: 4, day: 2)!, [agreement], owed: [owed]) == [.dependence, .overdueCommitment])
        #expect(kinds(on: CivilDate(year: 2026, month: 8, day: 31)!, [agreement]) == [.dependence, .ending])
        #expect(kinds(on: CivilDate(year: 2026, month: 9, day: 1)!, [agreement]) == [.dependence, .reviewDue, .ending])
        #expect(kinds(on: CivilDate(year: 2026, month: 8, day: 1)!, [agreement]) == [.dependence, .ending])
        var ended = agreement
        ended.status = .ended
        #expect(kinds(on: CivilDate(year: 2026, month: 9, day: 1)!, [ended], owed: [owed]) == [.dependence])
        var reviewed = agreement
        (reviewed.lastReview, reviewed.diverging) = (CivilDate(year: 2026, month: 6, day: 1)!, true)
        #expect(kinds(on: CivilDate(year: 2026, month: 6, day: 2)!, [reviewed]) == [.dependence, .goalDivergence])
    }
}
