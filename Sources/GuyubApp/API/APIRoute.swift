import GuyubCore
import OpenAPIKit30
import Vapor

/// One `/api/v1` route, declared once: the router registers it, `openapi.json` describes it and the
/// isolation sweep walks it as every role and as another cooperative. Each controller lists its own
/// (`routes`); `APIRoute.all` gathers them.
struct APIRoute: Sendable {
    /// Who may call the route. The handler still checks (`authorize`); the isolation sweep proves that
    /// it refuses exactly those the declaration leaves out.
    enum Access: Sendable, Equatable {
        /// No sign-in: served outside the signed-in group and its transaction.
        case open
        /// Anyone signed in; the handler decides inside (a member reads the meetings and votes for themselves).
        case signedIn
        /// Those whose roles grant the permission; with `orOwn`, also a member for their own record
        /// (anyone else gets 404 for it, as if it did not exist).
        case permission(Permission, orOwn: Bool = false)
    }

    /// Where every API route lives.
    static let prefix: [PathComponent] = ["api", "v1"]

    let method: HTTPMethod
    /// Below `prefix`, as the router reads it (`:id` a parameter).
    let path: [PathComponent]
    let access: Access
    /// The cooperative's record that `:id` names: another cooperative's id must answer 404.
    let record: TenantRecord?
    let body: HTTPBodyStreamStrategy
    let operation: OpenAPI.Operation
    let handler: @Sendable (Request) async throws -> Response

    init<Answer: AsyncResponseEncodable>(
        _ method: HTTPMethod, _ path: String, _ access: Access, id record: TenantRecord? = nil,
        body: HTTPBodyStreamStrategy = .collect, _ doc: APIDoc,
        use handler: @escaping @Sendable (Request) async throws -> Answer
    ) {
        self.method = method
        self.path = path.pathComponents
        self.access = access
        self.record = record
        self.body = body
        operation = doc.operation(method: method, access: access)
        self.handler = { request in try await handler(request).encodeResponse(for: request) }
    }

    /// The path as OpenAPI writes it: `/api/v1/members/{id}`.
    var openAPIPath: String {
        "/"
            + (Self.prefix + path).map { component in
                if case .parameter(let name) = component { "{\(name)}" } else { component.description }
            }.joined(separator: "/")
    }

    func register(on routes: any RoutesBuilder) {
        routes.on(method, path, body: body, use: handler)
    }
}

/// A record of one cooperative that a route's `:id` can name.
enum TenantRecord: String, Sendable, CaseIterable {
    case member, memberImport, user, account, entry, businessUnit, savingsAccount, termDeposit, loanProduct, loan
    case meeting, resolution, product, sale, shift, programme, customer, stockTake, supplier, purchaseOrder, delivery,
        upload, claim, storageLot, consumer, voucher, idea, consultation, partner, partnership, commitment
}
