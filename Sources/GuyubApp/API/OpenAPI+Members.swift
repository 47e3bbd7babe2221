import OpenAPIKit30

extension OpenAPIDocument {
    /// Links from an answer that holds a member's id at `pointer`.
    static func memberLinks(_ pointer: String) -> OpenAPI.Link.Map {
        let id = "$response.body#" + pointer
        return [
            "member": .to("get", "/api/v1/members/{id}", parameters: ["path.id": id]),
            "correct": .to("patch", "/api/v1/members/{id}", parameters: ["path.id": id]),
            "changeStatus": .to("post", "/api/v1/members/{id}/status", parameters: ["path.id": id]),
            "savings": .to("get", "/api/v1/members/{id}/savings", parameters: ["path.id": id]),
            "deposit": .to("post", "/api/v1/savings/deposits", body: ["memberId": id]),
            "withdraw": .to("post", "/api/v1/savings/withdrawals", body: ["memberId": id]),
            "transferFrom": .to("post", "/api/v1/savings/transfers", body: ["fromMemberId": id]),
            "transferTo": .to("post", "/api/v1/savings/transfers", body: ["toMemberId": id]),
            "signIn": .to("post", "/api/v1/users", body: ["memberId": id]),
        ]
    }

    static let memberSchemas: OpenAPI.ComponentDictionary<JSONSchema> = [
        "MemberStatus": .string(allowedValues: "applicant", "member", "rejected", "resigned", "deceased", "dismissed"),
        "MemberInput": .input(
            [
                "name": .string(maxLength: 120, example: "Siti Aminah"),
                "nik": .string(description: "16 digits", example: "3507124101900001"),
                "phone": .string(description: "08… or +628…", example: "0812-3456-7890"),
                "address": .string(maxLength: 500, example: "Jl. Merdeka 1, Sukamaju"),
                "birthPlace": .string(maxLength: 120, example: "Malang"), "birthDate": .dateOrEmpty,
                "gender": .string(allowedValues: "male", "female", "", example: "female"),
                "wajibClass": .string(description: "PATCH only: a class from the savings settings, or empty for none"),
            ], required: []),
        "StatusChange": .input(
            ["status": .ref("MemberStatus"), "date": .dateOrEmpty, "reason": .string(maxLength: 500)],
            required: ["status"]),
        "Member": .object(
            [
                "id": .uuid, "memberNumber": .integer, "name": .string, "nik": .string, "phone": .string,
                "address": .string, "birthPlace": .nullableString, "birthDate": .isoDate.orNull(),
                "gender": .string(allowedValues: "male", "female"), "status": .ref("MemberStatus"),
                "statusSince": .isoDate, "joinedOn": .isoDate.orNull(), "wajibClass": .nullableString,
                "createdAt": .dateTime.orNull(), "updatedAt": .dateTime.orNull(),
                "history": JSONSchema.arrayOf(
                    .object(
                        [
                            "from": .nullableString, "to": .string, "on": .isoDate, "reason": .nullableString, "by": .string,
                            "recordedAt": .dateTime.orNull(),
                        ], required: ["to", "on", "by"])
                ).orNull(),
            ], required: ["id", "memberNumber", "name", "nik", "phone", "address", "gender", "status", "statusSince"]),
        "MemberPage": .pageOf(.ref("Member")),
        "ImportRow": .object(
            ["line": .integer, "code": .string, "field": .nullableString, "reason": .string],
            required: ["line", "code", "reason"]),
        "ImportReport": .object(
            [
                "imported": JSONSchema.arrayOf(
                    .object(
                        ["line": .integer, "id": .uuid, "memberNumber": .integer],
                        required: ["line", "id", "memberNumber"])
                ).orNull(),
                "accepted": .integer,
                "skipped": .arrayOf(.ref("ImportRow")),
                "rejected": .arrayOf(.ref("ImportRow")),
                "job": JSONSchema.ref("ImportJob").orNull(),
            ], required: ["accepted", "skipped", "rejected"]),
        "ImportJob": .object(
            [
                "id": .uuid, "status": .string(allowedValues: "preview", "pending", "running", "done"),
                "accepted": .integer, "imported": .integer, "skipped": .integer, "rejected": .integer,
            ], required: ["id", "status", "accepted", "imported", "skipped", "rejected"]),
        "AuditEvent": .object(
            [
                "sequence": .integer, "recordedAt": .dateTime, "actor": .string, "actorUserId": .uuid.orNull(),
                "action": .string, "entity": .string, "entityId": .nullableString,
                "before": .fragment(nullable: true), "after": .fragment(nullable: true),
                "previousHash": .string, "hash": .string,
            ], required: ["sequence", "recordedAt", "actor", "action", "entity", "previousHash", "hash"]),
        "AuditPage": .pageOf(.ref("AuditEvent")),
    ]
}
