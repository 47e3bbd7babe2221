import GuyubCore
import PropertyBased
import Testing

// Indonesian mobile numbers (DOMAIN.md, Identity formats): E.164 `+628…` (ITU-T E.164, country code 62);
// national form `08…`, 10–13 digits including the leading 0.

@Suite("Phone: examples")
struct PhoneExampleTests {
    @Test(
        "the ways people write one mobile number all normalise to +6281234567890",
        arguments: [
            "0812-3456-7890",
            "081234567890",
            "0812 3456 7890",
            "+62 812 3456 7890",
            "+62-812-3456-7890",
            "+6281234567890",
            "6281234567890",
            "62 812 3456 7890",
            "81234567890",
            "812 3456 7890",
            "(0812) 3456.7890",
            "0812.3456.7890",
            "0812/3456/7890",
            "(+62) 812-3456-7890",
            "0812\u{00A0}3456\u{00A0}7890", // non-breaking spaces from a web page or a spreadsheet
            "  0812-3456-7890  ",
        ])
    func normalises(text: String) throws {
        // when
        let phone = try PhoneNumber(text)
        // then
        #expect(phone.e164 == "+6281234567890")
        #expect(phone.description == "+6281234567890")
    }

    @Test(
        "national numbers of 10 to 13 digits (with the leading 0) are accepted",
        arguments: [
            ("0812345678", "+62812345678"), // 10
            ("08123456789", "+628123456789"), // 11
            ("081234567890", "+6281234567890"), // 12
            ("0812345678901", "+62812345678901"), // 13
            ("+62812345678", "+62812345678"),
            ("62812345678901", "+62812345678901"),
        ])
    func lengths(text: String, e164: String) throws {
        #expect(try PhoneNumber(text).e164 == e164)
    }

    @Test(
        "too short, too long, landlines, letters and empty input are refused",
        arguments: [
            "081234567", // 9 digits
            "0812345",
            "08123456789012", // 14 digits
            "+62812345678901234",
            "+6281234567", // national 8… of 8 digits
            "02112345678", // Jakarta landline
            "021-1234-5678",
            "+62 21 1234 5678",
            "0341 123456", // Malang landline
            "0712345678",
            "0912345678",
            "0812-3456-789O", // letter O
            "0812-FOTO-7890",
            "0812 3456 7890 ext 1",
            "+1 812 345 6789",
            "++6281234567890",
            "0812+34567890",
            "0812_3456_7890",
            "+",
            "",
            "   ",
            "-- ()",
            "０８１２３４５６７８９０", // full-width digits
        ])
    func refused(text: String) {
        #expect(throws: PhoneError.invalid) { try PhoneNumber(text) }
    }

    @Test("the error's code and field")
    func code() {
        // when
        let error = #expect(throws: PhoneError.self) { try PhoneNumber("021 1234 5678") }
        // then
        #expect(error?.code == "invalid_phone")
        #expect(error?.field == "phone")
        #expect(error?.kind == .invalid)
    }

    @Test(
        "the national form groups the digits by four from the front",
        arguments: [
            ("+6281234567890", "0812-3456-7890"),
            ("+62812345678", "0812-3456-78"),
            ("+628123456789", "0812-3456-789"),
            ("+62812345678901", "0812-3456-78901"),
        ])
    func national(e164: String, national: String) throws {
        // given
        let phone = try PhoneNumber(e164)
        // then
        #expect(phone.national == national)
        // and the national form reads back as the same number
        #expect(try PhoneNumber(phone.national) == phone)
    }

    @Test(
        "a foreign number in international form is refused, not read as an Indonesian one",
        arguments: [
            "+81 90 1234 5678", // Japan mobile
            "+82 10 1234 5678", // South Korea mobile (would become 0821…, a Telkomsel prefix)
            "+852 9123 4567", // Hong Kong
            "+886 912 345 678", // Taiwan
            "+84 91 234 5678", // Vietnam
        ])
    func foreignInternational(text: String) {
        // Phone.swift:10 drops the "+" and, when the rest does not start with 62, keeps it as if it were a
        // national number without its trunk 0; any country code starting with 8 then passes the "8…" check.
        // Indonesians working abroad (Japan, Korea, Hong Kong, Taiwan) often keep such numbers.
        #expect(throws: PhoneError.invalid) { try PhoneNumber(text) }
    }

