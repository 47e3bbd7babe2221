import Plot

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
