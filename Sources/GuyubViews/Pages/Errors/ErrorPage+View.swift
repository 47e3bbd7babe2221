import Plot

extension ErrorPage {
    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            let title = text.errorTitle(status: model.status)
            return Layout.render(title: title, context: context) {
                Div {
                    H1(title)
                    Paragraph(model.message).class("lead")
                    Paragraph(text.errorCode(model.status)).class("muted")
                    Div {
                        if model.status == 401 && context.user == nil {
                            Link(text.signIn, url: SiteURL.signIn.path).class("button primary")
                            Link(text.backHome, url: SiteURL.home.path).class("button secondary")
                        } else {
                            Link(text.backHome, url: SiteURL.home.path).class("button primary")
                        }
                    }
                    .class("form-actions")
                }
                .class("card narrow error-page")
            }
        }
    }
}
