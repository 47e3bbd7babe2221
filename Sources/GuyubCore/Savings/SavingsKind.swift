/// The four kinds of member savings (simpanan).
package enum SavingsKind: String, Codable, Sendable, CaseIterable {
    /// Paid once on joining; equity; returned only when membership ends.
    case pokok
    /// Paid every month; equity; returned only when membership ends.
    case wajib
    /// Any amount, any time; a liability; may earn interest.
    case sukarela
    /// A fixed-term deposit; a liability; breaking it early costs a penalty.
    case berjangka

    /// The control account in the books whose balance is the sum of every member's account of this kind.
    package var role: AccountRole {
        switch self {
        case .pokok: .savingsPokok
        case .wajib: .savingsWajib
        case .sukarela: .savingsSukarela
        case .berjangka: .savingsBerjangka
        }
    }

    /// The kinds every member holds one account of, opened on acceptance.
    package static let opened: [SavingsKind] = [.pokok, .wajib, .sukarela]
}

/// How money reaches the counter: cash, a bank transfer, or a QRIS payment (settled to the bank later).
package enum PaymentChannel: String, Codable, Sendable, CaseIterable {
    case cash, bank, qris

    package var role: AccountRole {
        switch self {
        case .cash: .cash
        case .bank: .bank
        case .qris: .qrisClearing
        }
    }
}

/// Whether a savings account takes money: open, or closed (its member left, or a term deposit ended).
package enum SavingsAccountStatus: String, Codable, Sendable, CaseIterable {
    case open, closed
}
