/// A loan's quality (kolektibilitas) by how late it is.
package enum Collectibility: String, Codable, Sendable, CaseIterable {
    case lancar
    /// Dalam perhatian khusus: the banks' fifth class, 1–90 days late.
    case dpk
    case kurangLancar = "kurang-lancar"
    case diragukan
    case macet

    /// Problem loans (pinjaman bermasalah) are those kurang lancar, diragukan and macet.
    package var isProblem: Bool { self == .kurangLancar || self == .diragukan || self == .macet }
}

/// The rule set a cooperative classifies its loans by, and the allowance (PPAP) each class needs.
package struct CollectibilityRules: Codable, Sendable, Equatable {
    package enum Scheme: String, Codable, Sendable, CaseIterable {
        /// Four classes by months in arrears.
        case cooperative
        /// Five classes by days past due, as banks use (lancar, DPK 1–90, KL 91–120, D 121–180, M > 180).
        case bank
    }

    package var scheme: Scheme
    /// The first arrears (months for `cooperative`, days for `bank`) of each class after lancar, in order.
    package var thresholds: [Int]
    /// Millionths of the outstanding principal set aside for each class, lancar first.
    package var allowance: [Int64]

    package init(scheme: Scheme, thresholds: [Int], allowance: [Int64]) {
        self.scheme = scheme
        self.thresholds = thresholds
        self.allowance = allowance
    }

    /// The cooperative scheme: kurang lancar after 3 months in arrears, diragukan after 6, macet after 12;
    /// allowance 0,5 %, 10 %, 50 %, 100 % (the PPAPWD percentages of the Ministry's soundness rules).
    package static let cooperative = CollectibilityRules(
        scheme: .cooperative, thresholds: [4, 7, 13],
        allowance: [5_000, 100_000, 500_000, 1_000_000])
    /// The bank scheme (DOMAIN.md): allowance 1 %, 5 %, 15 %, 50 %, 100 %.
    package static let bank = CollectibilityRules(
        scheme: .bank, thresholds: [1, 91, 121, 181],
        allowance: [10_000, 50_000, 150_000, 500_000, 1_000_000])

    package var classes: [Collectibility] {
        scheme == .bank ? Collectibility.allCases : [.lancar, .kurangLancar, .diragukan, .macet]
    }

    package func validated() throws(LoanError) -> CollectibilityRules {
        guard thresholds.count == classes.count - 1, allowance.count == classes.count else { throw .invalidProduct("thresholds") }
        guard thresholds.first.map({ $0 >= 1 }) ?? false, zip(thresholds, thresholds.dropFirst()).allSatisfy({ $0 < $1 }),
            thresholds.last! <= 3_650
        else { throw .invalidProduct("thresholds") }
        guard allowance.allSatisfy((0...InterestRate.scale).contains) else { throw .invalidProduct("allowance") }
        return self
    }

    /// The class of a loan `daysLate` days past its oldest unpaid due date. A month in arrears is 30 days.
    package func classify(daysLate: Int) -> Collectibility {
        let measure = scheme == .bank ? daysLate : (daysLate + 29) / 30
        let index = thresholds.lastIndex(where: { measure >= $0 }).map { $0 + 1 } ?? 0
        return classes[index]
    }

    /// The allowance an outstanding principal in `class` needs, rounded half-up.
    package func allowance(for outstanding: Int64, in collectibility: Collectibility) -> Int64 {
        guard let index = classes.firstIndex(of: collectibility) else { return outstanding }
        return RoundingRule.halfUp.multiplyDivide(max(0, outstanding), allowance[index], InterestRate.scale)
    }
}

/// The soundness band of a portfolio by its problem-loan ratio (Petunjuk Teknis Deputi Bidang
/// Perkoperasian No. 15/2021): ≤ 5 % sehat, ≤ 10 % cukup sehat, ≤ 15 % kurang sehat, above that tidak sehat.
package enum LoanHealth: String, Codable, Sendable, CaseIterable {
    case sehat
    case cukupSehat = "cukup-sehat"
    case kurangSehat = "kurang-sehat"
    case tidakSehat = "tidak-sehat"

    package init(problem: Int64, total: Int64) {
        // problem / total ≤ p % exactly: problem × 100 ≤ total × p, in 128 bits.
        func within(_ percent: Int64) -> Bool {
            let lhs = problem.multipliedFullWidth(by: 100)
            let rhs = total.multipliedFullWidth(by: percent)
            return (lhs.high, lhs.low) <= (rhs.high, rhs.low)
        }
        self = total <= 0 || within(5) ? .sehat : within(10) ? .cukupSehat : within(15) ? .kurangSehat : .tidakSehat
    }
}
