import GuyubCore

package enum SavingsSettingsForm {}

extension SavingsSettingsForm {
    /// The savings products as the bylaws set them; the board changes them here.
    package struct Model: Sendable {
        /// Each field as text (amounts in rupiah, rates in percent a year).
        package struct Values: Sendable, Equatable {
            package var pokokAmount = ""
            package var wajibAmount = ""
            /// Months in a wajib period: "1" monthly, "3" quarterly…
            package var wajibEveryMonths = "1"
            /// One `class = amount` per line.
            package var wajibClasses = ""
            package var sukarelaRate = ""
            package var sukarelaBasis = "lowest"
            package var sukarelaMinimum = ""
            /// One `months = rate` per line.
            package var terms = ""
            package var earlyBreakPenalty = ""
            package var interestTaxThreshold = ""
            package var interestTaxRate = ""
            package var counterLimit = ""
            package init() {}
        }

        package var values: Values
        package var errors: [String: String]
        package var canEdit: Bool

        package init(values: Values, errors: [String: String] = [:], canEdit: Bool) {
            self.values = values
            self.errors = errors
            self.canEdit = canEdit
        }
    }
}
