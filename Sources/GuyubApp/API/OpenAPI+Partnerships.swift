import GuyubCore
import GuyubStore
import OpenAPIKit30

extension OpenAPIDocument {
    private static func choices<T: RawRepresentable & CaseIterable>(_: T.Type) -> JSONSchema where T.RawValue == String {
        .string(allowedValues: T.allCases.map { .init($0.rawValue) })
    }

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
                "value": .string(maxLength: 30),
            ], required: ["partnerId", "kind", "title", "start"]),
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
                        ], required: ["reviewedOn", "committed", "delivered", "diverging", "decision", "note", "by"])),
                "fulfilment": .object(additionalProperties: .init(.integer)),
                "grant": .object(
                    ["received": .string, "spent": .string, "unspent": .string], required: ["received", "spent", "unspent"]),
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
