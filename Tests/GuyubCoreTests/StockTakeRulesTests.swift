import GuyubCore
import Testing

/// A stock take's rules: counted while open, approved once by a supervisor with something counted; the
/// difference moves the stock as it stands now.
@Suite("Stock take rules")
struct StockTakeRulesTests {
    @Test("approval: only while counting, only by a supervisor, only with a line counted")
    func approval() throws {
        #expect(try StockTakeStatus.counting.approving(bySupervisor: true, counted: 1) == .approved)
        #expect(throws: StoreError.supervisorRequired) { try StockTakeStatus.counting.approving(bySupervisor: false, counted: 1) }
        #expect(throws: StoreError.nothingCounted) { try StockTakeStatus.counting.approving(bySupervisor: true, counted: 0) }
        #expect(throws: StoreError.stockTakeClosed) { try StockTakeStatus.approved.approving(bySupervisor: true, counted: 1) }
        #expect(throws: StoreError.stockTakeClosed) { try StockTakeStatus.approved.counting() }
    }

    @Test("97 counted where 100 were expected, 5 sold since: the stock stands at 92")
    func target() throws {
        let line = CountLine(expected: 100_000, counted: 97_000)
        #expect(line.difference == -3_000)
        #expect(try line.target(now: 95_000) == 92_000)
        #expect(throws: StoreError.insufficientStock(available: 2_000)) { try line.target(now: 2_000) }
        #expect(CountLine(expected: 5_000, counted: nil).difference == nil)
    }
}
