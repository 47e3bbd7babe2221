import OpenAPIKit30

extension OpenAPIDocument {
    static let unitParameter = OpenAPI.Parameter.Array.Element.parameter(
        name: "unit", context: .query(required: false, allowEmptyValue: true), schema: .uuid,
        description: "One business unit's figures; left out or empty: the whole cooperative")
    static let reportFormat = OpenAPI.Parameter.Array.Element.query("format", .string(allowedValues: "json", "csv"))

    static let statementLine = JSONSchema.object(
        ["code": .string, "name": .string, "amount": .money],
        required: ["code", "name", "amount"])

    /// Amounts by business: with members, with non-members, shared (neither, until divided) and in all.
    static let columns = JSONSchema.object(
        ["member": .money, "nonMember": .money, "shared": .money, "total": .money],
        required: ["member", "nonMember", "shared", "total"])

    static let reportSchemas: OpenAPI.ComponentDictionary<JSONSchema> = [
        "TrialBalance": .object(
            [
                "from": .isoDate.orNull(), "to": .date,
                "rows": .arrayOf(
                    .object(
                        [
                            "code": .string, "name": .string, "type": .string, "opening": .money, "debits": .money,
                            "credits": .money,
                            "closing": .money,
                        ], required: ["code", "name", "type", "opening", "debits", "credits", "closing"])),
                "totalDebits": .money, "totalCredits": .money, "balanced": .boolean,
            ], required: ["to", "rows", "totalDebits", "totalCredits", "balanced"]),
        "BalanceSheet": .object(
            [
                "date": .date, "assets": .arrayOf(statementLine), "liabilities": .arrayOf(statementLine),
                "equity": .arrayOf(statementLine), "surplus": .money, "totalAssets": .money, "totalLiabilities": .money,
                "totalEquity": .money, "eliminated": .money, "balanced": .boolean,
            ],
            required: [
                "date", "assets", "liabilities", "equity", "surplus", "totalAssets", "totalLiabilities",
                "totalEquity", "eliminated", "balanced",
            ]),
        "IncomeStatement": .object(
            [
                "from": .isoDate.orNull(), "to": .date,
                "parts": .arrayOf(
                    .object(
                        [
                            "segment": segment, "income": .arrayOf(statementLine), "expenses": .arrayOf(statementLine),
                            "totalIncome": .money, "totalExpenses": .money, "surplus": .money,
                        ], required: ["segment", "income", "expenses", "totalIncome", "totalExpenses", "surplus"])),
                "sections": .arrayOf(
                    .object(
                        [
                            "section": .string(allowedValues: "revenue", "costOfRevenue", "operatingCosts", "otherItems", "tax"),
                            "lines": .arrayOf(
                                .object(
                                    ["code": .string, "name": .string, "amount": columns],
                                    required: ["code", "name", "amount"])),
                            "total": columns,
                        ], required: ["section", "lines", "total"])),
                "grossResult": columns, "operatingResult": columns, "resultBeforeTax": columns,
                "memberSurplus": .money, "nonMemberSurplus": .money, "surplus": .money, "eliminated": .money,
            ],
            required: [
                "to", "parts", "sections", "grossResult", "operatingResult", "resultBeforeTax", "memberSurplus",
                "nonMemberSurplus", "surplus", "eliminated",
            ]),
        "EquityChanges": .object(
            [
                "from": .isoDate.orNull(), "to": .date,
                "rows": .arrayOf(
                    .object(
                        [
                            "code": .string, "name": .string, "opening": .money, "increases": .money, "decreases": .money,
                            "closing": .money,
                        ], required: ["code", "name", "opening", "increases", "decreases", "closing"])),
                "surplus": .money, "openingTotal": .money, "closingTotal": .money,
            ], required: ["to", "rows", "surplus", "openingTotal", "closingTotal"]),
        "CashFlow": .object(
            [
                "from": .isoDate.orNull(), "to": .date, "opening": .money,
                "activities": .arrayOf(
                    .object(
                        [
                            "activity": .string(allowedValues: "operating", "investing", "financing"),
                            "rows": .arrayOf(
                                .object(
                                    ["code": .string, "name": .string, "inflow": .money, "outflow": .money, "net": .money],
                                    required: ["code", "name", "inflow", "outflow", "net"])),
                            "net": .money,
                        ], required: ["activity", "rows", "net"])),
                "change": .money, "closing": .money,
            ], required: ["to", "opening", "activities", "change", "closing"]),
    ]
}
