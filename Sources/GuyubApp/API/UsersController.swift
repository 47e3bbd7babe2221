import GuyubCore
import GuyubStore
import Vapor

/// The board gives people sign-ins and roles: staff, supervisors, and members who want to see their record.
struct UsersController {
    struct UserDTO: Content {
        let id: UUID
        let email: String
        let name: String
        let roles: [Role]
    }

    struct NewUser: Content {
        var email: String?
        var name: String?
        var password: String?
        var roles: [String]?
        /// Links the sign-in to a member's record (the member role then shows them their own record).
        var memberId: UUID?
    }

    struct RolesInput: Content {
        var roles: [String]?
    }

    /// `GET /api/v1/users`.
    func list(_ request: Request) async throws -> [UserDTO] {
        _ = try request.authorize(.manageUsers)
        return try await AccountStore.users(in: request.tenant()).map { user, roles in
            UserDTO(id: user.id!, email: user.email, name: user.name, roles: roles.sorted())
        }
    }

    /// `POST /api/v1/users {"email","name","password","roles":[…],"memberId"?}` → 201.
    func create(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.manageUsers)
        let input = try request.content.decode(NewUser.self)
        let tenant = try request.tenant()
        var member: MemberRecord?
        if let id = input.memberId { member = try await MemberStore(tenant).find(id) }
        let (user, roles) = try await Self.create(
            in: tenant, email: input.email ?? "", name: input.name ?? "",
            password: input.password ?? "", roles: input.roles, member: member,
            by: principal.actor, hasher: request.password.async)
        let response = Response(status: .created)
        try response.content.encode(UserDTO(id: user.id!, email: user.email, name: user.name, roles: roles.sorted()))
        return response
    }

    /// Checks a new user's particulars and creates them; the web form and the API both come here.
    static func create(
        in tenant: Tenant, email rawEmail: String, name rawName: String, password: String,
        roles names: [String]?, member: MemberRecord?, by actor: Actor,
        hasher: AsyncPasswordHasher
    ) async throws -> (UserRecord, Set<Role>) {
        let email = try Email(rawEmail)
        let name = try FieldRules.required(rawName, field: "name", max: FieldLimit.name)
        try PasswordPolicy.check(password, email: email)
        let roles = try Self.roles(names)
        let hash = try await hasher.hash(password)
        let user = try await AccountStore.createUser(
            tenant, email: email, name: name, passwordHash: hash, roles: roles,
            member: member, by: actor)
        return (user, roles)
    }

    /// `PUT /api/v1/users/{id}/roles {"roles":[…]}`.
    func setRoles(_ request: Request) async throws -> UserDTO {
        let principal = try request.authorize(.manageUsers)
        let tenant = try request.tenant()
        guard let user = try await AccountStore.user(request.parameters.get("id", as: UUID.self), in: tenant) else {
            throw AccessError.notFound
        }
        let roles = try Self.roles(try request.content.decode(RolesInput.self).roles)
        if user.id == principal.userID, !roles.contains(.board), principal.roles.contains(.board) {
            throw RoleError.cannotLeaveBoardYourself
        }
        try await AccountStore.setRoles(tenant, user: user, roles: roles, by: principal.actor)
        return UserDTO(id: user.id!, email: user.email, name: user.name, roles: roles.sorted())
    }

    static func roles(_ names: [String]?) throws -> Set<Role> {
        var roles: Set<Role> = []
        for name in names ?? [] {
            guard let role = Role(rawValue: name) else { throw FieldError.invalidChoice("roles") }
            roles.insert(role)
        }
        return try roles.validated()
    }
}
