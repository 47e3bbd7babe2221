import Plot

/// A table that scrolls sideways inside its own box on wide content and, on a phone, stacks each
/// row as a card whose cells carry their column's name (`data-label`, shown by the stylesheet).
struct DataTable: Component {
    var columns: [String]
    var rows: [[Component]]
    /// Said by screen readers and shown above the table.
    var caption: String?
    var className = ""

    var body: Component {
        Div {
            Element(name: "table") {
                if let caption { Element(name: "caption") { Text(caption) } }
                Element(name: "thead") {
                    Element(name: "tr") {
                        for column in columns {
                            Element(name: "th") { Text(column) }.attribute(named: "scope", value: "col")
                        }
                    }
                }
                Element(name: "tbody") {
                    for row in rows {
                        Element(name: "tr") {
                            for (index, cell) in row.enumerated() {
                                Element(name: "td") { cell }
                                    .attribute(
                                        named: "data-label",
                                        value: Escape.attribute(index < columns.count ? columns[index] : ""))
                            }
                        }
                    }
                }
            }
            .class(className.isEmpty ? "stack" : "stack \(className)")
        }
        .class("table-wrap")
    }
}
