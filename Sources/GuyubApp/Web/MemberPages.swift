import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// The registry in the browser: list and search, a member's record, registering, correcting, status.
struct MemberPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let members = routes.grouped("members")
        members.get(use: list)
        members.get("new", use: newForm)
        members.post("new", use: create)
        members.get(":id", use: show)
        members.get(":id", "edit", use: editForm)
        members.get(":id", "card", use: card)
        members.post(":id", "edit", use: update)
        members.post(":id", "status", use: changeStatus)
    }

    func list(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.viewMembers)
        let query = (try? request.query.get(String.self, at: "q")) ?? ""
        let group = (try? request.query.get(String.self, at: "group")).flatMap(MemberGroup.init)
        let page = try await MemberStore(request.tenant()).list(
            query: query, statuses: group?.statuses ?? [], page: request.pageNumber)
        let model = MemberList.Model(
            query: query, rows: page.items.map(MemberRow.init), page: page.page,
            pageCount: page.pageCount, total: page.total,
            canAdd: principal.allows(.manageMembers), canImport: principal.allows(.importMembers),
            group: group)
        return request.html(MemberList.View.render(model, in: request.pageContext()))
    }

    func newForm(_ request: Request) throws -> Response {
        _ = try request.authorize(.manageMembers)
        return request.html(MemberForm.View.render(MemberForm.Model(), in: request.pageContext()))
    }

    func create(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.manageMembers)
        let input = try request.content.decode(MemberInput.self)
        do {
            let member = try await MemberStore(request.tenant()).register(
                input.details(), on: request.today(),
                by: principal.actor)
            return request.redirect(to: SiteURL.member(member.id!).path, notice: "member_registered")
        } catch let error as any DomainError {
            let model = MemberForm.Model(values: .init(input), errors: request.fieldErrors(error))
            return request.html(MemberForm.View.render(model, in: request.pageContext()), status: ErrorMapper.status(error.kind))
        }
    }

    func show(_ request: Request) async throws -> Response {
        let principal = try request.signedIn()
        let store = try MemberStore(request.tenant())
        let member = try await store.find(request.parameters.get("id", as: UUID.self))
        try request.authorizeRead(of: member)
        return request.html(
            MemberShow.View.render(
                try await showModel(
                    member, store: store, principal: principal,
                    today: request.today()),
                in: request.pageContext()))
    }

    /// The member's card to print, with the QR code the counter reads: for staff, or the member themself.
    func card(_ request: Request) async throws -> Response {
        let principal = try request.signedIn()
        let member = try await MemberStore(request.tenant()).find(request.parameters.get("id", as: UUID.self))
        try request.authorizeRead(of: member)
        let model = MemberCardPage.Model(
            cooperativeName: principal.cooperativeName, name: member.name, memberNumber: member.memberNumber,
            joinedOn: member.joinedOn, memberID: member.id!)
        return request.html(MemberCardPage.View.render(model, in: request.pageContext()))
    }

    func editForm(_ request: Request) async throws -> Response {
        _ = try request.authorize(.manageMembers)
        let member = try await MemberStore(request.tenant()).find(request.parameters.get("id", as: UUID.self))
        let model = MemberForm.Model(memberID: member.id, memberNumber: member.memberNumber, values: .init(member))
        return request.html(MemberForm.View.render(model, in: request.pageContext()))
    }

    func update(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.manageMembers)
        let store = try MemberStore(request.tenant())
        let member = try await store.find(request.parameters.get("id", as: UUID.self))
        var input = try request.content.decode(MemberInput.self)
        // A form always sends every field; an emptied optional field clears it.
        input.birthPlace = input.birthPlace ?? ""
        input.birthDate = input.birthDate ?? ""
        do {
            _ = try await store.update(member.requireID(), with: input.details(over: member), by: principal.actor)
            return request.redirect(to: SiteURL.member(member.id!).path, notice: "member_updated")
        } catch let error as any DomainError {
            let model = MemberForm.Model(
                memberID: member.id, memberNumber: member.memberNumber, values: .init(input),
                errors: request.fieldErrors(error))
            return request.html(MemberForm.View.render(model, in: request.pageContext()), status: ErrorMapper.status(error.kind))
        }
    }

    func changeStatus(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.changeMemberStatus)
        let store = try MemberStore(request.tenant())
        let member = try await store.find(request.parameters.get("id", as: UUID.self))
        let today = try request.today()
        do {
            let input = try request.content.decode(StatusChangeInput.self)
            let (next, date, reason) = try input.validated(today: today)
            _ = try await store.changeStatus(
                member.requireID(), to: next, on: date, today: today, reason: reason,
                settlement: input.settlement(for: member, to: next, text: request.booksText),
                by: principal.actor)
            return request.redirect(to: SiteURL.member(member.id!).path, notice: "member_status_changed")
        } catch let error as any DomainError {
            var model = try await showModel(member, store: store, principal: principal, today: today)
            model.statusErrors = request.fieldErrors(error)
            return request.html(MemberShow.View.render(model, in: request.pageContext()), status: ErrorMapper.status(error.kind))
        }
    }

    private func showModel(
        _ member: MemberRecord, store: MemberStore, principal: Principal,
        today: CivilDate
    ) async throws -> MemberShow.Model {
        let status = member.status
        let isOwn = member.userID == principal.userID && !principal.allows(.viewMembers)
        let seesSavings = principal.allows(.viewSavings) || member.userID == principal.userID
        let savings = SavingsStore(store.tenant)
        var model = MemberShow.Model(
            row: MemberRow(member), address: member.address, birthPlace: member.birthPlace,
            birthDate: member.birthDate, gender: member.gender, joinedOn: member.joinedOn,
            history: try await store.history(member.requireID()).map(MemberShow.Model.Step.init),
            isOwnRecord: isOwn, canEdit: principal.allows(.manageMembers),
            moves: principal.allows(.changeMemberStatus) ? MemberStatus.allCases.filter(status.canMove) : [],
            today: today)
        if seesSavings {
            model.savings = try await savings.accounts(of: member.requireID()).map(SavingsRow.init)
            model.owed = try await savings.owed(by: member.requireID())
            model.shu = try await SHUStore(store.tenant).shares(ofMember: member.requireID()).map { d, share in
                let pools = SHUStore.amounts(d.pools)
                return .init(
                    year: d.year, posted: d.status == .posted, savings: share.savings, totalSavings: d.totalSavings,
                    capitalPool: pools[SHUDistribution.capital] ?? 0, capital: share.capital, business: share.business,
                    totalBusiness: d.totalBusiness, patronagePool: pools[SHUDistribution.patronage] ?? 0,
                    patronage: share.patronage, paidTo: share.paidTo)
            }
        }
        model.canHandleCash = principal.allows(.handleCash) && !status.isFinal
        if principal.allows(.viewLoans) || member.userID == principal.userID {
            model.loans = try await LoanStore(store.tenant).loans(of: member.requireID()).map(LoanRow.init)
        }
        model.canApplyLoan = principal.allows(.enterLoans) && status == .member
        return model
    }
}

extension Request {
    /// A refused form's message, under the field it concerns (or under "form" when it concerns none).
    func fieldErrors(_ error: any DomainError) -> [String: String] {
        [error.field ?? "form": catalogue.message(for: error)]
    }
}
