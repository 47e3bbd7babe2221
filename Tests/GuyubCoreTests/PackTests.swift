import GuyubCore
import Testing

/// Goods sold and bought in packs: 1 karung = 50 kg, 1 dus = 40 pcs. A pack is a whole count of base units.
@Suite("Packs")
struct PackTests {
    static let karung = Pack(name: "karung", size: 50_000)
    static let dus = Pack(name: "dus", size: 40_000, barcode: "8991002101104")

    @Test("2 karung is 100 kg; 3 dus is 120 pcs")
    func inBaseUnits() throws {
        #expect(try Self.karung.base(2000) == 100_000)
        #expect(try Self.dus.base(3000) == 120_000)
    }

    @Test("packs are counted whole, and never beyond what a line may hold")
    func wholeAndBounded() {
        #expect(throws: StoreError.packNotWhole) { try Self.karung.base(1500) }
        #expect(throws: StoreError.packNotWhole) { try Self.karung.base(0) }
        #expect(throws: StoreError.quantityInvalid) { try Pack(name: "kontainer", size: Quantity.ceiling).base(2000) }
    }

    @Test("a pack bought at Rp 600.000 costs exactly that a pack, however many kilograms it holds")
    func costExact() throws {
        #expect(try Pack.cost(3000, at: 600_000) == 1_800_000)
        #expect(throws: StoreError.amountTooLarge) { try Pack.cost(Quantity.ceiling, at: Amount.ceiling) }
    }

    @Test("a product's packs: names unique and not the base unit's, each more than one base unit")
    func checked() throws {
        try Pack.check([Self.karung, Pack(name: "sak", size: 25_000)], baseUnit: "kg")
        #expect(throws: StoreError.packInvalid) {
            try Pack.check([Self.karung, Pack(name: "Karung", size: 25_000)], baseUnit: "kg")
        }
        #expect(throws: StoreError.packInvalid) { try Pack.check([Pack(name: "KG", size: 2000)], baseUnit: "kg") }
        #expect(throws: StoreError.packInvalid) { try Pack.check([Pack(name: "bungkus", size: 1000)], baseUnit: "pcs") }
        #expect(throws: StoreError.barcodeTaken) {
            try Pack.check([Self.dus, Pack(name: "pak", size: 10_000, barcode: Self.dus.barcode)], baseUnit: "pcs")
        }
        let many = (1...6).map { Pack(name: "p\($0)", size: Int64($0 + 1) * 1000) }
        #expect(throws: StoreError.packInvalid) { try Pack.check(many, baseUnit: "pcs") }
    }

    @Test("a pack is found by its name whatever the case; another is refused")
    func named() throws {
        #expect(try [Self.karung, Self.dus].named("DUS") == Self.dus)
        #expect(throws: StoreError.packUnknown) { try [Self.karung].named("dus") }
    }

    @Test("property: any whole count of any pack is exactly count × size base units; a part of one is refused")
    func property() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let size = Int64.random(in: 1001...1_000_000, using: &generator)
            let count = Int64.random(in: 1...10_000, using: &generator)
            #expect(try Pack(name: "pak", size: size).base(count * 1000) == count * size)
            #expect(throws: StoreError.packNotWhole) {
                try Pack(name: "pak", size: size).base(count * 1000 + Int64.random(in: 1...999, using: &generator))
            }
        }
    }
}
