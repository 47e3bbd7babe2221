import OpenAPIKit30

extension OpenAPIDocument {
    /// Links from an answer that holds a loan's id at `pointer`.
    static func loanLinks(_ pointer: String) -> OpenAPI.Link.Map {
        let id = "$response.body#" + pointer
        return [
            "loan": .to("get", "/api/v1/loans/{id}", parameters: ["path.id": id]),
            "payoff": .to("get", "/api/v1/loans/{id}/payoff", parameters: ["path.id": id]),
            "approve": .to("post", "/api/v1/loans/{id}/approve", parameters: ["path.id": id]),
            "disburse": .to("post", "/api/v1/loans/{id}/disburse", parameters: ["path.id": id]),
            "repay": .to("post", "/api/v1/loans/{id}/repayments", parameters: ["path.id": id]),
        ]
    }

    static let loanMethod = JSONSchema.string(allowedValues: "flat", "efektif", "anuitas")
    static let rounding = JSONSchema.string(allowedValues: "half-up", "half-even", "down")
    static let graceKind = JSONSchema.string(allowedValues: "interest-only", "none")
    static let dayCount = JSONSchema.string(allowedValues: "30/360", "actual/365")
    static let loanStatus = JSONSchema.string(
        allowedValues: "applied", "reviewed", "approved", "rejected", "active", "closed",
        "written-off")
    static let collectibility = JSONSchema.string(allowedValues: "lancar", "dpk", "kurang-lancar", "diragukan", "macet")
    static let loanFee = JSONSchema.input(["fixed": .money, "percent": .ratePercent], required: [])

