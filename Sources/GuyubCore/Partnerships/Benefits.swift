/// What a benefit of an agreement is measured by. All but `entered` are read from the records, never typed.
package enum IndicatorMeasure: String, Codable, Sendable, CaseIterable {
    /// A figure the board types as it comes (training hours, products developed, policies changed).
    case entered
    /// Grant money received under the agreement.
    case grantReceived = "grant_received"
    /// The partner bank's loan received, and its principal repaid.
    case loanReceived = "loan_received"
    case loanRepaid = "loan_repaid"
    /// Sales of the partner's programme goods at the shop since the agreement started.
    case programmeSales = "programme_sales"
    /// Commitments delivered under the agreement: sessions held, visits made.
    case commitmentsDelivered = "commitments_delivered"

    /// Amounts of money, in minor units; the others count.
    package var isMoney: Bool { ![.entered, .commitmentsDelivered].contains(self) }
}

/// A benefit as a review found it: what it had reached of its target that day.
package struct ReviewedBenefit: Codable, Sendable, Equatable {
    package var name: String
    package var measure: IndicatorMeasure
    package var target: Int64
    package var actual: Int64
    package var unit: String?

    package init(name: String, benefit: Benefit, unit: String?) {
        (self.name, measure, target, actual, self.unit) = (name, benefit.measure, benefit.target, benefit.actual, unit)
    }

    package var benefit: Benefit { Benefit(measure: measure, target: target, actual: actual) }
}

/// A benefit with its target and what it has reached.
package struct Benefit: Sendable, Equatable {
    package var measure: IndicatorMeasure
    package var target: Int64
    package var actual: Int64

    package init(measure: IndicatorMeasure, target: Int64, actual: Int64) {
        (self.measure, self.target, self.actual) = (measure, target, actual)
    }

    /// How much of the target is reached, in whole percent rounded down (a target of nothing is met).
    package var percent: Int { target <= 0 ? 100 : Int(min(actual, target * 10) * 100 / target) }
    package var met: Bool { actual >= target }

    /// A new indicator: a name, a target that is not negative, a unit only for what is entered.
    package static func checked(name typed: String?, measure: String?, target: Int64?, unit typedUnit: String?)
        throws(PartnershipError) -> (name: String, measure: IndicatorMeasure, target: Int64, unit: String?)
    {
        let name: String
        let unit: String?
        do {
            name = try FieldRules.required(typed, field: "name", max: FieldLimit.name)
            unit = try FieldRules.optional(typedUnit, field: "unit", max: FieldLimit.productUnit)
        } catch { throw .field(error) }
        guard let measure = IndicatorMeasure(rawValue: measure ?? IndicatorMeasure.entered.rawValue) else {
            throw .field(.invalidChoice("measure"))
        }
        guard let target, target >= 0 else { throw .field(.invalidChoice("target")) }
        return (name, measure, target, measure == .entered ? unit : nil)
    }
}
