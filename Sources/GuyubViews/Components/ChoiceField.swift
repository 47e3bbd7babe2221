import Plot

/// A labelled drop-down whose options may include an empty "nothing chosen" value. (Plot drops an
/// attribute whose value is empty, so `value=""` must be written out on purpose, or the browser
/// would send the option's label instead.)
struct ChoiceField: Component {
    /// Prefixes the element's id, as for `FormField`.
    var scope: String? = nil
    var label: String
    var name: String
    var options: [(value: String, label: String)]
    var selected: String
    var error: String?
    var hint: String?
    var isRequired = false

    var body: Component {
        let id = "\(scope ?? "field")-\(name)"
        let note = error ?? hint
        return Div {
            Label(label) {}.attribute(named: "for", value: id)
            Element(name: "select") {
                for option in options {
                    Element(name: "option") { Text(option.label) }
                        .attribute(
                            Attribute<Any>(
                                name: "value", value: Escape.attribute(option.value),
                                ignoreIfValueIsEmpty: false)
                        )
                        .attribute(named: "selected", value: option.value == selected ? "selected" : nil)
                }
            }
            .id(id)
            .attribute(named: "name", value: name)
            .attribute(Attribute<Any>(name: "required", value: nil, ignoreIfValueIsEmpty: !isRequired))
            .attribute(named: "aria-invalid", value: error == nil ? nil : "true")
            .attribute(named: "aria-describedby", value: note == nil ? nil : "\(id)-note")
            if let note {
                Paragraph(note).class(error == nil ? "hint" : "field-error").id("\(id)-note")
            }
        }
        .class(error == nil ? "field" : "field has-error")
    }
}

/// A choice among a few, each an equally large button to tap, none chosen until the person chooses (a
/// ballot: nothing may be chosen for the voter).
struct RadioChoices: Component {
    var scope: String
    var legend: String
    var name: String
    var options: [(value: String, label: String)]

    var body: Component {
        Element(name: "fieldset") {
            Element(name: "legend") { Text(legend) }
            for option in options {
                Element(name: "label") {
                    Node<HTML.BodyContext>.selfClosedElement(
                        named: "input",
                        attributes: [
                            Attribute(name: "type", value: "radio"), Attribute(name: "name", value: name),
                            Attribute(name: "value", value: Escape.attribute(option.value)),
                            Attribute(name: "id", value: "\(scope)-\(name)-\(option.value)"),
                            Attribute(name: "required", value: "", ignoreIfValueIsEmpty: false),
                        ])
                    Span(option.label)
                }
                .attribute(named: "for", value: "\(scope)-\(name)-\(option.value)")
                .class("choice")
            }
        }
        .class("choices")
    }
}
