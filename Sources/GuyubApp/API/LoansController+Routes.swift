import GuyubCore
import OpenAPIKit30
import Vapor

extension LoansController {
    var routes: [APIRoute] {
        let links = OpenAPIDocument.loanLinks
        /// A step in a loan's life, taken on `loans/{id}/<step>`.
        func step<Answer: AsyncResponseEncodable>(
            _ path: String, _ permission: Permission, _ summary: String, body: String, ok: APIDoc.Answer,
            use handler: @escaping @Sendable (Request) async throws -> Answer
        ) -> APIRoute {
            APIRoute(
                .POST, "loans/:id/" + path, .permission(permission), id: .loan,
                APIDoc(
                    summary, tag: "loans", body: .ref(body), ok: ok, links: links("/id"), errors: [403, 404, 422]), use: handler)
        }
        return [
            APIRoute(
                .GET, "loans/products", .permission(.viewLoans),
                APIDoc(
                    "The loan products", tag: "loans", ok: .json(200, .arrayOf(.ref("LoanProduct"))), errors: [403]),
                use: products),
            APIRoute(
                .POST, "loans/products", .permission(.manageSettings),
                APIDoc(
                    "Add a loan product", tag: "loans", body: .ref("LoanProductInput"), ok: .json(201, .ref("LoanProduct")),
                    errors: [403, 422]), use: createProduct),
            APIRoute(
                .PUT, "loans/products/:id", .permission(.manageSettings), id: .loanProduct,
                APIDoc(
                    "Change a loan product (loans already made keep their terms)", tag: "loans",
                    body: .ref("LoanProductInput"), ok: .json(200, .ref("LoanProduct")), errors: [403, 404, 422]),
                use: updateProduct),
            APIRoute(
                .GET, "loans/settings", .permission(.viewLoans),
                APIDoc(
                    "How loans are classified and provisioned", tag: "loans", ok: .json(200, .ref("Collectibility")),
                    errors: [403]), use: settings),
            APIRoute(
                .PUT, "loans/settings", .permission(.manageSettings),
                APIDoc(
                    "Choose the classification scheme and allowance percentages", tag: "loans",
                    body: .ref("Collectibility"), ok: .json(200, .ref("Collectibility")), errors: [403, 422]), use: updateSettings
            ),
            APIRoute(
                .GET, "loans", .permission(.viewLoans),
                APIDoc(
                    "Loans, newest first", tag: "loans",
                    parameters: [
                        .query(
                            "status",
                            .string(
                                allowedValues: "applied", "reviewed", "approved", "rejected", "active", "closed",
                                "written-off", "late")),
                        .page,
                    ], ok: .json(200, .pageOf(.ref("LoanSummary"))), links: links("/items/0/id"), errors: [403, 422]), use: list),
            APIRoute(
                .POST, "loans", .permission(.enterLoans),
                APIDoc(
                    "Apply for a loan; the answer holds the simulated schedule", tag: "loans",
                    body: .ref("LoanApplication"), ok: .json(201, .ref("Loan")), links: links("/id"), errors: [403, 404, 422]),
                use: apply),
            APIRoute(
                .POST, "loans/close-day", .permission(.keepBooks),
                APIDoc(
                    "Run today's loan job: penalties, arrears, classes, allowance (safe to repeat)", tag: "loans",
                    ok: .json(200, .ref("LoanDay")), errors: [403, 422]), use: closeDay),
            APIRoute(
                .GET, "loans/:id", .permission(.viewLoans, orOwn: true), id: .loan,
                APIDoc(
                    "A loan with its schedule (a member may read their own)", tag: "loans", ok: .json(200, .ref("Loan")),
                    errors: [404]), use: show),
            APIRoute(
                .GET, "loans/:id/payoff", .permission(.viewLoans, orOwn: true), id: .loan,
                APIDoc(
                    "What closes the loan on a day (default today)", tag: "loans", parameters: [.query("date", .date)],
                    ok: .json(200, .ref("Payoff")), errors: [404, 422]), use: payoff),
            step(
                "review", .enterLoans, "Record the review of an application", body: "LoanNote",
                ok: .json(200, .ref("LoanSummary")), use: review),
            step(
                "approve", .decideLoans, "Approve an application (not by whoever entered it)", body: "LoanNote",
                ok: .json(200, .ref("LoanSummary")), use: approve),
            step(
                "reject", .decideLoans, "Reject an application, with the reason", body: "LoanNote",
                ok: .json(200, .ref("LoanSummary")), use: reject),
            step(
                "disburse", .handleCash, "Pay out an approved loan (fees kept back)", body: "LoanMoney",
                ok: .json(201, .ref("LoanStep")), use: disburse),
            step(
                "repayments", .handleCash, "Take a payment: penalty, interest, principal by the product's order",
                body: "LoanMoney", ok: .json(201, .ref("LoanStep")), use: repay),
            step(
                "write-off", .decideLoans, "Write off what is left of the principal", body: "LoanNote",
                ok: .json(200, .ref("LoanSummary")), use: writeOff),
            step(
                "recoveries", .handleCash, "Money collected on a written-off loan", body: "LoanMoney",
                ok: .json(201, .ref("LoanStep")), use: recover),
            step(
                "restructure", .decideLoans, "New terms for what is still owed (the old schedule is kept)",
                body: "Restructuring", ok: .json(200, .ref("Loan")), use: restructure),
            APIRoute(
                .GET, "members/:id/loans", .permission(.viewLoans, orOwn: true), id: .member,
                APIDoc(
                    "A member's loans", tag: "loans", ok: .json(200, .arrayOf(.ref("LoanSummary"))), links: links("/0/id"),
                    errors: [404]), use: memberLoans),
            APIRoute(
                .GET, "reports/loans/portfolio", .permission(.viewLoans),
                APIDoc(
                    "Portfolio by collectibility, PAR30/PAR90, problem-loan ratio and health", tag: "loans",
                    ok: .json(200, .ref("Portfolio")), errors: [403]), use: portfolio),
            APIRoute(
                .GET, "reports/loans/arrears", .permission(.viewLoans),
                APIDoc(
                    "Late loans to call today, the longest late first", tag: "loans",
                    ok: .json(200, .arrayOf(.ref("LoanArrear"))), errors: [403]), use: arrears),
            APIRoute(
                .GET, "reports/loans/flows", .permission(.viewLoans),
                APIDoc(
                    "Money lent and collected per month", tag: "loans", parameters: [.from, .to],
                    ok: .json(200, .arrayOf(.ref("LoanFlow"))), errors: [403, 422]), use: flows),
        ]
    }
}
