import Plot

extension MemberImport {
    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            return Layout.render(title: text.importTitle, context: context) {
                if let error = model.error {
                    Div(error).class("notice notice-error").attribute(named: "role", value: "alert")
                }
                switch model.stage {
                case .upload: upload(context: context)
                case .preview(let content): preview(model, content: content, context: context)
                case .done: done(model, text: text)
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
                Form(url: SiteURL.memberImport.path, method: .post, contentType: .multipartData) {
                    CSRFField(token: context.csrfToken)
                    Div {
                        Label(text.csvFile) {}.attribute(named: "for", value: "field-file")
                        Node<HTML.BodyContext>.input(.type(.file), .id("field-file"), .name("file"),
                                                     .attribute(named: "accept", value: ".csv,text/csv"), .required(true))
                    }
                    .class("field")
                    Button(text.preview).attribute(named: "type", value: "submit").class("primary")
                }
                .class("upload-form")
            }
            .class("card")
        }

        private static func preview(_ model: Model, content: String, context: PageContext) -> Component {
            let text = context.text
            return ComponentGroup {
                Div {
                    H1(text.previewOf(model.fileName))
                    summary([
                        (model.accepted.count, text.toBeImported, "good"),
                        (model.skipped.count, text.alreadyRegisteredSkipped, "neutral"),
                        (model.rejected.count, text.rejectedLabel, "bad"),
                    ], text: text)
                }
                .class("page-head")

                if !model.rejected.isEmpty {
                    problems(model.rejected, heading: text.rejectedHeading, note: text.rejectedLeftOut,
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
                                [Text(String(row.line)), Text(row.name), Span(row.nik).class("nik"),
                                 Span(row.phone).class("nowrap")]
                            })
                    }
                }
                .class("card")

                if !model.skipped.isEmpty {
                    problems(model.skipped, heading: text.skippedHeading, note: nil, className: "skipped", text: text)
                }

                Div {
                    if !model.accepted.isEmpty {
                        Form(url: SiteURL.memberImport.path, method: .post) {
                            CSRFField(token: context.csrfToken)
                            hidden("content", content)
                            hidden("fileName", model.fileName)
                            hidden("confirm", "1")
                            Button(text.importCount(model.accepted.count))
                                .attribute(named: "type", value: "submit").class("primary")
                        }
                        .class("confirm-form")
                    }
                    Link(text.chooseAnotherFile, url: SiteURL.memberImport.path).class("button secondary")
                }
                .class("form-actions")
            }
        }

        private static func done(_ model: Model, text: Catalogue) -> Component {
            ComponentGroup {
                Div {
                    H1(text.importDone)
                    Div(text.importSummary(imported: model.accepted.count, skipped: model.skipped.count,
                                           rejected: model.rejected.count))
                        .class("notice notice-success")
                        .attribute(named: "role", value: "status")
                }
                .class("page-head")
                if !model.rejected.isEmpty {
                    problems(model.rejected, heading: text.notImportedHeading, note: text.rejectedNotImported,
                             className: "rejected", text: text)
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

        private static func problems(_ problems: [Model.Problem], heading: String, note: String?, className: String,
                                     text: Catalogue) -> Component {
            Element(name: "section") {
                H2(heading)
                if let note { Paragraph(note) }
                DataTable(columns: [text.columnLine, text.columnReason],
                          rows: problems.map { [Text(String($0.line)), Text($0.reason)] })
            }
            .class("card \(className)")
        }

        private static func hidden(_ name: String, _ value: String) -> Component {
            Node<HTML.FormContext>.input(.type(.hidden), .name(name), .value(Escape.attribute(value)))
        }
    }
}
