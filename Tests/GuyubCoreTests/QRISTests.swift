import GuyubCore
import Testing

/// QRIS payloads: TLV fields, CRC-16/CCITT-FALSE, and the fields every payload carries (DOMAIN.md).
@Suite("QRIS: payloads made and checked")
struct QRISTests {
    static let merchant = QRIS.Merchant(name: "Koperasi Sukamaju", city: "Klaten", id: "ID1020021181745", postalCode: "57411")

    @Test("CRC-16/CCITT-FALSE of 123456789 is 29B1 (the catalogue's check value)")
    func checkValue() {
        // when / then
        #expect(QRIS.checksum("123456789") == "29B1")
    }

    /// EMV QR Code Specification for Payment Systems, Merchant-Presented Mode v1.1, Appendix A: the sample
    /// payload ends in CRC A13A, computed over its UTF-8 bytes up to and including `6304`.
    @Test("the EMVCo merchant-presented sample's CRC is A13A")
    func emvcoSample() {
        // given
        let body =
            "00020101021229300012D156000000000510A93FO3230Q31280012D15600000001030812345678520441115802CN5914BEST TRANSPORT"
            + "6007BEIJING64200002ZH0104最佳运输0202北京540523.7253031565502016233030412340603***0708A60086670902ME91320016A0112"
            + "233449988770708123456786304"
        // when / then
        #expect(QRIS.checksum(body) == "A13A")
    }

    @Test("a dynamic payload for a sale carries the amount and parses back")
    func dynamicRoundTrip() throws {
        // when
        let payload = try QRIS.payload(for: Self.merchant, amount: 50_000, reference: "TRX-12")
        let read = try QRIS.parse(payload)
        // then
        #expect(payload.hasPrefix("000201010212"))
        #expect(payload.contains("540550000"))
        #expect(read.isDynamic)
        #expect(read.amount == "50000")
        #expect(read.merchantName == "Koperasi Sukamaju")
        #expect(read.city == "Klaten")
        #expect(read.merchantID == "ID1020021181745")
        #expect(read.value(of: "53") == "360")
        #expect(read.value(of: "58") == "ID")
        #expect(String(payload.suffix(8)).hasPrefix("6304"))
    }

    @Test("without an amount the payload is static")
    func staticPayload() throws {
        // when
        let read = try QRIS.parse(try QRIS.payload(for: Self.merchant))
        // then
        #expect(!read.isDynamic)
        #expect(read.amount == nil)
    }

    @Test("a payload with one character changed fails its CRC")
    func tampered() throws {
        // given
        let payload = try QRIS.payload(for: Self.merchant, amount: 50_000)
        let changed = payload.replacingOccurrences(of: "50000", with: "90000")
        // when / then
        #expect(
            refusal(changed)
                == .crcMismatch(found: String(payload.suffix(4)), expected: QRIS.checksum(String(changed.dropLast(4)))))
    }

    @Test(
        "malformed payloads are refused with the reason",
        arguments: [
            ("", QRISError.empty),
            ("0002", QRISError.malformed(position: 0)),
            ("000201", QRISError.crcNotLast),
            (
                "00020101021253033606304FFFF",
                QRISError.crcMismatch(found: "FFFF", expected: QRIS.checksum("00020101021253033606304"))
            ),
            ("0002010002016304" + QRIS.checksum("0002010002016304"), QRISError.duplicateField("00")),
            ("0002010102115303360ä", QRISError.notPrintable),
        ])
    func refused(_ payload: String, _ expected: QRISError) {
        // when / then
        #expect(refusal(payload) == expected)
    }

    @Test("a well-formed payload missing a required field names it")
    func missingField() {
        // given: no merchant name (59)
        var body =
            "000201" + "010211" + "5125" + "0014ID.CO.QRIS.WWW" + "0203123" + "52045411" + "5303360" + "5802ID"
            + "6006Klaten" + "6304"
        body += QRIS.checksum(body)
        // when / then
        #expect(refusal(body) == .missingField("59"))
    }

    @Test("a foreign currency or a non-QRIS merchant account is refused")
    func wrongValues() {
        // given
        func sealed(_ body: String) -> String { body + "6304" + QRIS.checksum(body + "6304") }
        let account = "5125" + "0014ID.CO.QRIS.WWW" + "0203123"
        let base = "000201010211" + account + "52045411"
        // when / then
        #expect(refusal(sealed(base + "5303840" + "5802ID5903Kop6006Klaten")) == .fieldInvalid("53"))
        #expect(
            refusal(
                sealed(
                    "000201010211" + "5125" + "0014ID.CO.XXXX.WWW" + "0203123" + "52045411" + "5303360"
                        + "5802ID5903Kop6006Klaten"))
                == .fieldInvalid("51"))
        #expect(
            refusal(sealed("000201010212" + account + "52045411" + "5303360" + "5802ID5903Kop6006Klaten")) == .missingField("54"))
    }

    @Test("merchant data that QRIS cannot carry is refused when generating")
    func generatingRefusals() {
        // when / then
        #expect(throws: QRISError.fieldInvalid("59")) {
            try QRIS.payload(for: QRIS.Merchant(name: String(repeating: "A", count: 26), city: "Klaten", id: "ID1"))
        }
        #expect(throws: QRISError.fieldInvalid("60")) {
            try QRIS.payload(for: QRIS.Merchant(name: "Kop", city: "Kabupaten Klaten Jawa", id: "ID1"))
        }
        #expect(throws: QRISError.fieldInvalid("54")) { try QRIS.payload(for: Self.merchant, amount: 0) }
    }

    private func refusal(_ payload: String) -> QRISError? {
        do {
            _ = try QRIS.parse(payload)
            return nil
        } catch { return error }
    }
}
