extension OpenAPIDocument {
    static let meetingID: JSONValue = [["$ref": "#/components/parameters/ID"]]
    static let boolean: JSONValue = ["type": "boolean"]
    static let agendaKind: JSONValue = ["type": "string", "enum": ["statements", "reports", "shu", "plan", "election", "other"]]
    static let csvFormat: JSONValue = query("format", ["type": "string", "enum": ["json", "csv"]])

    static func meetingLinks(_ pointer: String) -> [String: JSONValue] {
        let id = JSONValue.string("$response.body#" + pointer)
        return ["meeting": link("get", "/api/v1/meetings/{id}", parameters: ["path.id": id]),
                "notice": link("post", "/api/v1/meetings/{id}/notice", parameters: ["path.id": id]),
                "checkIn": link("post", "/api/v1/meetings/{id}/attendance", parameters: ["path.id": id]),
                "report": link("get", "/api/v1/meetings/{id}/report", parameters: ["path.id": id])]
    }

    static func resolutionLinks(_ pointer: String) -> [String: JSONValue] {
        let id = JSONValue.string("$response.body#" + pointer)
        return ["open": link("post", "/api/v1/meetings/resolutions/{id}/open", parameters: ["path.id": id]),
                "vote": link("post", "/api/v1/meetings/resolutions/{id}/votes", parameters: ["path.id": id]),
                "close": link("post", "/api/v1/meetings/resolutions/{id}/close", parameters: ["path.id": id])]
    }

    static func meetingStep(_ summary: String, body: JSONValue?, ok: (String, JSONValue), errors: [Int] = [401, 403, 404, 422]) -> JSONValue {
        ["parameters": meetingID,
         "post": operation(summary, tag: "meetings", body: body, ok: ok, links: meetingLinks("/id"), errors: errors,
                           idempotent: body == nil ? true : nil)]
    }

