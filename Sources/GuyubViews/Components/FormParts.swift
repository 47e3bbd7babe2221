import Plot

/// The hidden field that carries the session's CSRF token; every form that changes something has one.
struct CSRFField: Component {
    let token: String?

    var body: Component {
        Node<HTML.FormContext>.input(.type(.hidden), .name("_csrf"), .value(token ?? ""))
    }
}

/// A labelled input with its error, if the last submission had one. The value is escaped here, since
/// Plot writes attribute values as given.
struct FormField: Component {
    var label: String
    var name: String
    var value: String = ""
    var type: HTMLInputType = .text
    var error: String?
    var hint: String?
    var isRequired = false
    /// `numeric`, `tel`, `email`…: which keyboard a phone shows.
    var inputMode: String?
    var autocomplete: String?
    var maxLength: Int?

    var body: Component {
        let id = "field-\(name)"
        return Div {
            Label(label) {}.attribute(named: "for", value: id)
            Node<HTML.BodyContext>.input(
                .type(type), .id(id), .name(name), .value(Escape.attribute(value)),
                .required(isRequired),
                .unwrap(inputMode) { .attribute(named: "inputmode", value: $0) },
                .unwrap(autocomplete) { .attribute(named: "autocomplete", value: $0) },
                .unwrap(maxLength) { .attribute(named: "maxlength", value: String($0)) },
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

/// "Page 2 of 7" with previous and next links.
struct Pager: Component {
    let page: Int
    let pageCount: Int
    let text: Catalogue
    let url: (Int) -> SiteURL

    var body: Component {
        if pageCount <= 1 { return EmptyComponent() }
        return Navigation {
            if page > 1 { Link(text.previousPage, url: url(page - 1).path).attribute(named: "rel", value: "prev") }
            Span(text.pageOf(page, pageCount))
            if page < pageCount { Link(text.nextPage, url: url(page + 1).path).attribute(named: "rel", value: "next") }
        }
        .class("pager")
    }
}
