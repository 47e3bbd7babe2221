import Foundation
import OpenAPIKit30
import Vapor

/// `GET /api/v1/openapi.json`: every `/api` route with its inputs, outputs and errors (OpenAPI 3.0),
/// built from the routes' declarations (`APIRoute.all`), so that what is served and what is described
/// cannot part.
enum OpenAPIDocument {
    /// The document as sent: encoded once.
    static let encoded: Data = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try! encoder.encode(document)
    }()

    static let route = APIRoute(.GET, "openapi.json", .open, APIDoc("This document", tag: "meta", ok: .json(200, .object))) { _ in
        Response(status: .ok, headers: ["Content-Type": "application/json; charset=utf-8"], body: .init(data: encoded))
    }

    static let document = OpenAPI.Document(
        openAPIVersion: .v3_0_3,
        info: .init(
            title: "Guyub API",
            description: """
                Runs a cooperative: members, their savings and loans, the books. Amounts are strings in major units; \
                dates are ISO 8601. Sign in with POST /api/v1/auth/token, then send `Authorization: Bearer <token>`. \
                Every state-changing call accepts an `Idempotency-Key` header: a retry, even one sent while the first \
                still runs, gets the first answer (acceptance or refusal, with `Idempotent-Replayed: true`) and changes \
                nothing; the key on another request is 409 `idempotency_key_reused`; answers are kept for seven days. \
                Errors are `{"error":{"code","message","field"}}`; messages follow `Accept-Language` (id or en).
                """, version: "1"),
        servers: [.init(url: URL(string: "/")!)],
        paths: paths(APIRoute.all),
        components: .init(
            schemas: [
                schemas, userSchemas, memberSchemas, ledgerSchemas, savingsSchemas, reportSchemas, loanSchemas,
                shuSchemas, meetingSchemas, storeSchemas, supplySchemas, consumerSchemas, ideaSchemas, consultationSchemas,
                partnershipSchemas,
            ].reduce(into: [:]) { all, area in
                all.merge(area) { _, _ in fatalError("two schemas of one name") }
            },
            parameters: parameters,
            securitySchemes: ["bearer": .http(scheme: "bearer")]),
        security: [[.component(named: "bearer"): []]])

    /// Each path once, its operations by method, and the parameters of its path (`{id}`, `{year}`, …).
    static func paths(_ routes: [APIRoute]) -> OpenAPI.PathItem.Map {
        var items: OrderedDictionary<OpenAPI.Path, OpenAPI.PathItem> = [:]
        for route in routes {
            let path = OpenAPI.Path(rawValue: route.openAPIPath)
            var item =
                items[path]
                ?? OpenAPI.PathItem(
                    parameters: route.path.compactMap { component in
                        guard case .parameter(let name) = component else { return nil }
                        guard let parameter = pathParameters[name] else {
                            fatalError("no description of the path parameter \(name)")
                        }
                        return parameter
                    })
            let method = OpenAPI.BuiltinHttpMethod(rawValue: route.method.rawValue)!
            precondition(item[method] == nil, "\(route.method) \(route.openAPIPath) is declared twice")
            item.set(operation: route.operation, for: method)
            items[path] = item
        }
        return items.mapValues { .b($0) }
    }

    static let pathParameters: [String: Either<JSONReference<OpenAPI.Parameter>, OpenAPI.Parameter>] = [
        "id": .shared("ID"),
        "year": .parameter(name: "year", context: .path, schema: .integer(in: 1900...2500)),
        "month": .parameter(name: "month", context: .path, schema: .month),
    ]

    static let parameters: OpenAPI.ComponentDictionary<OpenAPI.Parameter> = [
        "IdempotencyKey": .init(
            name: "Idempotency-Key", context: .header(required: false),
            schema: .string(minLength: 1, maxLength: 200),
            description: "Any unique text up to 200 characters; a retry with the same key replays the first answer."),
        "ID": .init(name: "id", context: .path, schema: .uuid),
        // An empty `from=` or `to=` (as a form sends it) reads as left out.
        "From": .init(name: "from", context: .query(required: false, allowEmptyValue: true), schema: .isoDate),
        "To": .init(name: "to", context: .query(required: false, allowEmptyValue: true), schema: .isoDate),
        "Page": .init(name: "page", context: .query, schema: .integer(in: 1...1_000_000)),
    ]

    static let schemas: OpenAPI.ComponentDictionary<JSONSchema> = [
        "Error": .object(
            [
                "error": .object(
                    ["code": .string, "message": .string, "field": .nullableString],
                    required: ["code", "message"])
            ], required: ["error"])
    ]
}