    @Test(
        "a digit carrying a combining mark is not a digit",
        arguments: [
            "0812345678\u{301}90", "0812-3456-7890\u{FE0F}", "+62 812 3456 78\u{20E3}90",
        ])
    func combiningMark(text: String) {
        // "8\u{301}" sorts between "0" and "9" but is no ASCII digit; the e164 must stay ASCII.
        #expect(throws: PhoneError.invalid) { try PhoneNumber(text) }
    }
}

@Suite("Phone: properties")
struct PhonePropertyTests {
    /// A mobile number without its trunk 0: "8" then 8 to 11 digits (national 10–13 digits).
    static var mobile: Generator<String, some SendableSequenceType> {
        Gen.number.string(of: 8...11).map { "8" + $0 }
    }

    /// Group `digits` into runs of 3 or 4, the way people type them.
    static func grouped(_ digits: String, by size: Int, separator: String) -> String {
        var groups: [String] = []
        var rest = Substring(digits)
        while !rest.isEmpty {
            groups.append(String(rest.prefix(size)))
            rest = rest.dropFirst(size)
        }
        return groups.joined(separator: separator)
    }

    @Test("every written form of a mobile number normalises to the same E.164")
    func writtenForms() async {
        await propertyCheck(
            count: 1000, input: Self.mobile, Gen.int(in: 3...4),
            Gen<String?>.element(of: [" ", "-", ".", "", " - "]).map { $0! }
        ) { n, size, separator in
            // given
            let forms = [
                "0" + n, "+62" + n, "62" + n, n,
                "0" + Self.grouped(n, by: size, separator: separator),
                "+62 " + Self.grouped(n, by: size, separator: separator),
                "(0" + n.prefix(3) + ") " + Self.grouped(String(n.dropFirst(3)), by: size, separator: separator),
            ]
            for form in forms {
                // when
                let phone = try #require(try? PhoneNumber(form), "\(form) should be accepted")
                // then
                #expect(phone.e164 == "+62" + n, "\(form)")
                #expect(phone.national.filter { $0 != "-" } == "0" + n, "\(form)")
            }
        }
    }

    @Test("national numbers shorter than 10 or longer than 13 digits are refused")
    func wrongLength() async {
        await propertyCheck(count: 500, input: Gen.number.string(of: 0...20)) { digits in
            // given: "08" + k digits, k outside 8...11
            guard !(8...11).contains(digits.count) else { return }
            let text = "08" + digits
            // then
            #expect(throws: PhoneError.invalid, "\(text)") { try PhoneNumber(text) }
            #expect(throws: PhoneError.invalid, "+62\(text.dropFirst())") { try PhoneNumber("+62" + text.dropFirst()) }
        }
    }

    @Test("numbers whose national form does not start with 08 are refused")
    func notMobile() async {
        await propertyCheck(count: 500, input: Gen.int(in: 1...9), Gen.number.string(of: 8...11)) { first, rest in
            guard first != 8 else { return }
            // given
            let text = "0\(first)" + rest
            // then
            #expect(throws: PhoneError.invalid, "\(text)") { try PhoneNumber(text) }
        }
    }

    @Test("random text never crashes, and whatever is accepted is +628 and 8 to 11 ASCII digits")
    func fuzz() async {
        await propertyCheck(count: 5000, input: Gens.anyText) { text in
            // when
            guard let phone = try? PhoneNumber(text) else { return }
            // then
            let rest = phone.e164.utf8.dropFirst(4)
            #expect(phone.e164.hasPrefix("+628"))
            #expect((8...11).contains(rest.count))
            #expect(rest.allSatisfy { (0x30...0x39).contains($0) })
        }
    }
}
