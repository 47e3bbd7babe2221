import GuyubCore
import Testing

/// Amounts as the counter, the treasurer and API clients write them.
@Suite("Reading amounts") struct AmountReadingTests {
    @Test(
        arguments: [
            ("1.250.000", 1_250_000), ("Rp 50.000", 50_000), ("Rp50000", 50_000), ("50.000,00", 50_000), ("Rp 50.000,-", 50_000),
            ("575.000", 575_000), ("5.000.000", 5_000_000), ("1250000", 1_250_000), ("rp. 1.000", 1_000), ("RP 7.500", 7_500),
            ("1,250,000", 1_250_000), (" 2800000 ", 2_800_000), ("0", 0), ("007", 7), ("1.000", 1_000),
        ] as [(String, Int64)])
    func rupiahAsIndonesiansWriteThem(text: String, rupiah: Int64) throws {
        #expect(try Amount.parse(text, decimals: 0) == rupiah)
    }

    @Test(
        arguments: [
            ("4314407.15", 431_440_715), ("4.314.407,15", 431_440_715), ("4,314,407.15", 431_440_715), ("2,5", 250), ("2.5", 250),
            ("12.500", 1_250_000), ("12.500,5", 1_250_050), ("0,05", 5), ("Rp 1.000,50", 100_050), ("10.00", 1_000),
        ] as [(String, Int64)])
    func twoDecimalCurrencies(text: String, cents: Int64) throws {
        #expect(try Amount.parse(text, decimals: 2) == cents)
    }

    /// What cannot be read without guessing is refused, and a refusal for cents says what was read.
    @Test func refusalsSayWhatWasRead() {
        #expect(throws: AmountError.tooManyDecimals(0, read: "1250", fraction: "5")) { try Amount.parse("1.250,5", decimals: 0) }
        #expect(throws: AmountError.tooManyDecimals(0, read: "1", fraction: "25")) { try Amount.parse("1.25", decimals: 0) }
        #expect(throws: AmountError.tooManyDecimals(2, read: "3", fraction: "1455")) { try Amount.parse("3,1455", decimals: 2) }
        // One comma before three digits is thousands to some and decimals to others: refused, never Rp 250.
        #expect(throws: AmountError.ambiguous("250", "000")) { try Amount.parse("250,000", decimals: 0) }
        #expect(throws: AmountError.ambiguous("50", "000")) { try Amount.parse("Rp 50,000", decimals: 0) }
        #expect(throws: AmountError.ambiguous("3", "145")) { try Amount.parse("3,145", decimals: 2) }
        for text in [
            "1.25.000", "12.34.567", "-50000", "5e6", "1.250.000,5,0", "Rp", "", "1 250 000", "50.000,-x", "+5",
            "1,2,3", "١٢٣", ",5", "5,", "1.000.000.00", "Rp -5.000",
        ] {
            #expect(throws: AmountError.invalid, "\(text)") { try Amount.parse(text, decimals: 0) }
        }
        #expect(throws: AmountError.tooLarge) { try Amount.parse("1.000.000.000.000.000.000", decimals: 0) }
    }

    @Test func anOperationsAmountStaysUnderTheBooksCeiling() throws {
        #expect(try Amount.positive("1.000.000.000.000.000", decimals: 0) == Amount.ceiling)
        #expect(throws: AmountError.tooLarge) { try Amount.positive("922.337.203.685.477.580", decimals: 0) }
        #expect(throws: AmountError.notPositive) { try Amount.positive("Rp 0", decimals: 0) }
    }
}
