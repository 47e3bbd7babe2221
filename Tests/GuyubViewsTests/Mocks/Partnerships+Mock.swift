import Foundation
import GuyubCore
import GuyubViews

extension PartnershipsPage.Agreement {
    static var mock: PartnershipsPage.Agreement {
        .init(
            id: UUID(), title: "Kredit modal kerja", partner: "Bank BRI", kind: .financial, status: .active,
            start: CivilDate(year: 2026, month: 3, day: 1)!, end: CivilDate(year: 2032, month: 3, day: 1)!, partnerKept: 100,
            cooperativeKept: nil)
    }
}

extension PartnershipsPage.Model {
    static var mock: PartnershipsPage.Model {
        PartnershipsPage.Model(
            agreements: [.mock],
            risks: [
                .init(
                    kind: .overdueCommitment, key: "overdue_commitment:1", evidence: "Kredit modal kerja: terlambat 10 hari.",
                    partnershipID: UUID(), owner: nil),
                .init(kind: .dependence, key: "dependence:2:supply", evidence: "x", partnershipID: nil, owner: "Bendahara"),
            ], partners: [.init(id: UUID(), name: "Bank BRI", kind: .financial, contact: "Andi")], canManage: true,
            seesAll: true)
    }
}

extension PartnershipPage.Model {
    static var mock: PartnershipPage.Model {
        let due = CivilDate(year: 2026, month: 4, day: 1)!
        var model = PartnershipPage.Model(
            agreement: .mock, ourGoals: "Modal kerja toko", theirGoals: "Kredit desa", value: 3_000_000_000,
            cooperative: "Koperasi Sukamaju",
            tasks: [.init(task: "Pencairan", parties: ["Koperasi Sukamaju": .responsible, "Bank BRI": .accountable])],
            commitments: [
                .init(
                    id: UUID(), party: .partner, what: "Mencairkan tahap pertama", due: due, status: .open, overdue: true,
                    deliveredOn: nil, evidence: nil),
                .init(
                    id: UUID(), party: .cooperative, what: "Laporan bulanan", due: due, status: .delivered, overdue: false,
                    deliveredOn: due, evidence: "Terkirim"),
            ],
            reviews: [
                .init(on: due, committed: 2, delivered: 1, diverging: true, decision: .amend, note: "x", by: "Ketua")
            ], canManage: true, asPartner: false)
        (model.grant, model.spendAccounts) = ((40_000_000, 17_500_000), [(UUID(), "5-3100 Beban usaha")])
        return model
    }

    /// The state bank's loan on schedule, two instalments paid, with its benefits and documents.
    static var withLoan: PartnershipPage.Model {
        var model = mock
        model.grant = nil
        model.financing = .loan
        let schedule = try! LoanSchedule(
            BankLoan.terms(
                principal: 3_000_000_000, annualRate: 60_000, method: .anuitas, periods: 72, grace: 6,
                firstDue: CivilDate(year: 2026, month: 4, day: 12)!, received: CivilDate(year: 2026, month: 3, day: 5)!))
        model.loan = (
            schedule,
            [1: CivilDate(year: 2026, month: 4, day: 10)!, 2: CivilDate(year: 2026, month: 5, day: 12)!]
        )
        model.indicators = [
            .init(
                id: UUID(), name: "Pinjaman cair",
                benefit: .init(measure: .loanReceived, target: 3_000_000_000, actual: 3_000_000_000),
                unit: nil),
            .init(id: UUID(), name: "Jam pendampingan", benefit: .init(measure: .entered, target: 40, actual: 12), unit: "jam"),
        ]
        model.documents = [(UUID(), "Perjanjian kredit")]
        model.record = [
            (.partner, .init(year: 2026, quarter: 1, due: 1, kept: 1)),
            (.cooperative, .init(year: 2026, quarter: 2, due: 2, kept: 1)),
        ]
        model.reviews[0].benefits = model.indicators.map { .init(name: $0.name, benefit: $0.benefit, unit: $0.unit) }
        return model
    }

    /// As the partner's own person sees it: only their side's open commitment has a form.
    static var forPartner: PartnershipPage.Model {
        var model = mock
        (model.canManage, model.asPartner) = (false, true)
        model.commitments.append(
            .init(
                id: UUID(), party: .cooperative, what: "Menyerahkan agunan", due: CivilDate(year: 2026, month: 5, day: 1)!,
                status: .open, overdue: false, deliveredOn: nil, evidence: nil))
        return model
    }
}
