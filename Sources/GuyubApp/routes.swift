import GuyubViews
import Vapor

/// Every route. Pages and API calls behind sign-in are grouped so that a route cannot be added to
/// them without the sign-in check and, for changes, the transaction that makes them whole; an API
/// route is behind them unless its declaration says it is open.
func routes(_ app: Application) throws {
    try app.register(collection: OperationsController())

    let api = app.grouped(APIRoute.prefix)
    let signedInAPI = api.grouped(SignInRequired(), UnitOfWork())
    for route in APIRoute.all {
        route.register(on: route.access == .open ? api : signedInAPI)
    }

    try app.register(collection: SessionPages())
    try app.register(collection: ConsumerDoor())
    try app.register(collection: SimulationPage())
    try app.register(collection: SHUSimulationPages())
    let pages = app.grouped(SignInRequired(), UnitOfWork())
    try pages.register(collection: DashboardPage())
    try pages.register(collection: ImportPage())
    try pages.register(collection: MemberPages())
    try pages.register(collection: AuditPage())
    try pages.register(collection: UserPages())
    try pages.register(collection: TellerPages())
    try pages.register(collection: StorePages())
    try pages.register(collection: SupplyPages())
    try pages.register(collection: ConsumerPages())
    try pages.register(collection: IdeaPages())
    try pages.register(collection: ConsultationPages())
    try pages.register(collection: PartnershipPages())
    try pages.register(collection: ReceiptPage())
    try pages.register(collection: SavingsPages())
    try pages.register(collection: BooksPages())
    try pages.register(collection: LoanPages())
    try pages.register(collection: LoanSettingsPages())
    try pages.register(collection: SHUPages())
    try pages.register(collection: MeetingPages())
}

extension APIRoute {
    /// Every `/api/v1` route, each declared once beside its controller.
    static let all: [APIRoute] =
        [OpenAPIDocument.route] + AuthController().routes + SimulationsController().routes
        + MembersController().routes + AuditController().routes + UsersController().routes + LedgerController().routes
        + SavingsController().routes + ReportsController().routes + LoansController().routes + SHUController().routes
        + MeetingsController().routes + StoreController().routes + SupplyController().routes
        + ConsumersController().routes + IdeasController().routes + ConsultationsController().routes
        + PartnershipsController().routes
}

/// Refuses a request with no signed-in user: 401 for the API, the sign-in page for people.
struct SignInRequired: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        _ = try request.signedIn()
        return try await next.respond(to: request)
    }
}
