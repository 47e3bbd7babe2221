import Foundation

/// A SHU simulation as a file gives it (`guyub simulate shu --input FILE.json`, and the API):
/// `{"surplus","decimals","rounding","allocation":{"capital":20,"patronage":25,…},"totals":{"savings","business"}?,
/// "members":[{"id","savings","business"}]}`. Amounts may be written as strings ("1500000.50") or numbers;
/// percentages as numbers or strings (20, 2.5, "2,5").
package struct SHUSimulation: Decodable, Sendable {
    package struct Totals: Decodable, Sendable {
        package var savings: Flexible
        package var business: Flexible
    }
    package struct Member: Decodable, Sendable {
        package var id: Flexible
        package var savings: Flexible?
        package var business: Flexible?
    }

    /// A number or a string in the file, kept as the text it was written as.
    package typealias Flexible = NumberText

    package var surplus: Flexible?
    package var decimals: Int?
    package var rounding: String?
    package var allocation: [String: Flexible]?
    package var totals: Totals?
    package var members: [Member]?

    /// The distribution, and the decimals its amounts are written with.
    package func distribution() throws(SHUError) -> (SHUDistribution, decimals: Int) {
        let decimals = decimals ?? 0
        guard decimals == 0 || decimals == 2 else { throw .invalidInput("decimals") }
        func amount(_ value: Flexible?, _ field: String) throws(SHUError) -> Int64 {
            guard let value else { return 0 }
            do { return try Amount.parse(value.text, decimals: decimals) } catch { throw .invalidInput(field) }
        }
        guard let surplusText = surplus else { throw .invalidInput("surplus") }
        let rule: RoundingRule
        if let rounding {
            guard let chosen = RoundingRule(rawValue: rounding) else { throw .invalidInput("rounding") }
            rule = chosen
        } else {
            rule = .down
        }
        var shares: [String: Int64] = [:]
        for (fund, percent) in allocation ?? [:] {
            guard !fund.isEmpty, fund.count <= 40 else { throw .invalidInput("allocation") }
            do { shares[fund] = try InterestRate.parse(percent.text, per: .year) } catch {
                throw percent.text.hasPrefix("-") ? .negativePercentage : .invalidInput("allocation")
            }
        }
        var people: [SHUDistribution.Member] = []
        for member in members ?? [] {
            people.append(
                .init(
                    id: member.id.text, savings: try amount(member.savings, "members"),
                    business: try amount(member.business, "members")))
        }
        var given: (savings: Int64, business: Int64)?
        if let totals {
            given = (try amount(totals.savings, "totals"), try amount(totals.business, "totals"))
        }
        let distribution = try SHUDistribution(
            surplus: try amount(surplusText, "surplus"), allocation: shares, members: people,
            rounding: rule, totals: given)
        return (distribution, decimals)
    }
}
