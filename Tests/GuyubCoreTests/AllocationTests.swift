import GuyubCore
import Testing

/// Subsidised fertiliser goes only to farmers on the season's e-RDKK list, by NIK, up to their allocation
/// (DOMAIN.md, "Subsidised fertiliser").
@Suite("Allocation lists")
struct AllocationTests {
    static let siti = "3507245012720001"

    @Test("on the list: up to the allocation; beyond it, refused with what remains")
    func upToTheAllocation() throws {
        try Allocation.admit(40_000, allocated: 100_000, alreadyTaken: 60_000)
        #expect(throws: StoreError.overAllocation(remaining: 40_000)) {
            try Allocation.admit(41_000, allocated: 100_000, alreadyTaken: 60_000)
        }
        #expect(throws: StoreError.overAllocation(remaining: 0)) {
            try Allocation.admit(1, allocated: 100_000, alreadyTaken: 100_000)
        }
    }

    @Test("not on the list: refused, whatever the quantity")
    func notOnTheList() {
        #expect(throws: StoreError.notAllocated) { try Allocation.admit(1, allocated: nil, alreadyTaken: 0) }
    }

    @Test("property: what one farmer is admitted in a season never passes their allocation")
    func neverPastTheAllocation() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let allocated = Int64.random(in: 1...500_000, using: &generator)
            var taken: Int64 = 0
            for _ in 0..<20 {
                let asked = Int64.random(in: 1...100_000, using: &generator)
                if (try? Allocation.admit(asked, allocated: allocated, alreadyTaken: taken)) != nil { taken += asked }
            }
            #expect(taken <= allocated)
        }
    }

    @Test("a season ends on or after it starts, and two seasons sharing a day overlap")
    func seasons() throws {
        let mt1 = try AllocationSeason(
            name: "MT I 2026", startsOn: CivilDate(year: 2026, month: 10, day: 1)!,
            endsOn: CivilDate(year: 2027, month: 3, day: 31)!)
        let mt2 = try AllocationSeason(
            name: "MT II 2027", startsOn: CivilDate(year: 2027, month: 4, day: 1)!,
            endsOn: CivilDate(year: 2027, month: 9, day: 30)!)
        let sharing = try AllocationSeason(
            name: "MT II", startsOn: CivilDate(year: 2027, month: 3, day: 31)!, endsOn: CivilDate(year: 2027, month: 9, day: 30)!)
        #expect(!mt1.overlaps(mt2))
        #expect(mt1.overlaps(sharing))
        #expect(throws: StoreError.seasonBackwards) {
            try AllocationSeason(name: "MT", startsOn: mt2.endsOn, endsOn: mt2.startsOn)
        }
        #expect(throws: StoreError.field(.required("season"))) {
            try AllocationSeason(name: "  ", startsOn: mt1.startsOn, endsOn: mt1.endsOn)
        }
    }

    @Test("the sheet: columns found by their headers; a bad NIK, a bad allocation and a repeated NIK named by line")
    func sheet() throws {
        let sheet = try AllocationSheet(header: ["No", "NIK Petani", "Nama Petani", "Jatah (kg)"])
        let (valid, rejected) = sheet.readAll(
            [
                ["1", Self.siti, "Siti Aminah", "12,5"],
                ["2", "3.50724E+15", "Budi", "20"],
                ["", "", "", ""],
                ["4", "3507241208900002", "Budi", "0"],
                ["5", Self.siti, "Siti lagi", "5"],
            ], firstLine: 2)
        #expect(valid.map(\.quantity) == [12_500])
        #expect(valid.first?.name == "Siti Aminah")
        #expect(rejected.map(\.line) == [3, 5, 6])
        #expect(
            rejected.map(\.problem) == [
                .nik(.spreadsheetNumber), .quantity(.quantityNotPositive), .duplicateInSheet(firstLine: 2),
            ])
        #expect(throws: SheetError.missingAllocationColumns([.nik])) { try AllocationSheet(header: ["Nama", "Kuota"]) }
    }
}
