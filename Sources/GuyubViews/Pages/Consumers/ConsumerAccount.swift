import Foundation
import GuyubCore
import Plot

/// A consumer's own page: their vouchers to spend, their purchases, and their application to become a
/// member (their history stays theirs).
package enum ConsumerAccount {
    package struct Voucher: Sendable, Equatable {
        package var code: String
        package var kind: VoucherKind
        package var value: Int64
        package var expiresOn: CivilDate
        package var status: VoucherStatus
        package init(code: String, kind: VoucherKind, value: Int64, expiresOn: CivilDate, status: VoucherStatus) {
            self.code = code
            self.kind = kind
            self.value = value
            self.expiresOn = expiresOn
            self.status = status
        }
    }

    package struct Purchase: Sendable, Equatable {
        package var number: Int
        package var at: Date
        package var total: Int64
        package init(number: Int, at: Date, total: Int64) {
            self.number = number
            self.at = at
            self.total = total
        }
    }

    package struct Model: Sendable {
        package var name: String
        package var phone: String
        package var vouchers: [Voucher]
        package var purchases: [Purchase]
        /// Their application to join, once made: its member number and status.
        package var application: (number: Int, status: MemberStatus)?
        package var values: [String: String] = [:]
        package var errors: [String: String] = [:]

        package init(name: String, phone: String, vouchers: [Voucher], purchases: [Purchase]) {
            self.name = name
            self.phone = phone
            self.vouchers = vouchers
            self.purchases = purchases
        }
    }

    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            let format = text.format
            let zone = context.user?.timeZone ?? TimeZone(identifier: "Asia/Jakarta")!
            return Layout.render(title: text.accountTitle, context: context) {
                Div {
                    H1(text.accountTitle)
                    Paragraph(model.name + " · " + format.phone(model.phone)).class("muted")
                }
                .class("page-head")
                // Their phone as a code the counter's camera reads, so purchases and rewards are theirs.
                Element(name: "section") {
                    H2(text.shoppingCard)
                    Paragraph(text.shoppingCardLead).class("muted")
                    if let code = try? QRCode(format.phone(model.phone)) { QRImage(code: code, label: text.shoppingCardLabel) }
                }
                .class("card shopping-card")
                Element(name: "section") {
                    H2(text.myVouchers)
                    if model.vouchers.isEmpty { EmptyState(message: text.noVouchersYet) }
                    for voucher in model.vouchers { VoucherCard(voucher: voucher, text: text) }
                }
                .class("vouchers")
                Element(name: "section") {
                    H2(text.myPurchases)
                    if model.purchases.isEmpty {
                        EmptyState(message: text.noPurchasesYet)
                    } else {
                        DataTable(
                            columns: [text.saleColumn, text.dateColumn, text.totalColumn],
                            rows: model.purchases.map {
                                [
                                    Text(text.saleNumber($0.number)), Text(format.dateTime($0.at, timeZone: zone)),
                                    MoneyText(amount: $0.total, format: format),
                                ]
                            }, className: "purchases-table")
                    }
                }
                .class("card purchases")
                Element(name: "section") {
                    H2(text.becomeMember)
                    if let application = model.application {
                        Paragraph(text.applicationStanding(number: application.number, application.status))
                    } else {
                        Paragraph(text.becomeMemberLead).class("muted")
                        Form(url: SiteURL.consumerMembership.path, method: .post) {
                            CSRFField(context: context)
                            ErrorNotice(messages: model.errors["form"].map { [$0] } ?? [])
                            FormField(
                                label: text.consumerField("nik"), name: "nik", value: model.values["nik"] ?? "",
                                error: model.errors["nik"], isRequired: true, inputMode: "numeric", maxLength: 20)
                            FormField(
                                label: text.consumerField("address"), name: "address", value: model.values["address"] ?? "",
                                error: model.errors["address"], isRequired: true, maxLength: FieldLimit.address)
                            Div { Button(text.applyButton).attribute(named: "type", value: "submit").class("primary") }
                                .class("form-actions")
                        }
                        .class("apply-form")
                    }
                }
                .class("card membership")
            }
        }
    }
}

/// A voucher as its holder sees it: the code to show at the counter, what it is worth, until when.
struct VoucherCard: Component {
    var voucher: ConsumerAccount.Voucher
    var text: Catalogue

    var body: Component {
        let format = text.format
        return Element(name: "article") {
            H3(voucher.code)
            Paragraph(
                voucher.kind == .money
                    ? text.voucherWorth(format.money(minorUnits: voucher.value)) : text.packageVoucher)
            Paragraph(
                voucher.status == .active ? text.goodUntil(format.date(voucher.expiresOn)) : text.voucherStatus(voucher.status)
            )
            .class("muted")
        }
        .class("card voucher voucher-\(voucher.status.rawValue)")
    }
}
