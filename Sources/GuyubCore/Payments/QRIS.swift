/// QRIS, Indonesia's national QR payment standard (EMVCo merchant-presented mode): a string of TLV
/// fields — a two-digit id, a two-digit length, the value — ending in `63` `04` and a CRC-16/CCITT-FALSE
/// over everything before the CRC's four hex digits.
package enum QRIS {
    package struct Field: Sendable, Equatable {
        package let id: String
        package let value: String
    }

    /// The merchant data a payload is made from: the unit's name, city and national merchant id (NMID).
    package struct Merchant: Sendable, Equatable {
        package var name: String
        package var city: String
        package var id: String
        package var postalCode: String?
        /// ISO 18245 merchant category: 5411, grocery stores, unless told.
        package var category: String

        package init(name: String, city: String, id: String, postalCode: String? = nil, category: String = "5411") {
            self.name = name
            self.city = city
            self.id = id
            self.postalCode = postalCode
            self.category = category
        }
    }

    /// A payload that parsed, with a correct CRC and the fields QRIS requires.
    package struct Payload: Sendable, Equatable {
        package let fields: [Field]
        package var isDynamic: Bool { value(of: "01") == "12" }
        package var merchantName: String? { value(of: "59") }
        package var city: String? { value(of: "60") }
        /// The amount in the payload, as written (`"50000"`), if any.
        package var amount: String? { value(of: "54") }
        /// The national merchant id, from the QRIS merchant account information (`51`, sub-field `02`).
        package var merchantID: String? {
            guard let account = value(of: "51"), let subfields = try? QRIS.fields(account) else { return nil }
            return subfields.first { $0.id == "02" }?.value
        }

        package func value(of id: String) -> String? { fields.first { $0.id == id }?.value }
    }

    package static let globalIdentifier = "ID.CO.QRIS.WWW"

    /// CRC-16/CCITT-FALSE: polynomial 0x1021, initial 0xFFFF, no reflection, no final XOR.
    package static func crc16<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt16 {
        var crc: UInt16 = 0xFFFF
        for byte in bytes {
            crc ^= UInt16(byte) << 8
            for _ in 0..<8 { crc = crc & 0x8000 != 0 ? (crc << 1) ^ 0x1021 : crc << 1 }
        }
        return crc
    }

    /// The CRC as a payload carries it: four upper-case hex digits.
    package static func checksum(_ text: String) -> String {
        let hex = String(crc16(text.utf8), radix: 16, uppercase: true)
        return String(repeating: "0", count: 4 - hex.count) + hex
    }

    /// Splits TLV text into its fields, in order. Lengths count characters.
    package static func fields(_ text: String) throws(QRISError) -> [Field] {
        var result: [Field] = []
        var rest = Substring(text)
        var position = 0
        while !rest.isEmpty {
            let head = rest.prefix(4)
            guard head.count == 4, head.allSatisfy(\.isASCIIDigit), let length = Int(head.suffix(2)) else {
                throw .malformed(position: position)
            }
            rest = rest.dropFirst(4)
            guard rest.count >= length else { throw .malformed(position: position) }
            result.append(Field(id: String(head.prefix(2)), value: String(rest.prefix(length))))
            rest = rest.dropFirst(length)
            position += 4 + length
        }
        return result
    }

    /// Reads a payload and checks it: well-formed fields, the CRC last and correct, and the fields
    /// every QRIS payload carries, each with a value it may hold.
    package static func parse(_ payload: String) throws(QRISError) -> Payload {
        let text = payload.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw .empty }
        guard text.unicodeScalars.allSatisfy({ (0x20...0x7E).contains($0.value) }) else { throw .notPrintable }
        let fields = try fields(text)
        guard let last = fields.last, last.id == "63" else { throw .crcNotLast }
        guard last.value.count == 4 else { throw .fieldInvalid("63") }
        let expected = checksum(String(text.dropLast(4)))
        guard last.value.uppercased() == expected else { throw .crcMismatch(found: last.value, expected: expected) }
        var seen: Set<String> = []
        for field in fields {
            guard seen.insert(field.id).inserted else { throw .duplicateField(field.id) }
        }
        guard fields.first?.id == "00", fields.first?.value == "01" else { throw .fieldInvalid("00") }
        let read = Payload(fields: fields)
        guard let initiation = read.value(of: "01") else { throw .missingField("01") }
        guard initiation == "11" || initiation == "12" else { throw .fieldInvalid("01") }
        for required in ["51", "52", "53", "58", "59", "60"] where read.value(of: required) == nil {
            throw .missingField(required)
        }
        guard let account = read.value(of: "51"), let subfields = try? Self.fields(account),
            subfields.first(where: { $0.id == "00" })?.value.uppercased() == globalIdentifier,
            let id = subfields.first(where: { $0.id == "02" })?.value, !id.isEmpty
        else { throw .fieldInvalid("51") }
        guard read.value(of: "52")!.count == 4, read.value(of: "52")!.allSatisfy(\.isASCIIDigit) else {
            throw .fieldInvalid("52")
        }
        guard read.value(of: "53") == "360" else { throw .fieldInvalid("53") }
        guard read.value(of: "58") == "ID" else { throw .fieldInvalid("58") }
        if let amount = read.amount, !isAmount(amount) { throw .fieldInvalid("54") }
        if read.isDynamic, read.amount == nil { throw .missingField("54") }
        return read
    }

    /// A payload for `merchant`: dynamic with the sale's amount (in whole rupiah) and its reference, or
    /// static, the buyer typing the amount, when `amount` is nil.
    package static func payload(for merchant: Merchant, amount: Int64? = nil, reference: String? = nil) throws(QRISError)
        -> String
    {
        let name = merchant.name.trimmingCharacters(in: .whitespaces)
        let city = merchant.city.trimmingCharacters(in: .whitespaces)
        let id = merchant.id.trimmingCharacters(in: .whitespaces)
        guard (1...25).contains(name.count), isPrintable(name) else { throw .fieldInvalid("59") }
        guard (1...15).contains(city.count), isPrintable(city) else { throw .fieldInvalid("60") }
        guard (1...50).contains(id.count), id.allSatisfy({ $0.isASCIIDigit || $0.isASCIILetter }) else {
            throw .fieldInvalid("51")
        }
        if let postal = merchant.postalCode, !(1...10).contains(postal.count) || !postal.allSatisfy(\.isASCIIDigit) {
            throw .fieldInvalid("61")
        }
        guard merchant.category.count == 4, merchant.category.allSatisfy(\.isASCIIDigit) else { throw .fieldInvalid("52") }
        if let amount, amount <= 0 || amount > 9_999_999_999_999 { throw .fieldInvalid("54") }
        if let reference, !(1...25).contains(reference.count) || !isPrintable(reference) { throw .fieldInvalid("62") }

        var text = tlv("00", "01") + tlv("01", amount == nil ? "11" : "12")
        text += tlv("51", tlv("00", globalIdentifier) + tlv("02", id) + tlv("03", "UMI"))
        text += tlv("52", merchant.category) + tlv("53", "360")
        if let amount { text += tlv("54", String(amount)) }
        text += tlv("58", "ID") + tlv("59", name) + tlv("60", city)
        if let postal = merchant.postalCode { text += tlv("61", postal) }
        if let reference { text += tlv("62", tlv("05", reference)) }
        text += "6304"
        return text + checksum(text)
    }

    private static func tlv(_ id: String, _ value: String) -> String {
        id + (value.count < 10 ? "0" : "") + String(value.count) + value
    }

    private static func isPrintable(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { (0x20...0x7E).contains($0.value) }
    }

    /// Digits with at most one decimal point and two decimals, at most 13 characters, above zero.
    private static func isAmount(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard text.count <= 13, parts.count <= 2, !parts[0].isEmpty, parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
            parts.count == 1 || (1...2).contains(parts[1].count)
        else { return false }
        return text.contains { ("1"..."9").contains($0) }
    }
}

/// Why a QRIS payload was refused, naming the field (by its id) where one is at fault.
package enum QRISError: DomainError, Equatable {
    case empty
    case notPrintable
    case malformed(position: Int)
    case crcNotLast
    case crcMismatch(found: String, expected: String)
    case duplicateField(String)
    case missingField(String)
    case fieldInvalid(String)

    package var code: String {
        switch self {
        case .empty: "qris_empty"
        case .notPrintable: "qris_not_printable"
        case .malformed: "qris_malformed"
        case .crcNotLast: "qris_crc_missing"
        case .crcMismatch: "qris_crc_mismatch"
        case .duplicateField: "qris_duplicate_field"
        case .missingField: "qris_missing_field"
        case .fieldInvalid: "qris_invalid_field"
        }
    }
    package var kind: ErrorKind { .invalid }
}

extension Character {
    var isASCIILetter: Bool { isASCII && isLetter }
}
