extension OpenAPIDocument {
    static let yearParameter: JSONValue = ["name": "year", "in": "path", "required": true,
                                           "schema": ["type": "integer", "minimum": 1900, "maximum": 2500]]
    static let year: JSONValue = [yearParameter]
    static let percentages: JSONValue = ["type": "object", "additionalProperties": ratePercent]
    static let amounts: JSONValue = ["type": "object", "additionalProperties": money]
    static let flexiblePercentages: JSONValue = ["type": "object", "additionalProperties": ["oneOf": [ratePercent, ["type": "number"]]]]

    static let shuPaths: JSONValue = [
        "/api/v1/simulations/shu": [
            "post": operation("Simulate a SHU distribution (no sign-in; nothing is stored)", tag: "shu", body: ref("SHUSimulationInput"),
                              ok: ("200", ref("SHUSimulation")), errors: [422], secured: false, idempotent: false),
        ],
        "/api/v1/shu": [
            "get": operation("The financial years with SHU rules, a close or a distribution", tag: "shu",
                             ok: ("200", ["type": "array", "items": ref("SHUYear")]), errors: [401, 403]),
        ],
        "/api/v1/shu/{year}/settings": [
            "parameters": year,
            "get": operation("The year's SHU rules (the latest earlier year's, or the common split, until set)", tag: "shu",
                             ok: ("200", ref("SHURules")), errors: [401, 403, 422]),
            "put": operation("Set the year's SHU rules (a draft distribution is computed again)", tag: "shu",
                             body: ref("SHURulesInput"), ok: ("200", ref("SHURules")), errors: [401, 403, 409, 422]),
        ],
        "/api/v1/shu/{year}/close": [
            "parameters": year,
            "post": operation("Close the financial year: its open months, the closing entry, the draft distribution", tag: "shu",
                              ok: ("201", ref("YearClose")), errors: [401, 403, 409, 422], idempotent: true),
        ],
        "/api/v1/shu/{year}/compute": [
            "parameters": year,
            "post": operation("Compute the draft distribution again from the books", tag: "shu",
                              ok: ("200", ref("SHUDistribution")), errors: [401, 403, 409, 422], idempotent: true),
        ],
        "/api/v1/shu/{year}": [
            "parameters": year,
            "get": operation("The year's distribution and its shares by member number", tag: "shu", parameters: [
                query("limit", ["type": "integer", "minimum": 0, "maximum": 10_000]),
                query("offset", ["type": "integer", "minimum": 0, "maximum": 2_147_483_647]),
            ], ok: ("200", ref("SHUDistribution")), errors: [401, 403, 409, 422]),
        ],
        "/api/v1/shu/{year}/post": [
            "parameters": year,
            "post": operation("Post the distribution the RAT approved: shares to savings or SHU payable, funds to their accounts",
                              tag: "shu", ok: ("200", ref("SHUDistribution")), errors: [401, 403, 409, 422], idempotent: true),
        ],
        "/api/v1/shu/{year}/shares/{id}/payout": [
            "parameters": [yearParameter, ["$ref": "#/components/parameters/ID"]],
            "post": operation("Pay a member's SHU held to collect, settling the payable", tag: "shu",
                              body: input(["channel": ["type": "string", "enum": ["cash", "bank"]]], required: []),
                              ok: ("201", ref("Entry")), errors: [401, 403, 404, 409, 422]),
        ],
        "/api/v1/members/{id}/shu": [
            "parameters": [["$ref": "#/components/parameters/ID"]],
            "get": operation("A member's SHU by year and how it was computed (a member may read their own)", tag: "shu",
                             ok: ("200", ["type": "array", "items": ref("MemberSHU")]), errors: [401, 404]),
        ],
    ]

