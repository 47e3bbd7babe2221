import Foundation
import GuyubCore

@testable import GuyubViews

extension ShopCounter.Model {
    static let mock = ShopCounter.Model(
        query: "beras",
        found: [.init(id: UUID(), name: "Beras SPHP 5 kg", unit: "pak", price: 62_500, stock: 40_000)],
        lines: [
            .init(
                productID: UUID(), name: "Minyak goreng MinyaKita 1 L", unit: "pcs", quantityText: "2", quantity: 2_000,
                price: 15_700, regulated: true),
            .init(
                productID: UUID(), name: "Telur ayam", unit: "kg", quantityText: "1,5", quantity: 1_500, price: 28_000,
                regulated: false),
        ],
        member: MemberRow(
            id: UUID(), memberNumber: 12, name: "Siti Aminah", nik: "3507245012720001", phone: "0812-3456-7890",
            status: .member, statusSince: CivilDate(year: 2024, month: 1, day: 5)!),
        customers: [(UUID(), "Warung Bu Darmi")])
}

extension ShopProducts.Model {
    static let mock = ShopProducts.Model(
        rows: [
            .init(name: "Beras Medium", unit: "kg", stock: 250_000, memberPrice: 12_500, nonMemberPrice: 13_000, low: false),
            .init(name: "LPG 3 kg", unit: "tabung", stock: 4_000, memberPrice: 18_000, nonMemberPrice: 18_000, low: true),
        ], onlyLow: false, stockValue: 3_225_000)
}
