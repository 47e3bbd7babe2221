import Foundation
import GuyubCore
import GuyubViews

extension ShopProduct.Model {
    /// Urea by the kilogram and the karung, in the outlet and the warehouse, with a receipt refused.
    static var mock: Self {
        var values = Values()
        (values.name, values.unit, values.memberPrice, values.nonMemberPrice) = ("Pupuk Urea", "kg", "2.300", "2.500")
        values.packs = [["karung", "50", ""]]
        values.tiers = [["warung", "100", "2.350"]]
        let outlet = UUID()
        var model = Self(
            id: UUID(), values: values, programmes: [(UUID(), "Pupuk Urea bersubsidi")],
            units: [(outlet, "Gerai Sembako"), (UUID(), "Gudang")], canManage: true)
        model.levels = [.init(unit: "Gerai Sembako", quantity: 99_000, value: 207_900, averageCost: 2_100)]
        model.batches = [
            ("Gerai Sembako", CivilDate(year: 2027, month: 3, day: 31)!, 49_000), ("Gerai Sembako", nil, 50_000),
        ]
        model.receive.quantity = "2"
        model.receive.pack = "karung"
        return model
    }
}
