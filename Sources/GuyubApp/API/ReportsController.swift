import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// `GET /api/v1/reports/{trial-balance|balance-sheet|income-statement|equity-changes|cash-flow}`,
/// each for `?from=&to=` (or `?date=`), as JSON or `?format=csv`. Every one ties to the trial balance.
struct ReportsController {
    /// The period asked for, once `?format=` (json or csv) is known to be one the API serves.
    static func period(_ request: Request, yearToDate: Bool = false) async throws -> ReportPeriod {
        _ = try request.queryChoice("format", in: ["json", "csv"])
        return try await ReportPeriod(request, yearToDate: yearToDate)
    }

    struct Line: Content {
        let code: String
        let name: String
        let amount: String
    }

    func lines(_ lines: [StatementLine], _ request: Request, _ d: Int) -> [Line] {
        lines.map { Line(code: $0.code, name: request.language == .en ? $0.nameEN : $0.nameID, amount: $0.amount.money(d)) }
    }

    struct TrialBalanceDTO: Content {
        struct Row: Content {
            let code: String
            let name: String
            let type: String
            /// Debit-positive: a credit balance is negative.
            let opening: String
            let debits: String
            let credits: String
            let closing: String
        }
        let from: String?
        let to: String
        let rows: [Row]
        let totalDebits: String
        let totalCredits: String
        let balanced: Bool
    }

