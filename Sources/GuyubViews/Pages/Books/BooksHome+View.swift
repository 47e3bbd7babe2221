import GuyubCore
import Plot

extension BooksHome {
    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            let format = text.format
            return Layout.render(title: text.booksTitle, context: context) {
                Div {
                    H1(text.booksTitle)
                    Paragraph(text.asOf(model.today)).class("muted")
                }
                .class("page-head")

                if model.balanced {
                    Paragraph(text.booksBalanced).class("notice notice-success books-check")
                } else {
                    Paragraph(text.booksUnbalanced).class("notice notice-error books-check")
                        .attribute(named: "role", value: "alert")
                }
                if !model.negativeAssets.isEmpty {
                    Div {
                        Paragraph(text.negativeAssetsWarning)
                        List(model.negativeAssets) { line in
                            ListItem(text.accountName(line.nameID, line.nameEN) + ": " + format.accountingMoney(line.amount))
                        }
                    }
                    .class("notice notice-error")
                    .attribute(named: "role", value: "alert")
                }

                Element(name: "section") {
                    H2(text.booksTitle).class("visually-hidden")
                    Div {
                        figure(model.cash, text.figureCash, format)
                        figure(model.bank, text.figureBank, format)
                        figure(model.qris, text.figureQRIS, format)
                        figure(model.equitySavings, text.figureEquitySavings, format)
                        figure(model.memberDeposits, text.figureMemberDeposits, format)
                        figure(model.surplusThisYear, text.figureSurplus, format)
                    }
                    .class("figures money-figures")
                }
                Paragraph(text.closedThrough(model.closedThrough)).class("muted")

                if !model.months.isEmpty {
                    Element(name: "section") {
                        H2(text.monthsChartTitle(model.today.year))
                        BarChart(
                            rows: model.months.map { m in
                                .init(
                                    label: text.format.month(m.month),
                                    bars: [
                                        .init(value: m.income, shown: format.accountingMoney(m.income), tone: "income"),
                                        .init(value: m.expenses, shown: format.accountingMoney(m.expenses), tone: "expense"),
                                    ])
                            }, key: [("income", text.incomeKey), ("expense", text.expensesKey)],
                            label: text.monthsChartTitle(model.today.year))
                    }
                    .class("card")
                }

                Element(name: "section") {
                    H2(text.booksPlaces)
                    List(places(model, text: text)) { place in
                        ListItem {
                            Link(place.label, url: place.url.path)
                            if let note = place.note { Span(note).class("muted") }
                        }
                    }
                    .class("link-list")
                }
                .class("card")

                Element(name: "section") {
                    H2(text.reportsHeading)
                    List(Report.Model.Kind.allCases) { kind in
                        ListItem { Link(text.reportTitle(kind), url: SiteURL.report(kind).path) }
                    }
                    .class("link-list")
                }
                .class("card")
            }
        }

        private static func figure(_ amount: Int64, _ label: String, _ format: Format) -> Component {
            Div {
                Span(format.accountingMoney(amount)).class("figure-value")
                Span(label).class("figure-label")
            }
            .class("figure")
        }

        private static func places(_ model: Model, text: Catalogue) -> [(label: String, url: SiteURL, note: String?)] {
            var places: [(label: String, url: SiteURL, note: String?)] = [(text.journalTitle, .journal(), text.journalBlurb)]
            if model.canKeepBooks { places.append((text.newEntryTitle, .newEntry, text.newEntryBlurb)) }
            places += [
                (text.chartTitle, .chart, text.chartBlurb),
                (text.monthEndTitle, .monthEnd, text.monthEndBlurb),
                (text.shuTitle, .shu, text.shuBlurb),
                (text.arrearsTitle, .arrears(), text.arrearsBlurb),
                (text.savingsSettingsTitle, .savingsSettings, text.settingsBlurb),
            ]
            return places
        }
    }
}
