import Plot

extension SignIn {
    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            return Layout.render(title: text.signIn, context: context) {
                Div {
                    H1(text.signInTitle)
                    Paragraph(text.signInLead).class("lead")
                    if let error = model.error {
                        Div(error).class("notice notice-error").attribute(named: "role", value: "alert")
                    }
                    Form(url: SiteURL.signIn.path, method: .post) {
                        CSRFField(context: context)
                        FormField(
                            label: text.email, name: "email", value: model.email, type: .email,
                            isRequired: true, inputMode: "email", autocomplete: "username")
                        FormField(
                            label: text.password, name: "password", type: .password,
                            isRequired: true, autocomplete: "current-password")
                        Button(text.signIn).attribute(named: "type", value: "submit").class("primary")
                    }
                }
                .class("card narrow")
            }
        }
    }
}
