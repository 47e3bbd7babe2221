import Foundation
import GuyubCore
import Plot

/// A cooperative's open door, without signing in: a consumer signs up by phone (perhaps with the code of the
/// member who brought them) or signs in; either way a code sent to the phone proves it is theirs.
package enum ConsumerJoin {
    package enum Step: Sendable, Equatable {
        /// Their details (to sign up) or their phone (to sign in).
        case details
        /// The code sent to their phone.
        case code
    }

    package struct Model: Sendable {
        package var cooperativeID: UUID
        package var cooperativeName: String
        /// Signing up (true) or in.
        package var joining: Bool
        package var step: Step = .details
        /// The member whose code brought them, when it was given and read.
        package var referredBy: String?
        package var values: [String: String] = [:]
        package var errors: [String: String] = [:]

        package init(cooperativeID: UUID, cooperativeName: String, joining: Bool) {
            self.cooperativeID = cooperativeID
            self.cooperativeName = cooperativeName
            self.joining = joining
        }
    }

    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            let title = model.joining ? text.joinTitle(model.cooperativeName) : text.consumerSignInTitle(model.cooperativeName)
            let url =
                model.joining
                ? SiteURL.consumerJoin(cooperative: model.cooperativeID) : .consumerSignIn(cooperative: model.cooperativeID)
            let v = model.values
            return Layout.render(title: title, context: context) {
                Div {
                    H1(title)
                    Paragraph(model.joining ? text.joinLead : text.consumerSignInLead).class("muted")
                }
                .class("page-head")
                Form(url: url.path, method: .post) {
                    CSRFField(context: context)
                    ErrorNotice(messages: model.errors["form"].map { [$0] } ?? [])
                    if model.step == .details {
                        FormField(
                            label: text.consumerField("phone"), name: "phone", value: v["phone"] ?? "",
                            error: model.errors["phone"], hint: text.phoneCodeHint, isRequired: true, inputMode: "tel",
                            autocomplete: "tel", maxLength: 20)
                        if model.joining {
                            FormField(
                                label: text.nameLabel, name: "name", value: v["name"] ?? "", error: model.errors["name"],
                                isRequired: true, autocomplete: "name", maxLength: FieldLimit.name)
                            FormField(
                                label: text.optionalField(text.consumerField("nik")), name: "nik", value: v["nik"] ?? "",
                                error: model.errors["nik"], inputMode: "numeric", maxLength: 20)
                            FormField(
                                label: text.optionalField(text.consumerField("referralCode")), name: "referralCode",
                                value: v["referralCode"] ?? "", error: model.errors["referralCode"],
                                hint: model.referredBy.map(text.referredByHint), autocomplete: "off", maxLength: 20)
                            Div {
                                Element(name: "label") {
                                    Node<HTML.BodyContext>.input(
                                        .type(.checkbox), .name("consent"), .value("1"),
                                        .attribute(named: "checked", value: v["consent"] == "1" ? "checked" : nil))
                                    Text(" " + text.consentLabel)
                                }
                                .class("check")
                            }
                            .class("field")
                        }
                        Div { Button(text.sendCode).attribute(named: "type", value: "submit").class("primary") }
                            .class("form-actions")
                    } else {
                        for (name, value) in v.sorted(by: { $0.key < $1.key }) where name != "code" {
                            HiddenField(name: name, value: value)
                        }
                        HiddenField(name: "step", value: "code")
                        Paragraph(text.codeSentTo(v["phone"] ?? "")).class("muted")
                        FormField(
                            label: text.consumerField("code"), name: "code", value: "", error: model.errors["code"],
                            isRequired: true, inputMode: "numeric", autocomplete: "one-time-code", maxLength: 7)
                        Div {
                            Button(model.joining ? text.joinButton : text.signInButton).attribute(named: "type", value: "submit")
                                .class("primary")
                        }
                        .class("form-actions")
                    }
                }
                .class("card consumer-door")
                Paragraph {
                    if model.joining {
                        Link(text.haveAccountSignIn, url: SiteURL.consumerSignIn(cooperative: model.cooperativeID).path)
                    } else {
                        Link(text.noAccountJoin, url: SiteURL.consumerJoin(cooperative: model.cooperativeID).path)
                    }
                }
                .class("muted")
            }
        }
    }
}
