import Foundation
import GuyubCore
import Plot

extension ShopReceipt {
    package enum View {
        package static let width = Slip.width

        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            let slip = self.text(model, text: text, timeZone: context.user?.timeZone ?? TimeZone(identifier: "Asia/Jakarta")!)
            let share =
                "https://wa.me/" + (model.buyerPhone.map { String($0.dropFirst()) } ?? "") + "?text="
                + (slip.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
            return Layout.render(title: text.saleReceiptTitle(model.number), context: context) {
                Element(name: "pre") { Text(slip) }.class("slip shop-slip")
                Paragraph(text.format.amountInWords(model.total)).class("slip-words")
                Div {
                    PrintButton(label: text.printReceipt)
                    Link(text.sendByWhatsApp, url: share).class("button secondary").attribute(named: "rel", value: "noopener")
                    if model.canDeliver {
                        Link(text.deliverThis, url: SiteURL.supplyDeliveryFrom(sale: model.saleID).path)
                            .class("button secondary")
                    }
                    Link(text.newSale, url: SiteURL.shop().path).class("button primary")
                }
                .class("actions")
                if model.canReturn { returnForm(model, context: context) }
            }
        }

        /// For a supervisor: how much of each line comes back and why, or the whole sale undone.
        private static func returnForm(_ model: Model, context: PageContext) -> Component {
            let text = context.text
            let open = model.lines.filter { $0.returnable > 0 }
            return Element(name: "section") {
                H2(text.returnTitle)
                Paragraph(text.returnHint(model.payment)).class("muted")
                ErrorNotice(messages: model.errors["form"].map { [$0] } ?? [])
                Form(url: SiteURL.shopReturn(model.saleID).path, method: .post) {
                    CSRFField(context: context)
                    for (index, line) in open.enumerated() {
                        HiddenField(name: "productId[]", value: line.productID.uuidString.lowercased())
                        FormField(
                            scope: "return\(index)", label: text.returnQuantityLabel(line.name, unit: line.unit),
                            name: "quantity[]", value: index < model.returnQuantities.count ? model.returnQuantities[index] : "",
                            error: model.errors["line\(index)"],
                            hint: text.returnableHint(text.format.quantity(line.returnable), unit: line.unit),
                            inputMode: "decimal", maxLength: 12)
                    }
                    FormField(
                        label: text.returnReasonLabel, name: "reason", value: model.returnReason, error: model.errors["reason"],
                        isRequired: true, maxLength: FieldLimit.storeReason)
                    Div {
                        Button(text.returnSome).attribute(named: "type", value: "submit")
                            .attribute(named: "name", value: "action").attribute(named: "value", value: "some").class("secondary")
                        Button(text.returnAll).attribute(named: "type", value: "submit")
                            .attribute(named: "name", value: "action").attribute(named: "value", value: "all").class("danger")
                    }
                    .class("form-actions")
                }
            }
            .class("card no-print shop-return")
        }

        /// The receipt as lines of at most `width` characters: what the thermal printer and WhatsApp get.
        package static func text(_ model: Model, text: Catalogue, timeZone: TimeZone) -> String {
            let format = text.format
            func money(_ amount: Int64) -> String { format.money(minorUnits: amount) }
            let (row, centred, wrapped, rule) = (Slip.row, Slip.centred, Slip.wrapped, Slip.rule)
            var lines = centred(model.cooperativeName) + centred(model.unitName) + [rule]
            lines.append(row(text.saleNumber(model.number), format.dateTime(model.soldAt, timeZone: timeZone)))
            lines.append(row(text.cashierLabel, model.cashier))
            if let buyer = model.buyer { lines.append(row(text.buyerShort, buyer)) }
            lines.append(rule)
            for line in model.lines {
                lines += wrapped(line.name)
                // In a pack: the packs and what they hold, then the base unit's price.
                if let pack = line.pack {
                    lines += wrapped(
                        "  \(format.quantity(pack.count)) \(pack.name) = \(format.quantity(line.quantity)) \(line.unit)")
                    lines.append(row("  x \(format.number(line.price))/\(line.unit)", format.number(line.amount)))
                    continue
                }
                lines.append(
                    row(
                        "  \(format.quantity(line.quantity)) \(line.unit) x \(format.number(line.price))",
                        format.number(line.amount)))
            }
            lines.append(rule)
            lines.append(row(text.saleTotalLabel.uppercased(), money(model.total)))
            if model.voucher > 0 { lines.append(row(text.voucherLabel, money(model.voucher))) }
            if model.parts.isEmpty {
                lines.append(row(text.paymentMethod(model.payment), money(model.cashGiven ?? model.cashPart)))
            } else {
                for part in model.parts {
                    let shown = part.method == .cash ? model.cashGiven ?? part.amount : part.amount
                    lines.append(row(text.paymentMethod(part.method), money(shown)))
                }
            }
            if let change = model.change { lines.append(row(text.changeLabel, money(change))) }
            if !model.returns.isEmpty {
                lines.append(rule)
                for returned in model.returns {
                    let day = WallClock.fixed(returned.at).today(in: timeZone)
                    lines.append(row(text.returnedOn(format.date(day)), "-" + money(returned.amount)))
                    lines += wrapped("  " + returned.reason)
                }
                lines.append(row(text.afterReturns.uppercased(), money(model.total - model.returned)))
            }
            lines.append(rule)
            lines += centred(text.thankYou)
            return lines.joined(separator: "\n")
        }
    }
}
