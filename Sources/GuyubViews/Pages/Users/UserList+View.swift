import GuyubCore
import Plot

extension UserList {
    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            return Layout.render(title: text.usersTitle, context: context) {
                Div {
                    H1(text.usersTitle)
                    Paragraph(text.usersLead).class("muted")
                }
                .class("page-head")

                DataTable(
                    columns: [text.fieldName("name"), text.email, text.fieldName("roles"), text.fieldName("memberNumber")],
                    rows: model.rows.map { row in
                        [
                            Text(row.name),
                            Text(row.email),
                            Text(row.roles.map(text.role).joined(separator: ", ")),
                            Text(row.memberNumber.map { String($0) } ?? "—"),
                        ]
                    })

                Div {
                    H2(text.addUser)
                    if let error = model.errors["form"] {
                        Div(error).class("notice notice-error").attribute(named: "role", value: "alert")
                    } else if !model.errors.isEmpty {
                        Div(text.checkMarkedFields).class("notice notice-error").attribute(named: "role", value: "alert")
                    }
                    Form(url: SiteURL.users.path, method: .post) {
                        CSRFField(context: context)
                        FormField(
                            label: text.fieldName("name"), name: "name", value: model.values.name,
                            error: model.errors["name"], isRequired: true, autocomplete: "off")
                        FormField(
                            label: text.email, name: "email", value: model.values.email, type: .email,
                            error: model.errors["email"], hint: text.oneAccountHint, isRequired: true, inputMode: "email",
                            autocomplete: "off")
                        FormField(
                            label: text.password, name: "password", type: .password, error: model.errors["password"],
                            hint: text.passwordHint, isRequired: true, autocomplete: "new-password")
                        RoleChoices(
                            label: text.fieldName("roles"), roles: Role.allCases, chosen: model.values.roles,
                            text: text, error: model.errors["roles"])
                        FormField(
                            label: text.fieldName("memberNumber"), name: "memberNumber", value: model.values.memberNumber,
                            error: model.errors["memberNumber"], hint: text.memberNumberHint, inputMode: "numeric")
                        Button(text.addUser).attribute(named: "type", value: "submit").class("primary")
                    }
                }
                .class("card")
            }
        }
    }
}

/// A checkbox per role, named `roles[]` so a form sends every one ticked.
struct RoleChoices: Component {
    var label: String
    var roles: [Role]
    var chosen: Set<Role>
    var text: Catalogue
    var error: String?

    var body: Component {
        Element(name: "fieldset") {
            Element(name: "legend") { Text(label) }
            for role in roles {
                Element(name: "label") {
                    Node<HTML.BodyContext>.input(
                        .type(.checkbox), .name("roles[]"), .value(role.rawValue),
                        chosen.contains(role) ? .attribute(named: "checked", value: "checked") : .empty)
                    Text(" " + text.role(role))
                }
                .class("check")
            }
            if let error { Paragraph(error).class("field-error") }
        }
        .class(error == nil ? "field choices" : "field choices has-error")
    }
}
