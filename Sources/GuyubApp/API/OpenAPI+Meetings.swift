import OpenAPIKit30

extension OpenAPIDocument {
    static func meetingLinks(_ pointer: String) -> OpenAPI.Link.Map {
        let id = "$response.body#" + pointer
        return [
            "meeting": .to("get", "/api/v1/meetings/{id}", parameters: ["path.id": id]),
            "notice": .to("post", "/api/v1/meetings/{id}/notice", parameters: ["path.id": id]),
            "checkIn": .to("post", "/api/v1/meetings/{id}/attendance", parameters: ["path.id": id]),
            "report": .to("get", "/api/v1/meetings/{id}/report", parameters: ["path.id": id]),
        ]
    }

    static func resolutionLinks(_ pointer: String) -> OpenAPI.Link.Map {
        let id = "$response.body#" + pointer
        return [
            "open": .to("post", "/api/v1/meetings/resolutions/{id}/open", parameters: ["path.id": id]),
            "vote": .to("post", "/api/v1/meetings/resolutions/{id}/votes", parameters: ["path.id": id]),
            "close": .to("post", "/api/v1/meetings/resolutions/{id}/close", parameters: ["path.id": id]),
        ]
    }

    static let agendaKind = JSONSchema.string(allowedValues: "statements", "reports", "shu", "plan", "election", "other")
    static let meetingKind = JSONSchema.string(allowedValues: "annual", "extraordinary")

    static let meetingSchemas: OpenAPI.ComponentDictionary<JSONSchema> = [
        "MeetingSummary": .object(
            [
                "id": .uuid, "kind": meetingKind, "financialYear": .integer, "title": .string,
                "heldOn": .date, "startsAt": .string,
                "status": .string(allowedValues: "draft", "noticed", "open", "closed"),
            ],
            required: ["id", "kind", "financialYear", "title", "heldOn", "startsAt", "status"]),
        "MeetingInput": .input(
            [
                "kind": meetingKind, "financialYear": .integer, "title": .string(maxLength: 200), "heldOn": .date,
                "startsAt": .string(pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$"),
                "place": .string(maxLength: 300), "onlineLink": .string(maxLength: 500),
                "chairName": .string, "secretaryName": .string, "delegates": .boolean,
            ], required: []),
        "MeetingRules": .input(
            [
                "quorumNumerator": .integer, "quorumDenominator": .integer, "secretByDefault": .boolean,
                "registrationNumber": .string, "address": .string, "town": .string,
            ], required: []),
        "AgendaItem": .object(
            ["id": .uuid, "position": .integer, "kind": agendaKind, "title": .string],
            required: ["id", "position", "kind", "title"]),
        "Attendance": .object(
            [
                "eligible": .integer, "present": .integer, "inPerson": .integer, "online": .integer,
                "required": .integer, "quorumMet": .boolean,
            ],
            required: ["eligible", "present", "inPerson", "online", "required", "quorumMet"]),
        "Participant": .object(
            [
                "memberId": .uuid, "memberNumber": .integer, "name": .string, "noticed": .boolean,
                "delegate": .boolean,
                "attendance": JSONSchema.string(allowedValues: "in-person", "online").orNull(),
            ],
            required: ["memberId", "memberNumber", "name", "noticed", "delegate"]),
        "Resolution": .object(
            [
                "id": .uuid, "meetingId": .uuid, "agendaItemId": .uuid.orNull(), "kind": agendaKind,
                "shuYear": .integer(nullable: true), "motion": .string, "secret": .boolean,
                "status": .string(allowedValues: "draft", "open", "passed", "rejected"), "ballotsCast": .integer,
                "totals": JSONSchema.object(["yes": .integer, "no": .integer, "abstain": .integer], required: []).orNull(),
                "decidedOn": .isoDate.orNull(), "youVoted": .boolean(nullable: true),
            ], required: ["id", "meetingId", "kind", "motion", "secret", "status", "ballotsCast"]),
        "Meeting": .object(
            [
                "id": .uuid, "kind": .string, "financialYear": .integer, "title": .string, "heldOn": .date, "startsAt": .string,
                "place": .string, "onlineLink": .string, "status": .string,
                "quorum": .object(["numerator": .integer, "denominator": .integer], required: ["numerator", "denominator"]),
                "secretByDefault": .boolean, "delegates": .boolean,
                "notice": JSONSchema.object(["sentOn": .date, "channel": .string, "text": .string], required: []).orNull(),
                "chairName": .string, "secretaryName": .string, "minutes": .string, "closedOn": .isoDate.orNull(),
                "agenda": .arrayOf(.ref("AgendaItem")), "attendance": .ref("Attendance"),
                "resolutions": .arrayOf(.ref("Resolution")),
            ],
            required: [
                "id", "kind", "financialYear", "title", "heldOn", "status", "quorum", "agenda", "attendance", "resolutions",
            ]),
        "MeetingReport": .object(
            [
                "meeting": .ref("MeetingSummary"), "attendance": .ref("Attendance"), "resolutions": .arrayOf(.ref("Resolution")),
                "statements": .object(
                    [
                        "totalAssets": .money, "totalLiabilities": .money, "totalEquity": .money, "income": .money,
                        "expenses": .money, "surplus": .money, "memberSurplus": .money, "nonMemberSurplus": .money,
                    ],
                    required: ["totalAssets", "totalLiabilities", "totalEquity", "income", "expenses", "surplus"]),
                "shuShares": JSONSchema.arrayOf(
                    .object(
                        [
                            "memberNumber": .integer, "name": .string, "capital": .money,
                            "patronage": .money, "total": .money,
                        ],
                        required: ["memberNumber", "name", "capital", "patronage", "total"])
                ).orNull(),
                "partnerships": .arrayOf(
                    .object(
                        [
                            "title": .string, "partner": .string, "kind": .string, "status": .string,
                            "due": .object(additionalProperties: .init(.integer)),
                            "delivered": .object(additionalProperties: .init(.integer)), "reviewedOn": .isoDate,
                            "decision": .string, "diverging": .boolean, "note": .string,
                        ], required: ["title", "partner", "kind", "status", "due", "delivered"])),
            ], required: ["meeting", "attendance", "resolutions", "statements", "partnerships"]),
        "MinistryReport": .object(
            [
                "cooperativeName": .string, "registrationNumber": .string, "financialYear": .integer, "ratDate": .date,
                "membersTotal": .integer, "membersPresent": .integer, "quorumRequired": .integer, "quorumMet": .boolean,
                "assets": .money, "liabilities": .money, "equity": .money, "businessVolume": .money, "shu": .money,
            ],
            required: [
                "cooperativeName", "registrationNumber", "financialYear", "ratDate", "membersTotal", "membersPresent",
                "quorumMet", "assets", "liabilities", "equity", "businessVolume", "shu",
            ]),
    ]
}
