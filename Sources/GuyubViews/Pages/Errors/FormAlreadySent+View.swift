import Plot

extension FormAlreadySent {
    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            return Layout.render(title: text.formAlreadySentTitle, context: context) {
                Div {
                    H1(text.formAlreadySentTitle)
                    Paragraph(model.recorded == nil ? text.formAlreadySentRefused : text.formAlreadySentDone).class("lead")
                    Paragraph(text.formAlreadySentNotSent)
                    Div {
                        if let recorded = model.recorded {
                            Link(text.seeWhatWasRecorded, url: recorded).class("button primary")
                        }
                        Link(text.backToTheForm, url: model.back).class(
                            model.recorded == nil ? "button primary" : "button secondary")
                    }
                    .class("form-actions")
                }
                .class("card narrow error-page")
            }
        }
    }
}
