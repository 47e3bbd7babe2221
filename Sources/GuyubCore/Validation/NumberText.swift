import Foundation

/// A number sent as a JSON number or as a string (`50000`, `"50000"`, `"Rp 50.000"`), kept as the text it
/// was written as, to be read exactly by `Amount` or `Quantity`: never through a floating-point value.
package struct NumberText: Codable, Sendable, Equatable {
    package let text: String
    package init(_ text: String) { self.text = text }
    package init(from decoder: any Decoder) throws {
        let value = try decoder.singleValueContainer()
        if let text = try? value.decode(String.self) {
            self.text = text
        } else if let number = try? value.decode(Decimal.self) {
            self.text = number.description
        } else {
            throw DecodingError.dataCorruptedError(in: value, debugDescription: "expected a number or a string")
        }
    }
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
