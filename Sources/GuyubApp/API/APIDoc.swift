import OpenAPIKit30
import Vapor

/// What `openapi.json` says of one route. The API's conventions are added here, from the route's
/// declaration, so that no route can forget them: a signed-in route can answer 401 (an open one needs
/// no bearer token); a signed-in one that changes state takes an `Idempotency-Key` and can answer 409
/// (the key was used for another request) and 422 (a key that is empty or too long); one with a body
/// can answer 413 (too large), 415 (another media type) and 422 (not readable). Every error is the
/// `Error` schema.
struct APIDoc: Sendable {
    /// A successful answer: its status and its JSON body, if it has one.
    struct Answer: Sendable {
        let status: Int
        let json: JSONSchema?

        static func json(_ status: Int, _ schema: JSONSchema) -> Answer { Answer(status: status, json: schema) }
        /// An answer with no JSON body (204, or only the media types of `alsoAs`).
        static func status(_ status: Int) -> Answer { Answer(status: status, json: nil) }
    }

    let summary: String
    let tag: String
    let parameters: OpenAPI.Parameter.Array
    let body: OpenAPI.Content.Map?
    let ok: Answer
    let alsoAs: OpenAPI.Content.Map
    let links: OpenAPI.Link.Map
    let errors: [Int]
    let accepted: JSONSchema?

    /// `body` is a JSON request body, `rawBody` one of other media types; `alsoAs` the other media
    /// types the answer may take (CSV, a plain-text journal); `links` the operations that can take what
    /// the answer returns; `accepted` the body of a 202 for work done later.
    init(
        _ summary: String, tag: String, parameters: OpenAPI.Parameter.Array = [], body: JSONSchema? = nil,
        rawBody: OpenAPI.Content.Map? = nil, ok: Answer, alsoAs: [OpenAPI.ContentType: JSONSchema] = [:],
        links: OpenAPI.Link.Map = [:], errors: [Int] = [], accepted: JSONSchema? = nil
    ) {
        self.summary = summary
        self.tag = tag
        self.parameters = parameters
        self.body = body.map { [.json: .init(schema: $0)] } ?? rawBody
        self.ok = ok
        self.alsoAs = OpenAPI.Content.Map(alsoAs.map { ($0.key, OpenAPI.Content(schema: $0.value)) }) { first, _ in first }
        self.links = links
        self.errors = errors
        self.accepted = accepted
    }

    static let errorText: [Int: String] = [
        401: "Not signed in, or the token expired", 403: "The user's roles do not allow this",
        404: "Nothing by that id in this cooperative", 409: "Clashes with what exists (e.g. the NIK is registered)",
        413: "The body is too large", 415: "The body is not of the media type described",
        422: "The input breaks a rule; `field` names the culprit", 429: "Too many attempts; see Retry-After",
    ]

    func operation(method: HTTPMethod, access: APIRoute.Access) -> OpenAPI.Operation {
        var parameters = parameters
        var errors = Set(errors)
        if access != .open { errors.insert(401) }
        // Every signed-in change runs in `UnitOfWork`, which honours the key.
        if method != .GET && access != .open {
            parameters.append(.a(.component(named: "IdempotencyKey")))
            errors.formUnion([409, 422])
        }
        if body != nil { errors.formUnion([413, 415, 422]) }
        // A query value that cannot be read, or is not one of its choices, is refused (`Request.queryChoice`).
        if parameters.contains(where: { $0.b?.location == .query }) { errors.insert(422) }

        var content = alsoAs
        if let json = ok.json { content[.json] = .init(schema: json) }
        var responses: OpenAPI.Response.Map = [
            .status(code: ok.status): .response(description: content.isEmpty ? "Done" : "OK", content: content, links: links)
        ]
        if let accepted {
            responses[.status(code: 202)] = .response(
                description: "Accepted: done later", content: [.json: .init(schema: accepted)])
        }
        for status in errors.sorted() {
            responses[.status(code: status)] = .response(
                description: Self.errorText[status]!,
                content: [.json: .init(schema: .ref("Error"))])
        }
        return OpenAPI.Operation(
            tags: [tag], summary: summary, parameters: parameters,
            requestBody: body.map { OpenAPI.Request(content: $0, required: true) },
            responses: responses, security: access == .open ? [] : nil)
    }
}