    static let loanSchemas: OpenAPI.ComponentDictionary<JSONSchema> = [
        "LoanSimulation": .object(
            [
                "method": loanMethod, "rate": .ratePercent, "periods": .integer,
                "installments": .arrayOf(
                    .object(
                        [
                            "number": .integer, "due": .isoDate.orNull(), "principal": .money, "interest": .money,
                            "payment": .money,
                            "balance": .money,
                        ], required: ["number", "principal", "interest", "payment", "balance"])),
                "totalPrincipal": .money, "totalInterest": .money, "totalPayment": .money,
            ], required: ["method", "installments", "totalPrincipal", "totalInterest", "totalPayment"]),
        "LoanProductInput": .input(
            [
                "code": .string(maxLength: 20), "name": .string(maxLength: 100), "active": .boolean,
                "method": loanMethod, "rateMinPercent": .ratePercent, "rateMaxPercent": .ratePercent,
                "periodsMin": .integer, "periodsMax": .integer, "every": .integer,
                "unit": .string(allowedValues: "month", "week"),
                "principalMin": .money, "principalMax": .money, "rounding": rounding, "dayCount": dayCount,
                "grace": .integer, "graceKind": graceKind, "seasonalMonths": .arrayOf(.integer),
                "adminFee": loanFee, "provisionFee": loanFee,
                "penalty": .input(
                    [
                        "basis": .string(allowedValues: "installment", "outstanding"), "percent": .ratePercent,
                        "per": .string(allowedValues: "day", "month"), "graceDays": .integer,
                        "capPercent": .ratePercent,
                    ], required: []),
                "savingsMultiple": .integer, "collateralRequired": .boolean,
                "allocation": .arrayOf(.string(allowedValues: "penalty", "interest", "principal")),
            ],
            required: [
                "code", "name", "method", "rateMinPercent", "rateMaxPercent", "periodsMin", "periodsMax",
                "principalMin", "principalMax",
            ]),
        "LoanProduct": .object(
            [
                "id": .uuid, "code": .string, "name": .string, "active": .boolean, "method": loanMethod,
                "rateMinPercent": .ratePercent, "rateMaxPercent": .ratePercent, "periodsMin": .integer, "periodsMax": .integer,
                "every": .integer, "unit": .string, "principalMin": .money, "principalMax": .money, "rounding": rounding,
                "dayCount": dayCount, "grace": .integer, "graceKind": graceKind, "seasonalMonths": .arrayOf(.integer),
                "adminFee": .object, "provisionFee": .object, "penalty": .object,
                "savingsMultiple": .integer, "collateralRequired": .boolean, "allocation": .arrayOf(.string),
            ],
            required: ["id", "code", "name", "active", "method", "rateMinPercent", "rateMaxPercent", "periodsMin", "periodsMax"]),
        "Collectibility": .input(
            [
                "scheme": .string(allowedValues: "cooperative", "bank"),
                "thresholds": .array(
                    description: "Months (cooperative) or days (bank) where each class after lancar begins",
                    items: .integer),
                "allowancePercent": .arrayOf(.ratePercent),
            ], required: ["scheme"]),
        "LoanApplication": .input(
            [
                "memberId": .uuid, "borrowerCooperativeId": .uuid,
                "borrowerName": .string(
                    description: "Needed with borrowerCooperativeId: the borrower's name as the lender writes it",
                    maxLength: 200),
                "productId": .uuid, "principal": .money,
                "ratePercent": .ratePercent, "periods": .integer, "purpose": .string(maxLength: 300),
                "collateral": .string(maxLength: 300), "autoDebit": .boolean,
            ], required: ["productId", "principal", "periods"]),
        "LoanNote": .input(["note": .string(maxLength: 500), "reason": .string(maxLength: 300)], required: []),
        "LoanMoney": .input(
            ["amount": .money, "channel": .string(allowedValues: "cash", "bank", "qris", "savings")],
            required: ["channel"]),
        "Restructuring": .input(
            [
                "periods": .integer, "ratePercent": .ratePercent, "grace": .integer, "graceKind": graceKind,
                "seasonalMonths": .arrayOf(.integer), "reason": .string(maxLength: 300),
            ], required: ["periods", "reason"]),
        "LoanSummary": .object(
            [
                "id": .uuid, "number": .integer, "memberId": .uuid.orNull(),
                "borrowerName": .string, "status": loanStatus, "principal": .money, "outstanding": .money, "daysLate": .integer,
                "collectibility": collectibility, "appliedOn": .date, "disbursedOn": .isoDate.orNull(),
            ],
            required: [
                "id", "number", "borrowerName", "status", "principal", "outstanding", "daysLate", "collectibility",
                "appliedOn",
            ]),
        "Loan": .object(
            [
                "id": .uuid, "number": .integer, "memberId": .uuid.orNull(), "borrowerCooperativeId": .uuid.orNull(),
                "borrowerName": .string, "productId": .uuid, "status": loanStatus, "method": loanMethod, "principal": .money,
                "ratePercent": .ratePercent, "periods": .integer, "fees": .money, "purpose": .string, "collateral": .string,
                "autoDebit": .boolean, "appliedOn": .date, "appliedBy": .string,
                "reviewNote": .nullableString, "reviewedBy": .nullableString, "decidedBy": .nullableString,
                "decidedOn": .isoDate.orNull(), "decisionNote": .nullableString, "disbursedOn": .isoDate.orNull(),
                "outstanding": .money, "principalPaid": .money, "interestPaid": .money, "penaltyAccrued": .money,
                "penaltyPaid": .money, "daysLate": .integer, "collectibility": collectibility, "allowance": .money,
                "closedOn": .isoDate.orNull(), "writtenOff": .money, "recovered": .money,
                "installments": .arrayOf(
                    .object(
                        [
                            "number": .integer, "due": .string, "principal": .money, "interest": .money, "payment": .money,
                            "principalPaid": .money, "interestPaid": .money, "paidOn": .isoDate.orNull(),
                            "state": .string(allowedValues: "paid", "partial", "late", "due", "upcoming", "waived"),
                        ],
                        required: ["number", "due", "principal", "interest", "payment", "principalPaid", "interestPaid", "state"])
                ),
            ],
            required: [
                "id", "number", "borrowerName", "productId", "status", "principal", "ratePercent", "periods",
                "outstanding", "installments",
            ]),
        "LoanStep": .object(
            [
                "loanId": .uuid, "kind": .string, "date": .date, "amount": .money, "principal": .money, "interest": .money,
                "penalty": .money, "entryId": .uuid.orNull(), "entryNumber": .integer(nullable: true), "status": loanStatus,
                "outstanding": .money, "receiptUrl": .nullableString,
            ], required: ["loanId", "kind", "date", "amount", "principal", "interest", "penalty", "status", "outstanding"]),
        "Payoff": .object(
            [
                "date": .date, "penalty": .money, "interest": .money, "principal": .money, "total": .money,
                "due": .money,
            ],
            required: ["date", "penalty", "interest", "principal", "total", "due"]),
        "LoanDay": .object(
            [
                "date": .date, "loans": .integer, "late": .integer, "penalties": .money, "allowanceChange": .money,
                "entryId": .uuid.orNull(), "autoDebits": .integer, "autoDebited": .money,
            ],
            required: ["date", "loans", "late", "penalties", "allowanceChange", "autoDebits", "autoDebited"]),
        "Portfolio": .object(
            [
                "classes": .arrayOf(
                    .object(
                        [
                            "collectibility": collectibility, "loans": .integer, "outstanding": .money,
                            "allowance": .money,
                        ],
                        required: ["collectibility", "loans", "outstanding", "allowance"])),
                "loans": .integer, "outstanding": .money, "allowance": .money, "par30Percent": .money, "par90Percent": .money,
                "problemPercent": .money,
                "health": .string(allowedValues: "sehat", "cukup-sehat", "kurang-sehat", "tidak-sehat"),
            ],
            required: [
                "classes", "loans", "outstanding", "allowance", "par30Percent", "par90Percent", "problemPercent", "health",
            ]),
        "LoanArrear": .object(
            [
                "loanId": .uuid, "number": .integer, "memberId": .uuid.orNull(), "borrowerName": .string,
                "phone": .nullableString, "daysLate": .integer, "collectibility": collectibility, "overdue": .money,
                "penalty": .money, "outstanding": .money,
            ], required: ["loanId", "number", "borrowerName", "daysLate", "collectibility", "overdue", "penalty", "outstanding"]),
        "LoanFlow": .object(
            [
                "month": .string, "disbursements": .integer, "disbursed": .money, "repayments": .integer, "principal": .money,
                "interest": .money, "penalty": .money, "recovered": .money, "collected": .money,
            ],
            required: [
                "month", "disbursements", "disbursed", "repayments", "principal", "interest", "penalty", "recovered",
                "collected",
            ]),
    ]
}
