extension OpenAPIDocument {
    static let loanID: JSONValue = [["$ref": "#/components/parameters/ID"]]

    /// Links from an answer that holds a loan's id at `pointer`.
    static func loanLinks(_ pointer: String) -> [String: JSONValue] {
        let id = JSONValue.string("$response.body#" + pointer)
        return ["loan": link("get", "/api/v1/loans/{id}", parameters: ["path.id": id]),
                "payoff": link("get", "/api/v1/loans/{id}/payoff", parameters: ["path.id": id]),
                "approve": link("post", "/api/v1/loans/{id}/approve", parameters: ["path.id": id]),
                "disburse": link("post", "/api/v1/loans/{id}/disburse", parameters: ["path.id": id]),
                "repay": link("post", "/api/v1/loans/{id}/repayments", parameters: ["path.id": id])]
    }

    static func loanStep(_ summary: String, body: JSONValue, ok: (String, JSONValue)) -> JSONValue {
        ["parameters": loanID,
         "post": operation(summary, tag: "loans", body: body, ok: ok, links: loanLinks("/id").merging(loanLinks("/loanId")) { a, _ in a },
                           errors: [401, 403, 404, 422])]
    }

    static let loanPaths: JSONValue = [
        "/api/v1/simulations/loan": [
            "get": operation("Simulate a loan's schedule (no sign-in)", tag: "loans", parameters: [
                query("principal", money, required: true), query("rate", ratePercent, required: true),
                query("ratePer", ["type": "string", "enum": ["year", "month"]]), query("periods", ["type": "string", "pattern": "^[0-9]{1,6}$"], required: true),
                query("method", loanMethod, required: true), query("every", ["type": "string", "pattern": "^[0-9]{1,6}$"]),
                query("unit", ["type": "string", "enum": ["month", "week"]]), query("decimals", ["type": "string", "enum": ["0", "2"]]),
                query("rounding", rounding), query("grace", ["type": "string", "pattern": "^[0-9]{1,6}$"]),
                query("graceKind", graceKind), query("dayCount", dayCount), query("start", date),
            ], ok: ("200", ref("LoanSimulation")), errors: [422], secured: false),
        ],
        "/api/v1/loans/products": [
            "get": operation("The loan products", tag: "loans", ok: ("200", ["type": "array", "items": ref("LoanProduct")]),
                             errors: [401, 403]),
            "post": operation("Add a loan product", tag: "loans", body: ref("LoanProductInput"), ok: ("201", ref("LoanProduct")),
                              errors: [401, 403, 422]),
        ],
        "/api/v1/loans/products/{id}": [
            "parameters": loanID,
            "put": operation("Change a loan product (loans already made keep their terms)", tag: "loans",
                             body: ref("LoanProductInput"), ok: ("200", ref("LoanProduct")), errors: [401, 403, 404, 422]),
        ],
        "/api/v1/loans/settings": [
            "get": operation("How loans are classified and provisioned", tag: "loans", ok: ("200", ref("Collectibility")),
                             errors: [401, 403]),
            "put": operation("Choose the classification scheme and allowance percentages", tag: "loans",
                             body: ref("Collectibility"), ok: ("200", ref("Collectibility")), errors: [401, 403, 422]),
        ],
        "/api/v1/loans": [
            "get": operation("Loans, newest first", tag: "loans", parameters: [
                query("status", ["type": "string", "enum": ["applied", "reviewed", "approved", "rejected", "active", "closed",
                                                            "written-off", "late"]]),
                ["$ref": "#/components/parameters/Page"],
            ], ok: ("200", pageOf(ref("LoanSummary"))), links: loanLinks("/items/0/id"), errors: [401, 403, 422]),
            "post": operation("Apply for a loan; the answer holds the simulated schedule", tag: "loans",
                              body: ref("LoanApplication"), ok: ("201", ref("Loan")), links: loanLinks("/id"),
                              errors: [401, 403, 404, 422]),
        ],
        "/api/v1/loans/close-day": [
            "post": operation("Run today's loan job: penalties, arrears, classes, allowance (safe to repeat)", tag: "loans",
                              ok: ("200", ref("LoanDay")), errors: [401, 403, 422], idempotent: true),
        ],
        "/api/v1/loans/{id}": [
            "parameters": loanID,
            "get": operation("A loan with its schedule (a member may read their own)", tag: "loans", ok: ("200", ref("Loan")),
                             errors: [401, 404]),
        ],
        "/api/v1/loans/{id}/payoff": [
            "parameters": loanID,
            "get": operation("What closes the loan on a day (default today)", tag: "loans", parameters: [query("date", date)],
                             ok: ("200", ref("Payoff")), errors: [401, 404, 422]),
        ],
        "/api/v1/loans/{id}/review": loanStep("Record the review of an application", body: ref("LoanNote"), ok: ("200", ref("LoanSummary"))),
        "/api/v1/loans/{id}/approve": loanStep("Approve an application (not by whoever entered it)", body: ref("LoanNote"),
                                               ok: ("200", ref("LoanSummary"))),
        "/api/v1/loans/{id}/reject": loanStep("Reject an application, with the reason", body: ref("LoanNote"),
                                              ok: ("200", ref("LoanSummary"))),
        "/api/v1/loans/{id}/disburse": loanStep("Pay out an approved loan (fees kept back)", body: ref("LoanMoney"),
                                                ok: ("201", ref("LoanStep"))),
        "/api/v1/loans/{id}/repayments": loanStep("Take a payment: penalty, interest, principal by the product's order",
                                                  body: ref("LoanMoney"), ok: ("201", ref("LoanStep"))),
        "/api/v1/loans/{id}/write-off": loanStep("Write off what is left of the principal", body: ref("LoanNote"),
                                                 ok: ("200", ref("LoanSummary"))),
        "/api/v1/loans/{id}/recoveries": loanStep("Money collected on a written-off loan", body: ref("LoanMoney"),
                                                  ok: ("201", ref("LoanStep"))),
        "/api/v1/loans/{id}/restructure": loanStep("New terms for what is still owed (the old schedule is kept)",
                                                   body: ref("Restructuring"), ok: ("200", ref("Loan"))),
        "/api/v1/members/{id}/loans": [
            "parameters": [["$ref": "#/components/parameters/MemberID"]],
            "get": operation("A member's loans", tag: "loans", ok: ("200", ["type": "array", "items": ref("LoanSummary")]),
                             links: loanLinks("/0/id"), errors: [401, 404]),
        ],
        "/api/v1/reports/loans/portfolio": [
            "get": operation("Portfolio by collectibility, PAR30/PAR90, problem-loan ratio and health", tag: "loans",
                             ok: ("200", ref("Portfolio")), errors: [401, 403]),
        ],
        "/api/v1/reports/loans/arrears": [
            "get": operation("Late loans to call today, the longest late first", tag: "loans",
                             ok: ("200", ["type": "array", "items": ref("LoanArrear")]), errors: [401, 403]),
        ],
        "/api/v1/reports/loans/flows": [
            "get": operation("Money lent and collected per month", tag: "loans",
                             parameters: [["$ref": "#/components/parameters/From"], ["$ref": "#/components/parameters/To"]],
                             ok: ("200", ["type": "array", "items": ref("LoanFlow")]), errors: [401, 403, 422]),
        ],
    ]

