import Foundation
import GuyubCore

@testable import GuyubViews

extension ShopReceipt.Model {
    static let mock = ShopReceipt.Model(
        saleID: UUID(), cooperativeName: "Koperasi Desa Merah Putih Sukamaju", unitName: "Gerai Sembako", number: 128,
        soldAt: Date(timeIntervalSince1970: 1_795_420_000), cashier: "Sri Wahyuni", buyer: "Siti Aminah",
        buyerPhone: "+6281234567890", payment: .cash,
        lines: [
            .init(name: "Beras Premium Sukamaju Wangi 5 kg karung", unit: "pcs", quantity: 1_000, price: 70_000, amount: 70_000),
            .init(name: "Telur ayam", unit: "kg", quantity: 1_500, price: 3_000, amount: 4_500),
        ], total: 74_500, cashGiven: 100_000)
}
