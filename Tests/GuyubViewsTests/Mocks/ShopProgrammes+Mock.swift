import Foundation
import GuyubCore
import GuyubViews

extension ShopProgrammes.Model {
    /// SPHP rice with Klaten's own ceiling and a new national one to come; the ceiling form as sent.
    static let mock: ShopProgrammes.Model = {
        var sphp = ShopProgrammes.Model.Row(id: UUID(), name: "SPHP", ceiling: 62_500, perBuyerLimit: 2_000, period: .day)
        sphp.regional = [
            PriceCeiling(effectiveFrom: CivilDate(year: 2026, month: 7, day: 1)!, price: 63_000, region: "Kab. Klaten")
        ]
        sphp.upcoming = [PriceCeiling(effectiveFrom: CivilDate(year: 2027, month: 1, day: 1)!, price: 64_000)]
        var model = ShopProgrammes.Model(
            rows: [
                sphp,
                .init(
                    id: UUID(), name: "Pupuk Urea Bersubsidi", ceiling: 1_800, perBuyerLimit: nil, period: .month,
                    byAllocation: true),
            ], month: YearMonth(year: 2026, month: 8)!)
        model.canSetCeilings = true
        model.ceiling.price = "65.000"
        return model
    }()
}

extension ShopAllocations.Model {
    static let mock: ShopAllocations.Model = {
        let season = ShopAllocations.Model.Season(
            id: UUID(), name: "MT I 2026/2027", startsOn: CivilDate(year: 2026, month: 10, day: 1)!,
            endsOn: CivilDate(year: 2027, month: 3, day: 31)!, farmers: 412, allocated: 41_250_000, taken: 12_800_000,
            importedAt: Date(timeIntervalSince1970: 1_790_000_000), importedBy: "Sri Wahyuni")
        var model = ShopAllocations.Model(
            programmeID: UUID(), programmeName: "Pupuk Urea Bersubsidi", unit: "kg", seasons: [season], shown: season, query: "",
            farmers: [
                .init(nik: "3507245012720001", name: "Siti Aminah", allocated: 100_000, taken: 25_000),
                .init(nik: "3507241208900002", name: "Budi Santoso", allocated: 150_000, taken: 150_000),
            ])
        model.imported = 412
        model.rejected = [(14, "3,5E+15")]
        return model
    }()
}

extension ShopSalesReport.Model {
    static let mock = ShopSalesReport.Model(
        from: CivilDate(year: 2026, month: 8, day: 1)!, to: CivilDate(year: 2026, month: 8, day: 31)!, unit: nil,
        units: [(UUID(), "Gerai Sembako"), (UUID(), "Gudang")],
        total: SalesFigures(sales: 412, revenue: 48_250_000, cost: 41_100_000),
        members: SalesFigures(sales: 301, revenue: 33_800_000, cost: 29_000_000),
        days: [
            (CivilDate(year: 2026, month: 8, day: 1)!, SalesFigures(sales: 14, revenue: 1_620_000, cost: 1_390_000)),
            (CivilDate(year: 2026, month: 8, day: 2)!, SalesFigures(sales: 11, revenue: 1_205_500, cost: 1_020_000)),
        ],
        products: [
            .init(
                name: "Beras Medium", quantity: (1_250_000, "kg"),
                figures: SalesFigures(sales: 180, revenue: 15_625_000, cost: 13_750_000))
        ],
        byUnit: [.init(name: "Gerai Sembako", figures: SalesFigures(sales: 412, revenue: 48_250_000, cost: 41_100_000))],
        cashiers: [.init(name: "Dewi Lestari", figures: SalesFigures(sales: 412, revenue: 48_250_000, cost: 41_100_000))],
        payments: [.init(name: "Tunai", figures: SalesFigures(sales: 390, revenue: 45_000_000, cost: 38_300_000))],
        stockValue: 12_500_000, booksValue: 12_500_000,
        slowMovers: [.init(name: "Santan Bubuk", unit: "pcs", stock: 15_000, value: 52_500, lastSold: nil)])
}

extension ShopStockTake.Sheet {
    static let mock = ShopStockTake.Sheet(
        id: UUID(), unit: "Gerai Sembako", startedOn: CivilDate(year: 2026, month: 8, day: 31)!, startedBy: "Dewi Lestari",
        approved: nil,
        lines: [
            .init(
                productID: UUID(), name: "Beras Medium", unit: "kg", expected: 100_000, counted: 97_000, change: nil, value: nil),
            .init(
                productID: UUID(), name: "Gula Pasir Curah", unit: "pcs", expected: 15_000, counted: nil, change: nil, value: nil),
        ], canApprove: true)
}
