import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

struct DashboardPage: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("dashboard", use: show)
        routes.post("cooperatives", ":id", use: switchCooperative)
    }

    /// `POST /cooperatives/{id}`: the session moves to another cooperative where the user holds a role.
    func switchCooperative(_ request: Request) async throws -> Response {
        let principal = try request.signedIn()
        let target = request.parameters.get("id", as: UUID.self)
        let theirs = try await AccountStore.cooperatives(of: principal.userID, on: request.database)
        guard let target, theirs.contains(where: { $0.id == target }),
            let token = request.cookies[request.cookieName(.session)]?.string
        else { throw AccessError.notFound }
        guard
            let moved = try await SessionStore.switchCooperative(
                request.database, token: token, to: target, now: request.application.clock.now())
        else {
            throw AccessError.notFound
        }
        try await AccountStore.remember(target, for: principal.userID, on: request.database)
        let response = request.redirect(to: SiteURL.dashboard.path)
        response.cookies[request.cookieName(.session)] = request.cookie(moved, maxAge: Int(SignInService.webLifetime))
        return response
    }

    func show(_ request: Request) async throws -> Response {
        let principal = try request.signedIn()
        // A consumer's home is their own shopping.
        if principal.roles == [.consumer] { return request.redirect(to: SiteURL.consumerAccount.path) }
        if principal.roles == [.partner] { return request.redirect(to: SiteURL.partnerships.path) }
        let store = try MemberStore(request.tenant())
        var counts: Dashboard.Model.Counts?
        var recent: [MemberRow] = []
        if principal.allows(.viewMembers) {
            let byStatus = try await store.countByStatus()
            counts = .init(
                members: byStatus[.member, default: 0], applicants: byStatus[.applicant, default: 0],
                left: [.resigned, .deceased, .dismissed].reduce(0) { $0 + byStatus[$1, default: 0] })
            recent = try await store.recent(limit: 5).map(MemberRow.init)
        }
        let ownMember = try await store.find(userID: principal.userID)
        var model = Dashboard.Model(
            cooperativeName: principal.cooperativeName, userName: principal.name,
            counts: counts, recentMembers: recent, ownRecord: ownMember.map(MemberRow.init))
        if let id = ownMember?.id {
            let savings = SavingsStore(store.tenant)
            model.ownSavings = try await savings.accounts(of: id).filter { $0.status == .open }.map(SavingsRow.init)
            model.ownOwed = try await savings.owed(by: id)
            model.votesWaiting = try await MeetingStore(store.tenant).votesWaiting(for: id).map {
                .init(meeting: $0.meeting.id!, title: $0.meeting.title, votes: $0.votes)
            }
        }
        model.search = principal.allows(.handleCash) ? .counter : principal.allows(.viewMembers) ? .registry : nil
        if principal.allows(.viewSavings) {
            let totals = try await SavingsStore(store.tenant).totalsByKind()
            model.savings = SavingsKind.allCases.map { ($0, totals[$0] ?? 0) }
        }
        if principal.allows(.viewLoans) {
            let summary = try await LoanPortfolio(store.tenant).summary()
            let (late, awaiting) = try await LoanPortfolio(store.tenant).lateAndAwaiting()
            model.loans = .init(
                outstanding: summary.outstanding, active: summary.loans, late: late, awaitingDecision: awaiting,
                health: summary.health)
        }
        model.otherCooperatives = try await AccountStore.cooperatives(of: principal.userID, on: request.db)
            .filter { $0.id != principal.cooperativeID }.map { ($0.id!, $0.name) }
        return request.html(Dashboard.View.render(model, in: request.pageContext()))
    }
}
