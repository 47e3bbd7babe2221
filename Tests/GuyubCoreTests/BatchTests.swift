import GuyubCore
import Testing

/// Stock by expiry date: first to expire, first out; what comes back goes back where it came from.
@Suite("Batches by expiry date")
struct BatchTests {
    static let jan = CivilDate(year: 2027, month: 1, day: 31)!
    static let mar = CivilDate(year: 2027, month: 3, day: 31)!

    @Test("the first to expire goes first, goods that do not expire last")
    func firstExpiringFirst() throws {
        let held = [
            Batch(expiresOn: nil, quantity: 3_000), Batch(expiresOn: Self.mar, quantity: 10_000),
            Batch(expiresOn: Self.jan, quantity: 5_000),
        ]
        #expect(
            try Batch.draw(7_000, from: held) == [
                Batch(expiresOn: Self.jan, quantity: 5_000), Batch(expiresOn: Self.mar, quantity: 2_000),
            ])
        #expect(try Batch.draw(18_000, from: held).last == Batch(expiresOn: nil, quantity: 3_000))
        #expect(throws: StoreError.insufficientStock(available: 18_000)) { try Batch.draw(18_001, from: held) }
    }

    @Test("a sale takes nothing expired: it is written off, not sold")
    func expiredIsNotSold() throws {
        let held = [Batch(expiresOn: Self.jan, quantity: 5_000), Batch(expiresOn: Self.mar, quantity: 2_000)]
        let feb = CivilDate(year: 2027, month: 2, day: 1)!
        #expect(try Batch.draw(2_000, from: held, sellingOn: feb) == [Batch(expiresOn: Self.mar, quantity: 2_000)])
        #expect(try Batch.draw(1_000, from: held, sellingOn: Self.jan) == [Batch(expiresOn: Self.jan, quantity: 1_000)])
        #expect(throws: StoreError.insufficientStock(available: 2_000)) { try Batch.draw(3_000, from: held, sellingOn: feb) }
        #expect(try Batch.draw(5_000, from: held).first == Batch(expiresOn: Self.jan, quantity: 5_000))
    }

    @Test("goods back go into the batch drawn last first; those sold before batches as goods that do not expire")
    func putBack() {
        let drawn = [Batch(expiresOn: Self.jan, quantity: 5_000), Batch(expiresOn: Self.mar, quantity: 2_000)]
        let (back, left) = Batch.putBack(3_000, into: drawn)
        #expect(back == [Batch(expiresOn: Self.mar, quantity: 2_000), Batch(expiresOn: Self.jan, quantity: 1_000)])
        #expect(left == [Batch(expiresOn: Self.jan, quantity: 4_000)])
        #expect(Batch.putBack(1_000, into: []).back == [Batch(expiresOn: nil, quantity: 1_000)])
    }

    @Test("draws are kept with a sale line as text and read back the same")
    func written() {
        let drawn = [Batch(expiresOn: Self.jan, quantity: 5_000), Batch(expiresOn: nil, quantity: 250)]
        #expect(Batch.written(drawn) == "2027-01-31:5000;9999-12-31:250")
        #expect(Batch.read(Batch.written(drawn)) == drawn)
        #expect(Batch.read("") == [])
    }

    @Test("property: a draw takes exactly what was asked, never more than a batch holds, earliest first")
    func drawProperty() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let held = (0..<Int.random(in: 0...5, using: &generator)).map { _ in
                Batch(
                    expiresOn: Bool.random(using: &generator)
                        ? nil : Self.jan.adding(days: Int.random(in: 0...90, using: &generator)),
                    quantity: Int64.random(in: 0...10_000, using: &generator))
            }
            let total = held.reduce(0) { $0 + $1.quantity }
            let asked = Int64.random(in: 1...max(1, total), using: &generator)
            guard asked <= total else { continue }
            let drawn = try Batch.draw(asked, from: held)
            #expect(drawn.reduce(0) { $0 + $1.quantity } == asked)
            #expect(drawn.map(\.expiresOn) == drawn.map(\.expiresOn).sorted())
            for batch in drawn {
                let available = held.filter { $0.expiresOn == batch.expiresOn }.reduce(0) { $0 + $1.quantity }
                #expect(batch.quantity <= available)
            }
        }
    }
}
