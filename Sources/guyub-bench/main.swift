import Foundation
import GuyubCore

// `guyub-bench schedules [SECONDS]`: repayment schedules generated per second by the core engine
// (exact, rounded, validated), beside the same schedules computed by the textbook formulas in floating
// point with no rounding or checks — the ceiling. One JSON line. Used by scripts/bench.

let seconds = Double(CommandLine.arguments.dropFirst(2).first ?? "") ?? 3
let terms: [LoanTerms] = (0..<1_000).map { i in
    LoanTerms(
        principal: Int64(1_000_000 + i * 97_003), annualRate: Int64(60_000 + (i % 25) * 5_000),
        method: InterestMethod.allCases[i % 3], periods: 6 + i % 55, rounding: RoundingRule.allCases[i % 3],
        grace: i % 7 == 0 ? 2 : 0)
}

/// The same schedule by the formulas alone, in Double: what the arithmetic costs without exactness.
func textbook(_ t: LoanTerms) -> Double {
    let r = Double(t.annualRate) / 12_000_000
    let p = Double(t.principal)
    let n = Double(t.periods)
    var balance = p
    var total = 0.0
    let annuity = r == 0 ? p / n : p * r / (1 - pow(1 + r, -n))
    for _ in 0..<t.periods {
        let interest = (t.method == .flat ? p : balance) * r
        let principal = t.method == .anuitas ? annuity - interest : p / n
        balance -= principal
        total += principal + interest
    }
    return total
}

func rate(_ body: (LoanTerms) throws -> Double) rethrows -> (perSecond: Double, checksum: Double) {
    let clock = ContinuousClock()
    let start = clock.now
    var count = 0
    var checksum = 0.0
    while clock.now - start < .seconds(seconds) {
        for t in terms { checksum += try body(t) }
        count += terms.count
    }
    let elapsed = clock.now - start
    return (Double(count) / (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18), checksum)
}

guard CommandLine.arguments.dropFirst().first == "schedules" else {
    FileHandle.standardError.write(Data("usage: guyub-bench schedules [SECONDS]\n".utf8))
    exit(2)
}
let engine = try rate { Double(try LoanSchedule($0).totalPayment) }
let floating = rate(textbook)
print(
    "{\"schedules\":\(Int(engine.perSecond)),\"textbook\":\(Int(floating.perSecond)),"
        + "\"averageInstalments\":\(terms.reduce(0) { $0 + $1.periods } / terms.count)}")
