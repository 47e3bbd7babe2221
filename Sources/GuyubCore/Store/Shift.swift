/// A cashier's shift at a unit's till: opened with a float, closed with a cash count. One till a unit,
/// so at most one shift is open there at a time; every cash sale and cash refund at the unit while it is
/// open goes through its drawer.
package enum ShiftStatus: String, Codable, Sendable, CaseIterable {
    case open, closed

    /// Closing: only an open shift, and only by whoever opened it or a supervisor.
    package func closing(byOpener: Bool, bySupervisor: Bool) throws(StoreError) -> ShiftStatus {
        guard self == .open else { throw .shiftClosed }
        guard byOpener || bySupervisor else { throw .shiftNotYours }
        return .closed
    }
}

/// What the drawer should hold, and how far the count is from it.
package struct TillCount: Sendable, Equatable {
    /// The float the shift opened with.
    package var float: Int64
    /// Cash taken during the shift: for sales, and from credit customers paying what they owe.
    package var cashIn: Int64
    /// Cash paid back for goods returned during the shift.
    package var cashOut: Int64

    package init(float: Int64, cashIn: Int64, cashOut: Int64) {
        self.float = float
        self.cashIn = cashIn
        self.cashOut = cashOut
    }

    package var expected: Int64 { float + cashIn - cashOut }

    /// Counted less expected: above zero the drawer holds more than it should, below zero less.
    package func difference(counted: Int64) throws(StoreError) -> Int64 {
        guard counted >= 0, counted <= Amount.ceiling else { throw .priceInvalid("counted") }
        return counted - expected
    }
}
