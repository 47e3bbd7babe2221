import GuyubCore
import PropertyBased
import Testing

/// Stock at moving average cost: what goes out and what stays always add up to what came in.
@Suite("Stock: moving average cost")
struct StockPositionTests {
    static let unit = Quantity.scale

    /// DOMAIN.md's worked example: opening 100 @ 900, buying 100 @ 1.200 and 100 @ 1.125 gives 300 @ 1.075,
    /// and each later sale of 100 costs 107.500.
    @Test("100 @ 900, then 100 @ 1.200 and 100 @ 1.125: 300 @ 1.075, each 100 sold costs 107.500")
    func domainExample() throws {
        // given
        var stock = StockPosition()
        try stock.receive(100 * Self.unit, costing: 90_000)
        try stock.receive(100 * Self.unit, costing: 120_000)
        try stock.receive(100 * Self.unit, costing: 112_500)
        // when
        let average = stock.averageCost
        let costs = try (1...3).map { _ in try stock.issue(100 * Self.unit) }
        // then
        #expect(average == 1_075)
        #expect(costs == [107_500, 107_500, 107_500])
        #expect(stock == StockPosition())
    }

    @Test("a third at a time: the last issue takes what is left, so the three add up to the whole")
    func thirds() throws {
        // given
        var stock = StockPosition()
        try stock.receive(3 * Self.unit, costing: 10_000)
        // when
        let costs = try (1...3).map { _ in try stock.issue(Self.unit) }
        // then
        #expect(costs == [3_333, 3_334, 3_333])
        #expect(costs.reduce(0, +) == 10_000)
    }

    @Test("issuing more than is on hand is refused with what there is, and changes nothing")
    func insufficient() throws {
        // given
        var stock = StockPosition()
        try stock.receive(2_500, costing: 30_000)
        let before = stock
        // when / then
        #expect(throws: StoreError.insufficientStock(available: 2_500)) { try stock.issue(3 * Self.unit) }
        #expect(stock == before)
        #expect(throws: StoreError.quantityNotPositive) { try stock.issue(0) }
    }

    @Test("any sequence of receipts and issues: value never negative, all value accounted for, empty stock worth nothing")
    func conservation() async {
        // given: receipts (true) and issues (false) of random sizes and costs
        let steps = zip(Gen.bool, Gen.int64(in: 1...50_000), Gen.int64(in: 0...2_000_000)).array(of: 1...60)
        await propertyCheck(count: 500, input: steps) { steps in
            var stock = StockPosition()
            var received: Int64 = 0
            var issued: Int64 = 0
            // when
            for (isReceipt, quantity, cost) in steps {
                if isReceipt {
                    try? stock.receive(quantity, costing: cost)
                    received += cost
                } else if quantity <= stock.quantity {
                    issued += (try? stock.issue(quantity)) ?? 0
                }
                // then
                #expect(stock.value >= 0)
                #expect(stock.quantity >= 0)
                #expect(received == issued + stock.value)
                if stock.quantity == 0 { #expect(stock.value == 0) }
            }
        }
    }
}

@Suite("Quantities in thousandths of a base unit")
struct QuantityTests {
    @Test(
        "read as written",
        arguments: [("2", 2_000), ("2.5", 2_500), ("2,5", 2_500), ("0,125", 125), (" 12 ", 12_000), ("1.000", 1_000)]
            as [(String, Int64)])
    func reads(_ text: String, _ thousandths: Int64) throws {
        #expect(try Quantity.parse(text) == thousandths)
    }

    @Test("refused: empty, zero, negative, too precise, not a number")
    func refused() {
        #expect(throws: StoreError.quantityRequired) { try Quantity.parse(" ") }
        #expect(throws: StoreError.quantityNotPositive) { try Quantity.parse("0") }
        #expect(throws: StoreError.quantityInvalid) { try Quantity.parse("-1") }
        #expect(throws: StoreError.quantityInvalid) { try Quantity.parse("0,0001") }
        #expect(throws: StoreError.quantityInvalid) { try Quantity.parse("dua") }
    }

    @Test("written back with only the decimals needed")
    func written() {
        #expect(Quantity.string(2_000) == "2")
        #expect(Quantity.string(2_500) == "2.5")
        #expect(Quantity.string(125) == "0.125")
    }

    @Test("what a quantity costs at a price a base unit, rounded half up: 2,5 kg at Rp 12.345 is Rp 30.863")
    func amount() throws {
        #expect(try Quantity.amount(2_500, at: 12_345) == 30_863)
        #expect(try Quantity.amount(3_000, at: 18_000) == 54_000)
        #expect(throws: StoreError.amountTooLarge) { try Quantity.amount(Quantity.ceiling, at: Amount.ceiling) }
    }
}

@Suite("Stock put right by hand")
struct StockAdjustmentTests {
    @Test("damaged goods go out at the average, a count sets the level, found goods come in at the average")
    func adjustments() throws {
        // given: DOMAIN.md's 300 kg worth Rp 322.500
        var stock = StockPosition()
        try stock.receive(300_000, costing: 322_500)
        // when
        let damaged = try stock.adjust(.damaged, quantity: 10_000)
        let counted = try stock.adjust(.count, quantity: 288_000)
        let found = try stock.adjust(.found, quantity: 2_000)
        let unchanged = try stock.adjust(.count, quantity: 290_000)
        // then
        #expect(damaged == (-10_000, -10_750))
        #expect(counted == (-2_000, -2_150))
        #expect(found == (2_000, 2_150))
        #expect(unchanged == (0, 0))
        #expect(stock == StockPosition(quantity: 290_000, value: 311_750))
    }

    @Test("goods found where none are on hand need their cost; a count to zero empties the value")
    func emptyStock() throws {
        var stock = StockPosition()
        #expect(throws: StoreError.unitCostRequired) { try stock.adjust(.found, quantity: 1_000) }
        #expect(try stock.adjust(.found, quantity: 1_000, unitCost: 5_000) == (1_000, 5_000))
        #expect(try stock.adjust(.count, quantity: 0) == (-1_000, -5_000))
        #expect(stock == StockPosition())
        #expect(throws: StoreError.quantityNotPositive) { try stock.adjust(.lost, quantity: 0) }
    }

    @Test("a count far above what is on hand is refused when its value is beyond the books")
    func tooLarge() throws {
        var stock = StockPosition()
        try stock.receive(1, costing: Amount.ceiling / 2)
        #expect(throws: StoreError.amountTooLarge) { try stock.adjust(.count, quantity: 1_000) }
        #expect(stock == StockPosition(quantity: 1, value: Amount.ceiling / 2))
    }
}
