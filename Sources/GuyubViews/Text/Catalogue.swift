import GuyubCore

/// The languages of the interface: Bahasa Indonesia first, English on request.
package enum Language: String, Sendable, CaseIterable {
    case id, en

    /// Reads a stored preference or an `Accept-Language`-style tag; anything unknown is Indonesian.
    package init(tag: String?) {
        self = tag.map { $0.lowercased().hasPrefix("en") } == true ? .en : .id
    }
}

/// Every user-facing text, in Indonesian and English. Views and error messages take their words from
/// here and nowhere else; the catalogue is split by area into `Catalogue+<Area>.swift`.
package struct Catalogue: Sendable {
    package let language: Language

    package init(_ language: Language) { self.language = language }

    func pick(_ indonesian: String, _ english: String) -> String {
        language == .id ? indonesian : english
    }

    package var format: Format { Format(language) }

    /// `1 loan`, `2 loans`: English counts agree with their number (Indonesian nouns do not change).
    func english(_ count: Int, _ noun: String, plural: String? = nil) -> String {
        "\(format.number(count)) " + (count == 1 ? noun : plural ?? noun + "s")
    }
}
