import Foundation
import GuyubCore
import GuyubViews

extension ShopUnits.Model {
    /// A village cooperative's outlet with two cashiers, a pharmacy nobody is assigned to yet, and units still
    /// to be made.
    static var mock: Self {
        let (dewi, rudi) = (UUID(), UUID())
        var model = Self(
            units: [
                .init(
                    id: UUID(), code: "GERAI", name: "Gerai Sembako", active: true, region: "Kab. Klaten", qris: true,
                    staff: [dewi, rudi], staffNames: ["Dewi Lestari", "Rudi Hartono"]),
                .init(
                    id: UUID(), code: "APOTEK", name: "Apotek Desa", active: true, region: nil, qris: false, staff: [],
                    staffNames: []),
            ],
            people: [(dewi, "Dewi Lestari"), (rudi, "Rudi Hartono")], missingProgrammeUnits: true, canAssign: true,
            canKeepBooks: true)
        model.errors[model.units[1].id] = "Wilayah terlalu panjang."
        return model
    }
}
