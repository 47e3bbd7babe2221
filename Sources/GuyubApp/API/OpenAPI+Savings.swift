import OpenAPIKit30

extension OpenAPIDocument {
    /// Links from an answer that holds a savings account's id at `pointer`.
    static func accountLinks(_ pointer: String) -> OpenAPI.Link.Map {
        let id = "$response.body#" + pointer
        return [
            "statement": .to("get", "/api/v1/savings/accounts/{id}/statement", parameters: ["path.id": id]),
            "breakTerm": .to("post", "/api/v1/savings/term-deposits/{id}/break", parameters: ["path.id": id]),
        ]
    }

    /// Links from a deposit or a withdrawal: its entry and its account.
    static let movementLinks: OpenAPI.Link.Map = {
        var links = entryLinks("/entryId")
        links.merge(accountLinks("/accountId")) { entry, _ in entry }
        return links
    }()

    static let savingsKind = JSONSchema.string(allowedValues: "pokok", "wajib", "sukarela", "berjangka")

    static let savingsSchemas: OpenAPI.ComponentDictionary<JSONSchema> = [
        "SavingsSettings": .input(
            [
                "pokokAmount": .money, "wajibAmount": .money, "wajibEveryMonths": .integer(allowedValues: 1, 2, 3, 4, 6, 12),
                "wajibClasses": .object(additionalProperties: .b(.money)),
                "sukarelaRatePercent": .percent, "sukarelaInterestBasis": .string(allowedValues: "lowest", "average"),
                "sukarelaMinimumBalance": .money,
                "terms": .arrayOf(.input(["months": .integer, "ratePercent": .percent], required: ["months", "ratePercent"])),
                "earlyBreakPenaltyPercent": .percent, "interestTaxThreshold": .money, "interestTaxPercent": .percent,
                "counterLimit": .money,
            ],
            required: [
                "pokokAmount", "wajibAmount", "wajibClasses", "sukarelaRatePercent", "sukarelaInterestBasis",
                "sukarelaMinimumBalance", "terms", "earlyBreakPenaltyPercent", "interestTaxThreshold",
                "interestTaxPercent",
            ]),
        "MovementInput": .input(
            [
                "memberId": .uuid, "kind": savingsKind, "amount": .money,
                "channel": .string(allowedValues: "cash", "bank", "qris"), "note": .string(maxLength: 200),
                "termMonths": .integer(description: "For a term deposit (berjangka): one of the product's terms"),
            ], required: ["memberId", "kind", "amount", "channel"]),
        "Movement": .object(
            [
                "entryId": .uuid, "entryNumber": .integer, "date": .date, "memberId": .uuid, "accountId": .uuid,
                "kind": savingsKind,
                "amount": .money, "channel": .string, "balance": .money, "receiptUrl": .string,
            ],
            required: [
                "entryId", "entryNumber", "date", "memberId", "accountId", "kind", "amount", "channel", "balance",
                "receiptUrl",
            ]),
        "TransferInput": .input(
            ["fromMemberId": .uuid, "toMemberId": .uuid, "amount": .money, "note": .string(maxLength: 200)],
            required: ["fromMemberId", "toMemberId", "amount"]),
        "Transfer": .object(
            [
                "entryId": .uuid, "entryNumber": .integer, "date": .date, "amount": .money, "fromBalance": .money,
                "toBalance": .money, "receiptUrl": .string,
            ],
            required: ["entryId", "entryNumber", "date", "amount", "fromBalance", "toBalance", "receiptUrl"]),
        "SavingsAccount": .object(
            [
                "id": .uuid, "memberId": .uuid, "kind": savingsKind, "balance": .money,
                "status": .string(allowedValues: "open", "closed"), "openedOn": .date, "closedOn": .isoDate.orNull(),
                "termMonths": .integer(nullable: true), "ratePercent": .nullableString, "maturesOn": .isoDate.orNull(),
            ], required: ["id", "memberId", "kind", "balance", "status", "openedOn"]),
        "Statement": .object(
            [
                "account": .ref("SavingsAccount"), "from": .isoDate.orNull(), "to": .isoDate.orNull(),
                "opening": .money, "closing": .money,
                "lines": .arrayOf(
                    .object(
                        [
                            "entryId": .uuid, "number": .integer, "date": .date, "description": .string,
                            "amount": .money, "balance": .money,
                        ],
                        required: ["entryId", "number", "date", "description", "amount", "balance"])),
            ], required: ["account", "opening", "closing", "lines"]),
        "Arrear": .object(
            [
                "memberId": .uuid, "memberNumber": .integer, "name": .string, "phone": .string, "wajibOwed": .money,
                "monthsOwed": .integer, "since": .nullableString, "pokokOwed": .money, "total": .money,
            ], required: ["memberId", "memberNumber", "name", "phone", "wajibOwed", "monthsOwed", "pokokOwed", "total"]),
    ]
}
