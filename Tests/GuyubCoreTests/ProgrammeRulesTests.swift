import GuyubCore
import Testing

/// The rules of state-regulated goods (DOMAIN.md, "The shop and the goods the state regulates") and the
/// prices a buyer pays.
@Suite("Regulated goods and prices")
struct ProgrammeRulesTests {
    static let oct22 = CivilDate(year: 2025, month: 10, day: 22)!

    /// Subsidised urea: Rp1.800 a kg from 22 Oct 2025 (a 50 kg sack, Rp90.000), after an earlier ceiling.
    static let urea = ProgrammeRules(
        ceilings: [
            PriceCeiling(effectiveFrom: CivilDate(year: 2020, month: 1, day: 1)!, price: 2_250),
            PriceCeiling(effectiveFrom: oct22, price: 1_800),
        ], requiresBuyerID: true, perBuyerLimit: nil, period: .month)

    /// SPHP rice: at most 2 packs per buyer a day.
    static let sphp = ProgrammeRules(
        ceilings: [PriceCeiling(effectiveFrom: oct22, price: 62_500)], requiresBuyerID: true,
        perBuyerLimit: 2 * Quantity.scale, period: .day)

    @Test("the ceiling in force is the latest that took effect: urea Rp2.250, then Rp1.800 from 22 Oct 2025")
    func ceilingByDate() {
        #expect(Self.urea.ceiling(on: CivilDate(year: 2025, month: 10, day: 21)!) == 2_250)
        #expect(Self.urea.ceiling(on: Self.oct22) == 1_800)
        #expect(Self.urea.ceiling(on: CivilDate(year: 2019, month: 12, day: 31)!) == nil)
    }

    @Test("a price above the ceiling is refused, at the ceiling accepted")
    func abovePrice() throws {
        // when / then
        try Self.urea.checkPrices([1_800, 1_700], on: Self.oct22)
        #expect(throws: StoreError.aboveCeiling(price: 1_900, ceiling: 1_800)) {
            try Self.urea.checkPrices([1_700, 1_900], on: Self.oct22)
        }
    }

    @Test("SPHP: 2 packs a buyer a day; past it, refused with what remains")
    func buyerLimit() throws {
        // when / then
        try Self.sphp.admit(2_000, alreadyBought: 0)
        #expect(throws: StoreError.overBuyerLimit(remaining: 1_000)) { try Self.sphp.admit(2_000, alreadyBought: 1_000) }
        #expect(throws: StoreError.overBuyerLimit(remaining: 0)) { try Self.sphp.admit(1_000, alreadyBought: 2_000) }
        try Self.urea.admit(1_000_000_000, alreadyBought: 1_000_000_000)
    }

    @Test("a day's span is the day; a month's runs from the first to the last day")
    func spans() {
        let day = CivilDate(year: 2026, month: 2, day: 14)!
        #expect(LimitPeriod.day.span(containing: day) == day...day)
        #expect(
            LimitPeriod.month.span(containing: day)
                == CivilDate(year: 2026, month: 2, day: 1)!...CivilDate(year: 2026, month: 2, day: 28)!)
    }

    @Test("members pay the member price, others the non-member price; a tier lowers it for its class from its quantity")
    func prices() throws {
        // given: a 5 kg bag of rice, Rp70.000 to members, Rp75.000 to others, Rp68.000 to a warung taking 10 or more
        let list = try PriceList(
            memberPrice: 70_000, nonMemberPrice: 75_000,
            tiers: [PriceTier(customerClass: .warung, minQuantity: 10_000, price: 68_000)]
        ).validated()
        // when / then
        #expect(list.price(for: .member, quantity: 1_000) == 70_000)
        #expect(list.price(for: .general, quantity: 20_000) == 75_000)
        #expect(list.price(for: .warung, quantity: 9_000) == 75_000)
        #expect(list.price(for: .warung, quantity: 10_000) == 68_000)
        #expect(list.allPrices == [70_000, 75_000, 68_000])
    }

    @Test("a price of zero is refused, naming the field")
    func zeroPrice() {
        #expect(throws: StoreError.priceInvalid("memberPrice")) {
            try PriceList(memberPrice: 0, nonMemberPrice: 75_000).validated()
        }
    }

    @Test("a member pays member prices; others as registered, and never as a member")
    func payingClass() {
        #expect(CustomerClass.paying(isMember: true, registered: .warung) == .member)
        #expect(CustomerClass.paying(isMember: false, registered: .warung) == .warung)
        #expect(CustomerClass.paying(isMember: false, registered: .member) == .general)
        #expect(CustomerClass.paying(isMember: false, registered: nil) == .general)
    }
}
