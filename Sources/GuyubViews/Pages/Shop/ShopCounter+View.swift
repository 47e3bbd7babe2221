import Foundation
import GuyubCore
import Plot

extension ShopCounter {
    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            return Layout.render(title: text.shopCounterTitle, context: context) {
                Div {
                    H1(text.shopCounterTitle)
                    Paragraph {
                        Text(text.shopCounterLead + " ")
                        Link(text.shopProductsTitle, url: SiteURL.shopProducts().path)
                    }
                    .class("muted")
                }
                .class("page-head")
                Paragraph {
                    if let till = model.till {
                        Link(
                            text.tillOpen(
                                till.openedBy,
                                since: text.format.dateTime(
                                    till.openedAt, timeZone: context.user?.timeZone ?? TimeZone(identifier: "Asia/Jakarta")!)),
                            url: SiteURL.shopShift(till.id).path)
                    } else {
                        Text(text.tillNotOpen + " ")
                        Link(text.openShift, url: SiteURL.shopShifts.path)
                    }
                }
                .class("till-line")
                Paragraph().class("offline-queue notice notice-warning").id("offline-queue").attribute(
                    named: "hidden", value: "hidden"
                )
                .attribute(named: "role", value: "status")

                Form(url: SiteURL.shop().path, method: .get) {
                    for (name, value) in model.carried() { HiddenField(name: name, value: value) }
                    FormField(
                        label: text.findProductLabel, name: "q", value: "", type: .search, hint: text.findProductHint,
                        autocomplete: "off", maxLength: 120, scan: (text.scanWithCamera, text.closeCamera))
                    Button(text.search).attribute(named: "type", value: "submit")
                }
                .class("search shop-search")
                .attribute(named: "role", value: "search")
                .attribute(named: "data-online", value: "true")

                if !model.query.isEmpty && model.found.isEmpty {
                    EmptyState(message: text.noProductFound(model.query))
                }
                if !model.found.isEmpty {
                    List(model.found) { product in
                        ListItem {
                            Form(url: SiteURL.shop().path, method: .get) {
                                for (name, value) in model.carried(adding: product.id) { HiddenField(name: name, value: value) }
                                Button {
                                    Span(product.name).class("name")
                                    Span {
                                        MoneyText(amount: product.price, format: text.format)
                                        Text(" / \(product.unit) · " + text.inStock(text.format.quantity(product.stock)))
                                    }
                                    .class("muted")
                                }
                                .attribute(named: "type", value: "submit")
                                .class("found-product")
                            }
                            for pack in product.packs {
                                Form(url: SiteURL.shop().path, method: .get) {
                                    for (name, value) in model.carried(adding: product.id, pack: pack) {
                                        HiddenField(name: name, value: value)
                                    }
                                    Button(text.addPack(pack.name, holding: text.format.quantity(pack.size) + " " + product.unit))
                                        .attribute(named: "type", value: "submit").class("secondary found-pack")
                                }
                            }
                        }
                    }
                    .class("found-list card")
                    .attribute(named: "data-online", value: "true")
                }

                sale(model, context: context)
                offline(model, context: context)
            }
        }

        private static func sale(_ model: Model, context: PageContext) -> Component {
            let text = context.text
            let format = text.format
            return Element(name: "section") {
                H2(text.saleTitle)
                ErrorNotice(messages: model.errors["form"].map { [$0] } ?? [])
                if model.lines.isEmpty {
                    Paragraph(text.saleEmpty).class("muted")
                } else {
                    Form(url: SiteURL.shopSell.path, method: .post) {
                        CSRFField(context: context)
                        Element(name: "ol") {
                            for (index, line) in model.lines.enumerated() {
                                ListItem {
                                    HiddenField(name: "productId[]", value: line.productID.uuidString.lowercased())
                                    Div {
                                        Span(line.name).class("name")
                                        Span {
                                            MoneyText(amount: line.price, format: format)
                                            Text(" / \(line.unit)")
                                        }
                                        .class("muted")
                                    }
                                    .class("sale-line-name")
                                    FormField(
                                        scope: "line\(index)", label: text.quantityIn(line.pack?.name ?? line.unit),
                                        name: "quantity[]", value: line.quantityText, error: model.errors["line\(index)"],
                                        hint: packHint(line, text: text) ?? line.allowance, inputMode: "decimal", maxLength: 12)
                                    if line.packs.isEmpty {
                                        HiddenField(name: "pack[]", value: "")
                                    } else {
                                        ChoiceField(
                                            scope: "line\(index)", label: text.packLabel, name: "pack[]",
                                            options: [("", line.unit)] + line.packs.map { ($0.name, $0.name) },
                                            selected: line.pack?.name ?? "")
                                    }
                                    Span { MoneyText(amount: line.amount, format: format) }.class("sale-line-amount")
                                    Link(text.removeLine, url: SiteURL.shop(model.carried(removing: index)).path)
                                        .class("remove-line")
                                }
                                .class("sale-line")
                            }
                        }
                        .class("sale-lines")
                        Paragraph {
                            Span(text.saleTotalLabel)
                            Element(name: "strong") { MoneyText(amount: model.total, format: format) }
                        }
                        .class("sale-total")

                        buyer(model, text: text)
                        payment(model, text: text)

                        if let qris = model.qris {
                            qrisCharge(qris, text: text)
                        } else {
                            Div {
                                Button(text.recalculate).attribute(named: "type", value: "submit")
                                    .attribute(named: "name", value: "action").attribute(named: "value", value: "update")
                                    .class("secondary")
                                Button(text.paySale).attribute(named: "type", value: "submit")
                                    .attribute(named: "name", value: "action").attribute(named: "value", value: "pay").class(
                                        "primary")
                            }
                            .class("form-actions")
                        }
                    }
                    .class("sale-form")
                }
            }
            .class("card shop-sale")
            .attribute(named: "data-online", value: "true")
        }

        /// What a line in a pack comes to in the base unit (`= 100 kg`), with the allowance after it.
        private static func packHint(_ line: Model.Line, text: Catalogue) -> String? {
            guard line.pack != nil, let quantity = line.quantity else { return nil }
            let base = "= " + text.format.quantity(quantity) + " " + line.unit
            return line.allowance.map { base + " · " + $0 } ?? base
        }

        /// The QRIS code for the total, shown to the buyer; the cashier confirms once the money shows in the
        /// merchant's app (no bank tells the counter). The total travels along, so a sale changed since is
        /// shown a new code instead of being booked.
        private static func qrisCharge(_ qris: Model.QRISCharge, text: Catalogue) -> Component {
            Element(name: "section") {
                H3(text.qrisScanTitle)
                QRImage(code: qris.code, label: text.qrisScanLabel(text.format.money(minorUnits: qris.total)))
                Paragraph {
                    Element(name: "strong") { MoneyText(amount: qris.total, format: text.format) }
                    Text(" · " + qris.merchant)
                }
                .class("qris-amount")
                Paragraph(text.qrisScanHint).class("muted")
                HiddenField(name: "qrisTotal", value: String(qris.total))
                Div {
                    Button(text.cancel).attribute(named: "type", value: "submit")
                        .attribute(named: "name", value: "action").attribute(named: "value", value: "update").class("secondary")
                    Button(text.qrisReceived).attribute(named: "type", value: "submit")
                        .attribute(named: "name", value: "action").attribute(named: "value", value: "qris-paid").class("primary")
                }
                .class("form-actions")
            }
            .class("qris-charge")
        }

        private static func buyer(_ model: Model, text: Catalogue) -> Component {
            ComponentGroup {
                FormField(
                    label: text.buyerLabel, name: "buyer", value: model.values.buyer, error: model.errors["buyer"],
                    hint: model.member.map { text.buyerFound($0.name, number: $0.memberNumber) }
                        ?? model.consumer.map { text.consumerFound($0.name) } ?? text.buyerHint,
                    autocomplete: "off", maxLength: 40, scan: (text.scanMemberCard, text.closeCamera))
                if model.needsBuyerID {
                    FormField(
                        label: text.buyerNikLabel, name: "buyerNik", value: model.values.buyerNik,
                        error: model.errors["buyerNik"], hint: text.buyerNikHint, inputMode: "numeric", autocomplete: "off",
                        maxLength: 20)
                }
            }
        }

        private static func payment(_ model: Model, text: Catalogue) -> Component {
            ComponentGroup {
                ChoiceField(
                    label: text.paymentLabel, name: "payment",
                    options: PaymentMethod.allCases.filter { $0 != .credit || !model.customers.isEmpty }
                        .map { ($0.rawValue, text.paymentMethod($0)) },
                    selected: model.values.payment, error: model.errors["payment"], isRequired: true)
                // A split: what goes from savings, by QRIS and on credit; cash takes the rest.
                Div {
                    Paragraph(text.splitHint).class("muted")
                    FormField(
                        label: text.paymentMethod(.savings), name: "paidSavings", value: model.values.paidSavings,
                        error: model.errors["paidSavings"], money: true, maxLength: 20)
                    FormField(
                        label: text.paymentMethod(.qris), name: "paidQris", value: model.values.paidQris,
                        error: model.errors["paidQris"], money: true, maxLength: 20)
                    if !model.customers.isEmpty {
                        FormField(
                            label: text.paymentMethod(.credit), name: "paidCredit", value: model.values.paidCredit,
                            error: model.errors["paidCredit"], money: true, maxLength: 20)
                    }
                    ErrorNotice(messages: model.errors["payments"].map { [$0] } ?? [])
                }
                .class("split-parts")
                .attribute(named: "data-when", value: "payment=split")
                if !model.customers.isEmpty {
                    ChoiceField(
                        label: text.creditCustomerLabel, name: "customerId",
                        options: [("", text.noCreditCustomer)] + model.customers.map { ($0.id.uuidString.lowercased(), $0.name) },
                        selected: model.values.customerID, error: model.errors["customerId"])
                }
                if model.member != nil || model.consumer != nil {
                    FormField(
                        label: text.optionalField(text.consumerField("voucherCode")), name: "voucherCode",
                        value: model.values.voucherCode, error: model.errors["voucherCode"], hint: text.voucherCodeHint,
                        autocomplete: "off", maxLength: 20)
                }
                FormField(
                    label: text.cashGivenLabel, name: "cashGiven", value: model.values.cashGiven,
                    error: model.errors["cashGiven"], hint: text.cashGivenHint, money: true, maxLength: 20)
            }
        }

        /// The counter without a connection: shown by the script when the connection drops, it sells for cash
        /// from the catalogue kept on the device and keeps each sale until it can be sent. What the script
        /// writes is in its attributes, in the page's language.
        private static func offline(_ model: Model, context: PageContext) -> Component {
            let text = context.text
            let member = model.member.flatMap { $0.status == .member ? $0.id.uuidString.lowercased() : nil }
            return Element(name: "section") {
                H2(text.offlineTitle)
                Paragraph(text.offlineLead).class("muted")
                Div {
                    Label(text.findProductLabel) {}.attribute(named: "for", value: "offline-q")
                    Node<HTML.BodyContext>.input(
                        .type(.search), .id("offline-q"), .attribute(named: "autocomplete", value: "off"),
                        .attribute(named: "maxlength", value: "120"), .attribute(named: "data-scan", value: text.scanWithCamera),
                        .attribute(named: "data-scan-close", value: text.closeCamera))
                }
                .class("field")
                List([String]()) { Text($0) }.class("offline-found")
                Element(name: "ol") {}.class("sale-lines offline-lines")
                Paragraph {
                    Span(text.saleTotalLabel)
                    Element(name: "strong") {}.class("offline-total")
                }
                .class("sale-total")
                Div {
                    Label(text.cashGivenLabel) {}.attribute(named: "for", value: "offline-cash")
                    Node<HTML.BodyContext>.input(
                        .type(.text), .id("offline-cash"), .attribute(named: "inputmode", value: "numeric"),
                        .attribute(named: "data-money", value: "data-money"), .attribute(named: "maxlength", value: "20"))
                }
                .class("field")
                Paragraph().class("offline-message").attribute(named: "role", value: "alert")
                Div {
                    Button(text.offlineSave).attribute(named: "type", value: "button").class("primary offline-save")
                }
                .class("form-actions")
            }
            .class("card offline-counter")
            .id("offline-counter")
            .attribute(named: "hidden", value: "hidden")
            .attribute(named: "data-device", value: model.deviceKey)
            .attribute(named: "data-member", value: member ?? "none")
            .attribute(named: "data-t-quantity", value: text.quantityIn("{unit}"))
            .attribute(named: "data-t-remove", value: text.removeLine)
            .attribute(named: "data-t-regulated", value: text.offlineRegulated)
            .attribute(named: "data-t-empty", value: text.message(for: StoreError.noLines))
            .attribute(named: "data-t-unreadable", value: text.message(for: StoreError.quantityInvalid))
            .attribute(named: "data-t-short", value: text.cashGivenTooLittle)
            .attribute(named: "data-t-saved", value: text.offlineSaved)
            .attribute(named: "data-t-waiting", value: text.offlineWaiting)
            .attribute(named: "data-t-refused", value: text.offlineRefused)
            .attribute(named: "data-t-no-catalogue", value: text.offlineNoCatalogue)
            .attribute(named: "data-t-not-found", value: text.noProductFound("{q}"))
        }
    }
}
