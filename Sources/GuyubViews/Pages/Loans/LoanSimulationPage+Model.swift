import GuyubCore

package enum LoanSimulationPage {}

extension LoanSimulationPage {
    /// The public simulation: the form as filled in, and the schedule it gives (or what is wrong with it).
    package struct Model: Sendable {
        package var values: [String: String]
        package var schedule: LoanSchedule?
        /// The same loan under each method, for comparison.
        package var comparison: [(method: InterestMethod, interest: Int64, first: Int64)]
        package var decimals: Int
        package var error: (field: String?, message: String)?

        package init(
            values: [String: String], schedule: LoanSchedule?,
            comparison: [(method: InterestMethod, interest: Int64, first: Int64)],
            decimals: Int, error: (field: String?, message: String)?
        ) {
            self.values = values
            self.schedule = schedule
            self.comparison = comparison
            self.decimals = decimals
            self.error = error
        }

        /// The example of the issue: Rp30.000.000 over 12 months at 12% a year, flat.
        package static let defaults: [String: String] = [
            "principal": "30000000", "rate": "12", "ratePer": "year", "periods": "12",
            "method": "flat",
        ]
    }
}
