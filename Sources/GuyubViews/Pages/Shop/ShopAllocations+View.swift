import Foundation
import GuyubCore
import Plot

extension ShopAllocations {
    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            let format = text.format
            let title = text.allocationsTitle(model.programmeName)
            func quantity(_ value: Int64) -> String { format.quantity(value) + " " + model.unit }
            return Layout.render(title: title, context: context) {
                Div {
                    H1(title)
                    Paragraph(text.allocationsLead).class("muted")
                }
                .class("page-head")
                if let imported = model.imported {
                    Paragraph(text.allocationImported(imported)).class("notice notice-success")
                }
                if !model.rejected.isEmpty {
                    Element(name: "section") {
                        H2(text.rowsRefused)
                        DataTable(
                            columns: [text.lineLabel, text.reasonLabel],
                            rows: model.rejected.map { [Text(String($0.line)), Text($0.reason)] }, className: "rejected-rows")
                    }
                    .class("card")
                }
                if model.seasons.isEmpty {
                    EmptyState(message: text.noSeasonsYet)
                } else {
                    DataTable(
                        columns: [
                            text.seasonLabel, text.seasonStartsLabel, text.seasonEndsLabel, text.farmersLabel,
                            text.allocatedLabel,
                            text.takenLabel, text.listImportedLabel,
                        ],
                        rows: model.seasons.map { season in
                            [
                                Link(season.name, url: SiteURL.shopAllocations(model.programmeID, season: season.id).path),
                                Text(format.date(season.startsOn)), Text(format.date(season.endsOn)),
                                Text(format.number(season.farmers)), Text(quantity(season.allocated)),
                                Text(quantity(season.taken)),
                                Text(
                                    format.dateTime(
                                        season.importedAt,
                                        timeZone: context.user?.timeZone ?? TimeZone(identifier: "Asia/Jakarta")!) + " · "
                                        + season.importedBy),
                            ]
                        }, className: "seasons-table")
                }
                if let season = model.shown {
                    Element(name: "section") {
                        H2(season.name)
                        Form(url: SiteURL.shopAllocations(model.programmeID).path, method: .get) {
                            HiddenField(name: "season", value: season.id.uuidString.lowercased())
                            FormField(label: text.searchFarmerLabel, name: "q", value: model.query, maxLength: FieldLimit.name)
                            Button(text.searchButton).attribute(named: "type", value: "submit")
                        }
                        .class("search-form no-print")
                        if model.farmers.isEmpty {
                            EmptyState(message: text.noFarmersFound)
                        } else {
                            DataTable(
                                columns: ["NIK", text.farmerLabel, text.allocatedLabel, text.takenLabel, text.remainingLabel],
                                rows: model.farmers.map { farmer in
                                    [
                                        Text(farmer.nik), Text(farmer.name), Text(quantity(farmer.allocated)),
                                        Text(quantity(farmer.taken)), Text(quantity(farmer.remaining)),
                                    ]
                                }, className: "farmers-table")
                            if model.query.isEmpty, model.farmers.count < season.farmers {
                                Paragraph(text.farmersListed(model.farmers.count, of: season.farmers)).class("muted")
                            }
                        }
                    }
                    .class("card")
                }
                importForm(model, context: context)
            }
        }

        private static func importForm(_ model: Model, context: PageContext) -> Component {
            let text = context.text
            return Element(name: "section") {
                H2(text.importListTitle)
                Paragraph(text.importListHint).class("muted")
                Form(url: SiteURL.shopAllocations(model.programmeID).path, method: .post, contentType: .multipartData) {
                    CSRFField(context: context)
                    ErrorNotice(messages: model.errors["form"].map { [$0] } ?? [])
                    FormField(
                        label: text.seasonLabel, name: "season", value: model.values.season, error: model.errors["season"],
                        isRequired: true, maxLength: FieldLimit.seasonName)
                    DateField(
                        label: text.seasonStartsLabel, name: "startsOn", value: model.values.startsOn,
                        error: model.errors["startsOn"], isRequired: true, text: text)
                    DateField(
                        label: text.seasonEndsLabel, name: "endsOn", value: model.values.endsOn, error: model.errors["endsOn"],
                        isRequired: true, text: text)
                    Div {
                        Label(text.csvFile) {}.attribute(named: "for", value: "field-file")
                        Node<HTML.BodyContext>.input(
                            .type(.file), .id("field-file"), .name("file"),
                            .attribute(named: "accept", value: ".csv,text/csv"), .required(true))
                        if let error = model.errors["file"] { Paragraph(error).class("field-error") }
                    }
                    .class("field")
                    Div { Button(text.importListButton).attribute(named: "type", value: "submit").class("primary") }
                        .class("form-actions")
                }
                .class("upload-form")
            }
            .class("card no-print")
        }
    }
}
