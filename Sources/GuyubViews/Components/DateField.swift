import GuyubCore
import Plot

/// A labelled date, typed as Indonesians write it (`05/08/2026`, `05082026`, `5 Agustus 2026`) rather than
/// picked from a calendar that follows the phone's language (where `05/08` may be read as 8 May). A date the
/// app filled in shows day first; the script writes `05082026` as `05/08/2026` once typed, and the server
/// reads every form of it.
struct DateField: Component {
    var label: String
    var name: String
    /// `YYYY-MM-DD` from the app, or what was typed.
    var value = ""
    var error: String?
    var hint: String?
    var isRequired = false
    var text: Catalogue

    var body: Component {
        let id = "field-\(name)"
        let shown = CivilDate(iso: value)?.slashed ?? value
        let note = error ?? hint ?? text.dateHint
        let attributes: [Attribute<Any>] = [
            ("type", "text"), ("id", id), ("name", name), ("value", Escape.attribute(shown)), ("required", isRequired ? "" : nil),
            ("inputmode", "numeric"), ("autocomplete", "off"), ("maxlength", "30"), ("data-date", ""),
            ("aria-invalid", error == nil ? nil : "true"), ("aria-describedby", "\(id)-note"),
        ].compactMap { name, value in value.map { Attribute(name: name, value: $0, ignoreIfValueIsEmpty: false) } }
        return Div {
            Label(label) {}.attribute(named: "for", value: id)
            Node<HTML.BodyContext>.selfClosedElement(named: "input", attributes: attributes)
            Paragraph(note).class(error == nil ? "hint" : "field-error").id("\(id)-note")
        }
        .class(error == nil ? "field" : "field has-error")
    }
}
