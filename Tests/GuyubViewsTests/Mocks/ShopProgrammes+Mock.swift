import Foundation
import GuyubCore
import GuyubViews

extension ShopProgrammes.Model {
    static let mock = ShopProgrammes.Model(
        rows: [
            .init(id: UUID(), name: "SPHP", ceiling: 62_500, perBuyerLimit: 2_000, period: .day),
            .init(
                id: UUID(), name: "Pupuk Urea Bersubsidi", ceiling: 1_800, perBuyerLimit: nil, period: .month, byAllocation: true),
        ], month: YearMonth(year: 2026, month: 8)!)
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
