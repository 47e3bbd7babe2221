import GuyubCore
import Plot

extension MemberForm {
    package enum View {
        /// The fields in the order the form shows them; an error under any other name goes to the summary.
        static let fieldNames = ["name", "nik", "phone", "address", "birthPlace", "birthDate", "gender"]

        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            let values = model.values
            let errors = model.errors
            let isNew = model.memberID == nil
            let title = isNew ? text.addMemberTitle : text.editMemberTitle(model.memberNumber)
            let action: SiteURL = model.memberID.map(SiteURL.memberEdit) ?? .memberNew
            let back: SiteURL = model.memberID.map(SiteURL.member) ?? .members()
            let unplaced = errors.filter { !fieldNames.contains($0.key) }.sorted { $0.key < $1.key }.map(\.value)
            return Layout.render(title: title, context: context) {
                Div {
                    H1(title)
                    if !errors.isEmpty {
                        Div {
                            Paragraph(text.checkMarkedFields)
                            for message in unplaced { Paragraph(message) }
                        }
                        .class("notice notice-error error-summary")
                        .attribute(named: "role", value: "alert")
                    }
                    Form(url: action.path, method: .post) {
                        CSRFField(context: context)
                        FormField(
                            label: text.fullName, name: "name", value: values.name,
                            error: errors["name"], hint: text.fullNameHint, isRequired: true,
                            autocomplete: "name", maxLength: FieldLimit.name)
                        FormField(
                            label: text.fieldName("nik"), name: "nik", value: values.nik,
                            error: errors["nik"], hint: text.nikHint, isRequired: true,
                            inputMode: "numeric", autocomplete: "off", maxLength: 20)
                        FormField(
                            label: text.mobileNumber, name: "phone", value: values.phone,
                            type: .tel, error: errors["phone"], hint: text.phoneHint, isRequired: true,
                            inputMode: "tel", autocomplete: "tel", maxLength: 20)
                        FormField(
                            label: text.fieldName("address"), name: "address",
                            value: values.address, error: errors["address"],
                            isRequired: true, autocomplete: "street-address", maxLength: FieldLimit.address, lines: 2)
                        FormField(
                            label: text.optionalField(text.fieldName("birthPlace")), name: "birthPlace",
                            value: values.birthPlace, error: errors["birthPlace"],
                            maxLength: 80)
                        DateField(
                            label: text.optionalField(text.fieldName("birthDate")), name: "birthDate",
                            value: values.birthDate, error: errors["birthDate"], text: text)
                        ChoiceField(
                            label: text.optionalField(text.fieldName("gender")), name: "gender",
                            options: [
                                ("", text.genderFromNIK),
                                ("male", text.gender(.male)), ("female", text.gender(.female)),
                            ],
                            selected: values.gender, error: errors["gender"])
                        Div {
                            Button(isNew ? text.registerMember : text.save)
                                .attribute(named: "type", value: "submit").class("primary")
                            Link(text.cancel, url: back.path).class("button secondary")
                        }
                        .class("form-actions")
                    }
                    .class("member-form")
                }
                .class("card narrow")
            }
        }
    }
}
