import Foundation
import GuyubCore
import Plot

extension ShopShift {
    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            let format = text.format
            let zone = context.user?.timeZone ?? TimeZone(identifier: "Asia/Jakarta")!
            return Layout.render(title: text.shiftTitle(model.unitName), context: context) {
                Div {
                    H1(text.shiftTitle(model.unitName))
                    Paragraph(text.shiftOpenedBy(model.openedBy, format.dateTime(model.openedAt, timeZone: zone)))
                        .class("muted")
                }
                .class("page-head")
                Element(name: "pre") { Text(self.text(model, text: text, timeZone: zone)) }.class("slip shop-slip")
                if model.closedAt != nil {
                    Div { PrintButton(label: text.printShift) }.class("actions")
                }
                if model.canClose { closeForm(model, context: context) }
                Paragraph { Link(text.shiftsTitle, url: SiteURL.shopShifts.path) }.class("no-print")
            }
        }

        private static func closeForm(_ model: Model, context: PageContext) -> Component {
            let text = context.text
            return Element(name: "section") {
                H2(text.closeShiftTitle)
                Paragraph(text.closeShiftHint).class("muted")
                ErrorNotice(messages: model.errors["form"].map { [$0] } ?? [])
                Form(url: SiteURL.shopShiftClose(model.id).path, method: .post) {
                    CSRFField(context: context)
                    FormField(
                        label: text.countedLabel, name: "counted", value: model.countedValue, error: model.errors["counted"],
                        isRequired: true, money: true, maxLength: 20)
                    FormField(
                        label: text.noteLabel, name: "note", value: model.noteValue, error: model.errors["note"],
                        maxLength: FieldLimit.storeReason)
                    Div { Button(text.closeShift).attribute(named: "type", value: "submit").class("primary") }
                        .class("form-actions")
                }
            }
            .class("card no-print")
        }

        /// The shift as a 58 mm slip: its sales by payment, the drawer, and the count once closed.
        package static func text(_ model: Model, text: Catalogue, timeZone: TimeZone) -> String {
            let format = text.format
            func money(_ amount: Int64) -> String { format.money(minorUnits: amount) }
            let (row, rule) = (Slip.row, Slip.rule)
            var lines = Slip.centred(model.cooperativeName) + Slip.centred(model.unitName) + [rule]
            lines.append(row(text.shiftOpened, format.dateTime(model.openedAt, timeZone: timeZone)))
            lines.append(row(text.cashierLabel, model.openedBy))
            if let closedAt = model.closedAt {
                lines.append(row(text.shiftClosed, format.dateTime(closedAt, timeZone: timeZone)))
            }
            lines.append(rule)
            for sales in model.sales {
                lines.append(row("\(text.paymentMethod(sales.payment)) (\(sales.count))", money(sales.total)))
            }
            if model.sales.isEmpty { lines.append(text.noSalesYet) }
            lines.append(rule)
            lines.append(row(text.floatLabel, money(model.till.float)))
            lines.append(row(text.cashSalesLabel, money(model.till.cashIn)))
            if model.till.cashOut > 0 { lines.append(row(text.cashRefundsLabel, "-" + money(model.till.cashOut))) }
            lines.append(row(text.expectedInDrawer.uppercased(), money(model.till.expected)))
            if let counted = model.counted, let difference = model.difference {
                lines.append(row(text.countedLabel, money(counted)))
                // Short or over, said in words: the amount without a sign.
                lines.append(row(text.differenceLabel(difference), money(abs(difference))))
                if let note = model.note { lines += Slip.wrapped(note) }
                if let closedBy = model.closedBy { lines.append(row(text.closedByLabel, closedBy)) }
            }
            return lines.joined(separator: "\n")
        }
    }
}

extension ShopShifts {
    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            let format = text.format
            let zone = context.user?.timeZone ?? TimeZone(identifier: "Asia/Jakarta")!
            return Layout.render(title: text.shiftsTitle, context: context) {
                Div {
                    H1(text.shiftsTitle)
                    Paragraph(text.shiftsLead).class("muted")
                }
                .class("page-head")
                if model.canOpen {
                    Element(name: "section") {
                        H2(text.openShiftTitle)
                        ErrorNotice(messages: model.errors["form"].map { [$0] } ?? [])
                        Form(url: SiteURL.shopShifts.path, method: .post) {
                            CSRFField(context: context)
                            FormField(
                                label: text.floatLabel, name: "float", value: model.floatValue, error: model.errors["float"],
                                hint: text.floatHint, isRequired: true, money: true, maxLength: 20)
                            Div { Button(text.openShift).attribute(named: "type", value: "submit").class("primary") }
                                .class("form-actions")
                        }
                    }
                    .class("card")
                }
                if model.rows.isEmpty {
                    EmptyState(message: text.noShiftsYet)
                } else {
                    DataTable(
                        columns: [text.shiftOpened, text.cashierLabel, text.floatLabel, text.differenceColumn],
                        rows: model.rows.map { row in
                            [
                                Link(
                                    format.dateTime(row.openedAt, timeZone: zone) + " · " + row.unitName,
                                    url: SiteURL.shopShift(row.id).path),
                                Text(row.openedBy),
                                MoneyText(amount: row.float, format: format),
                                row.isOpen
                                    ? Span(text.shiftStillOpen).class("badge")
                                    : MoneyText(amount: row.difference ?? 0, format: format),
                            ]
                        }, className: "shifts-table")
                }
            }
        }
    }
}
