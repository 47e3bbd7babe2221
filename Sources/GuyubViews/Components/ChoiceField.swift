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
                        .attribute(Attribute<Any>(name: "value", value: Escape.attribute(option.value),
                                                  ignoreIfValueIsEmpty: false))
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
