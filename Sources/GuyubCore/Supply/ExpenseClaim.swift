/// A cost someone advanced from their own pocket for the cooperative (a board member's bus fare to the
/// district office, a staff member's spare part), claimed back with the receipt: approved by a board member
/// other than the claimant, then paid.
package enum ClaimStatus: String, Codable, Sendable, CaseIterable {
    case submitted, approved, rejected, paid
}

package enum ClaimAction: String, Sendable, CaseIterable {
    case approve, reject, pay
}

extension ClaimStatus {
    package var allowed: [ClaimAction] {
        switch self {
        case .submitted: [.approve, .reject]
        case .approved: [.pay]
        case .rejected, .paid: []
        }
    }

    /// What someone may do with a claim now: decide it (never their own) when they decide claims, pay it
    /// when they pay them.
    package func allowed(byClaimant: Bool, mayDecide: Bool, mayPay: Bool) -> [ClaimAction] {
        allowed.filter { $0 == .pay ? mayPay : mayDecide && !byClaimant }
    }

    /// The status after `action` by someone who is (or is not) the claimant; the claimant never decides
    /// their own claim.
    package func after(_ action: ClaimAction, byClaimant: Bool) throws(SupplyError) -> ClaimStatus {
        guard allowed.contains(action) else { throw .claimState(self) }
        if action != .pay, byClaimant { throw .ownApproval }
        switch action {
        case .approve: return .approved
        case .reject: return .rejected
        case .pay: return .paid
        }
    }
}

/// Goods kept in cold storage or the warehouse for a fee a kilogram a day, billed as they go out.
package enum StorageFee {
    /// Days held: from the day in to the day out, at least one.
    package static func days(from stored: CivilDate, to released: CivilDate) -> Int {
        max(1, stored.days(until: released))
    }

    /// The fee for `quantity` thousandths of a kilogram held `days` days at `rate` a kilogram a day, half up.
    package static func fee(quantity: Int64, days: Int, rate: Int64) throws(SupplyError) -> Int64 {
        guard quantity > 0, days > 0, rate >= 0 else { throw .quantityInvalid }
        let (kgDays, overflow) = quantity.multipliedReportingOverflow(by: Int64(days))
        guard !overflow else { throw .quantityInvalid }
        do { return try Quantity.amount(kgDays, at: rate) } catch { throw .quantityInvalid }
    }
}
