import Foundation
import GuyubCore

/// A member's savings account as pages show it.
package struct SavingsRow: Sendable, Equatable {
    package var id: UUID
    package var kind: SavingsKind
    /// Minor units.
    package var balance: Int64
    package var isOpen: Bool
    package var openedOn: CivilDate
    /// For a term deposit.
    package var termMonths: Int?
    /// Basis points a year.
    package var rate: Int?
    package var maturesOn: CivilDate?

    package init(
        id: UUID, kind: SavingsKind, balance: Int64, isOpen: Bool, openedOn: CivilDate, termMonths: Int? = nil,
        rate: Int? = nil, maturesOn: CivilDate? = nil
    ) {
        self.id = id
        self.kind = kind
        self.balance = balance
        self.isOpen = isOpen
        self.openedOn = openedOn
        self.termMonths = termMonths
        self.rate = rate
        self.maturesOn = maturesOn
    }
}

/// What a member still owes of their savings.
package struct Owed: Sendable, Equatable {
    package var wajib: Int64
    package var months: Int
    package var since: YearMonth?
    package var pokok: Int64

    package init(wajib: Int64, months: Int, since: YearMonth?, pokok: Int64) {
        self.wajib = wajib
        self.months = months
        self.since = since
        self.pokok = pokok
    }

    package var total: Int64 { wajib + pokok }
}
