import Plot

/// Term and description pairs (`<dl>`), e.g. a member's particulars.
struct DefinitionList: Component {
    struct Item {
        var term: String
        var detail: Component

        init(_ term: String, _ detail: String) {
            self.term = term
            self.detail = Text(detail)
        }

        init(_ term: String, detail: Component) {
            self.term = term
            self.detail = detail
        }
    }

    var items: [Item]
    var className = "details"

    var body: Component {
        Element(name: "dl") {
            for item in items {
                Div {
                    Element(name: "dt") { Text(item.term) }
                    Element(name: "dd") { item.detail }
                }
            }
        }
        .class(className)
    }
}
