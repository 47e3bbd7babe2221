import Foundation

/// A journal entry before it is posted: a date, a description, and two or more lines whose debits
/// equal their credits. The posting path validates it here, then writes it in one transaction.
package struct JournalDraft: Sendable, Equatable {
    package struct Line: Sendable, Equatable {
        package var account: AccountRef
        /// A member's savings account moved by this line (its subsidiary ledger), if any.
        package var savingsAccount: UUID?
        package var debit: Int64
        package var credit: Int64
        package var memo: String?
        /// The business unit the line belongs to (nil: the cooperative as a whole).
        package var unit: UUID?

        package init(
            account: AccountRef, savingsAccount: UUID? = nil, debit: Int64, credit: Int64, memo: String? = nil,
            unit: UUID? = nil
        ) {
            self.account = account
            self.savingsAccount = savingsAccount
            self.debit = debit
            self.credit = credit
            self.memo = memo
            self.unit = unit
        }

        package static func debit(_ account: AccountRef, _ amount: Int64, savings: UUID? = nil, memo: String? = nil) -> Line {
            Line(account: account, savingsAccount: savings, debit: amount, credit: 0, memo: memo)
        }

        package static func credit(_ account: AccountRef, _ amount: Int64, savings: UUID? = nil, memo: String? = nil) -> Line {
            Line(account: account, savingsAccount: savings, debit: 0, credit: amount, memo: memo)
        }

        /// Debit minus credit: how the line moves a debit-positive balance.
        package var delta: Int64 { debit - credit }

        /// Lines of the same account, savings account, unit and memo netted into one, in the order first
        /// met, and those that net to nothing left out: an entry built from parts never shows a zero line.
        package static func netted(_ lines: [Line]) -> [Line] {
            struct Key: Hashable {
                let account: AccountRef
                let savings: UUID?
                let unit: UUID?
                let memo: String?
            }
            var order: [Key] = []
            var net: [Key: Int64] = [:]
            for line in lines {
                let key = Key(account: line.account, savings: line.savingsAccount, unit: line.unit, memo: line.memo)
                if net[key] == nil { order.append(key) }
                net[key, default: 0] += line.delta
            }
            return order.compactMap { key in
                let delta = net[key]!
                guard delta != 0 else { return nil }
                return Line(
                    account: key.account, savingsAccount: key.savings, debit: max(0, delta), credit: max(0, -delta),
                    memo: key.memo, unit: key.unit)
            }
        }
    }

    package var date: CivilDate
    package var description: String
    /// What caused the entry, and the id of that record.
    package var sourceType: JournalSource
    package var sourceID: UUID?
    package var lines: [Line]

    package init(date: CivilDate, description: String, sourceType: JournalSource, sourceID: UUID? = nil, lines: [Line]) {
        self.date = date
        self.description = description
        self.sourceType = sourceType
        self.sourceID = sourceID
        self.lines = lines
    }

    package static let maxDescriptionLength = 300

    /// The total on each side, once the entry is known to be sound: balanced, and no side above the
    /// books' ceiling (so no line can push a balance past what 64 bits hold).
    package func validated() throws(LedgerError) -> Int64 {
        guard lines.count >= 2 else { throw .tooFewLines }
        let description = description.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !description.isEmpty else { throw .descriptionRequired }
        guard description.count <= Self.maxDescriptionLength else { throw .descriptionTooLong }
        var debits: Int64 = 0
        var credits: Int64 = 0
        for (index, line) in lines.enumerated() {
            guard line.debit >= 0, line.credit >= 0, (line.debit > 0) != (line.credit > 0) else {
                throw .invalidLine(index)
            }
            let (d, o1) = debits.addingReportingOverflow(line.debit)
            let (c, o2) = credits.addingReportingOverflow(line.credit)
            guard !o1, !o2, d <= Amount.ceiling, c <= Amount.ceiling else { throw .amountTooLarge }
            debits = d
            credits = c
        }
        guard debits == credits else { throw .unbalanced(debits: debits, credits: credits) }
        return debits
    }

    /// The mirror entry that undoes this one: every debit a credit and every credit a debit.
    package func reversal(on date: CivilDate, description: String, reversing entryID: UUID) -> JournalDraft {
        JournalDraft(
            date: date, description: description, sourceType: .reversal, sourceID: entryID,
            lines: lines.map {
                Line(
                    account: $0.account, savingsAccount: $0.savingsAccount,
                    debit: $0.credit, credit: $0.debit, memo: $0.memo, unit: $0.unit)
            })
    }
}

/// An account named by the role it plays (the product's own postings) or by its id (a person's entry).
package enum AccountRef: Sendable, Hashable {
    case role(AccountRole)
    case id(UUID)
}

package enum LedgerError: DomainError, Equatable {
    case tooFewLines
    case invalidLine(Int)
    case unbalanced(debits: Int64, credits: Int64)
    case amountTooLarge
    /// The entry would take an account's balance past the books' ceiling.
    case balanceTooLarge
    case descriptionRequired
    case descriptionTooLong
    case closedPeriod(closedThrough: CivilDate)
    case unknownAccount
    case inactiveAccount
    case entryNotFound
    case alreadyReversed
    /// A loan's entry, a year's closing entry, a SHU distribution or payout: their records would no longer match.
    case notReversible
    case accountCodeTaken
    case invalidAccountCode
    case accountNameRequired
    case accountInUse
    /// A control account (members' savings, loans, their allowance, SHU payable) moves only with its records, never by hand.
    case controlAccount
    case periodNotOpen
    case unknownUnit
    case unitCodeTaken
    case invalidUnitCode

    package var code: String {
        switch self {
        case .tooFewLines: "too_few_lines"
        case .invalidLine: "invalid_line"
        case .unbalanced: "unbalanced_entry"
        case .balanceTooLarge: "balance_too_large"
        case .amountTooLarge: "amount_too_large"
        case .descriptionRequired: "required"
        case .descriptionTooLong: "too_long"
        case .closedPeriod: "closed_period"
        case .unknownAccount: "unknown_account"
        case .inactiveAccount: "inactive_account"
        case .entryNotFound: "not_found"
        case .alreadyReversed: "already_reversed"
        case .notReversible: "not_reversible"
        case .accountCodeTaken: "account_code_taken"
        case .invalidAccountCode: "invalid_account_code"
        case .accountNameRequired: "required"
        case .accountInUse: "account_in_use"
        case .controlAccount: "control_account"
        case .periodNotOpen: "period_not_open"
        case .unknownUnit: "unknown_unit"
        case .unitCodeTaken: "unit_code_taken"
        case .invalidUnitCode: "invalid_unit_code"
        }
    }

    package var field: String? {
        switch self {
        case .tooFewLines, .unbalanced, .amountTooLarge: "lines"
        case .balanceTooLarge: "amount"
        case .invalidLine(let i): "lines[\(i)]"
        case .descriptionRequired, .descriptionTooLong: "description"
        case .closedPeriod: "date"
        case .unknownAccount, .inactiveAccount, .controlAccount: "accountId"
        case .accountCodeTaken, .invalidAccountCode: "code"
        case .accountNameRequired: "name"
        case .periodNotOpen: "month"
        case .unknownUnit: "businessUnitId"
        case .unitCodeTaken, .invalidUnitCode: "code"
        case .entryNotFound, .alreadyReversed, .notReversible, .accountInUse: nil
        }
    }

    package var kind: ErrorKind {
        switch self {
        case .entryNotFound: .notFound
        case .alreadyReversed, .notReversible, .accountCodeTaken, .accountInUse, .unitCodeTaken: .conflict
        default: .invalid
        }
    }
}
