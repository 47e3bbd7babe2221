/// Plot escapes text nodes but writes attribute values exactly as given, so any value that did not
/// come from the code itself (a name typed into a form, an uploaded file) passes through here before
/// it goes into an attribute.
enum Escape {
    static func attribute(_ value: String) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for character in value {
            switch character {
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            // Character references survive the parser's newline normalisation, so a CSV's
            // line endings come back byte for byte.
            case "\r\n": out += "&#13;&#10;"
            case "\r": out += "&#13;"
            case "\n": out += "&#10;"
            default: out.append(character)
            }
        }
        return out
    }
}
