import Plot

/// "Cetak": a button that prints the page, with the one script that makes it work. The
/// Content-Security-Policy allows scripts from this site only, so the script is a file
/// (`/js/app.js`, which listens for clicks on `[data-print]`), never inline; pages without this
/// button load no JavaScript at all. Use it once per page.
struct PrintButton: Component {
    var label: String

    var body: Component {
        ComponentGroup {
            Node<HTML.BodyContext>.element(named: "button", nodes: [
                .attribute(named: "type", value: "button"),
                .attribute(named: "class", value: "print-button"),
                .attribute(named: "data-print"),
                .text(label),
            ])
            Node<HTML.BodyContext>.element(named: "script", nodes: [
                .attribute(named: "src", value: SiteURL.script.path),
                .attribute(named: "defer"),
            ])
        }
    }
}
