import GuyubCore
import GuyubStore
import OpenAPIKit30

extension OpenAPIDocument {
    private static func choices<T: RawRepresentable & CaseIterable>(_: T.Type) -> JSONSchema where T.RawValue == String {
        .string(allowedValues: T.allCases.map { .init($0.rawValue) })
    }

    private static let instalment = JSONSchema.object(
        [
            "number": .integer, "dueOn": .isoDate, "principal": .string, "interest": .string, "payment": .string,
            "balance": .string, "paidOn": .isoDate,
        ], required: ["number", "principal", "interest", "payment", "balance"])

    static let partnershipSchemas: OpenAPI.ComponentDictionary<JSONSchema> = [
        "PartnerInput": .input(
            [
                "name": .string(maxLength: FieldLimit.name), "kind": choices(PartnerKind.self),
                "contactName": .string(maxLength: FieldLimit.name), "phone": .string(maxLength: 20),
                "email": .string(maxLength: 254), "supplierId": .uuid, "programmeId": .uuid,
            ], required: ["name", "kind"]),
        "Partner": .object(
            [
                "id": .uuid, "name": .string, "kind": choices(PartnerKind.self), "contactName": .string, "phone": .string,
                "email": .string, "supplierId": .uuid, "programmeId": .uuid,
            ], required: ["id", "name", "kind"]),
        "PartnerUserInput": .input(
            ["email": .string(maxLength: 254), "name": .string(maxLength: FieldLimit.name), "password": .string(maxLength: 200)],
            required: ["email", "name", "password"]),
        "PartnershipInput": .input(
            [
                "partnerId": .uuid, "kind": choices(PartnershipKind.self),
                "title": .string(maxLength: FieldLimit.meetingTitle), "start": .isoDate, "end": .isoDate,
                "ourGoals": .string(maxLength: FieldLimit.note * 3), "theirGoals": .string(maxLength: FieldLimit.note * 3),
                "value": .string(maxLength: 30), "financing": choices(Financing.self),
            ], required: ["partnerId", "kind", "title", "start"]),
        "BorrowingInput": .input(
            [
                "principal": .string(maxLength: 30), "ratePercent": .ratePercent,
                "periods": .integer, "grace": .integer,
                "firstDue": .isoDate, "method": choices(InterestMethod.self), "channel": choices(GrantStore.Channel.self),
            ], required: ["principal", "ratePercent", "periods", "firstDue"]),
        "ChannelInput": .input(["channel": choices(GrantStore.Channel.self)], required: []),
        "EquityInput": .input(
            [
                "direction": choices(EquityDirection.self), "amount": .string(maxLength: 30),
                "channel": choices(GrantStore.Channel.self),
            ], required: ["direction", "amount"]),
        "IndicatorInput": .input(
            [
                "name": .string(maxLength: FieldLimit.name), "measure": choices(IndicatorMeasure.self),
                "target": .string(maxLength: 30), "unit": .string(maxLength: FieldLimit.productUnit),
                "indicatorId": .uuid, "actual": .string(maxLength: 30),
            ], required: []),
        "PartnerDocument": .object(
            ["id": .uuid, "title": .string, "partnerId": .uuid, "partnershipId": .uuid, "uploadId": .uuid],
            required: ["id", "title", "partnerId", "uploadId"]),
        "ResponsibilitiesInput": .input(
            [
                "tasks": .arrayOf(
                    .object(
                        [
                            "task": .string(maxLength: FieldLimit.name),
                            "parties": .object(additionalProperties: .init(choices(Responsibility.self))),
                        ], required: ["task", "parties"]))
            ], required: ["tasks"]),
        "CommitmentInput": .input(
            ["party": choices(PartnershipParty.self), "what": .string(maxLength: FieldLimit.note), "dueOn": .isoDate],
            required: ["party", "what", "dueOn"]),
        "DeliveryEvidenceInput": .input(
            ["evidence": .string(maxLength: FieldLimit.note), "uploadId": .uuid, "entryId": .uuid], required: []),
        "PartnershipReviewInput": .input(
            ["decision": choices(ReviewDecision.self), "diverging": .boolean, "note": .string(maxLength: FieldLimit.note * 3)],
            required: ["decision", "note"]),
        "GrantInput": .input(
            [
                "amount": .string(maxLength: 30), "channel": choices(GrantStore.Channel.self),
                "purpose": .string(maxLength: FieldLimit.note), "accountId": .uuid,
            ], required: ["amount"]),
        "RiskOwnerInput": .input(
            [
                "key": .string(maxLength: 200), "owner": .string(maxLength: FieldLimit.name),
                "note": .string(maxLength: FieldLimit.note),
            ],
            required: ["key", "owner"]),
        "RiskRulesInput": .input(
            ["dependencePercent": .integer, "reviewMonths": .integer, "endingDays": .integer], required: []),
        "RiskRules": .object(
            ["dependencePercent": .integer, "reviewMonths": .integer, "endingDays": .integer],
            required: ["dependencePercent", "reviewMonths", "endingDays"]),
        "Commitment": .object(
            [
                "id": .uuid, "partnershipId": .uuid, "party": choices(PartnershipParty.self), "what": .string,
                "dueOn": .isoDate, "status": choices(CommitmentStatus.self), "overdue": .boolean, "deliveredOn": .isoDate,
                "evidence": .string, "uploadId": .uuid, "entryId": .uuid,
            ], required: ["id", "partnershipId", "party", "what", "dueOn", "status", "overdue"]),
        "Partnership": .object(
            [
                "id": .uuid, "partnerId": .uuid, "kind": choices(PartnershipKind.self), "title": .string,
                "ourGoals": .string, "theirGoals": .string, "start": .isoDate, "end": .isoDate, "value": .string,
                "status": choices(PartnershipStatus.self),
                "tasks": .arrayOf(
                    .object(
                        [
                            "task": .string,
                            "parties": .object(additionalProperties: .init(choices(Responsibility.self))),
                        ], required: ["task", "parties"])),
                "commitments": .arrayOf(.ref("Commitment")),
                "reviews": .arrayOf(
                    .object(
                        [
                            "reviewedOn": .isoDate, "committed": .integer, "delivered": .integer, "diverging": .boolean,
                            "decision": choices(ReviewDecision.self), "note": .string, "by": .string,
                            "benefits": .arrayOf(
                                .object(
                                    [
                                        "name": .string, "measure": choices(IndicatorMeasure.self), "target": .string,
                                        "actual": .string, "percent": .integer,
                                    ], required: ["name", "measure", "target", "actual", "percent"])),
                        ],
                        required: ["reviewedOn", "committed", "delivered", "diverging", "decision", "note", "by", "benefits"])),
                "fulfilment": .object(additionalProperties: .init(.integer)),
                "record": .arrayOf(
                    .object(
                        [
                            "quarter": .string(pattern: "^[0-9]{4}-Q[1-4]$"), "party": choices(PartnershipParty.self),
                            "due": .integer, "kept": .integer,
                        ], required: ["quarter", "party", "due", "kept"])),
                "grant": .object(
                    ["received": .string, "spent": .string, "unspent": .string], required: ["received", "spent", "unspent"]),
                "financing": choices(Financing.self),
                "loan": .object(
                    [
                        "principal": .string, "ratePercent": .string, "method": choices(InterestMethod.self),
                        "periods": .integer, "grace": .integer, "firstDue": .isoDate, "receivedOn": .isoDate,
                        "owed": .string, "repaid": .string, "next": instalment, "schedule": .arrayOf(instalment),
                    ],
                    required: [
                        "principal", "ratePercent", "method", "periods", "grace", "firstDue", "receivedOn", "owed", "repaid",
                        "schedule",
                    ]),
                "equity": .arrayOf(
                    .object(
                        ["direction": choices(EquityDirection.self), "amount": .string, "movedOn": .isoDate],
                        required: ["direction", "amount", "movedOn"])),
                "indicators": .arrayOf(
                    .object(
                        [
                            "id": .uuid, "name": .string, "measure": choices(IndicatorMeasure.self), "target": .string,
                            "actual": .string, "percent": .integer, "unit": .string,
                        ], required: ["id", "name", "measure", "target", "actual", "percent"])),
                "documents": .arrayOf(.ref("PartnerDocument")),
                "actions": .arrayOf(choices(PartnershipAction.self)),
            ], required: ["id", "partnerId", "kind", "title", "ourGoals", "theirGoals", "start", "value", "status", "actions"]),
        "PartnershipRisk": .object(
            [
                "kind": choices(PartnershipRiskKind.self), "key": .string, "evidence": .string,
                "facts": .object(additionalProperties: .init(.string)), "partnershipId": .uuid, "partnerId": .uuid,
                "owner": .string, "status": choices(PartnershipRiskStatus.self), "note": .string,
            ], required: ["kind", "key", "evidence", "facts", "status"]),
    ]
}

extension UploadKind {
    /// The request bodies a file upload takes: each kind the bytes may be.
    static var requestBodies: OpenAPI.Content.Map {
        OpenAPI.Content.Map(
            allCases.compactMap { kind in
                OpenAPI.ContentType(rawValue: kind.contentType).map { ($0, OpenAPI.Content(schema: .string(format: .binary))) }
            }, uniquingKeysWith: { a, _ in a })
    }
}
