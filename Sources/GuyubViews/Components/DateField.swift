import Plot

/// A labelled date input (`YYYY-MM-DD`) with optional bounds, laid out like `FormField`.
struct DateField: Component {
    var label: String
    var name: String
    var value = ""
    var min: String?
    var max: String?
    var error: String?
    var hint: String?
    var isRequired = false

    var body: Component {
        let id = "field-\(name)"
        return Div {
            Label(label) {}.attribute(named: "for", value: id)
            Node<HTML.BodyContext>.input(
                .type(.date), .id(id), .name(name), .value(Escape.attribute(value)),
                .required(isRequired),
                .unwrap(min) { .attribute(named: "min", value: Escape.attribute($0)) },
                .unwrap(max) { .attribute(named: "max", value: Escape.attribute($0)) },
                .unwrap(error) { _ in .attribute(named: "aria-invalid", value: "true") },
                .unwrap(error ?? hint) { _ in .attribute(named: "aria-describedby", value: "\(id)-note") }
            )
            if let note = error ?? hint {
                Paragraph(note).class(error == nil ? "hint" : "field-error").id("\(id)-note")
            }
        }
        .class(error == nil ? "field" : "field has-error")
    }
}
