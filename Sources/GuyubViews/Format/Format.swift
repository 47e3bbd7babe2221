import Foundation
import GuyubCore

/// How amounts, numbers and dates read: `Rp 1.250.000`, `1.234`, `23 Nov 2026`, `23 Nov 2026 14.05`.
/// Amounts and numbers keep the Indonesian separators in both languages (they are rupiah);
/// month names follow the language.
package struct Format: Sendable {
    package let language: Language

    package init(_ language: Language) { self.language = language }

    static let months: [Language: [String]] = [
        .id: ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"],
        .en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    ]

    /// `1.250.000`: dot-grouped thousands.
    package func number(_ value: Int64) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { grouped.append(".") }
            grouped.append(c)
        }
        return (value < 0 ? "-" : "") + grouped
    }

    package func number(_ value: Int) -> String { number(Int64(value)) }

    /// A quantity in thousandths of its unit as people write it: `1.250`, `2,5`, `0,125`.
    package func quantity(_ thousandths: Int64) -> String {
        let whole = number(thousandths / Quantity.scale)
        var fraction = String(thousandths.magnitude % UInt64(Quantity.scale))
        guard fraction != "0" else { return thousandths < 0 && whole == "0" ? "-0" : whole }
        fraction = String(repeating: "0", count: 3 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return (thousandths < 0 && thousandths > -Quantity.scale ? "-" : "") + whole + "," + fraction
    }

    /// `Rp 1.250.000`, or `Rp 1.250.000,50` when the currency has decimals.
    package func money(minorUnits: Int64, decimals: Int = 0, symbol: String = "Rp") -> String {
        var scale: Int64 = 1
        for _ in 0..<decimals { scale *= 10 }
        let whole = minorUnits.magnitude / UInt64(scale)
        var text = "\(symbol) \(minorUnits < 0 ? "-" : "")\(number(Int64(whole)))"
        if decimals > 0 {
            let fraction = String(minorUnits.magnitude % UInt64(scale))
            text += "," + String(repeating: "0", count: decimals - fraction.count) + fraction
        }
        return text
    }

    /// `23 Nov 2026`.
    package func date(_ date: CivilDate) -> String {
        "\(date.day) \(Self.months[language]![date.month - 1]) \(date.year)"
    }

    /// A phone kept as E.164, as people write it.
    package func phone(_ e164: String) -> String { (try? PhoneNumber(e164))?.national ?? e164 }

    /// `23 Nov 2026 14.05` in the cooperative's time zone (Indonesian clocks use a dot).
    package func dateTime(_ instant: Date, timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: instant)
        let day = CivilDate(year: c.year!, month: c.month!, day: c.day!)!
        let separator = language == .id ? "." : ":"
        return "\(date(day)) \(pad(c.hour!))\(separator)\(pad(c.minute!))"
    }

    private func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// A time of day kept as `HH:MM`, as the language writes it: `13.30` in Indonesian, `13:30` in English.
    package func time(_ hhmm: String) -> String {
        language == .id ? hhmm.replacingOccurrences(of: ":", with: ".") : hhmm
    }

    /// `Sep 2026`: a month as lists of dues and closings name it.
    package func month(_ month: YearMonth) -> String {
        "\(Self.months[language]![month.month - 1]) \(month.year)"
    }

    /// An amount in a financial statement: a negative one in parentheses, as accountants write it,
    /// `(Rp 1.250.000)`.
    package func accountingMoney(_ minorUnits: Int64) -> String {
        minorUnits < 0 ? "(\(money(minorUnits: minorUnits.magnitude.clampedToInt64)))" : money(minorUnits: minorUnits)
    }

    /// A rate kept in basis points a year, as a percentage: `4,5%` in Indonesian (the sign follows the
    /// number with no space, as Indonesian spelling has it), `4.5%` in English.
    package func percent(basisPoints: Int) -> String {
        let whole = basisPoints / 100
        let fraction = abs(basisPoints % 100)
        var digits = fraction == 0 ? "" : (fraction < 10 ? "0\(fraction)" : "\(fraction)")
        while digits.hasSuffix("0") { digits.removeLast() }
        let sign = basisPoints < 0 && whole == 0 ? "-" : ""
        let number = digits.isEmpty ? "\(sign)\(whole)" : "\(sign)\(whole)\(language == .id ? "," : ".")\(digits)"
        return "\(number)%"
    }

    /// A `tel:` address for a phone number kept in the national form (`0812-3456-7890` →
    /// `tel:+6281234567890`), so a tap on a phone starts the call.
    package static func telephoneURI(_ phone: String) -> String {
        var digits = phone.filter(\.isASCIIDigit)
        if phone.trimmingCharacters(in: .whitespaces).hasPrefix("+") { return "tel:+\(digits)" }
        if digits.hasPrefix("0") { digits = "62" + digits.dropFirst() }
        return "tel:+\(digits)"
    }
}

extension UInt64 {
    /// Int64.min's magnitude does not fit an Int64; an amount that large is not money anyway.
    fileprivate var clampedToInt64: Int64 { self > UInt64(Int64.max) ? Int64.max : Int64(self) }
}
