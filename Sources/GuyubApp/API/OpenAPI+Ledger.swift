import OpenAPIKit30

extension OpenAPIDocument {
    /// Links from an answer that holds a journal entry's id at `pointer`.
    static func entryLinks(_ pointer: String) -> OpenAPI.Link.Map {
        let id = "$response.body#" + pointer
        return [
            "entry": .to("get", "/api/v1/ledger/entries/{id}", parameters: ["path.id": id]),
            "reverse": .to("post", "/api/v1/ledger/entries/{id}/reverse", parameters: ["path.id": id]),
        ]
    }

    static let accountType = JSONSchema.string(allowedValues: "asset", "liability", "equity", "income", "expense")
    static let segment = JSONSchema.string(allowedValues: "member", "non_member", "none")

    static let ledgerSchemas: OpenAPI.ComponentDictionary<JSONSchema> = [
        "BusinessUnit": .object(
            ["id": .uuid, "code": .string, "name": .string, "active": .boolean],
            required: ["id", "code", "name", "active"]),
        "MonthPlan": .object(
            [
                "month": .string, "closed": .boolean, "sukarelaInterest": .money, "tax": .money, "accrued": .money,
                "maturities": .integer, "duesToBill": .integer,
            ], required: ["month", "closed", "sukarelaInterest", "tax", "accrued", "maturities", "duesToBill"]),
        "Months": .object(
            [
                "next": .string, "plan": JSONSchema.ref("MonthPlan").orNull(),
                "closings": .arrayOf(
                    .object(
                        ["month": .string, "closedAt": .dateTime.orNull(), "closedBy": .string],
                        required: ["month", "closedBy"])),
            ], required: ["next", "closings"]),
        "Account": .object(
            [
                "id": .uuid, "code": .string, "name": .string, "nameId": .string, "nameEn": .string, "type": accountType,
                "normalSide": .string(allowedValues: "debit", "credit"), "role": .nullableString, "segment": segment,
                "active": .boolean, "balance": .money,
            ], required: ["id", "code", "name", "type", "normalSide", "segment", "active", "balance"]),
        "NewAccount": .input(
            [
                "code": .string(example: "5-3200"), "nameId": .string, "nameEn": .string, "type": accountType, "segment": segment,
            ], required: ["code", "nameId", "type"]),
        "AccountChange": .input(["nameId": .string, "nameEn": .string, "active": .boolean], required: []),
        "EntryLine": .object(
            [
                "accountId": .uuid, "accountCode": .string, "accountName": .string, "savingsAccountId": .uuid.orNull(),
                "debit": .money, "credit": .money, "memo": .nullableString,
            ], required: ["accountId", "debit", "credit"]),
        "Entry": .object(
            [
                "id": .uuid, "number": .integer, "date": .date, "description": .string, "sourceType": .string,
                "sourceId": .uuid.orNull(), "total": .money, "reversalOf": .uuid.orNull(), "reversedBy": .uuid.orNull(),
                "createdBy": .string, "createdAt": .dateTime.orNull(), "lines": JSONSchema.arrayOf(.ref("EntryLine")).orNull(),
            ], required: ["id", "number", "date", "description", "sourceType", "total", "createdBy"]),
        "ManualEntry": .input(
            [
                "date": .date, "description": .string(maxLength: 300),
                "lines": .array(
                    minItems: 2,
                    items: .input(
                        [
                            "accountId": .uuid, "debit": .money, "credit": .money, "memo": .string(maxLength: 200),
                            "businessUnitId": .uuid,
                        ], required: ["accountId"])),
            ], required: ["description", "lines"]),
        "Reversal": .input(["date": .date, "reason": .string(maxLength: 200)], required: []),
    ]
}
