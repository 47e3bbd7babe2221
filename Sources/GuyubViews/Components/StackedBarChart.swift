import Plot

/// Horizontal bars each made of parts laid end to end (ideas by where they stand, consumers by how they
/// came), with the row's total in words beside it and each part's colour named in the caption; drawn to one
/// scale, in SVG, as `BarChart` is.
struct StackedBarChart: Component {
    struct Part {
        var value: Int64
        /// A class for its colour, named in `key`.
        var tone: String
    }

    struct Row {
        var label: String
        var parts: [Part]
        var shown: String
    }

    var rows: [Row]
    var key: [(tone: String, name: String)]
    var label: String

    var body: Component {
        let largest = max(1, rows.map { $0.parts.reduce(0) { $0 + max(0, $1.value) } }.max() ?? 1)
        return Element(name: "figure") {
            Element(name: "figcaption") {
                for (tone, name) in key { Span(name).class("key key-\(tone)") }
            }
            for row in rows {
                Div {
                    Span(row.label).class("bar-label")
                    Div {
                        Element(name: "svg") {
                            for (start, part) in Self.laid(row.parts) {
                                Element(name: "rect") {}
                                    .attribute(named: "x", value: String(Double(start * 1000 / largest) / 10))
                                    .attribute(named: "width", value: String(Double(part.value * 1000 / largest) / 10))
                                    .attribute(named: "height", value: "10")
                                    .attribute(named: "class", value: "bar-\(part.tone)")
                            }
                        }
                        .attribute(named: "viewBox", value: "0 0 100 10")
                        .attribute(named: "preserveAspectRatio", value: "none")
                        .attribute(named: "class", value: "bar-svg")
                        .attribute(named: "aria-hidden", value: "true")
                        Span(row.shown).class("bar-value")
                    }
                    .class("bar-line")
                }
                .class("bar-row")
            }
        }
        .class("chart bar-chart")
        .attribute(named: "aria-label", value: label)
    }

    /// Each part with where it starts: after the parts before it.
    private static func laid(_ parts: [Part]) -> [(start: Int64, part: Part)] {
        var start: Int64 = 0
        return parts.filter { $0.value > 0 }.map { part in
            defer { start += part.value }
            return (start, part)
        }
    }
}
