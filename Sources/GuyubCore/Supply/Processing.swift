/// Turning one good into another (gabah milled into beras, cassava into chips): what went in and its cost,
/// what came out, and the yield. The output carries the input's cost and what the processing cost.
package enum Processing {
    /// The yield in thousandths (650 = 65 %), rounded half up: what came out for what went in.
    package static func yield(input: Int64, output: Int64) -> Int64 {
        guard input > 0, output >= 0 else { return 0 }
        return RoundingRule.halfUp.multiplyDivide(output, 1_000, input)
    }

    /// What the output costs: the input's value and the processing's cost (milling fee, labour).
    package static func outputCost(inputValue: Int64, cost: Int64) throws(SupplyError) -> Int64 {
        guard cost >= 0, cost <= Amount.ceiling else { throw .amountInvalid("cost") }
        let (total, overflow) = inputValue.addingReportingOverflow(cost)
        guard !overflow, total <= Amount.ceiling else { throw .amountInvalid("cost") }
        return total
    }
}
