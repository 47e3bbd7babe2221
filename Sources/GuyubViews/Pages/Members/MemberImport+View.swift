import Foundation
import Plot

extension MemberImport {
    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            // While the import runs, the page looks again every few seconds by itself.
            let refresh: Int? = if case .running = model.stage { 3 } else { nil }
            return Layout.render(title: text.importTitle, context: context, refresh: refresh) {
                if let error = model.error {
                    Div(error).class("notice notice-error").attribute(named: "role", value: "alert")
                }
                switch model.stage {
                case .upload: upload(context: context)
                case .preview(let job): preview(model, job: job, context: context)
                case .running(let imported): running(model, imported: imported, text: text)
                case .done(let imported): done(model, imported: imported, text: text)
                }
            }
        }

        // MARK: Stages

        private static func upload(context: PageContext) -> Component {
            let text = context.text
            return Div {
                H1(text.importTitle)
                Paragraph(text.importLead).class("lead")
                Paragraph(text.importColumnsIntro)
                List(text.importColumns) { column in
                    ListItem {
                        Element(name: "strong") { Text(column.title) }
                        Text(" — \(column.note)")
                    }
                }
                .class("columns")
                Paragraph(text.importSeparators).class("muted")
                Paragraph(text.importSizeLimit).class("muted")
                Form(url: SiteURL.memberImport.path, method: .post, contentType: .multipartData) {
                    CSRFField(context: context)
                    Div {
                        Label(text.csvFile) {}.attribute(named: "for", value: "field-file")
                        Node<HTML.BodyContext>.input(
                            .type(.file), .id("field-file"), .name("file"),
                            .attribute(named: "accept", value: ".csv,text/csv"), .required(true))
                    }
                    .class("field")
                    Button(text.preview).attribute(named: "type", value: "submit").class("primary")
                }
                .class("upload-form")
            }
            .class("card")
        }

        private static func preview(_ model: Model, job: UUID, context: PageContext) -> Component {
            let text = context.text
            return ComponentGroup {
                Div {
                    H1(text.previewOf(model.fileName))
                    summary(
                        [
                            (model.counts.accepted, text.toBeImported, "good"),
                            (model.counts.skipped, text.alreadyRegisteredSkipped, "neutral"),
                            (model.counts.rejected, text.rejectedLabel, "bad"),
                        ], text: text)
                }
                .class("page-head")

                if !model.rejected.isEmpty {
                    problems(
                        model.rejected, of: model.counts.rejected, heading: text.rejectedHeading, note: text.rejectedLeftOut,
                        className: "rejected", text: text)
                }

                Element(name: "section") {
                    H2(text.acceptedHeading)
                    if model.accepted.isEmpty {
                        Paragraph(text.nothingToImport).class("notice notice-error")
                    } else {
                        DataTable(
                            columns: [text.columnLine, text.columnName, text.fieldName("nik"), text.columnPhone],
                            rows: model.accepted.map { row in
                                [
                                    Text(String(row.line)), Text(row.name), Span(row.nik).class("nik"),
                                    Span(row.phone).class("nowrap"),
                                ]
                            })
                        more(model.counts.accepted - model.accepted.count, text: text)
                    }
                }
                .class("card")

                if !model.skipped.isEmpty {
                    problems(
                        model.skipped, of: model.counts.skipped, heading: text.skippedHeading, note: nil, className: "skipped",
                        text: text)
                }

                Div {
                    if model.counts.accepted > 0 {
                        Form(url: SiteURL.memberImportConfirm(job).path, method: .post) {
                            CSRFField(context: context)
                            Button(text.importCount(model.counts.accepted))
                                .attribute(named: "type", value: "submit").class("primary")
                        }
                        .class("confirm-form")
                    }
                    Link(text.chooseAnotherFile, url: SiteURL.memberImport.path).class("button secondary")
                }
                .class("form-actions")
            }
        }

        private static func running(_ model: Model, imported: Int, text: Catalogue) -> Component {
            Div {
                H1(text.importRunning(model.fileName))
                Element(name: "progress") {}
                    .attribute(named: "max", value: String(max(1, model.counts.accepted)))
                    .attribute(named: "value", value: String(imported))
                Paragraph(text.importProgress(imported: imported, of: model.counts.accepted))
                    .attribute(named: "role", value: "status")
                Paragraph(text.importRunningNote).class("muted")
            }
            .class("card import-progress")
        }

        private static func done(_ model: Model, imported: Int, text: Catalogue) -> Component {
            ComponentGroup {
                Div {
                    H1(text.importDone)
                    Div(text.importSummary(imported: imported, skipped: model.counts.skipped, rejected: model.counts.rejected))
                        .class("notice notice-success")
                        .attribute(named: "role", value: "status")
                }
                .class("page-head")
                if !model.rejected.isEmpty {
                    problems(
                        model.rejected, of: model.counts.rejected, heading: text.notImportedHeading,
                        note: text.rejectedNotImported, className: "rejected", text: text)
                }
                Paragraph {
                    Link(text.toMemberList, url: SiteURL.members().path).class("button primary")
                }
            }
        }

        // MARK: Parts

        /// Big counts side by side: how many lines go in, are skipped, are refused.
        private static func summary(_ items: [(count: Int, label: String, tone: String)], text: Catalogue) -> Component {
            Div {
                for item in items {
                    Div {
                        Span(text.format.number(item.count)).class("figure-value")
                        Span(item.label).class("figure-label")
                    }
                    .class("figure \(item.tone)")
                }
            }
            .class("figures")
        }

        private static func problems(
            _ problems: [Model.Problem], of count: Int, heading: String, note: String?, className: String,
            text: Catalogue
        ) -> Component {
            Element(name: "section") {
                H2(heading)
                if let note { Paragraph(note) }
                DataTable(
                    columns: [text.columnLine, text.columnReason],
                    rows: problems.map { [Text(String($0.line)), Text($0.reason)] })
                more(count - problems.count, text: text)
            }
            .class("card \(className)")
        }

        /// "and 1.234 more rows" under a list cut short.
        private static func more(_ count: Int, text: Catalogue) -> Component {
            guard count > 0 else { return EmptyComponent() }
            return Paragraph(text.moreRows(count)).class("muted")
        }
    }
}