    static let meetingPaths: JSONValue = [
        "/api/v1/meetings": [
            "get": operation("Members' meetings, newest first (members and those who may see meetings)", tag: "meetings",
                             ok: ("200", ["type": "array", "items": ref("MeetingSummary")]), links: meetingLinks("/0/id"),
                             errors: [401, 403]),
            "post": operation("Call a meeting as a draft; a RAT gets the standard agenda and the bylaws' quorum", tag: "meetings",
                              body: ref("MeetingInput"), ok: ("201", ref("Meeting")), links: meetingLinks("/id"),
                              errors: [401, 403, 422]),
        ],
        "/api/v1/meetings/settings": [
            "get": operation("The bylaws' meeting rules: quorum fraction, secret votes, registration number", tag: "meetings",
                             ok: ("200", ref("MeetingRules")), errors: [401, 403]),
            "put": operation("Set the meeting rules (fields left out keep their value)", tag: "meetings",
                             body: ref("MeetingRules"), ok: ("200", ref("MeetingRules")), errors: [401, 403, 422]),
        ],
        "/api/v1/meetings/{id}": [
            "parameters": meetingID,
            "get": operation("A meeting with its agenda, live attendance and quorum, and resolutions", tag: "meetings",
                             ok: ("200", ref("Meeting")), errors: [401, 403, 404]),
            "patch": operation("Change a meeting's details before it opens", tag: "meetings", body: ref("MeetingInput"),
                               ok: ("200", ref("Meeting")), errors: [401, 403, 404, 422]),
        ],
        "/api/v1/meetings/{id}/agenda": [
            "parameters": meetingID,
            "put": operation("Replace the agenda, in order, before the meeting opens", tag: "meetings",
                             body: input(["items": ["type": "array", "items": input(["kind": agendaKind, "title": string],
                                                                                     required: ["title"])]], required: ["items"]),
                             ok: ("200", ["type": "array", "items": ref("AgendaItem")]), errors: [401, 403, 404, 422]),
        ],
        "/api/v1/meetings/{id}/notice": meetingStep(
            "Record the notice as sent (date, channel, text) to every member entitled to attend",
            body: input(["date": date, "channel": ["type": "string", "enum": ["letter", "whatsapp", "sms", "email", "board"]],
                         "text": ["type": "string", "maxLength": 5000]], required: ["channel", "text"]),
            ok: ("200", object(["sentOn": date, "channel": string, "recipients": integer], required: ["sentOn", "channel", "recipients"]))),
        "/api/v1/meetings/{id}/delegates": meetingStep(
            "Choose the delegates (a delegates' meeting, for cooperatives of more than 500 members)",
            body: input(["memberIds": ["type": "array", "items": uuid]], required: ["memberIds"]),
            ok: ("200", ["type": "array", "items": ref("Participant")])),
        "/api/v1/meetings/{id}/start": meetingStep("Open the meeting (after the notice)", body: nil, ok: ("200", ref("Meeting"))),
        "/api/v1/meetings/{id}/close": meetingStep("Close the meeting (no vote may still be open)", body: nil,
                                                   ok: ("200", ref("Meeting"))),
        "/api/v1/meetings/{id}/attendance": [
            "parameters": meetingID,
            "get": operation("The attendance list: notice, delegates, who is present and how", tag: "meetings",
                             ok: ("200", ["type": "array", "items": ref("Participant")]), errors: [401, 403, 404]),
            "post": operation("Check a member in, once: a clerk for anyone entitled, a member for themselves online", tag: "meetings",
                              body: input(["memberId": uuid, "mode": ["type": "string", "enum": ["in-person", "online"]]],
                                          required: ["mode"]),
                              ok: ("201", ref("Participant")), errors: [401, 403, 404, 409, 422]),
        ],
        "/api/v1/meetings/{id}/resolutions": [
            "parameters": meetingID,
            "post": operation("Put a motion on an agenda item (a draft until opened); a shu motion names its year", tag: "meetings",
                              body: input(["agendaItemId": uuid, "kind": agendaKind, "shuYear": integer,
                                           "motion": ["type": "string", "maxLength": 2000], "secret": boolean], required: ["motion"]),
                              ok: ("201", ref("Resolution")), links: resolutionLinks("/id"), errors: [401, 403, 404, 422]),
        ],
        "/api/v1/meetings/{id}/minutes": [
            "parameters": meetingID,
            "put": operation("Write the minutes with the chair and secretary named", tag: "meetings",
                             body: input(["minutes": string, "chairName": string, "secretaryName": string], required: ["minutes"]),
                             ok: ("200", ref("Meeting")), errors: [401, 403, 404, 422]),
        ],
        "/api/v1/meetings/{id}/report": [
            "parameters": meetingID,
            "get": operation("The report pack: attendance, quorum, resolutions with totals, the year's statements", tag: "meetings",
                             parameters: [csvFormat], ok: ("200", ref("MeetingReport")), alsoAs: ["text/csv": string],
                             errors: [401, 403, 404]),
        ],
        "/api/v1/meetings/{id}/ministry-report": [
            "parameters": meetingID,
            "get": operation("The figures of the ministry's annual RAT report (ODS), from the books", tag: "meetings",
                             parameters: [csvFormat], ok: ("200", ref("MinistryReport")), alsoAs: ["text/csv": string],
                             errors: [401, 403, 404]),
        ],
        "/api/v1/meetings/resolutions/{id}": [
            "parameters": meetingID,
            "get": operation("A resolution: totals once closed, otherwise how many have voted", tag: "meetings",
                             ok: ("200", ref("Resolution")), errors: [401, 403, 404]),
        ],
        "/api/v1/meetings/resolutions/{id}/open": [
            "parameters": meetingID,
            "post": operation("Open the vote: only in session and with the quorum present (422 no_quorum)", tag: "meetings",
                              ok: ("200", ref("Resolution")), links: resolutionLinks("/id"), errors: [401, 403, 404, 422],
                              idempotent: true),
        ],
        "/api/v1/meetings/resolutions/{id}/close": [
            "parameters": meetingID,
            "post": operation("Close the vote: passed when more vote yes than no (abstentions decide nothing)", tag: "meetings",
                              ok: ("200", ref("Resolution")), errors: [401, 403, 404, 422], idempotent: true),
        ],
        "/api/v1/meetings/resolutions/{id}/votes": [
            "parameters": meetingID,
            "post": operation("Vote once: a member for themselves, or a clerk for a member present in the hall (403 no_proxy, 409 already_voted, 422 no_quorum)",
                              tag: "meetings", body: input(["memberId": uuid, "choice": ["type": "string", "enum": ["yes", "no", "abstain"]]],
                                                           required: ["choice"]),
                              ok: ("201", ref("Resolution")), errors: [401, 403, 404, 409, 422]),
        ],
    ]

