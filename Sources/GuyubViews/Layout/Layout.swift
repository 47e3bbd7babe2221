import Plot

/// The frame around every page: head, top bar with the cooperative's name and menu, the language
/// switch, any notice, then the page's own content.
package enum Layout {
    /// `refresh`: seconds after which the page loads itself again (a job's progress).
    package static func render(
        title: String, context: PageContext, refresh: Int? = nil,
        @ComponentBuilder main: () -> Component
    ) -> String {
        let text = context.text
        let content = main().render()
        let html = HTML(
            .lang(context.language == .id ? .indonesian : .english),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .unwrap(refresh) { .meta(.attribute(named: "http-equiv", value: "refresh"), .content(String($0))) },
                .element(named: "title", text: "\(title) · Guyub"),
                .link(.rel(.stylesheet), .href(SiteURL.stylesheet.path)),
                // The one script, a file of this site (the Content-Security-Policy allows no other); every
                // page works without it.
                .script(.src(SiteURL.script.path), .attribute(named: "defer")),
                // No icon to fetch: saves every page a request that would answer 404.
                .link(.rel(.icon), .href("data:,"))
            ),
            .body(
                .component(TopBar(context: context)),
                .element(
                    named: "main",
                    nodes: [
                        .unwrap(context.notice) { notice in
                            .div(
                                .class("notice notice-\(notice.kind.rawValue)"), .attribute(named: "role", value: "status"),
                                .text(notice.text))
                        },
                        .unwrap(refusal(in: content)) { message in
                            .div(.class("notice notice-error refusal"), .attribute(named: "role", value: "alert"), .raw(message))
                        },
                        .raw(content),
                    ]),
                .footer(.class("site-footer"), .p(.text(text.footer)))
            )
        )
        return html.render()
    }

    /// A form sent back with a field's error opens with that error at the top of the page, where the eye
    /// is after the page loads (the field further down carries it too, and the script focuses it) —
    /// unless the page already opens with an alert of its own.
    static func refusal(in content: String) -> String? {
        guard !content.contains(#"role="alert""#), let start = content.range(of: #"<p class="field-error""#),
            let open = content[start.upperBound...].range(of: ">"),
            let close = content[open.upperBound...].range(of: "</p>")
        else { return nil }
        return String(content[open.upperBound..<close.lowerBound])
    }
}

struct TopBar: Component {
    let context: PageContext

    var body: Component {
        let text = context.text
        let other: Language = context.language == .id ? .en : .id
        return Header {
            Div {
                Link("Guyub", url: context.user == nil ? SiteURL.home.path : SiteURL.dashboard.path).class("brand")
                if let user = context.user {
                    Span(user.cooperativeName).class("cooperative")
                }
                Link(text.switchLanguage, url: SiteURL.language(other, next: context.path).path)
                    .class("language")
                    .attribute(named: "hreflang", value: other.rawValue)
                    .attribute(named: "lang", value: other.rawValue)
            }
            .class("bar")
            if let user = context.user {
                Navigation {
                    // The section whose address starts the current path most closely is the current one
                    // (on /members/import that is Import, not Members).
                    let current = user.sections.filter { context.path.hasPrefix($0.url.path) }
                        .max { $0.url.path.count < $1.url.path.count }
                    for section in user.sections {
                        Link(text.navLabel(section), url: section.url.path).class(section == current ? "current" : "")
                    }
                    Form(url: SiteURL.signOut.path, method: .post) {
                        CSRFField(context: context)
                        Button(text.signOut).attribute(named: "type", value: "submit").class("link")
                    }
                    .class("sign-out")
                }
                .class("menu")
                .attribute(named: "aria-label", value: text.menu)
            }
        }
        .class("top")
    }
}
