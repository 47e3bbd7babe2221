import Plot

/// `FormField` and `ChoiceField` for a page with several forms that share field names (the counter's
/// deposit, withdrawal and transfer all have an `amount`): the same markup, with the element ids
/// prefixed by `scope` so that every label still points at its own input.
struct ScopedField: Component {
    var scope: String
    var label: String
    var name: String
    var value = ""
    var error: String?
    var hint: String?
    var isRequired = false
    var inputMode: String?
    var maxLength: Int?

    var body: Component {
        let id = "\(scope)-\(name)"
        let attributes: [Attribute<Any>] = [
            ("type", "text"), ("id", id), ("name", name), ("value", Escape.attribute(value)),
            ("required", isRequired ? "" : nil), ("inputmode", inputMode), ("autocomplete", "off"),
            ("maxlength", maxLength.map(String.init)), ("aria-invalid", error == nil ? nil : "true"),
            ("aria-describedby", error ?? hint == nil ? nil : "\(id)-note"),
        ].compactMap { name, value in value.map { Attribute(name: name, value: $0, ignoreIfValueIsEmpty: false) } }
        return Div {
            Label(label) {}.attribute(named: "for", value: id)
            Node<HTML.BodyContext>.selfClosedElement(named: "input", attributes: attributes)
            if let note = error ?? hint {
                Paragraph(note).class(error == nil ? "hint" : "field-error").id("\(id)-note")
            }
        }
        .class(error == nil ? "field" : "field has-error")
    }
}

struct ScopedChoice: Component {
    var scope: String
    var label: String
    var name: String
    var options: [(value: String, label: String)]
    var selected: String
    var error: String?
    var hint: String?
    var isRequired = false

    var body: Component {
        let id = "\(scope)-\(name)"
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

/// A value the form sends back unseen (`memberId`, `month`); escaped, since it may come from data.
struct HiddenField: Component {
    var name: String
    var value: String

    var body: Component {
        Node<HTML.FormContext>.input(.type(.hidden), .name(name), .value(Escape.attribute(value)))
    }
}

/// Messages that belong to no single field, above a form: `role="alert"` so a screen reader says them.
struct ErrorNotice: Component {
    var messages: [String]

    var body: Component {
        if messages.isEmpty { return EmptyComponent() }
        return Div {
            for message in messages { Paragraph(message) }
        }
        .class("notice notice-error")
        .attribute(named: "role", value: "alert")
    }
}