    static let shuSchemas: JSONValue = [
        "SHUSimulationInput": input([
            "surplus": ["oneOf": [money, ["type": "number"]]], "decimals": ["type": "integer", "enum": [0, 2]], "rounding": rounding,
            "allocation": flexiblePercentages,
            "totals": input(["savings": ["oneOf": [money, ["type": "number"]]], "business": ["oneOf": [money, ["type": "number"]]]],
                            required: ["savings", "business"]),
            "members": ["type": "array", "items": input([
                "id": ["oneOf": [string, ["type": "number"]]], "savings": ["oneOf": [money, ["type": "number"]]],
                "business": ["oneOf": [money, ["type": "number"]]],
            ], required: ["id"])],
        ], required: ["surplus"]),
        "SHUSimulation": object([
            "pools": amounts, "remainder": amounts, "reserveTotal": money, "unallocated": money,
            "members": ["type": "array", "items": object(["id": string, "capital": money, "patronage": money, "total": money],
                                                        required: ["id", "capital", "patronage", "total"])],
        ], required: ["pools", "members", "remainder"]),
        "SHUYear": object(["year": integer, "closed": ["type": "boolean"], "status": nullableString,
                           "memberSurplus": ["type": "string", "nullable": true]], required: ["year", "closed"]),
        "SHURules": object([
            "year": integer, "allocation": percentages, "nonMemberAllocation": percentages,
            "savingsKinds": ["type": "array", "items": ["type": "string", "enum": ["pokok", "wajib", "sukarela"]]],
            "savingsBasis": ["type": "string", "enum": ["yearEnd", "averageMonthly"]],
            "businessWeights": ["type": "object", "additionalProperties": integer],
            "joinedBefore": ["type": "string", "format": "date", "nullable": true],
            "payTo": ["type": "string", "enum": ["savings", "payable"]], "rounding": rounding,
            "fundAccounts": ["type": "object", "additionalProperties": string],
        ], required: ["allocation", "nonMemberAllocation", "savingsKinds", "savingsBasis", "businessWeights", "payTo", "rounding"]),
        "SHURulesInput": input([
            "allocation": flexiblePercentages, "nonMemberAllocation": flexiblePercentages,
            "savingsKinds": ["type": "array", "items": ["type": "string", "enum": ["pokok", "wajib", "sukarela"]]],
            "savingsBasis": ["type": "string", "enum": ["yearEnd", "averageMonthly"]],
            "businessWeights": ["type": "object", "additionalProperties": ["type": "integer", "minimum": 0, "maximum": 1000]],
            "joinedBefore": dateOrEmpty, "payTo": ["type": "string", "enum": ["savings", "payable"]], "rounding": rounding,
            "fundAccounts": ["type": "object", "additionalProperties": string],
        ], required: []),
        "YearClose": object([
            "year": integer, "monthsClosed": ["type": "array", "items": string], "closingEntryId": ["type": "string", "format": "uuid", "nullable": true],
            "memberSurplus": money, "nonMemberSurplus": money, "sharedSurplus": money, "members": integer,
        ], required: ["year", "monthsClosed", "memberSurplus", "nonMemberSurplus", "members"]),
        "SHUDistribution": object([
            "year": integer, "status": ["type": "string", "enum": ["draft", "posted"]], "memberSurplus": money, "nonMemberSurplus": money,
            "pools": amounts, "nonMemberPools": amounts, "remainder": amounts, "reserveTotal": money, "totalSavings": money,
            "totalBusiness": money, "members": integer, "rules": ref("SHURules"),
            "approvedByResolution": ["type": "string", "format": "uuid", "nullable": true],
            "entryId": ["type": "string", "format": "uuid", "nullable": true], "postedOn": ["type": "string", "nullable": true],
            "shares": ["type": "array", "items": object([
                "memberId": uuid, "memberNumber": integer, "name": string, "savings": money, "business": money, "capital": money,
                "patronage": money, "total": money, "paidTo": ["type": "string", "enum": ["savings", "payable", "paid"], "nullable": true],
            ], required: ["memberId", "memberNumber", "name", "savings", "business", "capital", "patronage", "total"])],
        ], required: ["year", "status", "memberSurplus", "nonMemberSurplus", "pools", "remainder", "members", "shares"]),
        "MemberSHU": object([
            "year": integer, "status": string, "savings": money, "totalSavings": money, "capitalPool": money, "capital": money,
            "business": money, "totalBusiness": money, "patronagePool": money, "patronage": money, "total": money,
            "paidTo": ["type": "string", "nullable": true],
        ], required: ["year", "status", "savings", "totalSavings", "capitalPool", "capital", "business", "totalBusiness",
                      "patronagePool", "patronage", "total"]),
    ]
}
