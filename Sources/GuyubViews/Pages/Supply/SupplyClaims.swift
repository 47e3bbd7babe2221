import Foundation
import GuyubCore
import Plot

/// Expense claims: a cost advanced from one's own pocket claimed with a photo of its receipt; a board member
/// other than the claimant approves or rejects it, the treasurer pays it. Each sees their own claims, and those
/// who decide or pay see all.
package enum SupplyClaims {
    package struct Model: Sendable {
        package struct Claim: Sendable, Equatable {
            package var id: UUID
            package var number: Int
            package var claimant: String
            package var amount: Int64
            package var purpose: String
            package var spentOn: CivilDate
            package var receiptID: UUID
            package var status: ClaimStatus
            package var decidedBy: String?
            package var reason: String?
            /// What the reader may do with it now.
            package var actions: [ClaimAction]
            package init(
                id: UUID, number: Int, claimant: String, amount: Int64, purpose: String, spentOn: CivilDate, receiptID: UUID,
                status: ClaimStatus, decidedBy: String?, reason: String?, actions: [ClaimAction]
            ) {
                self.id = id
                self.number = number
                self.claimant = claimant
                self.amount = amount
                self.purpose = purpose
                self.spentOn = spentOn
                self.receiptID = receiptID
                self.status = status
                self.decidedBy = decidedBy
                self.reason = reason
                self.actions = actions
            }
        }

        package var claims: [Claim]
        package var units: [(id: UUID, name: String)]
        package var values: [String: String] = [:]
        package var errors: [String: String] = [:]
        /// The claim whose step was refused.
        package var failed: UUID?

        package init(claims: [Claim], units: [(id: UUID, name: String)]) {
            self.claims = claims
            self.units = units
        }
    }

    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            let format = text.format
            let errors = model.failed == nil ? model.errors : [:]
            return Layout.render(title: text.claimsTitle, context: context) {
                Div {
                    H1(text.claimsTitle)
                    Paragraph(text.claimsLead).class("muted")
                }
                .class("page-head")
                Form(url: SiteURL.supplyClaims.path, method: .post, contentType: .multipartData) {
                    H2(text.newClaim)
                    CSRFField(context: context)
                    ErrorNotice(messages: errors["form"].map { [$0] } ?? [])
                    FormField(
                        scope: "claim", label: text.amountColumn, name: "amount", value: model.values["amount"] ?? "",
                        error: errors["amount"], isRequired: true, money: true, maxLength: 20)
                    FormField(
                        scope: "claim", label: text.purposeLabel, name: "purpose", value: model.values["purpose"] ?? "",
                        error: errors["purpose"], isRequired: true, maxLength: FieldLimit.note)
                    DateField(
                        label: text.spentOnLabel, name: "spentOn", value: model.values["spentOn"] ?? "", error: errors["spentOn"],
                        text: text)
                    ChoiceField(
                        scope: "claim", label: text.businessUnit, name: "unitId",
                        options: [("", text.wholeCooperative)] + model.units.map { ($0.id.uuidString.lowercased(), $0.name) },
                        selected: model.values["unitId"] ?? "", error: errors["unitId"])
                    FileField(
                        id: "claim-receipt", label: text.receiptPhotoLabel, name: "receipt", isRequired: true,
                        hint: text.receiptPhotoHint, error: errors["file"])
                    Div { Button(text.submitClaim).attribute(named: "type", value: "submit").class("primary") }.class(
                        "form-actions")
                }
                .class("card claim-form")
                Element(name: "section") {
                    H2(text.claimsListTitle)
                    if model.claims.isEmpty { EmptyState(message: text.noClaimsYet) }
                    for claim in model.claims {
                        let refusal = model.failed == claim.id ? model.errors["form"] ?? model.errors.values.first : nil
                        Element(name: "article") {
                            H3(text.claimNumber(claim.number) + " · " + claim.claimant)
                            Span(text.claimStatus(claim.status)).class("badge claim-\(claim.status.rawValue)")
                            DefinitionList(items: [
                                .init(text.amountColumn, detail: MoneyText(amount: claim.amount, format: format)),
                                .init(text.purposeLabel, detail: Text(claim.purpose)),
                                .init(text.spentOnLabel, detail: Text(format.date(claim.spentOn))),
                                .init(
                                    text.receiptPhotoLabel,
                                    detail: Link(text.seeReceipt, url: SiteURL.supplyUpload(claim.receiptID).path)),
                                .init(
                                    text.decidedByLabel,
                                    detail: Text((claim.decidedBy ?? "—") + (claim.reason.map { " · " + $0 } ?? ""))),
                            ])
                            ErrorNotice(messages: refusal.map { [$0] } ?? [])
                            for action in claim.actions {
                                Form(url: SiteURL.supplyClaimAction(claim.id, action).path, method: .post) {
                                    CSRFField(context: context)
                                    if action == .reject {
                                        FormField(
                                            scope: "reject-\(claim.number)", label: text.rejectReasonLabel, name: "reason",
                                            maxLength: FieldLimit.note)
                                    }
                                    if action == .pay {
                                        ChoiceField(
                                            scope: "pay-\(claim.number)", label: text.paymentLabel, name: "channel",
                                            options: [PaymentChannel.cash, .bank].map { ($0.rawValue, text.channel($0)) },
                                            selected: "cash")
                                    }
                                    Button(text.claimAction(action)).attribute(named: "type", value: "submit")
                                        .class(action == .reject ? "" : "primary")
                                }
                                .class("claim-\(action.rawValue)")
                            }
                        }
                        .class("card claim")
                    }
                }
                .class("claims")
            }
        }
    }
}
