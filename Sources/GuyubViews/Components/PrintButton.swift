import Plot

/// "Cetak": a button that prints the page, through the page's script (`/js/app.js` listens for clicks
/// on `[data-print]`).
struct PrintButton: Component {
    var label: String

    var body: Component {
        Node<HTML.BodyContext>.element(
            named: "button",
            nodes: [
                .attribute(named: "type", value: "button"),
                .attribute(named: "class", value: "print-button"),
                .attribute(named: "data-print"),
                .text(label),
            ])
    }
}
