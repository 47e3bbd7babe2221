import Foundation
import GuyubCore
import Testing

/// A regional price ceiling holds in its region over the national one; staff work in their units.
@Suite("Regional ceilings and unit staff")
struct RegionalCeilingTests {
    static let jan = CivilDate(year: 2026, month: 1, day: 1)!
    static let jul = CivilDate(year: 2026, month: 7, day: 1)!

    /// LPG 3 kg: Rp 18.000 nationally from January; Kabupaten Klaten sets Rp 18.500 from July (its HET for
    /// bases farther from the depot), and Rp 19.000 is nowhere allowed.
    static let lpg = ProgrammeRules(
        ceilings: [
            PriceCeiling(effectiveFrom: jan, price: 18_000),
            PriceCeiling(effectiveFrom: jul, price: 18_500, region: "Kab. Klaten"),
        ], requiresBuyerID: true, perBuyerLimit: nil, period: .day)

    @Test("in Klaten the region's ceiling holds once in force; before it and elsewhere, the national one")
    func regional() throws {
        #expect(Self.lpg.ceiling(on: Self.jul, in: "kab.  klaten") == 18_500)
        #expect(Self.lpg.ceiling(on: Self.jan, in: "Kab. Klaten") == 18_000)
        #expect(Self.lpg.ceiling(on: Self.jul, in: "Kab. Boyolali") == 18_000)
        #expect(Self.lpg.ceiling(on: Self.jul) == 18_000)
        try Self.lpg.checkPrices([18_500], on: Self.jul, in: "Kab. Klaten")
        #expect(throws: StoreError.aboveCeiling(price: 18_500, ceiling: 18_000)) {
            try Self.lpg.checkPrices([18_500], on: Self.jul, in: "Kab. Boyolali")
        }
    }

    @Test("a region with its own ceiling only: elsewhere there is none")
    func regionOnly() {
        let rules = ProgrammeRules(
            ceilings: [PriceCeiling(effectiveFrom: Self.jan, price: 15_700, region: "Kota Surakarta")],
            requiresBuyerID: false, perBuyerLimit: nil, period: .day)
        #expect(rules.ceiling(on: Self.jul, in: "Kota Surakarta") == 15_700)
        #expect(rules.ceiling(on: Self.jul, in: "Kab. Klaten") == nil)
    }

    @Test("staff assigned to units work only there, in the first when none is named; unassigned, anywhere")
    func staff() throws {
        let (outlet, pharmacy, clinic) = (UUID(), UUID(), UUID())
        try UnitStaff.check(clinic, assigned: [])
        try UnitStaff.check(pharmacy, assigned: [outlet, pharmacy])
        #expect(throws: StoreError.notAssigned) { try UnitStaff.check(clinic, assigned: [outlet, pharmacy]) }
        #expect(UnitStaff.home(assigned: [pharmacy, outlet], open: [outlet, pharmacy]) == pharmacy)
        #expect(UnitStaff.home(assigned: [pharmacy, outlet], open: [outlet]) == outlet)
        #expect(UnitStaff.home(assigned: [], open: [outlet]) == nil)
    }
}
