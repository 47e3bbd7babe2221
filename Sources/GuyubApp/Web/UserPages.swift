import Fluent
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// The board gives sign-ins: staff with their roles, and members who want to see their own record.
struct UserPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("users", use: list)
        routes.post("users", use: create)
    }

    func list(_ request: Request) async throws -> Response {
        _ = try request.authorize(.manageUsers)
        return request.html(UserList.View.render(try await model(request), in: request.pageContext()))
    }

    struct NewUserForm: Content {
        var name: String?
        var email: String?
        var password: String?
        var roles: [String]?
        var memberNumber: String?
    }

    func create(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.manageUsers)
        let form = try request.content.decode(NewUserForm.self)
        var values = UserList.Model.Values()
        values.name = form.name ?? ""
        values.email = form.email ?? ""
        values.roles = Set((form.roles ?? []).compactMap(Role.init(rawValue:)))
        values.memberNumber = form.memberNumber ?? ""
        do {
            let tenant = try request.tenant()
            let number = values.memberNumber.trimmingCharacters(in: .whitespaces)
            var member: MemberRecord?
            if !number.isEmpty {
                guard let n = Int(number) else { throw FieldError.invalidChoice("memberNumber") }
                member = try await MemberStore(tenant).find(number: n)
            }
            _ = try await UsersController.create(
                in: tenant, email: values.email, name: values.name,
                password: form.password ?? "", roles: form.roles, member: member,
                by: principal.actor, hasher: request.password.async)
            return request.redirect(to: SiteURL.users.path, notice: "user_created")
        } catch let error as any DomainError {
            var errors = request.fieldErrors(error)
            if case MemberError.notFound = error { errors = ["memberNumber": request.catalogue.message(for: error)] }
            let model = try await model(request, values: values, errors: errors)
            return request.html(UserList.View.render(model, in: request.pageContext()), status: ErrorMapper.status(error.kind))
        }
    }

    private func model(
        _ request: Request, values: UserList.Model.Values = .init(),
        errors: [String: String] = [:]
    ) async throws -> UserList.Model {
        let tenant = try request.tenant()
        let users = try await AccountStore.users(in: tenant)
        let linked = try await tenant.query(MemberRecord.self).filter(\.$userID ~~ users.compactMap { $0.0.id }).all()
        let numbers = Dictionary(
            linked.compactMap { m in m.userID.map { ($0, m.memberNumber) } }, uniquingKeysWith: { a, _ in a })
        let rows = users.map { user, roles in
            UserList.Model.Row(name: user.name, email: user.email, roles: roles.sorted(), memberNumber: numbers[user.id!])
        }
        return UserList.Model(rows: rows, values: values, errors: errors)
    }
}
