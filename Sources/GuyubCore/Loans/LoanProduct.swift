import Foundation

/// A fee charged when a loan is disbursed: a fixed amount, a share of the principal, or both.
package struct LoanFee: Codable, Sendable, Equatable {
    package var fixed: Int64 = 0
    /// Millionths of the principal (1 % = 10_000).
    package var rate: Int64 = 0

    package init(fixed: Int64 = 0, rate: Int64 = 0) {
        self.fixed = fixed
        self.rate = rate
    }

    package func amount(on principal: Int64) -> Int64 {
        fixed + RoundingRule.halfUp.multiplyDivide(principal, rate, InterestRate.scale)
    }
}

/// The parts a payment settles, in the order the product names (default: penalty, interest, principal).
package enum PaymentPart: String, Codable, Sendable, CaseIterable {
    case penalty, interest, principal
}

/// A loan product as the board sets it: the method and the ranges a loan must fall in, its fees,
/// the late penalty, the borrowing limit and what a payment settles first.
package struct LoanProduct: Codable, Sendable, Equatable {
    package var code: String
    package var name: String
    package var method: InterestMethod
    /// Millionths a year.
    package var rateMin: Int64
    package var rateMax: Int64
    package var periodsMin: Int
    package var periodsMax: Int
    package var every: Int = 1
    package var unit: PeriodUnit = .month
    package var principalMin: Int64
    package var principalMax: Int64
    package var rounding: RoundingRule = .halfUp
    package var dayCount: DayCount = .thirty360
    package var grace: Int = 0
    package var graceKind: GraceKind = .interestOnly
    package var seasonalMonths: Set<Int> = []
    package var adminFee = LoanFee()
    package var provisionFee = LoanFee()
    package var penalty = PenaltyRule()
    /// A member may borrow at most this many times their savings (pokok, wajib and sukarela); 0: no limit.
    package var savingsMultiple: Int = 0
    package var collateralRequired = false
    package var allocation: [PaymentPart] = PaymentPart.allCases

    package init(
        code: String, name: String, method: InterestMethod, rateMin: Int64, rateMax: Int64, periodsMin: Int,
        periodsMax: Int, principalMin: Int64, principalMax: Int64
    ) {
        self.code = code
        self.name = name
        self.method = method
        self.rateMin = rateMin
        self.rateMax = rateMax
        self.periodsMin = periodsMin
        self.periodsMax = periodsMax
        self.principalMin = principalMin
        self.principalMax = principalMax
    }

    package func validated() throws(LoanError) -> LoanProduct {
        let code = code.trimmingCharacters(in: .whitespaces)
        let name = name.trimmingCharacters(in: .whitespaces)
        guard (1...20).contains(code.count), code.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else {
            throw .invalidProduct("code")
        }
        guard (1...100).contains(name.count) else { throw .invalidProduct("name") }
        guard 0 <= rateMin, rateMin <= rateMax, rateMax <= InterestRate.maximum else { throw .invalidProduct("rateMax") }
        guard 1 <= periodsMin, periodsMin <= periodsMax, periodsMax <= LoanTerms.maxPeriods else {
            throw .invalidProduct("periodsMax")
        }
        guard (1...(unit == .month ? 12 : 4)).contains(every) else { throw .invalidProduct("every") }
        guard 0 < principalMin, principalMin <= principalMax, principalMax <= LoanTerms.maxPrincipal else {
            throw .invalidProduct("principalMax")
        }
        guard (0..<periodsMin).contains(grace) else { throw .invalidProduct("grace") }
        guard seasonalMonths.allSatisfy((1...12).contains), seasonalMonths.count < 12 else {
            throw .invalidProduct("seasonalMonths")
        }
        for (field, fee) in [("adminFee", adminFee), ("provisionFee", provisionFee)] {
            guard fee.fixed >= 0, (0...InterestRate.scale / 10).contains(fee.rate) else { throw .invalidProduct(field) }
        }
        // Fees are kept back from the money paid out, so even the smallest loan must pay out something.
        guard fees(on: principalMin) < principalMin else { throw .invalidProduct("adminFee") }
        try penalty.validate()
        guard (0...100).contains(savingsMultiple) else { throw .invalidProduct("savingsMultiple") }
        guard Set(allocation).count == PaymentPart.allCases.count, allocation.count == PaymentPart.allCases.count else {
            throw .invalidProduct("allocation")
        }
        var product = self
        product.code = code
        product.name = name
        return product
    }

    /// The terms of a loan on this product, checked against its ranges.
    package func terms(principal: Int64, annualRate: Int64, periods: Int, start: CivilDate?) throws(LoanError) -> LoanTerms {
        guard (principalMin...principalMax).contains(principal) else { throw .principalOutOfRange }
        guard (rateMin...rateMax).contains(annualRate) else { throw .rateOutOfRange }
        guard (periodsMin...periodsMax).contains(periods) else { throw .periodsOutOfRange }
        return try LoanTerms(
            principal: principal, annualRate: annualRate, method: method, periods: periods, every: every,
            unit: unit, rounding: rounding, dayCount: dayCount, grace: grace, graceKind: graceKind,
            seasonalMonths: seasonalMonths, start: start
        ).validated()
    }

    /// What the borrower pays at disbursement (deducted from what they receive).
    package func fees(on principal: Int64) -> Int64 {
        adminFee.amount(on: principal) + provisionFee.amount(on: principal)
    }
}

