/// A time of day as Indonesians write it — `13.30`, `13:30`, `1330`, `9.00`, `9` — kept as `HH:MM`.
package enum ClockTime {
    package static func parse(_ raw: String) -> String? {
        let text = raw.trimmingCharacters(in: .whitespaces)
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "." || $0 == ":" }).map(String.init)
        let (hour, minute): (String, String)
        switch parts.count {
        case 1 where text.count == 4: (hour, minute) = (String(text.prefix(2)), String(text.suffix(2)))
        case 1 where (1...2).contains(text.count): (hour, minute) = (text, "00")
        case 2 where (1...2).contains(parts[0].count) && parts[1].count == 2: (hour, minute) = (parts[0], parts[1])
        default: return nil
        }
        guard (hour + minute).allSatisfy(\.isASCIIDigit), let h = Int(hour), let m = Int(minute), (0...23).contains(h),
            (0...59).contains(m)
        else { return nil }
        return (h < 10 ? "0\(h)" : "\(h)") + ":" + minute
    }
}
