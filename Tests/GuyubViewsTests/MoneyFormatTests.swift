import Foundation
import GuyubCore
import GuyubViews
import Testing

@Suite("Format: statements, rates, months and phone links")
struct MoneyFormatTests {
    @Test(
        "negative amounts in statements are written in parentheses",
        arguments: [
            (Int64(0), "Rp 0"), (1_250_000, "Rp 1.250.000"), (-1_250_000, "(Rp 1.250.000)"), (-1, "(Rp 1)"),
        ])
    func accounting(amount: Int64, expected: String) {
        #expect(Format(.id).accountingMoney(amount) == expected)
        #expect(Format(.en).accountingMoney(amount) == expected)
    }

    @Test func theMostNegativeAmountDoesNotCrash() {
        #expect(Format(.id).accountingMoney(.min).hasPrefix("(Rp 9.223.372.036.854.775.80"))
    }

    @Test(
        "rates kept in basis points read as percentages",
        arguments: [
            (450, "4,5%", "4.5%"), (500, "5%", "5%"), (550, "5,5%", "5.5%"), (0, "0%", "0%"), (1_000, "10%", "10%"),
            (1_205, "12,05%", "12.05%"), (5, "0,05%", "0.05%"), (-50, "-0,5%", "-0.5%"),
        ])
    func percent(basisPoints: Int, indonesian: String, english: String) {
        #expect(Format(.id).percent(basisPoints: basisPoints) == indonesian)
        #expect(Format(.en).percent(basisPoints: basisPoints) == english)
    }

    @Test func monthsAreShort() throws {
        let september = try #require(YearMonth(year: 2026, month: 9))
        #expect(Format(.id).month(september) == "Sep 2026")
        #expect(Format(.id).month(try #require(YearMonth(year: 2026, month: 8))) == "Agu 2026")
        #expect(Format(.en).month(try #require(YearMonth(year: 2026, month: 8))) == "Aug 2026")
    }

    @Test(
        "a national phone number becomes a tel: link in the international form",
        arguments: [
            ("0812-3456-7890", "tel:+6281234567890"), ("0813 9876 5432", "tel:+6281398765432"),
            ("+62 812 3456 7890", "tel:+6281234567890"), ("6281234567890", "tel:+6281234567890"),
        ])
    func telephone(phone: String, uri: String) {
        #expect(Format.telephoneURI(phone) == uri)
    }
}
