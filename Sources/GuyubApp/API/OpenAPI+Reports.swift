extension OpenAPIDocument {
    static let unitParameter: JSONValue = ["name": "unit", "in": "query", "required": false, "allowEmptyValue": true,
                                           "description": "One business unit's figures; left out or empty: the whole cooperative",
                                           "schema": ["type": "string", "format": "uuid"]]

    static let reportParameters: [JSONValue] = [
        ["$ref": "#/components/parameters/From"], ["$ref": "#/components/parameters/To"], unitParameter,
        ["name": "format", "in": "query", "required": false, "schema": ["type": "string", "enum": ["json", "csv"]]],
    ]

    static func report(_ summary: String, _ schema: String, parameters: [JSONValue] = reportParameters) -> JSONValue {
        ["get": operation(summary, tag: "reports", parameters: parameters, ok: ("200", ref(schema)),
                          alsoAs: ["text/csv": ["type": "string"]], errors: [401, 403, 422])]
    }

    static let reportPaths: JSONValue = [
        "/api/v1/reports/trial-balance": report("Trial balance: every account's opening, debits, credits and closing", "TrialBalance"),
        "/api/v1/reports/balance-sheet": report("Laporan posisi keuangan at a date", "BalanceSheet", parameters: [
            ["name": "date", "in": "query", "required": false, "schema": ["type": "string", "format": "date"]], unitParameter,
            ["name": "format", "in": "query", "required": false, "schema": ["type": "string", "enum": ["json", "csv"]]],
        ]),
        "/api/v1/reports/income-statement": report("Laporan hasil usaha: revenue, cost of revenue, gross result, operating costs, other items and tax, member and non-member business apart; from the start of the financial year unless `from` is given", "IncomeStatement"),
        "/api/v1/reports/equity-changes": report("Laporan perubahan ekuitas", "EquityChanges"),
        "/api/v1/reports/cash-flow": report("Laporan arus kas (direct method)", "CashFlow"),
    ]

    static let statementLine: JSONValue = object(["code": string, "name": string, "amount": money],
                                                 required: ["code", "name", "amount"])

    /// Amounts by business: with members, with non-members, shared (neither, until divided) and in all.
    static let columns: JSONValue = object(["member": money, "nonMember": money, "shared": money, "total": money],
                                           required: ["member", "nonMember", "shared", "total"])

    static let reportSchemas: JSONValue = [
        "TrialBalance": object([
            "from": ["type": "string", "format": "date", "nullable": true], "to": date,
            "rows": ["type": "array", "items": object([
                "code": string, "name": string, "type": string, "opening": money, "debits": money, "credits": money,
                "closing": money,
            ], required: ["code", "name", "type", "opening", "debits", "credits", "closing"])],
            "totalDebits": money, "totalCredits": money, "balanced": ["type": "boolean"],
        ], required: ["to", "rows", "totalDebits", "totalCredits", "balanced"]),
        "BalanceSheet": object([
            "date": date, "assets": ["type": "array", "items": statementLine],
            "liabilities": ["type": "array", "items": statementLine], "equity": ["type": "array", "items": statementLine],
            "surplus": money, "totalAssets": money, "totalLiabilities": money, "totalEquity": money,
            "balanced": ["type": "boolean"],
        ], required: ["date", "assets", "liabilities", "equity", "surplus", "totalAssets", "totalLiabilities",
                      "totalEquity", "balanced"]),
        "IncomeStatement": object([
            "from": ["type": "string", "format": "date", "nullable": true], "to": date,
            "parts": ["type": "array", "items": object([
                "segment": ["type": "string", "enum": ["member", "non_member", "none"]],
                "income": ["type": "array", "items": statementLine], "expenses": ["type": "array", "items": statementLine],
                "totalIncome": money, "totalExpenses": money, "surplus": money,
            ], required: ["segment", "income", "expenses", "totalIncome", "totalExpenses", "surplus"])],
            "sections": ["type": "array", "items": object([
                "section": ["type": "string", "enum": ["revenue", "costOfRevenue", "operatingCosts", "otherItems", "tax"]],
                "lines": ["type": "array", "items": object(["code": string, "name": string, "amount": columns],
                                                           required: ["code", "name", "amount"])],
                "total": columns,
            ], required: ["section", "lines", "total"])],
            "grossResult": columns, "operatingResult": columns, "resultBeforeTax": columns,
            "memberSurplus": money, "nonMemberSurplus": money, "surplus": money,
        ], required: ["to", "parts", "sections", "grossResult", "operatingResult", "resultBeforeTax", "memberSurplus",
                      "nonMemberSurplus", "surplus"]),
        "EquityChanges": object([
            "from": ["type": "string", "format": "date", "nullable": true], "to": date,
            "rows": ["type": "array", "items": object([
                "code": string, "name": string, "opening": money, "increases": money, "decreases": money, "closing": money,
            ], required: ["code", "name", "opening", "increases", "decreases", "closing"])],
            "surplus": money, "openingTotal": money, "closingTotal": money,
        ], required: ["to", "rows", "surplus", "openingTotal", "closingTotal"]),
        "CashFlow": object([
            "from": ["type": "string", "format": "date", "nullable": true], "to": date, "opening": money,
            "activities": ["type": "array", "items": object([
                "activity": ["type": "string", "enum": ["operating", "investing", "financing"]],
                "rows": ["type": "array", "items": object([
                    "code": string, "name": string, "inflow": money, "outflow": money, "net": money,
                ], required: ["code", "name", "inflow", "outflow", "net"])],
                "net": money,
            ], required: ["activity", "rows", "net"])],
            "change": money, "closing": money,
        ], required: ["to", "opening", "activities", "change", "closing"]),
    ]
}
