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
            "description": "Runs a cooperative: members, their savings and loans, the books. Amounts are strings in major units; dates are ISO 8601. Sign in with POST /api/v1/auth/token, then send `Authorization: Bearer <token>`. Every state-changing call accepts an `Idempotency-Key` header: a retry returns the first answer and changes nothing. Errors are `{\"error\":{\"code\",\"message\",\"field\"}}`; messages follow `Accept-Language` (id or en).",
        ],
        "servers": [["url": "/"]],
        "security": [["bearer": []]],
        "paths": .merged([paths, ledgerPaths, monthPaths, savingsPaths, reportPaths]),
        "components": [
            "securitySchemes": ["bearer": ["type": "http", "scheme": "bearer"]],
            "schemas": .merged([schemas, ledgerSchemas, savingsSchemas, reportSchemas]),
            "parameters": [
                "IdempotencyKey": [
                    "name": "Idempotency-Key", "in": "header", "required": false,
                    "description": "Any unique text up to 200 characters; a retry with the same key replays the first answer.",
                    "schema": ["type": "string", "minLength": 1, "maxLength": 200],
                ],
                "MemberID": ["name": "id", "in": "path", "required": true, "schema": ["type": "string", "format": "uuid"]],
                "ID": ["name": "id", "in": "path", "required": true, "schema": ["type": "string", "format": "uuid"]],
                "From": ["name": "from", "in": "query", "required": false, "schema": ["type": "string", "format": "date"]],
                "To": ["name": "to", "in": "query", "required": false, "schema": ["type": "string", "format": "date"]],
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
                                ["name": "query", "in": "query", "required": false, "schema": ["type": "string", "maxLength": 200]],
                                ["name": "status", "in": "query", "required": false, "schema": ref("MemberStatus")],
                                ["$ref": "#/components/parameters/Page"],
                                ["name": "perPage", "in": "query", "required": false,
                                 "schema": ["type": "integer", "minimum": 1, "maximum": 100]],
                             ],
                             ok: ("200", ref("MemberPage")), errors: [401, 403, 422]),
            "post": operation("Register an applicant (calon anggota)", tag: "members", body: ref("MemberInput"),
                              ok: ("201", ref("Member")), errors: [401, 403, 409, 422]),
        ],
        "/api/v1/members/import": [
            "post": operation("Import a member list kept in a spreadsheet (CSV)", tag: "members",
                              parameters: [["name": "dryRun", "in": "query", "required": false, "schema": ["type": "boolean"]]],
                              rawBody: ["text/csv": ["schema": ["type": "string"]]],
                              ok: ("200", ref("ImportReport")), errors: [401, 403, 413, 422]),
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
                             ok: ("200", ref("AuditPage")), errors: [401, 403]),
        ],
        "/api/v1/users": [
            "get": operation("Users with roles in the cooperative", tag: "users",
                             ok: ("200", ["type": "array", "items": ref("User")]), errors: [401, 403]),
            "post": operation("Give someone a sign-in with roles", tag: "users", body: ref("NewUser"),
                              ok: ("201", ref("User")), errors: [401, 403, 404, 409, 422]),
        ],
        "/api/v1/users/{id}/roles": [
            "parameters": [["name": "id", "in": "path", "required": true, "schema": ["type": "string", "format": "uuid"]]],
            "put": operation("Replace a user's roles", tag: "users", body: ["type": "object", "properties": [
                "roles": ["type": "array", "items": ref("Role")]]],
                             ok: ("200", ref("User")), errors: [401, 403, 404, 422]),
        ],
        "/api/v1/openapi.json": [
            "get": operation("This document", tag: "meta", ok: ("200", ["type": "object"]), errors: [], secured: false),
        ],
    ]

    static let schemas: JSONValue = [
        "Error": object(["error": object(["code": string, "message": string, "field": nullableString],
                                          required: ["code", "message"])], required: ["error"]),
        "Credentials": object(["email": string, "password": string], required: ["email", "password"]),
        "Token": object(["token": string, "expiresAt": dateTime], required: ["token", "expiresAt"]),
        "Role": ["type": "string", "enum": ["board", "supervisor", "manager", "teller", "staff", "member", "consumer", "partner"]],
        "MemberStatus": ["type": "string", "enum": ["applicant", "member", "rejected", "resigned", "deceased", "dismissed"]],
        "Me": object([
            "user": object(["id": uuid, "email": string, "name": string], required: ["id", "email", "name"]),
            "cooperative": object(["id": uuid, "name": string], required: ["id", "name"]),
            "roles": ["type": "array", "items": ref("Role")],
            "memberId": ["type": "string", "format": "uuid", "nullable": true],
        ], required: ["user", "cooperative", "roles"]),
        "MemberInput": object([
            "name": ["type": "string", "maxLength": 120], "nik": ["type": "string", "description": "16 digits"],
            "phone": ["type": "string", "description": "08… or +628…"], "address": ["type": "string", "maxLength": 500],
            "birthPlace": ["type": "string", "maxLength": 120], "birthDate": ["type": "string", "format": "date"],
            "gender": ["type": "string", "enum": ["male", "female", ""]],
            "wajibClass": ["type": "string", "description": "PATCH only: a class from the savings settings, or empty for none"],
        ], required: []),
        "StatusChange": object([
            "status": ref("MemberStatus"), "date": ["type": "string", "format": "date"],
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
        ], required: ["accepted", "skipped", "rejected"]),
        "AuditEvent": object([
            "sequence": ["type": "integer"], "recordedAt": dateTime, "actor": string,
            "actorUserId": ["type": "string", "format": "uuid", "nullable": true], "action": string, "entity": string,
            "entityId": nullableString, "before": ["nullable": true], "after": ["nullable": true],
            "previousHash": string, "hash": string,
        ], required: ["sequence", "recordedAt", "actor", "action", "entity", "previousHash", "hash"]),
        "AuditPage": pageOf(ref("AuditEvent")),
        "User": object(["id": uuid, "email": string, "name": string, "roles": ["type": "array", "items": ref("Role")]],
                       required: ["id", "email", "name", "roles"]),
        "NewUser": object([
            "email": string, "name": string, "password": ["type": "string", "minLength": 10],
            "roles": ["type": "array", "items": ref("Role")], "memberId": uuid,
        ], required: ["email", "name", "password", "roles"]),
    ]

    static let string: JSONValue = ["type": "string"]
    /// An amount: major units with exactly the currency's decimals ("2800000", "4314407.15").
    static let money: JSONValue = ["type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?$", "example": "50000"]
    static let percent: JSONValue = ["type": "string", "pattern": "^[0-9]+(\\.[0-9]{1,2})?$", "example": "5.50"]
    static let date: JSONValue = ["type": "string", "format": "date"]
    static let integer: JSONValue = ["type": "integer"]
    static let nullableString: JSONValue = ["type": "string", "nullable": true]
    static let uuid: JSONValue = ["type": "string", "format": "uuid"]
    static let dateTime: JSONValue = ["type": "string", "format": "date-time"]

    static func ref(_ name: String) -> JSONValue { ["$ref": .string("#/components/schemas/\(name)")] }

    static func object(_ properties: [String: JSONValue], required: [String]) -> JSONValue {
        var schema: [String: JSONValue] = ["type": "object", "properties": .object(properties)]
        if !required.isEmpty { schema["required"] = .array(required.map(JSONValue.string)) }
        return .object(schema)
    }

    static func pageOf(_ item: JSONValue) -> JSONValue {
        object(["items": ["type": "array", "items": item], "page": ["type": "integer"], "perPage": ["type": "integer"],
                "total": ["type": "integer"], "pageCount": ["type": "integer"]],
               required: ["items", "page", "perPage", "total", "pageCount"])
    }

    static let errorText: [Int: String] = [
        401: "Not signed in, or the token expired", 403: "The user's roles do not allow this",
        404: "Nothing by that id in this cooperative", 409: "Clashes with what exists (e.g. the NIK is registered)",
        413: "The body is too large", 422: "The input breaks a rule; `field` names the culprit",
        429: "Too many attempts; see Retry-After",
    ]

    /// `alsoAs` names other media types the answer may take (CSV, a plain-text journal), by schema.
    static func operation(_ summary: String, tag: String, parameters: [JSONValue] = [], body: JSONValue? = nil,
                          rawBody: JSONValue? = nil, ok: (String, JSONValue?), alsoAs: [String: JSONValue] = [:],
                          errors: [Int], secured: Bool = true, idempotent: Bool? = nil) -> JSONValue {
        var op: [String: JSONValue] = ["summary": .string(summary), "tags": [.string(tag)]]
        var params = parameters
        let changesState = body != nil || rawBody != nil || idempotent == true
        if changesState && idempotent != false { params.append(["$ref": "#/components/parameters/IdempotencyKey"]) }
        if !params.isEmpty { op["parameters"] = .array(params) }
        if let body { op["requestBody"] = ["required": true, "content": ["application/json": ["schema": body]]] }
        if let rawBody { op["requestBody"] = ["required": true, "content": rawBody] }
        var responses: [String: JSONValue] = [:]
        var content: [String: JSONValue] = alsoAs.mapValues { ["schema": $0] }
        if let schema = ok.1 { content["application/json"] = ["schema": schema] }
        responses[ok.0] = content.isEmpty ? ["description": "Done"] : ["description": "OK", "content": .object(content)]
        for status in errors {
            responses[String(status)] = ["description": .string(errorText[status]!),
                                         "content": ["application/json": ["schema": ref("Error")]]]
        }
        op["responses"] = .object(responses)
        if !secured { op["security"] = [] }
        return .object(op)
    }
}
