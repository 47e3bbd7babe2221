import OpenAPIKit30
import Vapor

extension ReportsController {
    var routes: [APIRoute] {
        /// A statement of the books at `path`, as JSON (`schema`) or CSV, for a period unless told otherwise.
        func report(
            _ path: String, _ summary: String, _ schema: String, parameters: OpenAPI.Parameter.Array? = nil,
            use handler: @escaping @Sendable (Request) async throws -> Response
        ) -> APIRoute {
            let period: OpenAPI.Parameter.Array = [.from, .to, OpenAPIDocument.unitParameter, OpenAPIDocument.reportFormat]
            return APIRoute(
                .GET, "reports/" + path, .permission(.viewBooks),
                APIDoc(
                    summary, tag: "reports", parameters: parameters ?? period, ok: .json(200, .ref(schema)),
                    alsoAs: [.csv: .string],
                    errors: [403, 422]), use: handler)
        }
        return [
            report(
                "trial-balance", "Trial balance: every account's opening, debits, credits and closing", "TrialBalance",
                use: trialBalance),
            report(
                "balance-sheet", "Laporan posisi keuangan at a date", "BalanceSheet",
                parameters: [.query("date", .isoDate), OpenAPIDocument.unitParameter, OpenAPIDocument.reportFormat],
                use: balanceSheet),
            report(
                "income-statement",
                """
                Laporan hasil usaha: revenue, cost of revenue, gross result, operating costs, other items and tax, member \
                and non-member business apart; from the start of the financial year unless `from` is given
                """, "IncomeStatement", use: incomeStatement),
            report("equity-changes", "Laporan perubahan ekuitas", "EquityChanges", use: equityChanges),
            report("cash-flow", "Laporan arus kas (direct method)", "CashFlow", use: cashFlow),
        ]
    }
}
