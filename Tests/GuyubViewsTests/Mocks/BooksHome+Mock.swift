import Foundation
import GuyubCore
import GuyubViews

extension BooksHome.Model {
    package static let mock = Self(
        today: CivilDate(year: 2026, month: 11, day: 23)!, cash: 12_450_000, bank: 48_300_000,
        qris: 250_000, equitySavings: 23_500_000, memberDeposits: 31_200_000,
        surplusThisYear: 6_300_000, closedThrough: CivilDate(year: 2026, month: 10, day: 31),
        balanced: true, canKeepBooks: true)
}
