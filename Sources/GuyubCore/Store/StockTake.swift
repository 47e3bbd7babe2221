/// A stock take at a unit: a count sheet of its goods, counted (perhaps over several visits), then
/// approved by a supervisor, which posts each difference as a count adjustment. One is counted at a
/// unit at a time.
package enum StockTakeStatus: String, Codable, Sendable, CaseIterable {
    case counting, approved

    /// Counts go on a sheet still being counted.
    package func counting() throws(StoreError) {
        guard self == .counting else { throw .stockTakeClosed }
    }

    /// Approving: a sheet still being counted with at least one line counted, by a supervisor.
    package func approving(bySupervisor: Bool, counted: Int) throws(StoreError) -> StockTakeStatus {
        guard self == .counting else { throw .stockTakeClosed }
        guard bySupervisor else { throw .supervisorRequired }
        guard counted > 0 else { throw .nothingCounted }
        return .approved
    }
}

/// One good on a count sheet: what the records held when it was counted, and what was counted.
package struct CountLine: Sendable, Equatable {
    /// Thousandths of the base unit.
    package var expected: Int64
    package var counted: Int64?

    package init(expected: Int64, counted: Int64?) {
        self.expected = expected
        self.counted = counted
    }

    /// Counted less expected: below zero goods are missing, above zero more were found.
    package var difference: Int64? { counted.map { $0 - expected } }

    /// Where the stock should stand now: what it holds now moved by the count's difference (sales and
    /// receipts since the count still count). Refused below zero.
    package func target(now: Int64) throws(StoreError) -> Int64 {
        let target = now + (difference ?? 0)
        guard target >= 0 else { throw .insufficientStock(available: now) }
        return target
    }
}
