import GuyubViews
import Vapor

/// Every route. Pages and API calls behind sign-in are grouped so that a route cannot be added to
/// them without the sign-in check and, for changes, the transaction that makes them whole.
func routes(_ app: Application) throws {
    try app.register(collection: OperationsController())

    let api = app.grouped("api", "v1")
    api.get("openapi.json") { _ in
        Response(status: .ok, headers: ["Content-Type": "application/json; charset=utf-8"],
                 body: .init(data: OpenAPIDocument.encoded))
    }
    api.post("auth", "token", use: AuthController().token)
    try api.register(collection: SimulationsController())
    let signedInAPI = api.grouped(SignInRequired(), UnitOfWork())
    try signedInAPI.register(collection: AuthController())
    try signedInAPI.register(collection: MembersController())
    try signedInAPI.register(collection: AuditController())
    try signedInAPI.register(collection: UsersController())
    try signedInAPI.register(collection: LedgerController())
    try signedInAPI.register(collection: SavingsController())
    try signedInAPI.register(collection: ReportsController())
    try signedInAPI.register(collection: LoansController())
    try signedInAPI.register(collection: SHUController())
    try signedInAPI.register(collection: MeetingsController())

    try app.register(collection: SessionPages())
    try app.register(collection: SimulationPage())
    try app.register(collection: SHUSimulationPages())
    let pages = app.grouped(SignInRequired(), UnitOfWork())
    try pages.register(collection: DashboardPage())
    try pages.register(collection: ImportPage())
    try pages.register(collection: MemberPages())
    try pages.register(collection: AuditPage())
    try pages.register(collection: UserPages())
    try pages.register(collection: TellerPages())
    try pages.register(collection: ReceiptPage())
    try pages.register(collection: SavingsPages())
    try pages.register(collection: BooksPages())
    try pages.register(collection: LoanPages())
    try pages.register(collection: LoanSettingsPages())
    try pages.register(collection: SHUPages())
    try pages.register(collection: MeetingPages())
}

/// Refuses a request with no signed-in user: 401 for the API, the sign-in page for people.
struct SignInRequired: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        _ = try request.signedIn()
        return try await next.respond(to: request)
    }
}