    static let meetingSchemas: JSONValue = [
        "MeetingSummary": object(["id": uuid, "kind": ["type": "string", "enum": ["annual", "extraordinary"]], "financialYear": integer,
                                  "title": string, "heldOn": date, "startsAt": string,
                                  "status": ["type": "string", "enum": ["draft", "noticed", "open", "closed"]]],
                                 required: ["id", "kind", "financialYear", "title", "heldOn", "startsAt", "status"]),
        "MeetingInput": input([
            "kind": ["type": "string", "enum": ["annual", "extraordinary"]], "financialYear": integer,
            "title": ["type": "string", "maxLength": 200], "heldOn": date,
            "startsAt": ["type": "string", "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$"],
            "place": ["type": "string", "maxLength": 300], "onlineLink": ["type": "string", "maxLength": 500],
            "chairName": string, "secretaryName": string, "delegates": boolean,
        ], required: []),
        "MeetingRules": input(["quorumNumerator": integer, "quorumDenominator": integer, "secretByDefault": boolean,
                               "registrationNumber": string, "address": string, "town": string], required: []),
        "AgendaItem": object(["id": uuid, "position": integer, "kind": agendaKind, "title": string],
                             required: ["id", "position", "kind", "title"]),
        "Attendance": object(["eligible": integer, "present": integer, "inPerson": integer, "online": integer,
                              "required": integer, "quorumMet": boolean],
                             required: ["eligible", "present", "inPerson", "online", "required", "quorumMet"]),
        "Participant": object(["memberId": uuid, "memberNumber": integer, "name": string, "noticed": boolean, "delegate": boolean,
                               "attendance": ["type": "string", "enum": ["in-person", "online"], "nullable": true]],
                              required: ["memberId", "memberNumber", "name", "noticed", "delegate"]),
        "Resolution": object([
            "id": uuid, "meetingId": uuid, "agendaItemId": ["type": "string", "format": "uuid", "nullable": true], "kind": agendaKind,
            "shuYear": ["type": "integer", "nullable": true], "motion": string, "secret": boolean,
            "status": ["type": "string", "enum": ["draft", "open", "passed", "rejected"]], "ballotsCast": integer,
            "totals": ["type": "object", "nullable": true, "properties": ["yes": integer, "no": integer, "abstain": integer]],
            "decidedOn": ["type": "string", "format": "date", "nullable": true],
            "youVoted": ["type": "boolean", "nullable": true],
        ], required: ["id", "meetingId", "kind", "motion", "secret", "status", "ballotsCast"]),
        "Meeting": object([
            "id": uuid, "kind": string, "financialYear": integer, "title": string, "heldOn": date, "startsAt": string,
            "place": string, "onlineLink": string, "status": string,
            "quorum": object(["numerator": integer, "denominator": integer], required: ["numerator", "denominator"]),
            "secretByDefault": boolean, "delegates": boolean,
            "notice": ["type": "object", "nullable": true, "properties": ["sentOn": date, "channel": string, "text": string]],
            "chairName": string, "secretaryName": string, "minutes": string,
            "closedOn": ["type": "string", "format": "date", "nullable": true],
            "agenda": ["type": "array", "items": ref("AgendaItem")], "attendance": ref("Attendance"),
            "resolutions": ["type": "array", "items": ref("Resolution")],
        ], required: ["id", "kind", "financialYear", "title", "heldOn", "status", "quorum", "agenda", "attendance", "resolutions"]),
        "MeetingReport": object([
            "meeting": ref("MeetingSummary"), "attendance": ref("Attendance"),
            "resolutions": ["type": "array", "items": ref("Resolution")],
            "statements": object(["totalAssets": money, "totalLiabilities": money, "totalEquity": money, "income": money,
                                  "expenses": money, "surplus": money, "memberSurplus": money, "nonMemberSurplus": money],
                                 required: ["totalAssets", "totalLiabilities", "totalEquity", "income", "expenses", "surplus"]),
            "shuShares": ["type": "array", "nullable": true, "items": object(
                ["memberNumber": integer, "name": string, "capital": money, "patronage": money, "total": money],
                required: ["memberNumber", "name", "capital", "patronage", "total"])],
        ], required: ["meeting", "attendance", "resolutions", "statements"]),
        "MinistryReport": object([
            "cooperativeName": string, "registrationNumber": string, "financialYear": integer, "ratDate": date,
            "membersTotal": integer, "membersPresent": integer, "quorumRequired": integer, "quorumMet": boolean,
            "assets": money, "liabilities": money, "equity": money, "businessVolume": money, "shu": money,
        ], required: ["cooperativeName", "registrationNumber", "financialYear", "ratDate", "membersTotal", "membersPresent",
                      "quorumMet", "assets", "liabilities", "equity", "businessVolume", "shu"]),
    ]
}
