import Foundation
import GuyubCore
import Plot

/// Stock takes in the browser: the list with a button to start one, and the count sheet (printed on A4 to
/// count on paper, filled in on a phone), approved by a supervisor.
package enum ShopStockTake {
    package struct List: Sendable {
        package struct Row: Sendable, Equatable {
            package var id: UUID
            package var unit: String
            package var startedOn: CivilDate
            package var startedBy: String
            package var approvedOn: CivilDate?
            package init(id: UUID, unit: String, startedOn: CivilDate, startedBy: String, approvedOn: CivilDate?) {
                self.id = id
                self.unit = unit
                self.startedOn = startedOn
                self.startedBy = startedBy
                self.approvedOn = approvedOn
            }
        }
        package var rows: [Row]
        package var error: String?
        package init(rows: [Row], error: String? = nil) {
            self.rows = rows
            self.error = error
        }
    }

    package struct Sheet: Sendable {
        package struct Line: Sendable, Equatable {
            package var productID: UUID
            package var name: String
            package var unit: String
            package var expected: Int64
            package var counted: Int64?
            package var change: Int64?
            package var value: Int64?
            package init(
                productID: UUID, name: String, unit: String, expected: Int64, counted: Int64?, change: Int64?, value: Int64?
            ) {
                self.productID = productID
                self.name = name
                self.unit = unit
                self.expected = expected
                self.counted = counted
                self.change = change
                self.value = value
            }
        }
        package var id: UUID
        package var unit: String
        package var startedOn: CivilDate
        package var startedBy: String
        package var approved: (on: CivilDate, by: String)?
        package var lines: [Line]
        package var canApprove: Bool
        package var errors: [String: String] = [:]
        package init(
            id: UUID, unit: String, startedOn: CivilDate, startedBy: String, approved: (on: CivilDate, by: String)?,
            lines: [Line], canApprove: Bool
        ) {
            self.id = id
            self.unit = unit
            self.startedOn = startedOn
            self.startedBy = startedBy
            self.approved = approved
            self.lines = lines
            self.canApprove = canApprove
        }
    }

    package enum View {
        package static func render(_ model: List, in context: PageContext) -> String {
            let text = context.text
            return Layout.render(title: text.stockTakesTitle, context: context) {
                Div {
                    H1(text.stockTakesTitle)
                    Paragraph(text.stockTakesLead).class("muted")
                }
                .class("page-head")
                Form(url: SiteURL.shopStockTakes.path, method: .post) {
                    CSRFField(context: context)
                    ErrorNotice(messages: model.error.map { [$0] } ?? [])
                    Button(text.startStockTake).attribute(named: "type", value: "submit").class("primary")
                }
                .class("start-form")
                if model.rows.isEmpty {
                    EmptyState(message: text.noStockTakesYet)
                } else {
                    DataTable(
                        columns: [text.startedLabel, text.unitColumn, text.statusLabel],
                        rows: model.rows.map { row in
                            [
                                Link(
                                    text.format.date(row.startedOn) + " · " + row.startedBy,
                                    url: SiteURL.shopStockTake(row.id).path),
                                Text(row.unit),
                                Text(row.approvedOn.map { text.approvedOn(text.format.date($0)) } ?? text.stillCounting),
                            ]
                        }, className: "stock-takes")
                }
            }
        }

        package static func render(_ model: Sheet, in context: PageContext) -> String {
            let text = context.text
            let format = text.format
            let title = text.stockTakeTitle(model.unit, format.date(model.startedOn))
            return Layout.render(title: title, context: context) {
                Div {
                    H1(title)
                    Paragraph(
                        model.approved.map { text.approvedOn(format.date($0.on)) + " · " + $0.by } ?? text.stockTakeCountHint
                    )
                    .class("muted")
                }
                .class("page-head")
                Paragraph { PrintButton(label: text.printPage) }.class("actions no-print")
                ErrorNotice(messages: model.errors["form"].map { [$0] } ?? [])
                if model.approved == nil {
                    Form(url: SiteURL.shopStockTakeCounts(model.id).path, method: .post) {
                        CSRFField(context: context)
                        sheet(model, text: text, editable: true)
                        Div { Button(text.saveCounts).attribute(named: "type", value: "submit").class("primary") }
                            .class("form-actions no-print")
                    }
                    .class("count-form")
                    if model.canApprove {
                        Form(url: SiteURL.shopStockTakeApprove(model.id).path, method: .post) {
                            CSRFField(context: context)
                            Paragraph(text.approveHint).class("muted")
                            Button(text.approveStockTake).attribute(named: "type", value: "submit").class("secondary")
                        }
                        .class("approve-form no-print")
                    }
                } else {
                    sheet(model, text: text, editable: false)
                }
            }
        }

        /// What was counted: a field while counting, the quantity once approved.
        private static func counted(_ line: Sheet.Line, index: Int, text: Catalogue, editable: Bool) -> Component {
            guard editable else { return Text(line.counted.map { text.format.quantity($0) + " " + line.unit } ?? "—") }
            return ComponentGroup {
                HiddenField(name: "productId[]", value: line.productID.uuidString.lowercased())
                Node<HTML.BodyContext>.input(
                    .type(.text), .name("counted[]"), .id("count-\(index)"),
                    .value(line.counted.map(ShopCounter.Model.written) ?? ""),
                    .attribute(named: "inputmode", value: "decimal"), .attribute(named: "maxlength", value: "12"),
                    .attribute(named: "aria-label", value: text.countedOf(line.name)))
            }
        }

        /// Counted less expected (what approval posted, once approved), with its value.
        private static func difference(_ line: Sheet.Line, format: Format) -> String {
            guard let difference = line.change ?? line.counted.map({ $0 - line.expected }) else { return "" }
            let quantity = (difference > 0 ? "+" : "") + format.quantity(difference) + " " + line.unit
            return quantity + (line.value.map { " · " + format.money(minorUnits: $0) } ?? "")
        }

        /// The count sheet: each good with what the records hold and what was counted (a field while counting).
        private static func sheet(_ model: Sheet, text: Catalogue, editable: Bool) -> Component {
            let format = text.format
            return DataTable(
                columns: [text.csvProduct, text.expectedLabel, text.countedColumn, text.differenceColumn],
                rows: model.lines.enumerated().map { index, line in
                    [
                        Text(line.name), Text(format.quantity(line.expected) + " " + line.unit),
                        counted(line, index: index, text: text, editable: editable), Text(difference(line, format: format)),
                    ]
                }, className: "count-sheet")
        }
    }
}
