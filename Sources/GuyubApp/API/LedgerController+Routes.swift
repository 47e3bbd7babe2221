import OpenAPIKit30
import Vapor

extension LedgerController {
    var routes: [APIRoute] {
        [
            APIRoute(
                .GET, "ledger/accounts", .permission(.viewBooks),
                APIDoc(
                    "The chart of accounts with balances", tag: "ledger", ok: .json(200, .arrayOf(.ref("Account"))),
                    links: [
                        "postEntry": .to(
                            "post", "/api/v1/ledger/entries",
                            body: [
                                "lines": [
                                    ["accountId": "$response.body#/0/id", "debit": "1000"],
                                    ["accountId": "$response.body#/1/id", "credit": "1000"],
                                ]
                            ])
                    ],
                    errors: [403]), use: accounts),
            APIRoute(
                .POST, "ledger/accounts", .permission(.keepBooks),
                APIDoc(
                    "Add an account", tag: "ledger", body: .ref("NewAccount"), ok: .json(201, .ref("Account")),
                    links: [
                        "rename": .to("patch", "/api/v1/ledger/accounts/{id}", parameters: ["path.id": "$response.body#/id"]),
                        "remove": .to("delete", "/api/v1/ledger/accounts/{id}", parameters: ["path.id": "$response.body#/id"]),
                    ],
                    errors: [403, 409, 422]), use: addAccount),
            APIRoute(
                .PATCH, "ledger/accounts/:id", .permission(.keepBooks), id: .account,
                APIDoc(
                    "Rename an account, or turn it on or off", tag: "ledger", body: .ref("AccountChange"),
                    ok: .json(200, .ref("Account")), errors: [403, 404, 409, 422]), use: updateAccount),
            APIRoute(
                .DELETE, "ledger/accounts/:id", .permission(.keepBooks), id: .account,
                APIDoc(
                    "Remove an account nothing was posted to", tag: "ledger", ok: .status(204), errors: [403, 404, 409]),
                use: deleteAccount),
            APIRoute(
                .GET, "ledger/entries", .permission(.viewBooks),
                APIDoc(
                    "Journal entries, newest first", tag: "ledger", parameters: [.from, .to, .page],
                    ok: .json(200, .pageOf(.ref("Entry"))), links: OpenAPIDocument.entryLinks("/items/0/id"), errors: [403, 422]),
                use: entries),
            APIRoute(
                .POST, "ledger/entries", .permission(.keepBooks),
                APIDoc(
                    "Post a manual entry (debits must equal credits)", tag: "ledger", body: .ref("ManualEntry"),
                    ok: .json(201, .ref("Entry")), links: OpenAPIDocument.entryLinks("/id"), errors: [403, 422]), use: postEntry),
            APIRoute(
                .GET, "ledger/entries/:id", .permission(.viewBooks), id: .entry,
                APIDoc(
                    "One entry with its lines", tag: "ledger", ok: .json(200, .ref("Entry")), errors: [403, 404]), use: entry),
            APIRoute(
                .POST, "ledger/entries/:id/reverse", .permission(.keepBooks), id: .entry,
                APIDoc(
                    "Post the mirror entry that undoes this one", tag: "ledger", body: .ref("Reversal"),
                    ok: .json(201, .ref("Entry")), errors: [403, 404, 409, 422]), use: reverse),
            APIRoute(
                .GET, "ledger/units", .permission(.viewBooks),
                APIDoc(
                    "The business units the books can report apart", tag: "ledger",
                    ok: .json(200, .arrayOf(.ref("BusinessUnit"))), errors: [403]), use: units),
            APIRoute(
                .POST, "ledger/units", .permission(.keepBooks),
                APIDoc(
                    "Add a business unit", tag: "ledger",
                    body: .input(
                        ["code": .string(pattern: "^[A-Za-z0-9-]{1,12}$"), "name": .string(maxLength: 120)],
                        required: ["code", "name"]),
                    ok: .json(201, .ref("BusinessUnit")),
                    links: [
                        "rename": .to("patch", "/api/v1/ledger/units/{id}", parameters: ["path.id": "$response.body#/id"]),
                        "trialBalance": .to(
                            "get", "/api/v1/reports/trial-balance", parameters: ["query.unit": "$response.body#/id"]),
                    ],
                    errors: [403, 409, 422]), use: addUnit),
            APIRoute(
                .PATCH, "ledger/units/:id", .permission(.keepBooks), id: .businessUnit,
                APIDoc(
                    "Rename a business unit, or turn it off for new entries", tag: "ledger",
                    body: .input(["name": .string(maxLength: 120), "active": .boolean], required: []),
                    ok: .json(200, .ref("BusinessUnit")), errors: [403, 404, 422]), use: updateUnit),
            APIRoute(
                .GET, "ledger/export", .permission(.viewBooks),
                APIDoc(
                    "The journal for hledger, Beancount or a spreadsheet", tag: "ledger",
                    parameters: [
                        .query("format", .string(allowedValues: "hledger", "beancount", "csv"), required: true), .from, .to,
                    ],
                    ok: .status(200), alsoAs: [.txt: .string, .csv: .string], errors: [403, 422]), use: export),
            APIRoute(
                .GET, "ledger/months", .permission(.viewBooks),
                APIDoc(
                    "Closed months, and what closing the next would post", tag: "ledger", ok: .json(200, .ref("Months")),
                    links: [
                        "closeNext": .to(
                            "post", "/api/v1/ledger/months/{month}/close",
                            parameters: ["path.month": "$response.body#/next"])
                    ],
                    errors: [403]), use: months),
            APIRoute(
                .POST, "ledger/months/:month/close", .permission(.keepBooks),
                APIDoc(
                    "Close a month: interest, accruals, maturities, tax, wajib bills; again changes nothing", tag: "ledger",
                    ok: .json(200, .ref("MonthPlan")), errors: [403, 422]), use: closeMonth),
        ]
    }
}