    func trialBalance(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.viewBooks)
        let period = try await Self.period(request)
        let trial = try await ReportQueries(request.tenant()).trialBalance(from: period.from, to: period.to, unit: period.unit)
        let d = principal.decimals
        let dto = TrialBalanceDTO(
            from: period.from?.description, to: period.to.description,
            rows: trial.rows.map {
                .init(
                    code: $0.code, name: request.language == .en ? $0.nameEN : $0.nameID,
                    type: $0.type.rawValue, opening: $0.opening.money(d), debits: $0.debits.money(d),
                    credits: $0.credits.money(d), closing: $0.closing.money(d))
            },
            totalDebits: trial.totalDebits.money(d), totalCredits: trial.totalCredits.money(d), balanced: trial.isBalanced)
        let text = request.catalogue
        return try request.report(
            dto,
            csv: {
                var csv = text.csv()
                csv.row([
                    text.csvCode, text.csvAccount, text.accountTypeLabel, text.columnOpening, text.columnDebit, text.columnCredit,
                    text.columnClosing,
                ])
                for (row, account) in zip(dto.rows, trial.rows) {
                    csv.row([
                        row.code, row.name, text.accountType(account.type), row.opening, row.debits, row.credits, row.closing,
                    ])
                }
                csv.row([text.totalsRow, "", "", "", dto.totalDebits, dto.totalCredits, ""])
                return csv
            }, file: text.fileName(text.reportFileName(.trialBalance), period.to.description))
    }

    struct BalanceSheetDTO: Content {
        let date: String
        let assets: [Line]
        let liabilities: [Line]
        let equity: [Line]
        let surplus: String
        let totalAssets: String
        let totalLiabilities: String
        let totalEquity: String
        /// What units owed each other, left out of the whole cooperative's sheet (zero in a unit's).
        let eliminated: String
        let balanced: Bool
    }

    func balanceSheet(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.viewBooks)
        let period = try await Self.period(request)
        let sheet = try await ReportQueries(request.tenant()).balanceSheet(to: period.to, unit: period.unit)
        let d = principal.decimals
        let dto = BalanceSheetDTO(
            date: period.to.description, assets: lines(sheet.assets, request, d),
            liabilities: lines(sheet.liabilities, request, d), equity: lines(sheet.equity, request, d),
            surplus: sheet.surplus.money(d), totalAssets: sheet.totalAssets.money(d),
            totalLiabilities: sheet.totalLiabilities.money(d), totalEquity: sheet.totalEquity.money(d),
            eliminated: sheet.eliminated.money(d), balanced: sheet.isBalanced)
        let text = request.catalogue
        return try request.report(
            dto,
            csv: {
                var csv = text.csv()
                csv.row([text.csvSection, text.csvCode, text.csvAccount, text.columnAmount])
                for (type, rows) in [(AccountType.asset, dto.assets), (.liability, dto.liabilities), (.equity, dto.equity)] {
                    for row in rows { csv.row([text.accountTypePlural(type), row.code, row.name, row.amount]) }
                }
                csv.row([text.accountTypePlural(.equity), "", text.currentSurplus, dto.surplus])
                if sheet.eliminated != 0 { csv.row([text.interUnitOwedEliminated, "", "", dto.eliminated]) }
                return csv
            }, file: text.fileName(text.reportFileName(.balanceSheet), period.to.description))
    }

    struct IncomeStatementDTO: Content {
        struct Part: Content {
            let segment: String
            let income: [Line]
            let expenses: [Line]
            let totalIncome: String
            let totalExpenses: String
            let surplus: String
        }
        /// Amounts by the business they came from; `shared` belongs to neither until it is divided.
        struct Columns: Content {
            let member: String
            let nonMember: String
            let shared: String
            let total: String
        }
        struct SectionLine: Content {
            let code: String
            let name: String
            let amount: Columns
        }
        struct Section: Content {
            let section: String
            let lines: [SectionLine]
            let total: Columns
        }
        let from: String?
        let to: String
        let parts: [Part]
        /// Revenue, cost of revenue, operating costs, other items and tax, in that order.
        let sections: [Section]
        let grossResult: Columns
        let operatingResult: Columns
        let resultBeforeTax: Columns
        /// The result after tax with the shared part divided: what the SHU shares.
        let memberSurplus: String
        let nonMemberSurplus: String
        let surplus: String
        /// What units sold each other, left out of the whole cooperative's statement (zero in a unit's).
        let eliminated: String
    }

    func incomeStatement(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.viewBooks)
        let period = try await Self.period(request, yearToDate: true)
        let statement = try await ReportQueries(request.tenant()).incomeStatement(
            from: period.from, to: period.to, unit: period.unit)
        let d = principal.decimals
        func columns(_ c: IncomeStatement.Columns) -> IncomeStatementDTO.Columns {
            .init(member: c.member.money(d), nonMember: c.nonMember.money(d), shared: c.shared.money(d), total: c.total.money(d))
        }
        let divided = statement.divided
        let dto = IncomeStatementDTO(
            from: period.from?.description, to: period.to.description,
            parts: statement.parts.map {
                .init(
                    segment: $0.segment.rawValue, income: lines($0.income, request, d), expenses: lines($0.expenses, request, d),
                    totalIncome: $0.totalIncome.money(d), totalExpenses: $0.totalExpenses.money(d), surplus: $0.surplus.money(d))
            },
            sections: IncomeStatement.Section.allCases.map { section in
                .init(
                    section: section.rawValue,
                    lines: statement.lines(section).map {
                        .init(code: $0.code, name: request.language == .en ? $0.nameEN : $0.nameID, amount: columns($0.amount))
                    }, total: columns(statement.total(section)))
            }, grossResult: columns(statement.grossResult), operatingResult: columns(statement.operatingResult),
            resultBeforeTax: columns(statement.resultBeforeTax), memberSurplus: divided.member.money(d),
            nonMemberSurplus: divided.nonMember.money(d), surplus: statement.surplus.money(d),
            eliminated: statement.eliminated.money(d))
        let text = request.catalogue
        return try request.report(
            dto,
            csv: {
                var csv = text.csv()
                csv.row([
                    text.csvSection, text.csvCode, text.csvAccount, text.columnMembers, text.columnNonMembers, text.columnShared,
                    text.columnAmount,
                ])
                func row(_ label: String, _ c: IncomeStatementDTO.Columns) {
                    csv.row([label, "", "", c.member, c.nonMember, c.shared, c.total])
                }
                for (section, lines) in zip(IncomeStatement.Section.allCases, dto.sections) {
                    let name = text.statementSection(section)
                    for line in lines.lines {
                        csv.row([
                            name, line.code, line.name, line.amount.member, line.amount.nonMember, line.amount.shared,
                            line.amount.total,
                        ])
                    }
                    row(text.totalOf(name), lines.total)
                    switch section {
                    case .costOfRevenue: row(text.grossResult, dto.grossResult)
                    case .operatingCosts: row(text.operatingResult, dto.operatingResult)
                    case .otherItems: row(text.resultBeforeTax, dto.resultBeforeTax)
                    default: break
                    }
                }
                csv.row([text.totalSurplus, "", "", dto.memberSurplus, dto.nonMemberSurplus, "", dto.surplus])
                if statement.eliminated != 0 { csv.row([text.interUnitEliminated, "", "", "", "", "", dto.eliminated]) }
                return csv
            }, file: text.fileName(text.reportFileName(.incomeStatement), period.to.description))
    }

    struct EquityChangesDTO: Content {
        struct Row: Content {
            let code: String
            let name: String
            let opening: String
            let increases: String
            let decreases: String
            let closing: String
        }
        let from: String?
        let to: String
        let rows: [Row]
        let surplus: String
        let openingTotal: String
        let closingTotal: String
    }

    func equityChanges(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.viewBooks)
        let period = try await Self.period(request, yearToDate: true)
        let changes = EquityChanges(
            try await ReportQueries(request.tenant()).trialBalance(from: period.from, to: period.to, unit: period.unit))
        let d = principal.decimals
        let dto = EquityChangesDTO(
            from: period.from?.description, to: period.to.description,
            rows: changes.rows.map {
                .init(
                    code: $0.code, name: request.language == .en ? $0.nameEN : $0.nameID, opening: $0.opening.money(d),
                    increases: $0.increases.money(d), decreases: $0.decreases.money(d), closing: $0.closing.money(d))
            }, surplus: changes.surplus.money(d), openingTotal: changes.openingTotal.money(d),
            closingTotal: changes.closingTotal.money(d))
        let text = request.catalogue
        return try request.report(
            dto,
            csv: {
                var csv = text.csv()
                csv.row([
                    text.csvCode, text.csvAccount, text.columnOpening, text.columnIncreases, text.columnDecreases,
                    text.columnClosing,
                ])
                for row in dto.rows { csv.row([row.code, row.name, row.opening, row.increases, row.decreases, row.closing]) }
                csv.row(["", text.currentSurplus, "", dto.surplus, "", ""])
                return csv
            }, file: text.fileName(text.reportFileName(.equityChanges), period.to.description))
    }

    struct CashFlowDTO: Content {
        struct Row: Content {
            let code: String
            let name: String
            let inflow: String
            let outflow: String
            let net: String
        }
        struct Activity: Content {
            let activity: String
            let rows: [Row]
            let net: String
        }
        let from: String?
        let to: String
        let opening: String
        let activities: [Activity]
        let change: String
        let closing: String
    }

    func cashFlow(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.viewBooks)
        let period = try await Self.period(request, yearToDate: true)
        let flow = try await ReportQueries(request.tenant()).cashFlow(from: period.from, to: period.to, unit: period.unit)
        let d = principal.decimals
        let dto = CashFlowDTO(
            from: period.from?.description, to: period.to.description, opening: flow.opening.money(d),
            activities: CashFlow.Activity.allCases.map { activity in
                .init(
                    activity: activity.rawValue,
                    rows: flow.rows.filter { $0.activity == activity }.map {
                        .init(
                            code: $0.code, name: request.language == .en ? $0.nameEN : $0.nameID, inflow: $0.inflow.money(d),
                            outflow: $0.outflow.money(d), net: $0.net.money(d))
                    }, net: flow.net(activity).money(d))
            }, change: flow.change.money(d), closing: flow.closing.money(d))
        let text = request.catalogue
        return try request.report(
            dto,
            csv: {
                var csv = text.csv()
                csv.row([text.csvSection, text.csvCode, text.csvAccount, text.csvInflow, text.csvOutflow, text.csvNet])
                for (activity, dtoActivity) in zip(CashFlow.Activity.allCases, dto.activities) {
                    for row in dtoActivity.rows {
                        csv.row([text.activity(activity), row.code, row.name, row.inflow, row.outflow, row.net])
                    }
                    csv.row([text.netActivity(activity), "", "", "", "", dtoActivity.net])
                }
                csv.row([text.cashOpening, "", "", "", "", dto.opening])
                csv.row([text.cashClosing, "", "", "", "", dto.closing])
                return csv
            }, file: text.fileName(text.reportFileName(.cashFlow), period.to.description))
    }
}
