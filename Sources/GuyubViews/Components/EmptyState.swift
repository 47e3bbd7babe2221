import Plot

/// What a list says when it has nothing to show, with an optional way forward.
struct EmptyState: Component {
    var message: String
    var action: (label: String, url: SiteURL)?

    var body: Component {
        Div {
            Paragraph(message)
            if let action {
                Link(action.label, url: action.url.path).class("button secondary")
            }
        }
        .class("empty")
    }
}
