import GuyubCore
import Plot

extension Report {
    package enum View {
        package static func render(_ model: Model, in context: PageContext) -> String {
            let text = context.text
            let title = text.reportTitle(model.kind)
            return Layout.render(title: title, context: context) {
                Div {
                    Paragraph(model.cooperativeName).class("lead")
                    H1(title)
                    Paragraph(text.reportPeriod(model.kind, from: model.from, to: model.to)).class("period")
                    if let unit = model.units.first(where: { $0.id == model.unit }) {
                        Paragraph(text.businessUnit + ": " + unit.name).class("period")
                    }
                }
                .class("page-head report-head")

                Navigation {
                    for kind in Model.Kind.allCases {
                        Link(
                            text.reportTab(kind), url: SiteURL.report(kind, from: model.from, to: model.to, unit: model.unit).path
                        )
                        .class(kind == model.kind ? "current" : "")
                        .attribute(named: "aria-current", value: kind == model.kind ? "page" : nil)
                    }
                }
                .class("tabs")
                .attribute(named: "aria-label", value: text.reportsNav)

                Form(url: SiteURL.report(model.kind).path, method: .get) {
                    if model.kind != .balanceSheet {
                        DateField(label: text.periodFrom, name: "from", value: model.from?.description ?? "", text: text)
                    }
                    DateField(
                        label: model.kind == .balanceSheet ? text.asAtDate : text.periodTo, name: "to",
                        value: model.to.description, text: text)
                    if !model.units.isEmpty {
                        ChoiceField(
                            label: text.businessUnit, name: "unit",
                            options: [("", text.wholeCooperative)] + model.units.map { ($0.id.uuidString.lowercased(), $0.name) },
                            selected: model.unit?.uuidString.lowercased() ?? "")
                    }
                    Button(text.show).attribute(named: "type", value: "submit")
                }
                .class("search period-form")

                Div {
                    PrintButton(label: text.printPage)
                    Link(
                        text.downloadCSV,
                        url: SiteURL.report(
                            model.kind, from: model.from, to: model.to, unit: model.unit,
                            csv: true
                        ).path
                    )
                    .class("button secondary")
                }
                .class("actions")

                Element(name: "section") {
                    switch model.content {
                    case .trialBalance(let trial): trialBalance(trial, text: text)
                    case .balanceSheet(let sheet): balanceSheet(sheet, text: text)
                    case .incomeStatement(let income): incomeStatement(income, text: text)
                    case .equityChanges(let equity): equityChanges(equity, text: text)
                    case .cashFlow(let flow): cashFlow(flow, text: text)
                    }
                }
                .class("card report")
            }
        }

        // MARK: The five statements

        private static func trialBalance(_ trial: TrialBalance, text: Catalogue) -> Component {
            let format = text.format
            return ComponentGroup {
                if trial.isBalanced {
                    Paragraph(text.trialBalanced).class("notice notice-success")
                } else {
                    Paragraph(text.trialUnbalanced).class("notice notice-error").attribute(named: "role", value: "alert")
                }
                MoneyTable(
                    columns: [
                        .init(text.columnAccount), .init(text.columnOpening, amount: true),
                        .init(text.columnDebit, amount: true), .init(text.columnCredit, amount: true),
                        .init(text.columnClosing, amount: true),
                    ],
                    // Accounts never used in or before the period are left out: they would only lengthen the page.
                    rows: trial.rows.filter { $0.opening != 0 || $0.debits != 0 || $0.credits != 0 }.map { row in
                        [
                            accountCell(code: row.code, name: text.accountName(row.nameID, row.nameEN)),
                            sided(row.opening, text: text), amountCell(row.debits, format), amountCell(row.credits, format),
                            sided(row.closing, text: text),
                        ]
                    },
                    footer: [
                        [
                            Text(text.totalsRow), Text(""),
                            MoneyText(amount: trial.totalDebits, format: format),
                            MoneyText(amount: trial.totalCredits, format: format),
                            Span {
                                sided(trial.closingDebits, text: text)
                                Element(name: "br") {}
                                sided(-trial.closingCredits, text: text)
                            },
                        ]
                    ],
                    className: "trial")
            }
        }

        private static func balanceSheet(_ sheet: BalanceSheet, text: Catalogue) -> Component {
            let assets = text.accountTypePlural(.asset)
            let liabilities = text.accountTypePlural(.liability)
            let equity = text.accountTypePlural(.equity)
            var rows: [Row] =
                [.group(assets)] + lines(sheet.assets, text: text)
                + [.subtotal(text.totalOf(assets), [sheet.totalAssets]), .group(liabilities)]
                + lines(sheet.liabilities, text: text)
                + [.subtotal(text.totalOf(liabilities), [sheet.totalLiabilities]), .group(equity)]
            rows += sheet.equity.map { .line($0.code, text.accountName($0.nameID, $0.nameEN), [$0.amount]) }
            rows += [
                .line(nil, text.currentSurplus, [sheet.surplus]), .subtotal(text.totalOf(equity), [sheet.totalEquity]),
                .total(text.liabilitiesAndEquity, [sheet.totalLiabilities + sheet.totalEquity]),
            ]
            return ComponentGroup {
                statementTable(rows, text: text)
                if sheet.eliminated != 0 {
                    Paragraph(text.interUnitOwedNote(text.format.money(minorUnits: sheet.eliminated))).class(
                        "hint eliminated")
                }
                if !sheet.isBalanced {
                    Paragraph(text.sheetUnbalanced).class("notice notice-error").attribute(named: "role", value: "alert")
                }
            }
        }

        /// Three columns of business — with members, with non-members, and the total — so the members'
        /// part of the surplus can be read down its column; shared items show in the total alone until
        /// they are divided at the foot.
        private static func incomeStatement(_ income: IncomeStatement, text: Catalogue) -> Component {
            func columns(_ c: IncomeStatement.Columns) -> [Int64?] {
                [c.member, c.nonMember, c.total]
            }
            var rows: [Row] = []
            func section(_ section: IncomeStatement.Section) {
                let lines = income.lines(section)
                guard !lines.isEmpty || section != .otherItems && section != .tax else { return }
                rows.append(.group(text.statementSection(section)))
                rows +=
                    lines.isEmpty
                    ? [.note(text.nothingToReport)]
                    : lines.map {
                        // A line shows in its own business's column and the total; shared ones in the total alone.
                        .line(
                            $0.code, text.accountName($0.nameID, $0.nameEN),
                            [
                                $0.amount.member == 0 ? nil : $0.amount.member,
                                $0.amount.nonMember == 0 ? nil : $0.amount.nonMember,
                                $0.amount.total,
                            ])
                    }
                rows.append(.subtotal(text.totalOf(text.statementSection(section)), columns(income.total(section))))
            }
            section(.revenue)
            section(.costOfRevenue)
            rows.append(.subtotal(text.grossResult, columns(income.grossResult)))
            section(.operatingCosts)
            rows.append(.subtotal(text.operatingResult, columns(income.operatingResult)))
            section(.otherItems)
            if !income.lines(.tax).isEmpty {
                rows.append(.subtotal(text.resultBeforeTax, columns(income.resultBeforeTax)))
            }
            section(.tax)
            let result = income.result
            let divided = income.divided
            if result.shared != 0 {
                rows.append(
                    .line(nil, text.sharedDivided, [divided.member - result.member, divided.nonMember - result.nonMember, nil]))
            }
            rows.append(.total(text.totalSurplus, [divided.member, divided.nonMember, divided.total]))
            return ComponentGroup {
                statementTable(rows, columns: [text.columnMembers, text.columnNonMembers, text.columnAmount], text: text)
                Paragraph(text.segmentNote).class("hint")
                if income.eliminated != 0 {
                    Paragraph(text.interUnitEliminatedNote(text.format.money(minorUnits: income.eliminated))).class(
                        "hint eliminated")
                }
            }
        }

        private static func equityChanges(_ equity: EquityChanges, text: Catalogue) -> Component {
            let format = text.format
            func money(_ amount: Int64) -> Component { MoneyText(amount: amount, format: format, parentheses: true) }
            return MoneyTable(
                columns: [
                    .init(text.columnAccount), .init(text.columnOpening, amount: true),
                    .init(text.columnIncreases, amount: true), .init(text.columnDecreases, amount: true),
                    .init(text.columnClosing, amount: true),
                ],
                rows: equity.rows.map { row in
                    [
                        accountCell(code: row.code, name: text.accountName(row.nameID, row.nameEN)), money(row.opening),
                        amountCell(row.increases, format), amountCell(row.decreases, format), money(row.closing),
                    ]
                } + [[Text(text.periodSurplus), Text(""), money(equity.surplus), Text(""), money(equity.surplus)]],
                footer: [
                    [
                        Text(text.totalsRow), money(equity.openingTotal),
                        money(equity.rows.reduce(0) { $0 + $1.increases } + equity.surplus),
                        money(equity.rows.reduce(0) { $0 + $1.decreases }),
                        money(equity.closingTotal + equity.surplus),
                    ]
                ],
                className: "equity")
        }

        private static func cashFlow(_ flow: CashFlow, text: Catalogue) -> Component {
            var rows: [Row] = []
            for activity in CashFlow.Activity.allCases {
                rows.append(.group(text.activity(activity)))
                let moved = flow.rows.filter { $0.activity == activity }
                if moved.isEmpty { rows.append(.note(text.noCashMovement)) }
                for row in moved {
                    let name = text.accountName(row.nameID, row.nameEN)
                    if row.inflow > 0 { rows.append(.line(row.code, text.received(name), [row.inflow])) }
                    if row.outflow > 0 { rows.append(.line(row.code, text.paid(name), [-row.outflow])) }
                }
                rows.append(.subtotal(text.netActivity(activity), [flow.net(activity)]))
            }
            rows += [
                .subtotal(text.cashChange, [flow.change]), .line(nil, text.cashOpening, [flow.opening]),
                .total(text.cashClosing, [flow.closing]),
            ]
            return statementTable(rows, text: text)
        }

        // MARK: Parts

        /// A row of a two-column statement: headings, accounts, subtotals and the grand total.
        private enum Row {
            case group(String)
            case subgroup(String)
            /// An account or a computed line, with an amount in each column (nil leaves it blank).
            case line(String?, String, [Int64?])
            case subtotal(String, [Int64?])
            case total(String, [Int64?])
            case note(String)

            var isGroup: Bool { if case .group = self { true } else { false } }
            var isTotal: Bool { if case .total = self { true } else { false } }
        }

        private static func lines(_ lines: [StatementLine], text: Catalogue) -> [Row] {
            lines.isEmpty
                ? [.note(text.nothingToReport)]
                : lines.map { .line($0.code, text.accountName($0.nameID, $0.nameEN), [$0.amount]) }
        }

        /// Item and amounts, one row each; on a phone it stays a table, negative amounts in parentheses.
        private static func statementTable(_ rows: [Row], columns: [String]? = nil, text: Catalogue) -> Component {
            let format = text.format
            let columns = columns ?? [text.columnAmount]
            let span = String(columns.count + 1)
            // Each amount names its column, so that on a phone a row can stack its amounts under its item.
            func amounts(_ values: [Int64?]) -> Component {
                ComponentGroup {
                    for (value, column) in zip(values, columns) {
                        Element(name: "td") {
                            if let value { MoneyText(amount: value, format: format, parentheses: true) }
                        }
                        .class("num")
                        .attribute(named: "data-label", value: columns.count > 1 && value != nil ? column : nil)
                    }
                }
            }
            return Div {
                Element(name: "table") {
                    Element(name: "thead") {
                        Element(name: "tr") {
                            Element(name: "th") { Text(text.columnItem) }.attribute(named: "scope", value: "col")
                            for column in columns {
                                Element(name: "th") { Text(column) }.attribute(named: "scope", value: "col").class("num")
                            }
                        }
                    }
                    Element(name: "tbody") {
                        for row in rows {
                            switch row {
                            case .group(let title), .subgroup(let title):
                                Element(name: "tr") {
                                    Element(name: "th") { Text(title) }
                                        .attribute(named: "colspan", value: span)
                                        .attribute(named: "scope", value: "colgroup")
                                }
                                .class(row.isGroup ? "group" : "subgroup")
                            case .line(let code, let name, let value):
                                Element(name: "tr") {
                                    Element(name: "td") {
                                        if let code { Span(code).class("code") }
                                        Text((code == nil ? "" : " ") + name)
                                    }
                                    amounts(value)
                                }
                            case .subtotal(let label, let value), .total(let label, let value):
                                Element(name: "tr") {
                                    Element(name: "td") { Text(label) }
                                    amounts(value)
                                }
                                .class(row.isTotal ? "total" : "subtotal")
                            case .note(let note):
                                Element(name: "tr") {
                                    Element(name: "td") { Text(note) }.attribute(named: "colspan", value: span).class("muted")
                                }
                            }
                        }
                    }
                }
                .class(columns.count > 1 ? "statement-table wide" : "statement-table")
            }
            .class("table-wrap")
        }

        /// A balance with its side: `Rp 1.250.000 D` (debit) or `Rp 1.000.000 K` (credit).
        private static func sided(_ balance: Int64, text: Catalogue) -> Component {
            if balance == 0 { return MoneyText(amount: 0, format: text.format) }
            return Span {
                MoneyText(amount: Int64(balance.magnitude), format: text.format)
                Text(" " + (balance > 0 ? text.debitMark : text.creditMark))
            }
            .class("nowrap")
        }
    }
}
