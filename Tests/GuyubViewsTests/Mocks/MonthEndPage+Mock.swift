import Foundation
import GuyubCore
import GuyubViews

extension MonthEndPage.Model {
    package static let mock = Self(
        next: YearMonth(year: 2026, month: 11)!,
        plan: Plan(
            month: YearMonth(year: 2026, month: 11)!, sukarelaInterest: 152_340, tax: 0, accrued: 84_931, maturities: 1,
            duesToBill: 44),
        closings: [
            Closing(
                month: YearMonth(year: 2026, month: 10)!, closedAt: Date(timeIntervalSince1970: 1_793_500_000),
                closedBy: "Sri Wahyuni", seal: "#812 · 3f9a2c41d07be5a6")
        ], canClose: true)
}
