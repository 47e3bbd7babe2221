import Foundation
import GuyubCore
import Plot

/// A member's invitation to bring consumers: their code and its card with a QR to the sign-up page (to
/// share or print), the consumers it brought and what came of each, and the rewards they hold.
package enum MemberReferral {
    package struct Brought: Sendable, Equatable {
        package var name: String
        package var signedOn: CivilDate
        package var status: ReferralStatus
        package var reason: ReferralRefusal?
        package init(name: String, signedOn: CivilDate, status: ReferralStatus, reason: ReferralRefusal?) {
            self.name = name
            self.signedOn = signedOn
            self.status = status
            self.reason = reason
        }
    }

    package struct Model: Sendable {
        package var memberName: String
        package var code: String
        /// The full address of the sign-up page the code opens.
        package var link: String
        package var qr: QRCode?
        package var rules: ReferralRules
        package var brought: [Brought]
        package var vouchers: [ConsumerAccount.Voucher]

        package init(
            memberName: String, code: String, link: String, qr: QRCode?, rules: ReferralRules, brought: [Brought],
            vouchers: [ConsumerAccount.Voucher]
        ) {
            self.memberName = memberName
            self.code = code
            self.link = link
            self.qr = qr
            self.rules = rules
            self.brought = brought
            self.vouchers = vouchers
        }
    }

    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            let format = text.format
            return Layout.render(title: text.referralTitle, context: context) {
                Div {
                    H1(text.referralTitle)
                    Paragraph(text.referralLead(model.rules, format: format)).class("muted no-print")
                }
                .class("page-head")
                Element(name: "section") {
                    Paragraph(model.memberName).class("referral-member")
                    Paragraph(model.code).class("referral-code")
                    if let qr = model.qr { QRImage(code: qr, label: text.referralQRLabel) }
                    Paragraph(model.link).class("referral-link")
                }
                .class("card referral-card")
                Paragraph {
                    PrintButton(label: text.printCard)
                    Link(
                        text.sendByWhatsApp,
                        url: "https://wa.me/?text="
                            + (text.referralMessage(model.link).addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
                    )
                    .class("button secondary").attribute(named: "rel", value: "noopener")
                }
                .class("actions no-print")
                Element(name: "section") {
                    H2(text.consumersBrought)
                    if model.brought.isEmpty {
                        EmptyState(message: text.noneBroughtYet)
                    } else {
                        DataTable(
                            columns: [text.nameLabel, text.dateColumn, text.statusColumn],
                            rows: model.brought.map {
                                [
                                    Text($0.name), Text(format.date($0.signedOn)),
                                    Text(
                                        text.referralStatus($0.status)
                                            + ($0.reason.map { " (" + text.referralRefusal($0) + ")" } ?? "")),
                                ]
                            }, className: "referrals-table")
                    }
                }
                .class("card brought no-print")
                Element(name: "section") {
                    H2(text.myVouchers)
                    if model.vouchers.isEmpty { EmptyState(message: text.noVouchersYet) }
                    for voucher in model.vouchers { VoucherCard(voucher: voucher, text: text) }
                }
                .class("vouchers no-print")
            }
        }
    }
}