    static func query(_ name: String, _ schema: JSONValue, required: Bool = false) -> JSONValue {
        ["name": .string(name), "in": "query", "required": .bool(required), "schema": schema]
    }

    static let ratePercent: JSONValue = ["type": "string", "pattern": "^[0-9]+([.,][0-9]{1,4})?$", "example": "12"]
    static let loanMethod: JSONValue = ["type": "string", "enum": ["flat", "efektif", "anuitas"]]
    static let rounding: JSONValue = ["type": "string", "enum": ["half-up", "half-even", "down"]]
    static let graceKind: JSONValue = ["type": "string", "enum": ["interest-only", "none"]]
    static let dayCount: JSONValue = ["type": "string", "enum": ["30/360", "actual/365"]]
    static let loanStatus: JSONValue = ["type": "string", "enum": ["applied", "reviewed", "approved", "rejected", "active", "closed",
                                                                   "written-off"]]
    static let collectibility: JSONValue = ["type": "string", "enum": ["lancar", "dpk", "kurang-lancar", "diragukan", "macet"]]
    static let nullableDate: JSONValue = ["type": "string", "format": "date", "nullable": true]

    static let loanSchemas: JSONValue = [
        "LoanSimulation": object([
            "method": loanMethod, "rate": ratePercent, "periods": integer,
            "installments": ["type": "array", "items": object([
                "number": integer, "due": nullableDate, "principal": money, "interest": money, "payment": money, "balance": money,
            ], required: ["number", "principal", "interest", "payment", "balance"])],
            "totalPrincipal": money, "totalInterest": money, "totalPayment": money,
        ], required: ["method", "installments", "totalPrincipal", "totalInterest", "totalPayment"]),
        "LoanProductInput": input([
            "code": ["type": "string", "maxLength": 20], "name": ["type": "string", "maxLength": 100], "active": ["type": "boolean"],
            "method": loanMethod, "rateMinPercent": ratePercent, "rateMaxPercent": ratePercent,
            "periodsMin": integer, "periodsMax": integer, "every": integer, "unit": ["type": "string", "enum": ["month", "week"]],
            "principalMin": money, "principalMax": money, "rounding": rounding, "dayCount": dayCount,
            "grace": integer, "graceKind": graceKind, "seasonalMonths": ["type": "array", "items": integer],
            "adminFee": input(["fixed": money, "percent": ratePercent], required: []),
            "provisionFee": input(["fixed": money, "percent": ratePercent], required: []),
            "penalty": input(["basis": ["type": "string", "enum": ["installment", "outstanding"]], "percent": ratePercent,
                              "per": ["type": "string", "enum": ["day", "month"]], "graceDays": integer,
                              "capPercent": ratePercent], required: []),
            "savingsMultiple": integer, "collateralRequired": ["type": "boolean"],
            "allocation": ["type": "array", "items": ["type": "string", "enum": ["penalty", "interest", "principal"]]],
        ], required: ["code", "name", "method", "rateMinPercent", "rateMaxPercent", "periodsMin", "periodsMax",
                      "principalMin", "principalMax"]),
        "LoanProduct": object([
            "id": uuid, "code": string, "name": string, "active": ["type": "boolean"], "method": loanMethod,
            "rateMinPercent": ratePercent, "rateMaxPercent": ratePercent, "periodsMin": integer, "periodsMax": integer,
            "every": integer, "unit": string, "principalMin": money, "principalMax": money, "rounding": rounding,
            "dayCount": dayCount, "grace": integer, "graceKind": graceKind, "seasonalMonths": ["type": "array", "items": integer],
            "adminFee": ["type": "object"], "provisionFee": ["type": "object"], "penalty": ["type": "object"],
            "savingsMultiple": integer, "collateralRequired": ["type": "boolean"], "allocation": ["type": "array", "items": string],
        ], required: ["id", "code", "name", "active", "method", "rateMinPercent", "rateMaxPercent", "periodsMin", "periodsMax"]),
        "Collectibility": input([
            "scheme": ["type": "string", "enum": ["cooperative", "bank"]],
            "thresholds": ["type": "array", "items": integer, "description": "Months (cooperative) or days (bank) where each class after lancar begins"],
            "allowancePercent": ["type": "array", "items": ratePercent],
        ], required: ["scheme"]),
        "LoanApplication": input([
            "memberId": uuid, "borrowerCooperativeId": uuid,
            "borrowerName": ["type": "string", "maxLength": 200, "description": "Needed with borrowerCooperativeId: the borrower's name as the lender writes it"],
            "productId": uuid, "principal": money,
            "ratePercent": ratePercent, "periods": integer, "purpose": ["type": "string", "maxLength": 300],
            "collateral": ["type": "string", "maxLength": 300], "autoDebit": ["type": "boolean"],
        ], required: ["productId", "principal", "periods"]),
        "LoanNote": input(["note": ["type": "string", "maxLength": 500], "reason": ["type": "string", "maxLength": 300]], required: []),
        "LoanMoney": input(["amount": money, "channel": ["type": "string", "enum": ["cash", "bank", "qris", "savings"]]],
                           required: ["channel"]),
        "Restructuring": input([
            "periods": integer, "ratePercent": ratePercent, "grace": integer, "graceKind": graceKind,
            "seasonalMonths": ["type": "array", "items": integer], "reason": ["type": "string", "maxLength": 300],
        ], required: ["periods", "reason"]),
        "LoanSummary": object([
            "id": uuid, "number": integer, "memberId": ["type": "string", "format": "uuid", "nullable": true],
            "borrowerName": string, "status": loanStatus, "principal": money, "outstanding": money, "daysLate": integer,
            "collectibility": collectibility, "appliedOn": date, "disbursedOn": nullableDate,
        ], required: ["id", "number", "borrowerName", "status", "principal", "outstanding", "daysLate", "collectibility",
                      "appliedOn"]),
        "Loan": object([
            "id": uuid, "number": integer, "memberId": ["type": "string", "format": "uuid", "nullable": true],
            "borrowerCooperativeId": ["type": "string", "format": "uuid", "nullable": true], "borrowerName": string,
            "productId": uuid, "status": loanStatus, "method": loanMethod, "principal": money, "ratePercent": ratePercent,
            "periods": integer, "fees": money, "purpose": string, "collateral": string, "autoDebit": ["type": "boolean"],
            "appliedOn": date, "appliedBy": string,
            "reviewNote": nullableString, "reviewedBy": nullableString, "decidedBy": nullableString, "decidedOn": nullableDate,
            "decisionNote": nullableString, "disbursedOn": nullableDate, "outstanding": money, "principalPaid": money,
            "interestPaid": money, "penaltyAccrued": money, "penaltyPaid": money, "daysLate": integer,
            "collectibility": collectibility, "allowance": money, "closedOn": nullableDate, "writtenOff": money, "recovered": money,
            "installments": ["type": "array", "items": object([
                "number": integer, "due": string, "principal": money, "interest": money, "payment": money,
                "principalPaid": money, "interestPaid": money, "paidOn": nullableDate,
                "state": ["type": "string", "enum": ["paid", "partial", "late", "due", "upcoming", "waived"]],
            ], required: ["number", "due", "principal", "interest", "payment", "principalPaid", "interestPaid", "state"])],
        ], required: ["id", "number", "borrowerName", "productId", "status", "principal", "ratePercent", "periods",
                      "outstanding", "installments"]),
        "LoanStep": object([
            "loanId": uuid, "kind": string, "date": date, "amount": money, "principal": money, "interest": money,
            "penalty": money, "entryId": ["type": "string", "format": "uuid", "nullable": true],
            "entryNumber": ["type": "integer", "nullable": true], "status": loanStatus, "outstanding": money,
            "receiptUrl": nullableString,
        ], required: ["loanId", "kind", "date", "amount", "principal", "interest", "penalty", "status", "outstanding"]),
        "Payoff": object(["date": date, "penalty": money, "interest": money, "principal": money, "total": money, "due": money],
                         required: ["date", "penalty", "interest", "principal", "total", "due"]),
        "LoanDay": object(["date": date, "loans": integer, "late": integer, "penalties": money, "allowanceChange": money,
                           "entryId": ["type": "string", "format": "uuid", "nullable": true], "autoDebits": integer,
                           "autoDebited": money],
                          required: ["date", "loans", "late", "penalties", "allowanceChange", "autoDebits", "autoDebited"]),
        "Portfolio": object([
            "classes": ["type": "array", "items": object(["collectibility": collectibility, "loans": integer,
                                                          "outstanding": money, "allowance": money],
                                                         required: ["collectibility", "loans", "outstanding", "allowance"])],
            "loans": integer, "outstanding": money, "allowance": money, "par30Percent": money, "par90Percent": money,
            "problemPercent": money,
            "health": ["type": "string", "enum": ["sehat", "cukup-sehat", "kurang-sehat", "tidak-sehat"]],
        ], required: ["classes", "loans", "outstanding", "allowance", "par30Percent", "par90Percent", "problemPercent", "health"]),
        "LoanArrear": object([
            "loanId": uuid, "number": integer, "memberId": ["type": "string", "format": "uuid", "nullable": true],
            "borrowerName": string, "phone": nullableString, "daysLate": integer, "collectibility": collectibility,
            "overdue": money, "penalty": money, "outstanding": money,
        ], required: ["loanId", "number", "borrowerName", "daysLate", "collectibility", "overdue", "penalty", "outstanding"]),
        "LoanFlow": object([
            "month": string, "disbursements": integer, "disbursed": money, "repayments": integer, "principal": money,
            "interest": money, "penalty": money, "recovered": money, "collected": money,
        ], required: ["month", "disbursements", "disbursed", "repayments", "principal", "interest", "penalty", "recovered",
                      "collected"]),
    ]
}
