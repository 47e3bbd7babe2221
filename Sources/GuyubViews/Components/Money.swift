import Plot

/// An amount that never breaks across lines: `<span class="money">Rp 1.250.000</span>`. In a financial
/// statement (`parentheses`) a negative amount is written `(Rp 1.250.000)`, as accountants do.
struct MoneyText: Component {
    var amount: Int64
    var format: Format
    var parentheses = false

    var body: Component {
        Span(parentheses ? format.accountingMoney(amount) : format.money(minorUnits: amount)).class("money")
    }
}

/// A table of amounts: like `DataTable` (a card per row on a phone, each cell labelled with its column),
/// with amount columns set right so the digits line up, and a footer for totals.
struct MoneyTable: Component {
    struct Column {
        var title: String
        var isAmount = false

        init(_ title: String, amount: Bool = false) {
            self.title = title
            self.isAmount = amount
        }
    }

    var columns: [Column]
    var rows: [[Component]]
    var footer: [[Component]] = []
    var caption: String?
    var className = ""

    var body: Component {
        Div {
            Element(name: "table") {
                if let caption { Element(name: "caption") { Text(caption) } }
                Element(name: "thead") {
                    Element(name: "tr") {
                        for column in columns {
                            Element(name: "th") { Text(column.title) }
                                .attribute(named: "scope", value: "col")
                                .class(column.isAmount ? "num" : "")
                        }
                    }
                }
                Element(name: "tbody") { rowElements(rows) }
                if !footer.isEmpty { Element(name: "tfoot") { rowElements(footer) } }
            }
            .class(className.isEmpty ? "stack" : "stack \(className)")
        }
        .class("table-wrap")
    }

    private func rowElements(_ rows: [[Component]]) -> Component {
        ComponentGroup {
            for row in rows {
                Element(name: "tr") {
                    for (index, cell) in row.enumerated() {
                        let column = index < columns.count ? columns[index] : Column("")
                        Element(name: "td") { cell }
                            .attribute(named: "data-label", value: Escape.attribute(column.title))
                            .class(column.isAmount ? "num" : "")
                    }
                }
            }
        }
    }
}

/// `1-1100 Kas`: an account's code, set apart, and its name.
func accountCell(code: String, name: String) -> Component {
    Span {
        Span(code).class("code")
        Text(" " + name)
    }
}

/// An amount in a debit or credit column: blank when zero, so the side that moved stands out.
func amountCell(_ amount: Int64, _ format: Format) -> Component {
    amount == 0 ? Text("") : MoneyText(amount: amount, format: format)
}
