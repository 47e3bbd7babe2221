import Foundation
import GuyubCore
import Plot

/// A member's card, printed and cut out (85,6 × 54 mm): the cooperative, the member's name and number, and a
/// QR code the counter's camera reads to find them.
package enum MemberCardPage {
    package struct Model: Sendable {
        package var cooperativeName: String
        package var name: String
        package var memberNumber: Int
        package var joinedOn: CivilDate?
        package var memberID: UUID

        package init(cooperativeName: String, name: String, memberNumber: Int, joinedOn: CivilDate?, memberID: UUID) {
            self.cooperativeName = cooperativeName
            self.name = name
            self.memberNumber = memberNumber
            self.joinedOn = joinedOn
            self.memberID = memberID
        }
    }

    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            let code = try? QRCode(MemberCard.code(for: model.memberNumber))
            return Layout.render(title: text.memberCardTitle(model.name), context: context) {
                Div {
                    Paragraph(model.cooperativeName).class("card-coop")
                    Paragraph(text.memberCardHeading).class("card-heading")
                    Div {
                        Div {
                            Paragraph(model.name).class("card-name")
                            Paragraph(text.memberNumber(model.memberNumber)).class("card-number")
                            if let joined = model.joinedOn {
                                Paragraph(text.memberSince(text.format.date(joined))).class("card-since")
                            }
                        }
                        if let code { QRImage(code: code, label: text.memberCardQRLabel(model.memberNumber)) }
                    }
                    .class("card-body")
                }
                .class("member-card")
                Div {
                    PrintButton(label: text.printCard)
                    Link(text.backToMember, url: SiteURL.member(model.memberID).path).class("button secondary")
                }
                .class("actions no-print")
            }
        }
    }
}
