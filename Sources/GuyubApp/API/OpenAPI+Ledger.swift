extension OpenAPIDocument {
    static let ledgerPaths: JSONValue = [
        "/api/v1/ledger/accounts": [
            "get": operation("The chart of accounts with balances", tag: "ledger",
                             ok: ("200", ["type": "array", "items": ref("Account")]),
                             links: ["postEntry": link("post", "/api/v1/ledger/entries", body: ["lines": [
                                 ["accountId": "$response.body#/0/id", "debit": "1000"],
                                 ["accountId": "$response.body#/1/id", "credit": "1000"],
                             ]])],
                             errors: [401, 403]),
            "post": operation("Add an account", tag: "ledger", body: ref("NewAccount"), ok: ("201", ref("Account")),
                              links: [
                                "rename": link("patch", "/api/v1/ledger/accounts/{id}", parameters: ["path.id": "$response.body#/id"]),
                                "remove": link("delete", "/api/v1/ledger/accounts/{id}", parameters: ["path.id": "$response.body#/id"]),
                              ],
                              errors: [401, 403, 409, 422]),
        ],
        "/api/v1/ledger/accounts/{id}": [
            "parameters": [["$ref": "#/components/parameters/ID"]],
            "patch": operation("Rename an account, or turn it on or off", tag: "ledger", body: ref("AccountChange"),
                               ok: ("200", ref("Account")), errors: [401, 403, 404, 409, 422]),
            "delete": operation("Remove an account nothing was posted to", tag: "ledger", ok: ("204", nil),
                                errors: [401, 403, 404, 409], idempotent: true),
        ],
        "/api/v1/ledger/entries": [
            "get": operation("Journal entries, newest first", tag: "ledger",
                             parameters: [["$ref": "#/components/parameters/From"], ["$ref": "#/components/parameters/To"],
                                          ["$ref": "#/components/parameters/Page"]],
                             ok: ("200", pageOf(ref("Entry"))), links: entryLinks("/items/0/id"), errors: [401, 403, 422]),
            "post": operation("Post a manual entry (debits must equal credits)", tag: "ledger", body: ref("ManualEntry"),
                              ok: ("201", ref("Entry")), links: entryLinks("/id"), errors: [401, 403, 422]),
        ],
        "/api/v1/ledger/entries/{id}": [
            "parameters": [["$ref": "#/components/parameters/ID"]],
            "get": operation("One entry with its lines", tag: "ledger", ok: ("200", ref("Entry")), errors: [401, 403, 404]),
        ],
        "/api/v1/ledger/entries/{id}/reverse": [
            "parameters": [["$ref": "#/components/parameters/ID"]],
            "post": operation("Post the mirror entry that undoes this one", tag: "ledger", body: ref("Reversal"),
                              ok: ("201", ref("Entry")), errors: [401, 403, 404, 409, 422]),
        ],
    ]

    static let monthPaths: JSONValue = [
        "/api/v1/ledger/units": [
            "get": operation("The business units the books can report apart", tag: "ledger",
                             ok: ("200", ["type": "array", "items": ref("BusinessUnit")]), errors: [401, 403]),
            "post": operation("Add a business unit", tag: "ledger",
                              body: input(["code": ["type": "string", "pattern": "^[A-Za-z0-9-]{1,12}$"],
                                            "name": ["type": "string", "maxLength": 120]], required: ["code", "name"]),
                              ok: ("201", ref("BusinessUnit")),
                              links: ["rename": link("patch", "/api/v1/ledger/units/{id}", parameters: ["path.id": "$response.body#/id"]),
                                      "trialBalance": link("get", "/api/v1/reports/trial-balance",
                                                           parameters: ["query.unit": "$response.body#/id"])],
                              errors: [401, 403, 409, 422]),
        ],
        "/api/v1/ledger/units/{id}": [
            "parameters": [["$ref": "#/components/parameters/ID"]],
            "patch": operation("Rename a business unit, or turn it off for new entries", tag: "ledger",
                               body: input(["name": ["type": "string", "maxLength": 120], "active": ["type": "boolean"]],
                                            required: []),
                               ok: ("200", ref("BusinessUnit")), errors: [401, 403, 404, 422]),
        ],
        "/api/v1/ledger/export": [
            "get": operation("The journal for hledger, Beancount or a spreadsheet", tag: "ledger",
                             parameters: [["name": "format", "in": "query", "required": true,
                                           "schema": ["type": "string", "enum": ["hledger", "beancount", "csv"]]],
                                          ["$ref": "#/components/parameters/From"], ["$ref": "#/components/parameters/To"]],
                             ok: ("200", nil), alsoAs: ["text/plain": ["type": "string"], "text/csv": ["type": "string"]],
                             errors: [401, 403, 422]),
        ],
        "/api/v1/ledger/months": [
            "get": operation("Closed months, and what closing the next would post", tag: "ledger", ok: ("200", ref("Months")),
                             links: ["closeNext": link("post", "/api/v1/ledger/months/{month}/close",
                                                       parameters: ["path.month": "$response.body#/next"])],
                             errors: [401, 403]),
        ],
        "/api/v1/ledger/months/{month}/close": [
            "parameters": [["name": "month", "in": "path", "required": true,
                            "schema": ["type": "string", "pattern": "^[0-9]{4}-[0-9]{2}$"]]],
            "post": operation("Close a month: interest, accruals, maturities, tax, wajib bills; again changes nothing",
                              tag: "ledger", ok: ("200", ref("MonthPlan")), errors: [401, 403, 422], idempotent: true),
        ],
        "/api/v1/savings/term-deposits/{id}/break": [
            "parameters": [["$ref": "#/components/parameters/ID"]],
            "post": operation("Pay a term deposit out before it matures (less the penalty)", tag: "savings",
                              body: input(["channel": ["type": "string", "enum": ["cash", "bank", "qris"]]], required: []),
                              ok: ("201", ref("Movement")), errors: [401, 403, 404, 422]),
        ],
    ]

    static let ledgerSchemas: JSONValue = [
        "BusinessUnit": object(["id": uuid, "code": string, "name": string, "active": ["type": "boolean"]],
                               required: ["id", "code", "name", "active"]),
        "MonthPlan": object([
            "month": string, "closed": ["type": "boolean"], "sukarelaInterest": money, "tax": money, "accrued": money,
            "maturities": integer, "duesToBill": integer,
        ], required: ["month", "closed", "sukarelaInterest", "tax", "accrued", "maturities", "duesToBill"]),
        "Months": object([
            "next": string, "plan": ["allOf": [ref("MonthPlan")], "nullable": true],
            "closings": ["type": "array", "items": object(["month": string,
                                                           "closedAt": ["type": "string", "format": "date-time", "nullable": true],
                                                           "closedBy": string], required: ["month", "closedBy"])],
        ], required: ["next", "closings"]),
        "Account": object([
            "id": uuid, "code": string, "name": string, "nameId": string, "nameEn": string,
            "type": ["type": "string", "enum": ["asset", "liability", "equity", "income", "expense"]],
            "normalSide": ["type": "string", "enum": ["debit", "credit"]], "role": nullableString,
            "segment": ["type": "string", "enum": ["member", "non_member", "none"]], "active": ["type": "boolean"],
            "balance": money,
        ], required: ["id", "code", "name", "type", "normalSide", "segment", "active", "balance"]),
        "NewAccount": input([
            "code": ["type": "string", "example": "5-3200"], "nameId": string, "nameEn": string,
            "type": ["type": "string", "enum": ["asset", "liability", "equity", "income", "expense"]],
            "segment": ["type": "string", "enum": ["member", "non_member", "none"]],
        ], required: ["code", "nameId", "type"]),
        "AccountChange": input(["nameId": string, "nameEn": string, "active": ["type": "boolean"]], required: []),
        "EntryLine": object([
            "accountId": uuid, "accountCode": string, "accountName": string,
            "savingsAccountId": ["type": "string", "format": "uuid", "nullable": true],
            "debit": money, "credit": money, "memo": nullableString,
        ], required: ["accountId", "debit", "credit"]),
        "Entry": object([
            "id": uuid, "number": integer, "date": date, "description": string, "sourceType": string,
            "sourceId": ["type": "string", "format": "uuid", "nullable": true], "total": money,
            "reversalOf": ["type": "string", "format": "uuid", "nullable": true],
            "reversedBy": ["type": "string", "format": "uuid", "nullable": true],
            "createdBy": string, "createdAt": ["type": "string", "format": "date-time", "nullable": true],
            "lines": ["type": "array", "nullable": true, "items": ref("EntryLine")],
        ], required: ["id", "number", "date", "description", "sourceType", "total", "createdBy"]),
        "ManualEntry": input([
            "date": date, "description": ["type": "string", "maxLength": 300],
            "lines": ["type": "array", "minItems": 2, "items": input([
                "accountId": uuid, "debit": money, "credit": money, "memo": ["type": "string", "maxLength": 200],
                "businessUnitId": uuid,
            ], required: ["accountId"])],
        ], required: ["description", "lines"]),
        "Reversal": input(["date": date, "reason": ["type": "string", "maxLength": 200]], required: []),
    ]
}
