/// A voucher: money off a purchase at the counter, or a package of goods to collect; one use, until it
/// expires. Until then it is owed (a liability); used, it pays; expired or voided, it is no longer owed.
package enum VoucherStatus: String, Codable, Sendable, CaseIterable {
    case active, used, expired, void
}

package enum VoucherKind: String, Codable, Sendable, CaseIterable {
    /// Rupiah off a purchase.
    case money
    /// Goods from the shop's stock (a sembako package), collected at the counter.
    case package
}

/// Why a voucher was issued.
package enum VoucherSource: String, Codable, Sendable, CaseIterable {
    /// A member's reward for a consumer they brought.
    case referral
    /// A new consumer's welcome discount.
    case welcome
}

package enum Voucher {
    /// Checks that a voucher may be used on `today`: active, its kind the one asked, not past its last day.
    package static func usable(
        status: VoucherStatus, kind: VoucherKind, as wanted: VoucherKind, expiresOn: CivilDate, today: CivilDate
    ) throws(ConsumerError) {
        switch status {
        case .used, .void: throw .voucherUsed
        case .expired: throw .voucherExpired
        case .active: break
        }
        guard today <= expiresOn else { throw .voucherExpired }
        guard kind == wanted else { throw .voucherKind }
    }

    /// What a money voucher of `value` pays toward a purchase of `total`: all of it, or the total when the
    /// purchase is smaller, the rest lapsing (a voucher gives no change).
    package static func paying(_ value: Int64, toward total: Int64) -> (paid: Int64, lapsed: Int64) {
        let paid = min(value, max(0, total))
        return (paid, value - paid)
    }

    /// A code to read out or type at the counter: `V` and eight letters and digits that cannot be misread
    /// (no 0/O, 1/I/L).
    package static func code() -> String {
        let alphabet = Array("23456789ABCDEFGHJKMNPQRSTUVWXYZ")
        var generator = SystemRandomNumberGenerator()
        return "V" + String((0..<8).map { _ in alphabet.randomElement(using: &generator)! })
    }
}
