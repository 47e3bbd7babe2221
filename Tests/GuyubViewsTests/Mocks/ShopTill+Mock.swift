import Foundation
import GuyubCore

@testable import GuyubViews

extension ShopShift.Model {
    /// Sri's shift, still open: Rp 200.000 float, a morning of sales.
    static let mock = ShopShift.Model(
        id: UUID(), cooperativeName: "Koperasi Desa Merah Putih Sukamaju", unitName: "Gerai Sembako", openedBy: "Sri Wahyuni",
        openedAt: Date(timeIntervalSince1970: 1_795_400_000), till: TillCount(float: 200_000, cashIn: 1_254_500, cashOut: 4_500),
        sales: [.init(payment: .cash, count: 31, total: 1_254_500), .init(payment: .savings, count: 4, total: 186_000)],
        closedAt: nil, closedBy: nil, counted: nil, difference: nil, note: nil, canClose: true)
}

extension ShopShifts.Model {
    static let mock = ShopShifts.Model(
        rows: [
            .init(
                id: UUID(), unitName: "Gerai Sembako", openedBy: "Sri Wahyuni",
                openedAt: Date(timeIntervalSince1970: 1_795_400_000),
                float: 200_000, isOpen: false, difference: -500)
        ], canOpen: true)
}

extension ShopCustomers.Model {
    static let mock = ShopCustomers.Model(
        rows: [
            .init(id: UUID(), name: "Warung Bu Darmi", customerClass: .warung, creditLimit: 1_500_000, owed: 325_000),
            .init(id: UUID(), name: "Toko Grosir Makmur", customerClass: .wholesale, creditLimit: 5_000_000, owed: 0),
        ], canReceive: true)
}
