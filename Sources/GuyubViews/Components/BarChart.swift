import Plot

/// Labelled horizontal bars: each row names what it shows and gives each value in words beside a bar
/// drawn to scale, so the picture reads without a legend to decode and prints in black and white. The
/// bars are SVG (sizes are attributes, which the Content-Security-Policy allows; inline styles it does
/// not). A row may carry several series (income and expenses), told apart by `tone` and the caption's key.
struct BarChart: Component {
    struct Bar {
        var value: Int64
        var shown: String
        /// A class for its colour: `members`, `fund`, `income`, `expense`…
        var tone: String
    }

    struct Row {
        var label: String
        var bars: [Bar]
    }

    var rows: [Row]
    /// Each series' tone and name, when there are several.
    var key: [(tone: String, name: String)] = []
    var label: String

    var body: Component {
        let largest = max(1, rows.flatMap(\.bars).map { $0.value.magnitude }.max() ?? 1)
        return Element(name: "figure") {
            if !key.isEmpty {
                Element(name: "figcaption") {
                    for (tone, name) in key { Span(name).class("key key-\(tone)") }
                }
            }
            for row in rows {
                Div {
                    Span(row.label).class("bar-label")
                    for bar in row.bars {
                        Div {
                            Element(name: "svg") {
                                Element(name: "rect") {}
                                    .attribute(named: "width", value: String(Double(bar.value.magnitude * 1000 / largest) / 10))
                                    .attribute(named: "height", value: "10")
                            }
                            .attribute(named: "viewBox", value: "0 0 100 10")
                            .attribute(named: "preserveAspectRatio", value: "none")
                            .attribute(named: "class", value: "bar-svg bar-\(bar.tone)" + (bar.value < 0 ? " bar-negative" : ""))
                            .attribute(named: "aria-hidden", value: "true")
                            Span(bar.shown).class("bar-value")
                        }
                        .class("bar-line")
                    }
                }
                .class("bar-row")
            }
        }
        .class("chart bar-chart")
        .attribute(named: "aria-label", value: label)
    }
}
