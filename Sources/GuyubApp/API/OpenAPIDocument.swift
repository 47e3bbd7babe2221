import Foundation

/// `GET /api/v1/openapi.json`: every `/api` route with its inputs, outputs and errors (OpenAPI 3.0).
/// A test compares it with the registered routes, so a route cannot be added without being described.
enum OpenAPIDocument {
    /// The document as sent: encoded once.
    static let encoded: Data = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try! encoder.encode(document)
    }()

    static let document: JSONValue = [
        "openapi": "3.0.3",
        "info": [
            "title": "Guyub API",
            "version": "1",
            "description": "Runs a cooperative: members, their savings and loans, the books. Amounts are strings in major units; dates are ISO 8601. Sign in with POST /api/v1/auth/token, then send `Authorization: Bearer <token>`. Every state-changing call accepts an `Idempotency-Key` header: a retry, even one sent while the first still runs, gets the first answer (acceptance or refusal, with `Idempotent-Replayed: true`) and changes nothing; the key on another request is 409 `idempotency_key_reused`; answers are kept for seven days. Errors are `{\"error\":{\"code\",\"message\",\"field\"}}`; messages follow `Accept-Language` (id or en).",
        ],
        "servers": [["url": "/"]],
        "security": [["bearer": []]],
        "paths": .merged([paths, ledgerPaths, monthPaths, savingsPaths, reportPaths, loanPaths, shuPaths, meetingPaths]),
        "components": [
            "securitySchemes": ["bearer": ["type": "http", "scheme": "bearer"]],
            "schemas": .merged([schemas, ledgerSchemas, savingsSchemas, reportSchemas, loanSchemas, shuSchemas, meetingSchemas]),
            "parameters": [
                "IdempotencyKey": [
                    "name": "Idempotency-Key", "in": "header", "required": false,
                    "description": "Any unique text up to 200 characters; a retry with the same key replays the first answer.",
                    "schema": ["type": "string", "minLength": 1, "maxLength": 200],
                ],
                "MemberID": ["name": "id", "in": "path", "required": true, "schema": ["type": "string", "format": "uuid"]],
                "ID": ["name": "id", "in": "path", "required": true, "schema": ["type": "string", "format": "uuid"]],
                // An empty `from=` or `to=` (as a form sends it) reads as left out.
                "From": ["name": "from", "in": "query", "required": false, "allowEmptyValue": true,
                         "schema": ["type": "string", "format": "date"]],
                "To": ["name": "to", "in": "query", "required": false, "allowEmptyValue": true,
                       "schema": ["type": "string", "format": "date"]],
                "Page": ["name": "page", "in": "query", "required": false,
                         "schema": ["type": "integer", "minimum": 1, "maximum": 1_000_000]],
            ],
        ],
    ]

    static let paths: JSONValue = [
        "/api/v1/auth/token": [
            "post": operation("Sign in: exchange e-mail and password for a bearer token", tag: "auth",
                              body: ref("Credentials"), ok: ("200", ref("Token")), errors: [401, 422, 429],
                              secured: false, idempotent: false),
            "delete": operation("Sign out: the token used for this call stops working", tag: "auth",
                                ok: ("204", nil), errors: [401], idempotent: false),
        ],
        "/api/v1/me": [
            "get": operation("Who is signed in: user, cooperative, roles", tag: "auth", ok: ("200", ref("Me")), errors: [401]),
        ],
        "/api/v1/members": [
            "get": operation("Search the registry by name, NIK, phone or member number", tag: "members",
                             parameters: [
                                ["name": "query", "in": "query", "required": false, "schema": ["type": "string"]],
                                ["name": "status", "in": "query", "required": false, "schema": ref("MemberStatus")],
                                ["$ref": "#/components/parameters/Page"],
                                ["name": "perPage", "in": "query", "required": false,
                                 "schema": ["type": "integer", "minimum": 1, "maximum": 100]],
                             ],
                             ok: ("200", ref("MemberPage")), links: memberLinks("/items/0/id"), errors: [401, 403, 422]),
            "post": operation("Register an applicant (calon anggota)", tag: "members", body: ref("MemberInput"),
                              ok: ("201", ref("Member")), links: memberLinks("/id"), errors: [401, 403, 409, 422]),
        ],
        "/api/v1/members/import": [
            "post": operation("Import a member list kept in a spreadsheet (CSV)", tag: "members",
                              parameters: [["name": "dryRun", "in": "query", "required": false, "schema": ["type": "boolean"]]],
                              rawBody: ["text/csv": ["schema": ["type": "string"]]],
                              ok: ("200", ref("ImportReport")), errors: [401, 403, 413, 422], accepted: ref("ImportReport")),
        ],
        "/api/v1/members/imports/{id}": [
            "parameters": [["name": "id", "in": "path", "required": true, "schema": uuid]],
            "get": operation("How far an import taken in by batches has come", tag: "members", ok: ("200", ref("ImportJob")),
                             errors: [401, 403, 404]),
        ],
        "/api/v1/members/{id}": [
            "parameters": [["$ref": "#/components/parameters/MemberID"]],
            "get": operation("A member's record with its dated history", tag: "members", ok: ("200", ref("Member")),
                             errors: [401, 404]),
            "patch": operation("Correct a member's particulars; fields left out keep their values", tag: "members",
                               body: ref("MemberInput"), ok: ("200", ref("Member")), errors: [401, 403, 404, 409, 422]),
        ],
        "/api/v1/members/{id}/status": [
            "parameters": [["$ref": "#/components/parameters/MemberID"]],
            "post": operation("Accept or reject an applicant, or record a member's exit", tag: "members",
                              body: ref("StatusChange"), ok: ("200", ref("Member")), errors: [401, 403, 404, 422]),
        ],
        "/api/v1/audit": [
            "get": operation("The audit trail, newest first", tag: "audit",
                             parameters: [["$ref": "#/components/parameters/Page"]],
                             ok: ("200", ref("AuditPage")), errors: [401, 403, 422]),
        ],
        "/api/v1/users": [
            "get": operation("Users with roles in the cooperative", tag: "users",
                             ok: ("200", ["type": "array", "items": ref("User")]), links: userLinks("/0/id"), errors: [401, 403]),
            "post": operation("Give someone a sign-in with roles", tag: "users", body: ref("NewUser"),
                              ok: ("201", ref("User")), links: userLinks("/id"), errors: [401, 403, 404, 409, 422]),
        ],
        "/api/v1/users/{id}/roles": [
            "parameters": [["name": "id", "in": "path", "required": true, "schema": ["type": "string", "format": "uuid"]]],
            "put": operation("Replace a user's roles", tag: "users",
                             body: input(["roles": ["type": "array", "items": ref("Role")]], required: ["roles"]),
                             ok: ("200", ref("User")), errors: [401, 403, 404, 422]),
        ],
        "/api/v1/openapi.json": [
            "get": operation("This document", tag: "meta", ok: ("200", ["type": "object"]), errors: [], secured: false),
        ],
    ]

    /// Links from an answer that holds a member's id at `pointer`.
    static func memberLinks(_ pointer: String) -> [String: JSONValue] {
        let id = JSONValue.string("$response.body#" + pointer)
        return [
            "member": link("get", "/api/v1/members/{id}", parameters: ["path.id": id]),
            "correct": link("patch", "/api/v1/members/{id}", parameters: ["path.id": id]),
            "changeStatus": link("post", "/api/v1/members/{id}/status", parameters: ["path.id": id]),
            "savings": link("get", "/api/v1/members/{id}/savings", parameters: ["path.id": id]),
            "deposit": link("post", "/api/v1/savings/deposits", body: ["memberId": id]),
            "withdraw": link("post", "/api/v1/savings/withdrawals", body: ["memberId": id]),
            "transferFrom": link("post", "/api/v1/savings/transfers", body: ["fromMemberId": id]),
            "transferTo": link("post", "/api/v1/savings/transfers", body: ["toMemberId": id]),
            "signIn": link("post", "/api/v1/users", body: ["memberId": id]),
        ]
    }

    static func userLinks(_ pointer: String) -> [String: JSONValue] {
        ["roles": link("put", "/api/v1/users/{id}/roles", parameters: ["path.id": .string("$response.body#" + pointer)])]
    }

    /// Links from an answer that holds a journal entry's id at `pointer`.
    static func entryLinks(_ pointer: String) -> [String: JSONValue] {
        let id = JSONValue.string("$response.body#" + pointer)
        return ["entry": link("get", "/api/v1/ledger/entries/{id}", parameters: ["path.id": id]),
                "reverse": link("post", "/api/v1/ledger/entries/{id}/reverse", parameters: ["path.id": id])]
    }

    /// Links from an answer that holds a savings account's id at `pointer`.
    static func accountLinks(_ pointer: String) -> [String: JSONValue] {
        let id = JSONValue.string("$response.body#" + pointer)
        return ["statement": link("get", "/api/v1/savings/accounts/{id}/statement", parameters: ["path.id": id]),
                "breakTerm": link("post", "/api/v1/savings/term-deposits/{id}/break", parameters: ["path.id": id])]
    }

    static let schemas: JSONValue = [
        "Error": object(["error": object(["code": string, "message": string, "field": nullableString],
                                          required: ["code", "message"])], required: ["error"]),
        "Credentials": input(["email": string, "password": string, "cooperativeId": uuid], required: ["email", "password"]),
        "Token": object(["token": string, "expiresAt": dateTime], required: ["token", "expiresAt"]),
        "Role": ["type": "string", "enum": ["board", "supervisor", "manager", "teller", "staff", "member", "consumer", "partner"]],
        "MemberStatus": ["type": "string", "enum": ["applicant", "member", "rejected", "resigned", "deceased", "dismissed"]],
        "Me": object([
            "user": object(["id": uuid, "email": string, "name": string], required: ["id", "email", "name"]),
            "cooperative": object(["id": uuid, "name": string], required: ["id", "name"]),
            "roles": ["type": "array", "items": ref("Role")],
            "memberId": ["type": "string", "format": "uuid", "nullable": true],
        ], required: ["user", "cooperative", "roles"]),
        "MemberInput": input([
            "name": ["type": "string", "maxLength": 120, "example": "Siti Aminah"],
            "nik": ["type": "string", "description": "16 digits", "example": "3507124101900001"],
            "phone": ["type": "string", "description": "08… or +628…", "example": "0812-3456-7890"],
            "address": ["type": "string", "maxLength": 500, "example": "Jl. Merdeka 1, Sukamaju"],
            "birthPlace": ["type": "string", "maxLength": 120, "example": "Malang"], "birthDate": dateOrEmpty,
            "gender": ["type": "string", "enum": ["male", "female", ""], "example": "female"],
            "wajibClass": ["type": "string", "description": "PATCH only: a class from the savings settings, or empty for none"],
        ], required: []),
        "StatusChange": input([
            "status": ref("MemberStatus"), "date": dateOrEmpty,
            "reason": ["type": "string", "maxLength": 500],
        ], required: ["status"]),
        "Member": object([
            "id": uuid, "memberNumber": ["type": "integer"], "name": string, "nik": string, "phone": string,
            "address": string, "birthPlace": nullableString, "birthDate": ["type": "string", "format": "date", "nullable": true],
            "gender": ["type": "string", "enum": ["male", "female"]], "status": ref("MemberStatus"),
            "statusSince": ["type": "string", "format": "date"],
            "joinedOn": ["type": "string", "format": "date", "nullable": true],
            "wajibClass": nullableString,
            "createdAt": ["type": "string", "format": "date-time", "nullable": true],
            "updatedAt": ["type": "string", "format": "date-time", "nullable": true],
            "history": ["type": "array", "nullable": true, "items": object([
                "from": ["type": "string", "nullable": true], "to": string, "on": ["type": "string", "format": "date"],
                "reason": nullableString, "by": string, "recordedAt": ["type": "string", "format": "date-time", "nullable": true],
            ], required: ["to", "on", "by"])],
        ], required: ["id", "memberNumber", "name", "nik", "phone", "address", "gender", "status", "statusSince"]),
        "MemberPage": pageOf(ref("Member")),
        "ImportRow": object(["line": ["type": "integer"], "code": string, "field": nullableString, "reason": string],
                            required: ["line", "code", "reason"]),
        "ImportReport": object([
            "imported": ["type": "array", "nullable": true, "items": object(
                ["line": ["type": "integer"], "id": uuid, "memberNumber": ["type": "integer"]],
                required: ["line", "id", "memberNumber"])],
            "accepted": ["type": "integer"],
            "skipped": ["type": "array", "items": ref("ImportRow")],
            "rejected": ["type": "array", "items": ref("ImportRow")],
            "job": ["allOf": [ref("ImportJob")], "nullable": true],
        ], required: ["accepted", "skipped", "rejected"]),
        "ImportJob": object([
            "id": uuid, "status": ["type": "string", "enum": ["preview", "pending", "running", "done"]],
            "accepted": ["type": "integer"], "imported": ["type": "integer"], "skipped": ["type": "integer"],
            "rejected": ["type": "integer"],
        ], required: ["id", "status", "accepted", "imported", "skipped", "rejected"]),
        "AuditEvent": object([
            "sequence": ["type": "integer"], "recordedAt": dateTime, "actor": string,
            "actorUserId": ["type": "string", "format": "uuid", "nullable": true], "action": string, "entity": string,
            "entityId": nullableString, "before": ["nullable": true], "after": ["nullable": true],
            "previousHash": string, "hash": string,
        ], required: ["sequence", "recordedAt", "actor", "action", "entity", "previousHash", "hash"]),
        "AuditPage": pageOf(ref("AuditEvent")),
        "User": object(["id": uuid, "email": string, "name": string, "roles": ["type": "array", "items": ref("Role")]],
                       required: ["id", "email", "name", "roles"]),
        "NewUser": input([
            "email": string, "name": string, "password": ["type": "string", "minLength": 10],
            "roles": ["type": "array", "items": ref("Role")], "memberId": uuid,
        ], required: ["email", "name", "password", "roles"]),
    ]

    static let string: JSONValue = ["type": "string"]
    /// An amount: major units with exactly the currency's decimals ("2800000", "4314407.15").
    /// Answers write amounts as `"50000"` or `"4314407.15"`; requests may also write them as people do
    /// (`"1.250.000"`, `"Rp 50.000"`, `"50.000,00"`), which the pattern admits and the server reads exactly.
    static let money: JSONValue = [
        "type": "string", "pattern": "^\\s*-?([Rr][Pp]\\.?\\s*)?[0-9][0-9.,]*([.,]-)?\\s*$", "example": "50000",
        "description": "Major units: 50000, 4314407.15, 1.250.000, Rp 50.000 or 50.000,00",
    ]
    static let percent: JSONValue = [
        "type": "string", "pattern": "^\\s*[0-9][0-9.,]*\\s*%?\\s*$", "example": "5.50",
        "description": "Percent with at most two decimals: 5.50, 5,5 or 5,5%",
    ]
    /// Answers write dates `2026-08-05`; requests may also write them as people do.
    static let date: JSONValue = [
        "type": "string", "pattern": "^\\s*[0-9A-Za-z][0-9A-Za-z ./,-]*\\s*$", "example": "2026-08-05",
        "description": "A date: 2026-08-05, 05/08/2026, 05082026 or 5 Agustus 2026 (day before month)",
    ]
    static let integer: JSONValue = ["type": "integer"]
    /// A date, or an empty text for none (as a form sends a field left blank).
    static let dateOrEmpty: JSONValue = ["type": "string", "anyOf": [["format": "date"], ["maxLength": 0]]]
    static let nullableString: JSONValue = ["type": "string", "nullable": true]
    static let uuid: JSONValue = ["type": "string", "format": "uuid"]
    static let dateTime: JSONValue = ["type": "string", "format": "date-time"]

    static func ref(_ name: String) -> JSONValue { ["$ref": .string("#/components/schemas/\(name)")] }

    static func object(_ properties: [String: JSONValue], required: [String]) -> JSONValue {
        var schema: [String: JSONValue] = ["type": "object", "properties": .object(properties)]
        if !required.isEmpty { schema["required"] = .array(required.map(JSONValue.string)) }
        return .object(schema)
    }

    /// A request body's object. The API reads a property sent as null as one left out, so every
    /// property that is not required may also be null.
    static func input(_ properties: [String: JSONValue], required: [String]) -> JSONValue {
        object(Dictionary(uniqueKeysWithValues: properties.map { key, schema in
            (key, required.contains(key) ? schema : nullable(schema))
        }), required: required)
    }

    static func nullable(_ schema: JSONValue) -> JSONValue {
        guard case .object(var o) = schema else { return schema }
        if o["$ref"] != nil { return ["allOf": [schema], "nullable": true] }
        o["nullable"] = true
        // An enum lists null too, or it would still refuse it.
        if case .array(let choices)? = o["enum"] { o["enum"] = .array(choices + [.null]) }
        return .object(o)
    }

    static func pageOf(_ item: JSONValue) -> JSONValue {
        object(["items": ["type": "array", "items": item], "page": ["type": "integer"], "perPage": ["type": "integer"],
                "total": ["type": "integer"], "pageCount": ["type": "integer"]],
               required: ["items", "page", "perPage", "total", "pageCount"])
    }

    static let errorText: [Int: String] = [
        401: "Not signed in, or the token expired", 403: "The user's roles do not allow this",
        404: "Nothing by that id in this cooperative", 409: "Clashes with what exists (e.g. the NIK is registered)",
        413: "The body is too large", 415: "The body is not of the media type described",
        422: "The input breaks a rule; `field` names the culprit", 429: "Too many attempts; see Retry-After",
    ]

    /// A link from an answer to an operation that takes what it returned (OpenAPI 3.0 `links`), so
    /// that clients and testing tools can follow one call with the next.
    static func link(_ method: String, _ path: String, parameters: [String: JSONValue] = [:],
                     body: JSONValue? = nil) -> JSONValue {
        let pointer = path.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
        var link: [String: JSONValue] = ["operationRef": .string("#/paths/\(pointer)/\(method)")]
        if !parameters.isEmpty { link["parameters"] = .object(parameters) }
        if let body { link["requestBody"] = body }
        return .object(link)
    }

    /// `alsoAs` names other media types the answer may take (CSV, a plain-text journal), by schema;
    /// `links` the operations that can take what the answer returns.
    /// An operation with a body can also answer 413 (too large), 415 (another media type) and 422 (not
    /// readable); one that takes an `Idempotency-Key` 409 (the key was used for another request) and
    /// 422 (a key that is empty or too long).
    static func operation(_ summary: String, tag: String, parameters: [JSONValue] = [], body: JSONValue? = nil,
                          rawBody: JSONValue? = nil, ok: (String, JSONValue?), alsoAs: [String: JSONValue] = [:],
                          links: [String: JSONValue] = [:], errors: [Int], secured: Bool = true,
                          idempotent: Bool? = nil, accepted: JSONValue? = nil) -> JSONValue {
        var op: [String: JSONValue] = ["summary": .string(summary), "tags": [.string(tag)]]
        var params = parameters
        var errors = Set(errors)
        let changesState = body != nil || rawBody != nil || idempotent == true
        if changesState && idempotent != false {
            params.append(["$ref": "#/components/parameters/IdempotencyKey"])
            errors.formUnion([409, 422])
        }
        if !params.isEmpty { op["parameters"] = .array(params) }
        if let body { op["requestBody"] = ["required": true, "content": ["application/json": ["schema": body]]] }
        if let rawBody { op["requestBody"] = ["required": true, "content": rawBody] }
        if body != nil || rawBody != nil { errors.formUnion([413, 415, 422]) }
        var responses: [String: JSONValue] = [:]
        var content: [String: JSONValue] = alsoAs.mapValues { ["schema": $0] }
        if let schema = ok.1 { content["application/json"] = ["schema": schema] }
        var answer: [String: JSONValue] = content.isEmpty ? ["description": "Done"] : ["description": "OK", "content": .object(content)]
        if !links.isEmpty { answer["links"] = .object(links) }
        responses[ok.0] = .object(answer)
        if let accepted { responses["202"] = ["description": "Accepted: done later", "content": ["application/json": ["schema": accepted]]] }
        for status in errors.sorted() {
            responses[String(status)] = ["description": .string(errorText[status]!),
                                         "content": ["application/json": ["schema": ref("Error")]]]
        }
        op["responses"] = .object(responses)
        if !secured { op["security"] = [] }
        return .object(op)
    }
}
