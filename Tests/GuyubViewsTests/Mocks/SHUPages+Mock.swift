import Foundation
import GuyubCore
import GuyubViews

// Example pages, for the page tests and for looking at a page without a database.
extension SHUIndexPage.Model {
    package static let mock = SHUIndexPage.Model(
        years: [
            .init(year: 2025, closed: true, status: .posted, memberSurplus: 2_239_141),
            .init(year: 2024, closed: true, status: .posted, memberSurplus: -350_000),
        ],
        closable: 2026, canClose: true)
}

extension SHUYearPage.Model {
    package static let mock = SHUYearPage.Model(
        year: 2025, status: .draft, rules: .standard, memberSurplus: 6_666_666, nonMemberSurplus: 1_333_334,
        pools: [
            "reserve": 2_666_666, "capital": 1_333_333, "patronage": 1_666_666, "board": 333_333, "staff": 333_333,
            "education": 166_666, "social": 166_666,
        ],
        nonMemberPools: ["reserve": 800_000, "education": 266_666, "social": 266_666],
        remainder: ["capital": 1, "patronage": 1, "pools": 3, "nonMemberPools": 2], totalSavings: 1_950_000,
        totalBusiness: 4_000_000,
        members: 3,
        shares: [
            .init(
                memberID: UUID(uuidString: "00000000-0000-0000-0000-000000000001")!, number: 1, name: "Siti Aminah",
                savings: 1_250_000, business: 3_000_000, capital: 854_700, patronage: 1_249_999, paidTo: nil),
            .init(
                memberID: UUID(uuidString: "00000000-0000-0000-0000-000000000002")!, number: 2, name: "Budi Santoso",
                savings: 650_000, business: 1_000_000, capital: 444_444, patronage: 416_666, paidTo: nil),
        ],
        page: 1, pageCount: 1, approvedOn: CivilDate(year: 2026, month: 3, day: 14), postedOn: nil, canCompute: false,
        canPost: true, canPayOut: true)
}

extension SHUSettingsPage.Model {
    package static let mock = SHUSettingsPage.Model(year: 2025, values: values(of: .standard), errors: [:], canEdit: true)
}

extension SHUSimulationPage.Model {
    package static var mock: SHUSimulationPage.Model {
        SHUSimulationPage.Model(
            values: [
                "surplus": "100000000", "capital": "20", "patronage": "25", "reserve": "55", "members": "Siti;1250000;3000000",
            ],
            result: try? SHUDistribution(
                surplus: 100_000_000, allocation: ["reserve": 550_000, "capital": 200_000, "patronage": 250_000],
                members: [
                    .init(id: "Siti", savings: 1_250_000, business: 3_000_000),
                    .init(id: "Budi", savings: 650_000, business: 1_000_000),
                ]))
    }
}
