import Foundation
import GuyubCore
import Plot

extension SHUYearPage {
    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            let format = text.format
            func money(_ amount: Int64) -> Component { MoneyText(amount: amount, format: format) }
            return Layout.render(title: text.shuYearTitle(model.year), context: context) {
                Div {
                    Paragraph { Link(text.back(to: text.shuTitle), url: SiteURL.shu.path) }.class("crumb")
                    H1(text.shuYearTitle(model.year))
                    Paragraph(text.shuStatus(model.status)).class("lead")
                    Div {
                        PrintButton(label: text.printPage)
                        Link(text.downloadSharesCSV, url: SiteURL.shuYear(model.year, csv: true).path).class("button secondary")
                        Link(text.rulesLink, url: SiteURL.shuSettings(model.year).path).class("button secondary")
                    }
                    .class("actions")
                }
                .class("page-head")
                ErrorNotice(messages: model.error.map { [$0] } ?? [])

                Element(name: "section") {
                    H2(text.surplusHeading(model.year))
                    DefinitionList(items: [
                        .init(text.memberSurplusLabel, detail: money(model.memberSurplus)),
                        .init(text.nonMemberSurplusLabel, detail: money(model.nonMemberSurplus)),
                    ])
                    if model.status == .posted {
                        Paragraph(text.postedOn(model.postedOn)).class("notice notice-success")
                    } else {
                        Paragraph(text.approvedBy(model.approvedOn)).class(
                            model.approvedOn == nil ? "notice notice-warning" : "notice")
                        Div {
                            if model.canPost, model.approvedOn != nil {
                                Form(url: SiteURL.shuAction(model.year, .post).path, method: .post) {
                                    CSRFField(context: context)
                                    Button(text.postButton).attribute(named: "type", value: "submit").class("primary")
                                }
                            }
                            if model.canCompute {
                                Form(url: SiteURL.shuAction(model.year, .compute).path, method: .post) {
                                    CSRFField(context: context)
                                    Button(text.computeButton).attribute(named: "type", value: "submit").class("secondary")
                                }
                            }
                        }
                        .class("actions")
                    }
                }
                .class("card")

                Element(name: "section") {
                    H2(text.fundsHeading)
                    chart(model, text: text)
                    MoneyTable(
                        columns: [
                            .init(text.columnFund), .init(text.columnPercent, amount: true),
                            .init(text.columnFromMembers, amount: true), .init(text.columnFromNonMembers, amount: true),
                        ],
                        rows: model.funds.map { fund in
                            [
                                Text(text.fundName(fund)),
                                Text(model.rules.allocation[fund].map { format.percent(basisPoints: Int($0 / 100)) } ?? "—"),
                                money(model.pools[fund] ?? 0), money(model.nonMemberPools[fund] ?? 0),
                            ]
                        },
                        footer: [[Text(text.roundingLeft), Text(""), money(model.roundingLeft), Text("")]],
                        className: "shu-funds")
                }
                .class("card")

                Element(name: "section") {
                    H2(text.sharesHeading)
                    Paragraph(
                        text.sharesLead(
                            members: model.members, savings: format.money(minorUnits: model.totalSavings),
                            business: format.money(minorUnits: model.totalBusiness))
                    ).class("muted")
                    MoneyTable(
                        columns: [
                            .init(text.columnNumber), .init(text.columnName), .init(text.columnSavingsBasis, amount: true),
                            .init(text.columnBusiness, amount: true), .init(text.columnCapitalShare, amount: true),
                            .init(text.columnPatronageShare, amount: true), .init(text.columnSHU, amount: true),
                            .init(text.columnStatus),
                        ],
                        rows: model.shares.map { share in
                            [
                                Text(String(share.number)), Link(share.name, url: SiteURL.member(share.memberID).path),
                                money(share.savings), money(share.business), money(share.capital), money(share.patronage),
                                money(share.total), payment(share, model: model, context: context),
                            ]
                        },
                        className: "shu-shares")
                    Pager(page: model.page, pageCount: model.pageCount, text: text) { SiteURL.shuYear(model.year, page: $0) }
                }
                .class("card")
            }
        }

        static func payment(_ share: Model.Share, model: Model, context: PageContext) -> Component {
            let text = context.text
            guard model.canPayOut, share.paidTo == .payable, share.total > 0 else { return Text(text.paidTo(share.paidTo)) }
            return Form(url: SiteURL.shuPayout(model.year, member: share.memberID).path, method: .post) {
                CSRFField(context: context)
                HiddenField(name: "channel", value: "cash")
                Button(text.payOutButton).attribute(named: "type", value: "submit").class("secondary small")
            }
            .class("inline-form")
        }

        /// Each fund's part of the year's surplus as a labelled bar: a picture of where the SHU goes.
        static func chart(_ model: Model, text: Catalogue) -> Component {
            BarChart(
                rows: model.funds.map { fund in
                    let amount = (model.pools[fund] ?? 0) + (model.nonMemberPools[fund] ?? 0)
                    return .init(
                        label: text.fundName(fund),
                        bars: [
                            .init(
                                value: amount, shown: text.format.money(minorUnits: amount),
                                tone: fund == "capital" || fund == "patronage" ? "members" : "fund")
                        ])
                }, key: [("members", text.fundName("capital") + " + " + text.fundName("patronage")), ("fund", text.columnFund)],
                label: text.fundsHeading)
        }
    }
}
