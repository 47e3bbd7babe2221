import Foundation
import GuyubCore
import GuyubViews

/// The loan pages, rendered from small models built here.
func loanPages(_ context: PageContext) -> [(name: String, html: String)] {
    let terms = LoanTerms(
        principal: 12_000_000, annualRate: 120_000, method: .flat, periods: 6,
        start: CivilDate(year: 2026, month: 6, day: 2))
    let schedule = try! LoanSchedule(terms)
    var product = LoanProduct(
        code: "UMUM", name: "Pinjaman Umum", method: .flat, rateMin: 120_000, rateMax: 180_000,
        periodsMin: 3, periodsMax: 24, principalMin: 500_000, principalMax: 20_000_000)
    product.adminFee = LoanFee(fixed: 10_000, rate: 10_000)
    let row = LoanRow.mocks[0]
    let show = LoanShow.Model(
        row: row, productName: product.name, terms: terms, fees: 130_000, purpose: "Modal warung", collateral: "BPKB motor",
        appliedBy: "Hartono", reviewNote: "Usaha ramai", reviewedBy: "Hartono", decidedBy: "Sri", decidedOn: terms.start,
        decisionNote: nil, disbursedOn: terms.start, interestPaid: 120_000, penaltyOwed: 7_840, allowance: 60_000,
        writtenOff: 0, recovered: 0,
        installments: schedule.installments.map {
            .init(
                number: $0.number, due: $0.due, principal: $0.principal, interest: $0.interest,
                paid: $0.number == 1 ? $0.payment : 0, paidOn: $0.number == 1 ? $0.due : nil,
                state: $0.number == 1 ? .paid : $0.number == 2 ? .late : .upcoming)
        },
        steps: [
            .init(
                date: terms.start!, kind: .disbursement, amount: 12_000_000, principal: 0, interest: 0, penalty: 0,
                channel: .cash, note: nil, by: "Dewi", entryID: UUID()),
            .init(
                date: terms.start!.adding(months: 1), kind: .repayment, amount: 2_120_000, principal: 2_000_000,
                interest: 120_000, penalty: 0, channel: .qris, note: nil, by: "Dewi", entryID: UUID()),
        ],
        due: 2_127_840, payoff: 10_127_840, actions: Set(SiteURL.LoanAction.allCases), linksReceipts: true)
    let portfolio = LoanPortfolioPage.Model(
        lines: [
            .init(collectibility: .lancar, loans: 10, outstanding: 39_000_000, allowance: 195_000),
            .init(collectibility: .kurangLancar, loans: 1, outstanding: 2_500_000, allowance: 250_000),
            .init(collectibility: .diragukan, loans: 0, outstanding: 0, allowance: 0),
            .init(collectibility: .macet, loans: 0, outstanding: 0, allowance: 0),
        ],
        loans: 11, outstanding: 41_500_000, allowance: 445_000, par30: 1_616, par90: 593, problem: 602, health: .cukupSehat,
        months: [
            .init(
                month: YearMonth(year: 2026, month: 1)!, disbursed: 11_000_000, disbursements: 2, principal: 2_000_000,
                interest: 242_500, penalty: 0, collected: 2_242_500)
        ],
        year: 2026, canCloseDay: true)
    let arrears = LoanArrearsPage.Model(rows: [
        .init(
            loanID: row.id, number: row.number, borrower: row.borrower, phone: "0812-3456-7890", daysLate: 45,
            collectibility: .lancar, overdue: 2_120_000, penalty: 7_840)
    ])
    let settings = LoanSettingsPage.Model(
        products: [.init(id: UUID(), rules: product, active: true)], rules: .cooperative,
        values: ["method": "flat", "penaltyPer": "day", "active": "1"], errors: [:],
        canEdit: true)
    let apply = LoanApply.Model(
        products: [.init(id: UUID(), name: product.name, summary: "flat 12–18%")],
        values: [:], errors: [:], member: nil)
    let simulation = LoanSimulationPage.Model(
        values: LoanSimulationPage.Model.defaults, schedule: schedule,
        comparison: [
            (.flat, 720_000, 2_120_000), (.efektif, 420_000, 2_120_000),
            (.anuitas, 422_000, 2_070_000),
        ],
        decimals: 0, error: nil)
    return [
        (
            "loan list",
            LoanList.View.render(
                .init(rows: LoanRow.mocks, status: "", page: 1, pageCount: 1, total: 2, canApply: true),
                in: context)
        ),
        ("loan", LoanShow.View.render(show, in: context)),
        ("loan portfolio", LoanPortfolioPage.View.render(portfolio, in: context)),
        ("loan arrears", LoanArrearsPage.View.render(arrears, in: context)),
        ("loan settings", LoanSettingsPage.View.render(settings, in: context)),
        ("loan application", LoanApply.View.render(apply, in: context)),
        ("loan simulation", LoanSimulationPage.View.render(simulation, in: context)),
    ]
}
