import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// `GET /api/v1/reports/{trial-balance|balance-sheet|income-statement|equity-changes|cash-flow}`,
/// each for `?from=&to=` (or `?date=`), as JSON or `?format=csv`. Every one ties to the trial balance.
struct ReportsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let reports = routes.grouped("reports")
        reports.get("trial-balance", use: trialBalance)
        reports.get("balance-sheet", use: balanceSheet)
        reports.get("income-statement", use: incomeStatement)
        reports.get("equity-changes", use: equityChanges)
        reports.get("cash-flow", use: cashFlow)
    }

    /// The period asked for, once `?format=` (json or csv) is known to be one the API serves.
    static func period(_ request: Request) async throws -> ReportPeriod {
        _ = try request.queryChoice("format", in: ["json", "csv"])
        return try await ReportPeriod(request)
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
            rows: trial.rows.map { .init(code: $0.code, name: request.language == .en ? $0.nameEN : $0.nameID,
                                         type: $0.type.rawValue, opening: $0.opening.money(d), debits: $0.debits.money(d),
                                         credits: $0.credits.money(d), closing: $0.closing.money(d)) },
            totalDebits: trial.totalDebits.money(d), totalCredits: trial.totalCredits.money(d), balanced: trial.isBalanced)
        return try request.report(dto, csv: {
            var csv = CSVText()
            csv.row(["code", "name", "type", "opening", "debits", "credits", "closing"])
            for row in dto.rows { csv.row([row.code, row.name, row.type, row.opening, row.debits, row.credits, row.closing]) }
            csv.row(["", "", "", "", dto.totalDebits, dto.totalCredits, ""])
            return csv
        }, name: "trial-balance-\(period.to)")
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
        let balanced: Bool
    }

    func balanceSheet(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.viewBooks)
        let period = try await Self.period(request)
        let sheet = BalanceSheet(try await ReportQueries(request.tenant()).trialBalance(from: nil, to: period.to, unit: period.unit))
        let d = principal.decimals
        let dto = BalanceSheetDTO(date: period.to.description, assets: lines(sheet.assets, request, d),
                                  liabilities: lines(sheet.liabilities, request, d), equity: lines(sheet.equity, request, d),
                                  surplus: sheet.surplus.money(d), totalAssets: sheet.totalAssets.money(d),
                                  totalLiabilities: sheet.totalLiabilities.money(d), totalEquity: sheet.totalEquity.money(d),
                                  balanced: sheet.isBalanced)
        return try request.report(dto, csv: {
            var csv = CSVText()
            csv.row(["section", "code", "name", "amount"])
            for (section, rows) in [("assets", dto.assets), ("liabilities", dto.liabilities), ("equity", dto.equity)] {
                for row in rows { csv.row([section, row.code, row.name, row.amount]) }
            }
            csv.row(["equity", "", request.catalogue.currentSurplus, dto.surplus])
            return csv
        }, name: "balance-sheet-\(period.to)")
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
        let from: String?
        let to: String
        let parts: [Part]
        let surplus: String
    }

    func incomeStatement(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.viewBooks)
        let period = try await Self.period(request)
        let statement = IncomeStatement(try await ReportQueries(request.tenant()).trialBalance(from: period.from, to: period.to, unit: period.unit,
                                                                                                     yearEnds: false))
        let d = principal.decimals
        let dto = IncomeStatementDTO(from: period.from?.description, to: period.to.description, parts: statement.parts.map {
            .init(segment: $0.segment.rawValue, income: lines($0.income, request, d), expenses: lines($0.expenses, request, d),
                  totalIncome: $0.totalIncome.money(d), totalExpenses: $0.totalExpenses.money(d), surplus: $0.surplus.money(d))
        }, surplus: statement.surplus.money(d))
        return try request.report(dto, csv: {
            var csv = CSVText()
            csv.row(["segment", "section", "code", "name", "amount"])
            for part in dto.parts {
                for row in part.income { csv.row([part.segment, "income", row.code, row.name, row.amount]) }
                for row in part.expenses { csv.row([part.segment, "expense", row.code, row.name, row.amount]) }
                csv.row([part.segment, "surplus", "", "", part.surplus])
            }
            csv.row(["", "surplus", "", "", dto.surplus])
            return csv
        }, name: "income-statement-\(period.to)")
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
        let period = try await Self.period(request)
        let changes = EquityChanges(try await ReportQueries(request.tenant()).trialBalance(from: period.from, to: period.to, unit: period.unit))
        let d = principal.decimals
        let dto = EquityChangesDTO(from: period.from?.description, to: period.to.description, rows: changes.rows.map {
            .init(code: $0.code, name: request.language == .en ? $0.nameEN : $0.nameID, opening: $0.opening.money(d),
                  increases: $0.increases.money(d), decreases: $0.decreases.money(d), closing: $0.closing.money(d))
        }, surplus: changes.surplus.money(d), openingTotal: changes.openingTotal.money(d),
           closingTotal: changes.closingTotal.money(d))
        return try request.report(dto, csv: {
            var csv = CSVText()
            csv.row(["code", "name", "opening", "increases", "decreases", "closing"])
            for row in dto.rows { csv.row([row.code, row.name, row.opening, row.increases, row.decreases, row.closing]) }
            csv.row(["", request.catalogue.currentSurplus, "", dto.surplus, "", ""])
            return csv
        }, name: "equity-changes-\(period.to)")
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
        let period = try await Self.period(request)
        let flow = try await ReportQueries(request.tenant()).cashFlow(from: period.from, to: period.to, unit: period.unit)
        let d = principal.decimals
        let dto = CashFlowDTO(from: period.from?.description, to: period.to.description, opening: flow.opening.money(d),
                              activities: CashFlow.Activity.allCases.map { activity in
            .init(activity: activity.rawValue, rows: flow.rows.filter { $0.activity == activity }.map {
                .init(code: $0.code, name: request.language == .en ? $0.nameEN : $0.nameID, inflow: $0.inflow.money(d),
                      outflow: $0.outflow.money(d), net: $0.net.money(d))
            }, net: flow.net(activity).money(d))
        }, change: flow.change.money(d), closing: flow.closing.money(d))
        return try request.report(dto, csv: {
            var csv = CSVText()
            csv.row(["activity", "code", "name", "inflow", "outflow", "net"])
            for activity in dto.activities {
                for row in activity.rows { csv.row([activity.activity, row.code, row.name, row.inflow, row.outflow, row.net]) }
            }
            csv.row(["opening", "", "", "", "", dto.opening])
            csv.row(["closing", "", "", "", "", dto.closing])
            return csv
        }, name: "cash-flow-\(period.to)")
    }
}
