import Foundation
import GuyubCore
import GuyubViews

extension SupplyHome.Model {
    /// Rice running low with cash to spare, two orders and three suppliers of each kind.
    static var mock: SupplyHome.Model {
        let rejeki = UUID()
        var model = SupplyHome.Model(
            suggestions: [
                .init(
                    name: "Beras Medium", unit: "kg", stock: 40_000, reorderPoint: 100_000, quantity: 310_000, amount: 3_751_000)
            ], cashAndBank: 12_500_000,
            orders: [
                .init(
                    id: UUID(), number: 2, supplier: "UD Sumber Rejeki", date: CivilDate(year: 2026, month: 8, day: 5)!,
                    total: 6_050_000, status: .awaitingApproval),
                .init(
                    id: UUID(), number: 1, supplier: "Gudang Koperasi", date: CivilDate(year: 2026, month: 8, day: 1)!,
                    total: 1_200_000, status: .received),
            ],
            suppliers: [
                .init(id: rejeki, name: "UD Sumber Rejeki", terms: .credit, creditDays: 30, ownUnit: false, owed: 2_400_000),
                .init(id: UUID(), name: "Bu Sri (keripik)", terms: .cash, creditDays: nil, ownUnit: false, owed: 160_000),
                .init(id: UUID(), name: "Gudang Koperasi", terms: .cash, creditDays: nil, ownUnit: true, owed: 0),
            ], canManage: true)
        model.values = ["name": "CV Tani Makmur", "terms": "credit"]
        return model
    }
}

extension SupplyOrder.Model {
    /// An order half received, with a delivery on credit.
    static var mock: SupplyOrder.Model {
        SupplyOrder.Model(
            id: UUID(), number: 2, supplierID: UUID(), supplier: "UD Sumber Rejeki", unit: "Gerai Sembako",
            status: .partlyReceived, date: CivilDate(year: 2026, month: 8, day: 5)!, total: 6_050_000, raisedBy: "Dewi Lestari",
            approvedBy: "Siti Aminah",
            lines: [
                .init(productID: UUID(), name: "Beras Medium", unit: "kg", ordered: 500_000, unitCost: 12_100, received: 250_000)
            ],
            receipts: [
                .init(
                    date: CivilDate(year: 2026, month: 8, day: 6)!, total: 3_025_000, owed: 3_025_000,
                    dueOn: CivilDate(year: 2026, month: 9, day: 5)!)
            ], canManage: true, canApprove: true)
    }

    /// With the supplier's invoice Rp 25.000 above what came.
    static var invoiced: SupplyOrder.Model {
        var model = mock
        model.invoices = [
            .init(number: "INV/08/117", date: CivilDate(year: 2026, month: 8, day: 7)!, amount: 3_050_000, difference: 25_000)
        ]
        return model
    }
}

extension SupplyOrderNew.Model {
    static var mock: SupplyOrderNew.Model {
        SupplyOrderNew.Model(
            suppliers: [(UUID(), "UD Sumber Rejeki")], units: [(UUID(), "Gerai Sembako"), (UUID(), "Gudang")],
            products: [(UUID(), "Beras Medium"), (UUID(), "Gula Pasir")])
    }
}

extension SupplySupplier.Model {
    static var mock: SupplySupplier.Model {
        SupplySupplier.Model(
            id: UUID(), name: "UD Sumber Rejeki", terms: .credit, creditDays: 30, phone: "0812-3456-7890", owed: 2_400_000,
            bills: [
                .init(dueOn: CivilDate(year: 2026, month: 7, day: 20)!, amount: 400_000, age: .upTo30),
                .init(dueOn: CivilDate(year: 2026, month: 9, day: 5)!, amount: 2_000_000, age: .notDue),
            ],
            payments: [.init(date: CivilDate(year: 2026, month: 8, day: 1)!, amount: 1_000_000, channel: .bank)],
            orders: SupplyHome.Model.mock.orders, canPay: true)
    }

    /// Bu Sri's chips: some sold and not yet settled, with the forms to take more in and settle.
    static var consignor: SupplySupplier.Model {
        var model = SupplySupplier.Model(
            id: UUID(), name: "Bu Sri Keripik", terms: .cash, creditDays: nil, phone: nil, owed: 0, bills: [], payments: [],
            orders: [], canPay: true)
        model.canManage = true
        model.consigned = [
            .init(
                productID: UUID(), name: "Keripik Singkong Bu Sri", unit: "bks", price: 4_000, held: 35_000, unsettled: 20_000,
                unsettledAmount: 80_000)
        ]
        model.consignable = [(UUID(), "Rempeyek Kacang")]
        model.prices = [("Gula Pasir Kemasan 1 kg", "pcs", 15_500)]
        model.priceable = [(UUID(), "Gula Pasir Kemasan 1 kg")]
        return model
    }
}

