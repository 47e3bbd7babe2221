import Foundation
import GuyubCore
import Plot

extension ShopProduct {
    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            let title = model.id == nil ? text.newProductTitle : model.values.name
            return Layout.render(title: title, context: context) {
                Div {
                    H1(title)
                    Paragraph { Link(text.shopProductsTitle, url: SiteURL.shopProducts().path) }.class("muted")
                }
                .class("page-head")
                if model.id != nil { stock(model, text: text) }
                if model.canManage {
                    if model.id != nil {
                        receive(model, context: context)
                        adjust(model, context: context)
                        if model.units.count > 1 { transfer(model, context: context) }
                    }
                    form(model, context: context)
                }
            }
        }

        /// Stock in each unit at moving average cost, and what expires when.
        private static func stock(_ model: Model, text: Catalogue) -> Component {
            let format = text.format
            return Element(name: "section") {
                H2(text.stockTitle)
                if model.levels.isEmpty {
                    Paragraph(text.noStockYet).class("muted")
                } else {
                    DataTable(
                        columns: [text.unitColumn, text.stockColumn, text.stockValueColumn, text.averageCostColumn],
                        rows: model.levels.map {
                            [
                                Text($0.unit), Text(format.quantity($0.quantity) + " " + model.values.unit),
                                MoneyText(amount: $0.value, format: format), MoneyText(amount: $0.averageCost, format: format),
                            ]
                        }, className: "product-levels")
                }
                if model.batches.contains(where: { $0.expiresOn != nil }) {
                    DataTable(
                        columns: [text.unitColumn, text.expiresLabel, text.csvQuantity],
                        rows: model.batches.map {
                            [
                                Text($0.unit), Text($0.expiresOn.map(format.date) ?? text.noExpiry),
                                Text(format.quantity($0.quantity) + " " + model.values.unit),
                            ]
                        }, className: "product-batches")
                }
            }
            .class("card")
        }

        private static func unitChoice(_ model: Model, name: String, selected: String, error: String?, text: Catalogue)
            -> Component
        {
            ChoiceField(
                scope: name, label: text.unitColumn, name: "unitId",
                options: [("", text.defaultUnit)] + model.units.map { ($0.id.uuidString.lowercased(), $0.name) },
                selected: selected, error: error)
        }

        /// Goods received, by the base unit or a pack, paid in cash.
        private static func receive(_ model: Model, context: PageContext) -> Component {
            let text = context.text
            let values = model.receive
            func error(_ field: String) -> String? { model.errors["receive.\(field)"] }
            return Element(name: "section") {
                H2(text.receiveTitle)
                Paragraph(text.receiveHint).class("muted")
                Form(url: SiteURL.shopProductReceipts(model.id!).path, method: .post) {
                    CSRFField(context: context)
                    ErrorNotice(messages: error("form").map { [$0] } ?? [])
                    FormField(
                        scope: "receive", label: text.quantityLabel, name: "quantity", value: values.quantity,
                        error: error("quantity"), isRequired: true, inputMode: "decimal", maxLength: 12)
                    packChoice(model, scope: "receive", selected: values.pack, error: error("pack"), text: text)
                    FormField(
                        scope: "receive", label: text.unitCostLabel, name: "unitCost", value: values.unitCost,
                        error: error("unitCost"), hint: text.unitCostHint, isRequired: true, money: true, maxLength: 20)
                    DateField(
                        label: text.expiresLabel, name: "expiresOn", value: values.expiresOn, error: error("expiresOn"),
                        hint: text.expiresHint, text: text)
                    FormField(
                        scope: "receive", label: text.supplierLabel, name: "supplier", value: values.supplier,
                        error: error("supplier"), maxLength: FieldLimit.name)
                    unitChoice(model, name: "receive", selected: values.unitID, error: error("unitId"), text: text)
                    Div { Button(text.receiveButton).attribute(named: "type", value: "submit").class("primary") }
                        .class("form-actions")
                }
            }
            .class("card receive-form")
        }

        /// The base unit or one of the product's packs.
        private static func packChoice(_ model: Model, scope: String, selected: String, error: String?, text: Catalogue)
            -> Component
        {
            let packs = model.values.packs.filter { !$0[0].isEmpty }
            if packs.isEmpty { return HiddenField(name: "pack", value: "") }
            return ChoiceField(
                scope: scope, label: text.packLabel, name: "pack",
                options: [("", model.values.unit)] + packs.map { ($0[0], "\($0[0]) (\($0[1]) \(model.values.unit))") },
                selected: selected, error: error)
        }

        /// Goods damaged, expired, lost or found, each posted.
        private static func adjust(_ model: Model, context: PageContext) -> Component {
            let text = context.text
            let values = model.adjust
            func error(_ field: String) -> String? { model.errors["adjust.\(field)"] }
            return Element(name: "section") {
                H2(text.adjustTitle)
                Paragraph(text.adjustHint).class("muted")
                Form(url: SiteURL.shopProductAdjustments(model.id!).path, method: .post) {
                    CSRFField(context: context)
                    ErrorNotice(messages: error("form").map { [$0] } ?? [])
                    ChoiceField(
                        scope: "adjust", label: text.reasonLabel, name: "reason",
                        options: [AdjustmentReason.damaged, .expired, .lost, .found].map {
                            ($0.rawValue, text.adjustmentReason($0))
                        }, selected: values.reason, error: error("reason"), isRequired: true)
                    FormField(
                        scope: "adjust", label: text.quantityIn(model.values.unit), name: "quantity", value: values.quantity,
                        error: error("quantity"), isRequired: true, inputMode: "decimal", maxLength: 12)
                    unitChoice(model, name: "adjust", selected: values.unitID, error: error("unitId"), text: text)
                    Div { Button(text.adjustButton).attribute(named: "type", value: "submit").class("secondary") }
                        .class("form-actions")
                }
            }
            .class("card adjust-form")
        }

        /// Goods moved from one unit's place to another's at their moving average cost.
        private static func transfer(_ model: Model, context: PageContext) -> Component {
            let text = context.text
            let values = model.transfer
            func error(_ field: String) -> String? { model.errors["transfer.\(field)"] }
            return Element(name: "section") {
                H2(text.moveStockTitle)
                Form(url: SiteURL.shopProductTransfers(model.id!).path, method: .post) {
                    CSRFField(context: context)
                    ErrorNotice(messages: error("form").map { [$0] } ?? [])
                    FormField(
                        scope: "transfer", label: text.quantityIn(model.values.unit), name: "quantity", value: values.quantity,
                        error: error("quantity"), isRequired: true, inputMode: "decimal", maxLength: 12)
                    unitChoice(model, name: "transfer", selected: values.unitID, error: error("unitId"), text: text)
                    ChoiceField(
                        scope: "transfer", label: text.toUnitLabel, name: "toUnitId",
                        options: model.units.map { ($0.id.uuidString.lowercased(), $0.name) }, selected: values.toUnitID,
                        error: error("toUnitId"), isRequired: true)
                    Div { Button(text.transferButton).attribute(named: "type", value: "submit").class("secondary") }
                        .class("form-actions")
                }
            }
            .class("card transfer-form")
        }

        /// The product itself: name, unit, prices, packs, price tiers, programme, where it is sold.
        private static func form(_ model: Model, context: PageContext) -> Component {
            let text = context.text
            let values = model.values
            func error(_ field: String) -> String? { model.errors["product.\(field)"] }
            let action = model.id.map { SiteURL.shopProduct($0) } ?? SiteURL.shopProductsCreate
            return Element(name: "section") {
                H2(model.id == nil ? text.newProductTitle : text.editProductTitle)
                Form(url: action.path, method: .post) {
                    CSRFField(context: context)
                    ErrorNotice(messages: error("form").map { [$0] } ?? [])
                    FormField(
                        label: text.nameLabel, name: "name", value: values.name, error: error("name"), isRequired: true,
                        maxLength: FieldLimit.name)
                    FormField(
                        label: text.categoryLabel, name: "category", value: values.category, error: error("category"),
                        maxLength: FieldLimit.name)
                    FormField(
                        label: text.baseUnitLabel, name: "unit", value: values.unit, error: error("unit"),
                        hint: text.baseUnitHint, isRequired: true, maxLength: FieldLimit.productUnit)
                    FormField(
                        label: text.barcodeLabel, name: "barcode", value: values.barcode, error: error("barcode"),
                        autocomplete: "off", maxLength: FieldLimit.barcode)
                    FormField(
                        label: text.memberPriceColumn, name: "memberPrice", value: values.memberPrice,
                        error: error("memberPrice"), isRequired: true, money: true, maxLength: 20)
                    FormField(
                        label: text.nonMemberPriceColumn, name: "nonMemberPrice", value: values.nonMemberPrice,
                        error: error("nonMemberPrice"), isRequired: true, money: true, maxLength: 20)
                    FormField(
                        label: text.reorderPointLabel, name: "reorderPoint", value: values.reorderPoint,
                        error: error("reorderPoint"), hint: text.reorderPointHint, inputMode: "decimal", maxLength: 12)
                    ChoiceField(
                        label: text.programmeLabel, name: "programmeId",
                        options: [("", text.noProgramme)] + model.programmes.map { ($0.id.uuidString.lowercased(), $0.name) },
                        selected: values.programmeID, error: error("programmeId"))
                    ChoiceField(
                        label: text.sellingUnitLabel, name: "unitId",
                        options: [("", text.defaultUnit)] + model.units.map { ($0.id.uuidString.lowercased(), $0.name) },
                        selected: values.unitID, error: error("unitId"))
                    Element(name: "fieldset") {
                        Element(name: "legend") { Text(text.packsLegend) }
                        Paragraph(text.packsHint).class("muted")
                        for index in 0..<min(Pack.maxPerProduct, max(Model.packRows, values.packs.count + 1)) {
                            let row = index < values.packs.count ? values.packs[index] : ["", "", ""]
                            Div {
                                FormField(
                                    scope: "pack\(index)", label: text.packNameLabel, name: "packName[]", value: row[0],
                                    maxLength: FieldLimit.productUnit)
                                FormField(
                                    scope: "pack\(index)", label: text.packSizeLabel, name: "packSize[]", value: row[1],
                                    inputMode: "decimal", maxLength: 12)
                                FormField(
                                    scope: "pack\(index)", label: text.barcodeLabel, name: "packBarcode[]", value: row[2],
                                    autocomplete: "off", maxLength: FieldLimit.barcode)
                            }
                            .class("field-row")
                        }
                        if let message = error("packs") { Paragraph(message).class("field-error") }
                    }
                    .class("field choices")
                    Element(name: "fieldset") {
                        Element(name: "legend") { Text(text.tiersLegend) }
                        Paragraph(text.tiersHint).class("muted")
                        for index in 0..<max(Model.tierRows, values.tiers.count + 1) {
                            let row = index < values.tiers.count ? values.tiers[index] : ["", "", ""]
                            Div {
                                ChoiceField(
                                    scope: "tier\(index)", label: text.customerClassLabel, name: "tierClass[]",
                                    options: [("", "—")]
                                        + [CustomerClass.warung, .wholesale].map { ($0.rawValue, text.customerClass($0)) },
                                    selected: row[0])
                                FormField(
                                    scope: "tier\(index)", label: text.tierFromLabel, name: "tierMin[]", value: row[1],
                                    inputMode: "decimal", maxLength: 12)
                                FormField(
                                    scope: "tier\(index)", label: text.tierPriceLabel, name: "tierPrice[]", value: row[2],
                                    money: true, maxLength: 20)
                            }
                            .class("field-row")
                        }
                        if let message = error("tiers") { Paragraph(message).class("field-error") }
                    }
                    .class("field choices")
                    if model.id != nil {
                        Element(name: "label") {
                            Node<HTML.BodyContext>.input(
                                .type(.checkbox), .name("active"), .value("1"),
                                values.active ? .attribute(named: "checked", value: "checked") : .empty)
                            Text(" " + text.productActiveLabel)
                        }
                        .class("check")
                    }
                    Div { Button(text.saveProduct).attribute(named: "type", value: "submit").class("primary") }
                        .class("form-actions")
                }
            }
            .class("card product-form")
        }
    }
}
