extension OpenAPIDocument {
    static let savingsPaths: JSONValue = [
        "/api/v1/savings/settings": [
            "get": operation("The savings products", tag: "savings", ok: ("200", ref("SavingsSettings")), errors: [401, 403]),
            "put": operation("Change the savings products (the bylaws decide them)", tag: "savings",
                             body: ref("SavingsSettings"), ok: ("200", ref("SavingsSettings")), errors: [401, 403, 422]),
        ],
        "/api/v1/savings/deposits": [
            "post": operation("Take a deposit; paying the simpanan pokok makes an applicant a member", tag: "savings",
                              body: ref("MovementInput"), ok: ("201", ref("Movement")),
                              links: entryLinks("/entryId").merging(accountLinks("/accountId")) { a, _ in a },
                              errors: [401, 403, 404, 422]),
        ],
        "/api/v1/savings/withdrawals": [
            "post": operation("Pay out of sukarela (never below its minimum)", tag: "savings",
                              body: ref("MovementInput"), ok: ("201", ref("Movement")),
                              links: entryLinks("/entryId").merging(accountLinks("/accountId")) { a, _ in a },
                              errors: [401, 403, 404, 422]),
        ],
        "/api/v1/savings/transfers": [
            "post": operation("Move sukarela between members", tag: "savings", body: ref("TransferInput"),
                              ok: ("201", ref("Transfer")), links: entryLinks("/entryId"), errors: [401, 403, 404, 422]),
        ],
        "/api/v1/savings/accounts/{id}/statement": [
            "parameters": [["$ref": "#/components/parameters/ID"]],
            "get": operation("A savings account's movements with a running balance", tag: "savings",
                             parameters: [["$ref": "#/components/parameters/From"], ["$ref": "#/components/parameters/To"]],
                             ok: ("200", ref("Statement")), errors: [401, 404, 422]),
        ],
        "/api/v1/savings/arrears": [
            "get": operation("Who owes wajib or pokok, how much, since when", tag: "savings",
                             ok: ("200", ["type": "array", "items": ref("Arrear")]), errors: [401, 403]),
        ],
        "/api/v1/savings/dues": [
            "post": operation("Bill a month's wajib to every member (once per month)", tag: "savings",
                              body: input(["month": ["type": "string", "pattern": "^[0-9]{4}-[0-9]{2}$"]], required: ["month"]),
                              ok: ("200", object(["month": string, "billed": integer], required: ["month", "billed"])),
                              errors: [401, 403, 422]),
        ],
        "/api/v1/members/{id}/savings": [
            "parameters": [["$ref": "#/components/parameters/MemberID"]],
            "get": operation("A member's savings accounts", tag: "savings",
                             ok: ("200", ["type": "array", "items": ref("SavingsAccount")]), links: accountLinks("/0/id"),
                             errors: [401, 404]),
        ],
    ]

    static let savingsKind: JSONValue = ["type": "string", "enum": ["pokok", "wajib", "sukarela", "berjangka"]]

    static let savingsSchemas: JSONValue = [
        "SavingsSettings": input([
            "pokokAmount": money, "wajibAmount": money, "wajibEveryMonths": ["type": "integer", "enum": [1, 2, 3, 4, 6, 12]],
            "wajibClasses": ["type": "object", "additionalProperties": money],
            "sukarelaRatePercent": percent, "sukarelaInterestBasis": ["type": "string", "enum": ["lowest", "average"]],
            "sukarelaMinimumBalance": money,
            "terms": ["type": "array", "items": input(["months": integer, "ratePercent": percent], required: ["months", "ratePercent"])],
            "earlyBreakPenaltyPercent": percent, "interestTaxThreshold": money, "interestTaxPercent": percent,
            "counterLimit": money,
        ], required: ["pokokAmount", "wajibAmount", "wajibClasses", "sukarelaRatePercent", "sukarelaInterestBasis",
                      "sukarelaMinimumBalance", "terms", "earlyBreakPenaltyPercent", "interestTaxThreshold",
                      "interestTaxPercent"]),
        "MovementInput": input([
            "memberId": uuid, "kind": savingsKind, "amount": money,
            "channel": ["type": "string", "enum": ["cash", "bank", "qris"]], "note": ["type": "string", "maxLength": 200],
            "termMonths": ["type": "integer", "description": "For a term deposit (berjangka): one of the product's terms"],
        ], required: ["memberId", "kind", "amount", "channel"]),
        "Movement": object([
            "entryId": uuid, "entryNumber": integer, "date": date, "memberId": uuid, "accountId": uuid, "kind": savingsKind,
            "amount": money, "channel": string, "balance": money, "receiptUrl": string,
        ], required: ["entryId", "entryNumber", "date", "memberId", "accountId", "kind", "amount", "channel", "balance",
                      "receiptUrl"]),
        "TransferInput": input(["fromMemberId": uuid, "toMemberId": uuid, "amount": money,
                                 "note": ["type": "string", "maxLength": 200]],
                                required: ["fromMemberId", "toMemberId", "amount"]),
        "Transfer": object(["entryId": uuid, "entryNumber": integer, "date": date, "amount": money, "fromBalance": money,
                            "toBalance": money, "receiptUrl": string],
                           required: ["entryId", "entryNumber", "date", "amount", "fromBalance", "toBalance", "receiptUrl"]),
        "SavingsAccount": object([
            "id": uuid, "memberId": uuid, "kind": savingsKind, "balance": money,
            "status": ["type": "string", "enum": ["open", "closed"]], "openedOn": date,
            "closedOn": ["type": "string", "format": "date", "nullable": true],
            "termMonths": ["type": "integer", "nullable": true], "ratePercent": ["type": "string", "nullable": true],
            "maturesOn": ["type": "string", "format": "date", "nullable": true],
        ], required: ["id", "memberId", "kind", "balance", "status", "openedOn"]),
        "Statement": object([
            "account": ref("SavingsAccount"), "from": ["type": "string", "format": "date", "nullable": true],
            "to": ["type": "string", "format": "date", "nullable": true], "opening": money, "closing": money,
            "lines": ["type": "array", "items": object(["entryId": uuid, "number": integer, "date": date,
                                                         "description": string, "amount": money, "balance": money],
                                                        required: ["entryId", "number", "date", "description", "amount", "balance"])],
        ], required: ["account", "opening", "closing", "lines"]),
        "Arrear": object([
            "memberId": uuid, "memberNumber": integer, "name": string, "phone": string, "wajibOwed": money,
            "monthsOwed": integer, "since": ["type": "string", "nullable": true], "pokokOwed": money, "total": money,
        ], required: ["memberId", "memberNumber", "name", "phone", "wajibOwed", "monthsOwed", "pokokOwed", "total"]),
    ]
}
