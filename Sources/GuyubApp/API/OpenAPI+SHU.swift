import OpenAPIKit30

extension OpenAPIDocument {
    static let percentages = JSONSchema.object(additionalProperties: .b(.ratePercent))
    static let amounts = JSONSchema.object(additionalProperties: .b(.money))
    /// An amount or a percentage as the simulation reads it: a text, or a plain JSON number.
    static let moneyOrNumber = JSONSchema.one(of: [.money, .number])
    static let flexiblePercentages = JSONSchema.object(additionalProperties: .b(.one(of: [.ratePercent, .number])))
    static let savingsKinds = JSONSchema.arrayOf(.string(allowedValues: "pokok", "wajib", "sukarela"))
    static let savingsBasis = JSONSchema.string(allowedValues: "yearEnd", "averageMonthly")
    static let payTo = JSONSchema.string(allowedValues: "savings", "payable")

    static let shuSchemas: OpenAPI.ComponentDictionary<JSONSchema> = [
        "SHUSimulationInput": .input(
            [
                "surplus": moneyOrNumber, "decimals": .integer(allowedValues: 0, 2), "rounding": rounding,
                "allocation": flexiblePercentages,
                "totals": .input(["savings": moneyOrNumber, "business": moneyOrNumber], required: ["savings", "business"]),
                "members": .arrayOf(
                    .input(
                        [
                            "id": .one(of: [.string, .number]), "savings": moneyOrNumber, "business": moneyOrNumber,
                        ], required: ["id"])),
            ], required: ["surplus"]),
        "SHUSimulation": .object(
            [
                "pools": amounts, "remainder": amounts, "reserveTotal": .money, "unallocated": .money,
                "members": .arrayOf(
                    .object(
                        ["id": .string, "capital": .money, "patronage": .money, "total": .money],
                        required: ["id", "capital", "patronage", "total"])),
            ], required: ["pools", "members", "remainder"]),
        "SHUYear": .object(
            ["year": .integer, "closed": .boolean, "status": .nullableString, "memberSurplus": .nullableString],
            required: ["year", "closed"]),
        "SHURules": .object(
            [
                "year": .integer, "allocation": percentages, "nonMemberAllocation": percentages,
                "savingsKinds": savingsKinds, "savingsBasis": savingsBasis,
                "businessWeights": .object(additionalProperties: .b(.integer)),
                "joinedBefore": .isoDate.orNull(), "payTo": payTo, "rounding": rounding,
                "fundAccounts": .object(additionalProperties: .b(.string)),
            ],
            required: [
                "allocation", "nonMemberAllocation", "savingsKinds", "savingsBasis", "businessWeights", "payTo", "rounding",
            ]),
        "SHURulesInput": .input(
            [
                "allocation": flexiblePercentages, "nonMemberAllocation": flexiblePercentages,
                "savingsKinds": savingsKinds, "savingsBasis": savingsBasis,
                "businessWeights": .object(additionalProperties: .b(.integer(in: 0...1000))),
                "joinedBefore": .dateOrEmpty, "payTo": payTo, "rounding": rounding,
                "fundAccounts": .object(additionalProperties: .b(.string)),
            ], required: []),
        "YearClose": .object(
            [
                "year": .integer, "monthsClosed": .arrayOf(.string), "closingEntryId": .uuid.orNull(),
                "memberSurplus": .money, "nonMemberSurplus": .money, "sharedSurplus": .money, "members": .integer,
            ], required: ["year", "monthsClosed", "memberSurplus", "nonMemberSurplus", "members"]),
        "SHUDistribution": .object(
            [
                "year": .integer, "status": .string(allowedValues: "draft", "posted"), "memberSurplus": .money,
                "nonMemberSurplus": .money, "pools": amounts, "nonMemberPools": amounts, "remainder": amounts,
                "reserveTotal": .money, "totalSavings": .money, "totalBusiness": .money, "members": .integer,
                "rules": .ref("SHURules"), "approvedByResolution": .uuid.orNull(), "entryId": .uuid.orNull(),
                "postedOn": .nullableString,
                "shares": .arrayOf(
                    .object(
                        [
                            "memberId": .uuid, "memberNumber": .integer, "name": .string, "savings": .money, "business": .money,
                            "capital": .money, "patronage": .money, "total": .money,
                            "paidTo": JSONSchema.string(allowedValues: "savings", "payable", "paid").orNull(),
                        ], required: ["memberId", "memberNumber", "name", "savings", "business", "capital", "patronage", "total"])
                ),
            ], required: ["year", "status", "memberSurplus", "nonMemberSurplus", "pools", "remainder", "members", "shares"]),
        "MemberSHU": .object(
            [
                "year": .integer, "status": .string, "savings": .money, "totalSavings": .money, "capitalPool": .money,
                "capital": .money, "business": .money, "totalBusiness": .money, "patronagePool": .money, "patronage": .money,
                "total": .money, "paidTo": .nullableString,
            ],
            required: [
                "year", "status", "savings", "totalSavings", "capitalPool", "capital", "business", "totalBusiness",
                "patronagePool", "patronage", "total",
            ]),
    ]
}