/// The late penalty (denda): a rate per day or per month on the overdue instalments or on the whole
/// outstanding principal, after some days of grace, and never more in all than a cap.
package struct PenaltyRule: Codable, Sendable, Equatable {
    package enum Basis: String, Codable, Sendable, CaseIterable {
        case installment, outstanding
    }
    package enum Per: String, Codable, Sendable, CaseIterable {
        case day, month
    }

    package var basis: Basis = .installment
    /// Millionths of the basis per day or per month (0,1 % a day = 1_000).
    package var rate: Int64 = 0
    package var per: Per = .day
    package var graceDays: Int = 0
    /// The most a loan's penalties may total, in millionths of its principal; 0: no cap.
    package var cap: Int64 = 0

    package init(basis: Basis = .installment, rate: Int64 = 0, per: Per = .day, graceDays: Int = 0, cap: Int64 = 0) {
        self.basis = basis
        self.rate = rate
        self.per = per
        self.graceDays = graceDays
        self.cap = cap
    }

    func validate() throws(LoanError) {
        guard (0...InterestRate.scale / 10).contains(rate) else { throw .invalidProduct("penaltyRate") }
        guard (0...90).contains(graceDays) else { throw .invalidProduct("penaltyGraceDays") }
        guard (0...InterestRate.scale).contains(cap) else { throw .invalidProduct("penaltyCap") }
    }

    /// The penalty for `days` more days late on `basis`, given what has accrued already, rounded down and
    /// kept under the cap. A month is counted as 30 days.
    package func accrual(on basis: Int64, days: Int, daysLate: Int, accrued: Int64, principal: Int64) -> Int64 {
        let chargeable = min(days, max(0, daysLate - graceDays))
        guard rate > 0, basis > 0, chargeable > 0 else { return 0 }
        let divisor = per == .day ? InterestRate.scale : 30 * InterestRate.scale
        let amount = RoundingRule.down.multiplyDivide(basis, rate * Int64(chargeable), divisor)
        guard cap > 0 else { return amount }
        let ceiling = RoundingRule.down.multiplyDivide(principal, cap, InterestRate.scale)
        return max(0, min(amount, ceiling - accrued))
    }
}

/// How a payment is split: each part in the product's order takes what is owed of it, until the
/// payment runs out.
package struct PaymentSplit: Sendable, Equatable {
    package var penalty: Int64 = 0
    package var interest: Int64 = 0
    package var principal: Int64 = 0
    package var total: Int64 { penalty + interest + principal }

    package init(penalty: Int64 = 0, interest: Int64 = 0, principal: Int64 = 0) {
        self.penalty = penalty
        self.interest = interest
        self.principal = principal
    }

    package subscript(part: PaymentPart) -> Int64 {
        get {
            switch part {
            case .penalty: penalty
            case .interest: interest
            case .principal: principal
            }
        }
        set {
            switch part {
            case .penalty: penalty = newValue
            case .interest: interest = newValue
            case .principal: principal = newValue
            }
        }
    }

    /// `amount` split over what is `owed`, in `order`; what is left over stays unallocated.
    package static func allocate(_ amount: Int64, owed: PaymentSplit, order: [PaymentPart]) -> PaymentSplit {
        var split = PaymentSplit()
        var left = amount
        for part in order {
            let take = min(left, owed[part])
            split[part] = take
            left -= take
        }
        return split
    }
}
