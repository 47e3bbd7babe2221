/// What may be taken out of a savings account, and what interest and tax it earns.
package enum SavingsRules {
    /// The lowest balance a withdrawal may leave, or an error when the kind cannot be withdrawn at the
    /// counter: pokok and wajib stay while the person is a member (they are returned on exit), and a
    /// term deposit is paid out at maturity or broken, not withdrawn.
    package static func withdrawalFloor(_ kind: SavingsKind, settings: SavingsSettings) throws(SavingsError) -> Int64 {
        switch kind {
        case .sukarela: settings.sukarelaMinimum
        case .pokok, .wajib, .berjangka: throw .notWithdrawable(kind)
        }
    }

    /// What a payment into the simpanan pokok does, once it is accepted.
    package enum PokokPayment: Sendable, Equatable {
        /// The applicant paid the whole pokok and becomes a member on the day of payment.
        case admitsApplicant
        /// A member paid what was left of the pokok (the AD/ART raised it after they joined).
        case completesPokok
    }

    /// What is left of the pokok for someone who has paid `paid` into it: never below zero (the
    /// AD/ART may have lowered the amount after they paid).
    package static func pokokDue(paid: Int64, settings: SavingsSettings) -> Int64 {
        max(0, settings.pokokAmount - paid)
    }

    /// Decides a payment of `amount` into the simpanan pokok by a person of `status` who has already
    /// paid `paid` into it (an applicant has no account yet: zero). Only an applicant or a member may
    /// pay it, only while some of it is due, and exactly what is due — never part of it, never more.
    package static func pokokPayment(
        _ amount: Int64, status: MemberStatus, paid: Int64, settings: SavingsSettings
    ) throws(SavingsError) -> PokokPayment {
        guard status == .applicant || status == .member else { throw .notAMember }
        let due = pokokDue(paid: paid, settings: settings)
        guard due > 0 else { throw .pokokAlreadyPaid }
        guard amount == due else { throw .pokokAmountMismatch(expected: due) }
        return status == .applicant ? .admitsApplicant : .completesPokok
    }

    /// One movement at the counter moves at most the cooperative's counter limit.
    package static func checkCounterAmount(_ amount: Int64, settings: SavingsSettings) throws(SavingsError) {
        guard amount <= settings.counterLimit else { throw .overCounterLimit(settings.counterLimit) }
    }

    /// What a member owes of the wajib billed: what they paid settles the oldest months first, so the
    /// months owed are the latest ones. `dues` are the billed periods with their amounts, oldest first.
    package static func wajibOwed(dues: [(period: YearMonth, amount: Int64)], paid: Int64)
        -> (owed: Int64, months: Int, since: YearMonth?)
    {
        var left = paid
        var owed: Int64 = 0
        var months = 0
        var since: YearMonth?
        for due in dues {
            let settled = min(left, due.amount)
            left -= settled
            if settled < due.amount {
                owed += due.amount - settled
                months += 1
                since = since ?? due.period
            }
        }
        return (owed, months, since)
    }

    /// Interest for `days` days on `balance` at `rate` basis points a year, on a 365-day year, rounded down.
    package static func interest(balance: Int64, rate: Int, days: Int) -> Int64 {
        guard balance > 0, rate > 0, days > 0 else { return 0 }
        return RoundingRule.down.multiplyDivide(balance, Int64(rate) * Int64(days), 3_650_000)
    }

    /// The final tax withheld on a member's interest for a month: nothing up to the threshold, the
    /// rate on the whole interest above it (PP 15/2009), rounded down.
    package static func interestTax(_ interest: Int64, settings: SavingsSettings) -> Int64 {
        guard interest > settings.interestTaxThreshold else { return 0 }
        return RoundingRule.down.multiplyDivide(interest, Int64(settings.interestTaxRate), 10_000)
    }
}

package enum SavingsError: DomainError, Equatable {
    /// Not enough above the account's minimum; `available` is what may be taken now.
    case insufficientFunds(available: Int64)
    case overCounterLimit(Int64)
    /// Wajib is billed for this month or one before it since the books began, never for one to come.
    case monthNotBillable
    case notWithdrawable(SavingsKind)
    case notAMember
    case accountClosed
    case sameMember
    case invalidSetting(String)
    case unknownKind
    case unknownChannel
    case pokokAlreadyPaid
    case pokokAmountMismatch(expected: Int64)
    case notDue
    /// Leaving pays out what the member holds; the caller must say how.
    case settlementRequired

    package var code: String {
        switch self {
        case .insufficientFunds: "insufficient_funds"
        case .overCounterLimit: "over_counter_limit"
        case .monthNotBillable: "month_not_billable"
        case .notWithdrawable: "not_withdrawable"
        case .notAMember: "not_a_member"
        case .accountClosed: "account_closed"
        case .sameMember: "same_member"
        case .invalidSetting: "invalid_setting"
        case .unknownKind: "invalid_choice"
        case .unknownChannel: "invalid_choice"
        case .pokokAlreadyPaid: "pokok_already_paid"
        case .pokokAmountMismatch: "pokok_amount_mismatch"
        case .notDue: "not_due"
        case .settlementRequired: "settlement_required"
        }
    }

    package var field: String? {
        switch self {
        case .insufficientFunds, .overCounterLimit, .pokokAmountMismatch: "amount"
        case .notWithdrawable, .unknownKind, .pokokAlreadyPaid: "kind"
        case .notAMember, .accountClosed: "memberId"
        case .sameMember: "toMemberId"
        case .invalidSetting(let f): f
        case .unknownChannel: "channel"
        case .notDue: nil
        case .monthNotBillable: "month"
        case .settlementRequired: "channel"
        }
    }

    package var kind: ErrorKind { .invalid }
}
