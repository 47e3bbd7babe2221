import Foundation
import GuyubCore

package enum MonthEndPage {}

extension MonthEndPage {
    /// Closing the month: what it will post, and the months closed before.
    package struct Model: Sendable {
        package struct Plan: Sendable, Equatable {
            package var month: YearMonth
            package var sukarelaInterest: Int64
            package var tax: Int64
            package var accrued: Int64
            package var maturities: Int
            package var duesToBill: Int
            package init(month: YearMonth, sukarelaInterest: Int64, tax: Int64, accrued: Int64, maturities: Int, duesToBill: Int)
            {
                self.month = month
                self.sukarelaInterest = sukarelaInterest
                self.tax = tax
                self.accrued = accrued
                self.maturities = maturities
                self.duesToBill = duesToBill
            }
        }

        package struct Closing: Sendable, Equatable {
            package var month: YearMonth
            package var closedAt: Date?
            package var closedBy: String
            /// The audit chain's head as the month was closed: printed, it lets `guyub verify --anchor` compare
            /// the chain with paper.
            package var seal: String?
            package init(month: YearMonth, closedAt: Date?, closedBy: String, seal: String? = nil) {
                self.month = month
                self.closedAt = closedAt
                self.closedBy = closedBy
                self.seal = seal
            }
        }

        package var next: YearMonth
        /// What closing `next` posts, when it can be closed now (nil: the month is not over yet).
        package var plan: Plan?
        package var closings: [Closing]
        package var canClose: Bool
        package var error: String?

        package init(next: YearMonth, plan: Plan?, closings: [Closing], canClose: Bool, error: String? = nil) {
            self.next = next
            self.plan = plan
            self.closings = closings
            self.canClose = canClose
            self.error = error
        }
    }
}