extension SupplyProduce.Model {
    static var mock: SupplyProduce.Model {
        SupplyProduce.Model(
            products: [(UUID(), "Gabah Kering Panen")], units: [(UUID(), "Gudang")],
            intakes: [
                .init(
                    number: 2, member: "Siti Aminah", product: "Gabah Kering Panen", unit: "kg", quantity: 1_250_500, grade: .a,
                    price: 6_500, amount: 8_128_250, payment: .savings),
                .init(
                    number: 1, member: "Budi Santoso", product: "Gabah Kering Panen", unit: "kg", quantity: 300_000, grade: nil,
                    price: 6_400, amount: 1_920_000, payment: .cash),
            ], canTake: true)
    }

    /// With the harvest milled: 5.000 kg of gabah gave 3.150 kg of beras.
    static var milled: SupplyProduce.Model {
        var model = mock
        model.runs = [
            .init(
                date: CivilDate(year: 2026, month: 8, day: 6)!, input: "Gabah Kering Panen", inputQuantity: 5_000_000,
                output: "Beras Medium", outputQuantity: 3_150_000, cost: 500_000, yield: 630)
        ]
        return model
    }
}

extension SupplyDeliveries.Model {
    static var mock: SupplyDeliveries.Model {
        let mine = SupplyDeliveries.Model.Delivery(
            id: UUID(), number: 3, goods: "Beras 5 kg × 10", destination: "Warung Bu Darmi, Dusun Krajan", recipient: "Bu Darmi",
            plannedOn: CivilDate(year: 2026, month: 8, day: 5)!, driver: "Joko Susilo", status: .onTheWay, fee: 15_000,
            feePaidBy: .customer, receivedBy: nil, note: nil, hasPhoto: false, actions: [.deliver, .fail])
        var done = mine
        done.number = 2
        done.status = .delivered
        done.actions = []
        return SupplyDeliveries.Model(
            mine: [mine], all: [mine, done], canPlan: true, drivers: [(UUID(), "Joko Susilo")], vehicles: [(UUID(), "Pikap L300")]
        )
    }
}

extension SupplyReport.Model {
    static var mock: SupplyReport.Model {
        SupplyReport.Model(
            from: CivilDate(year: 2026, month: 8, day: 1)!, to: CivilDate(year: 2026, month: 8, day: 31)!,
            purchases: [
                .init(supplier: "UD Sumber Rejeki", deliveries: 2, total: 4_650_000, onCredit: 4_650_000),
                .init(supplier: "Gudang Koperasi", deliveries: 1, total: 5_750_000, onCredit: 0),
            ],
            produce: [
                .init(
                    member: "Siti Aminah", product: "Gabah Kering Panen", unit: "kg", grade: .a, quantity: 1_250_500,
                    amount: 8_128_250)
            ], onTime: 4, late: 1, failed: 1, open: 2,
            consigned: [
                .init(
                    consignor: "Bu Yati", product: "Keripik Singkong", unit: "bks", held: 12_000, unsettled: 8_000, owing: 48_000)
            ],
            aging: [("UD Sumber Rejeki", [.notDue: 2_000_000, .upTo30: 400_000])])
    }
}

extension SupplyClaims.Model {
    static var mock: SupplyClaims.Model {
        SupplyClaims.Model(
            claims: [
                .init(
                    id: UUID(), number: 2, claimant: "Sri Wahyuni", amount: 85_000, purpose: "Ongkos ke Dinas Koperasi",
                    spentOn: CivilDate(year: 2026, month: 8, day: 5)!, receiptID: UUID(), status: .submitted, decidedBy: nil,
                    reason: nil, actions: [.approve, .reject]),
                .init(
                    id: UUID(), number: 1, claimant: "Joko Susilo", amount: 40_000, purpose: "Lampu gudang",
                    spentOn: CivilDate(year: 2026, month: 8, day: 1)!, receiptID: UUID(), status: .approved,
                    decidedBy: "Hartono Wibisono", reason: nil, actions: [.pay]),
            ], units: [(UUID(), "Gudang")])
    }
}

extension SupplyStorage.Model {
    static var mock: SupplyStorage.Model {
        SupplyStorage.Model(
            lots: [
                .init(
                    id: UUID(), number: 1, owner: "Ratna Suryani", goods: "Cabai merah keriting", quantity: 400_000,
                    held: 250_000,
                    rate: 50, storedOn: CivilDate(year: 2026, month: 8, day: 1)!, fees: 37_500)
            ], canManage: true)
    }
}
