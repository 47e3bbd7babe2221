import Fluent
import GuyubCore
import GuyubStore
import Vapor

struct AuthController {
    struct Credentials: Content {
        var email: String?
        var password: String?
        /// Which of the user's cooperatives the token opens, when they hold roles in several.
        var cooperativeId: UUID?
    }

    struct TokenDTO: Content {
        let token: String
        let expiresAt: Date
    }

    /// `POST /api/v1/auth/token {"email","password"}` → `{"token","expiresAt"}`.
    func token(_ request: Request) async throws -> TokenDTO {
        let credentials = try request.content.decode(Credentials.self)
        let (token, session) = try await SignInService.attempt(
            request, email: credentials.email ?? "", password: credentials.password ?? "", kind: .api,
            cooperative: credentials.cooperativeId)
        return TokenDTO(token: token, expiresAt: session.expiresAt)
    }

    /// `DELETE /api/v1/auth/token`: the token used for this call stops working.
    func revoke(_ request: Request) async throws -> HTTPStatus {
        _ = try request.signedIn()
        if let token = request.headers.bearerAuthorization?.token {
            try await SessionStore.close(request.database, token: token)
        }
        return .noContent
    }

    struct MeDTO: Content {
        struct User: Content {
            let id: UUID
            let email: String
            let name: String
        }
        struct Cooperative: Content {
            let id: UUID
            let name: String
        }
        let user: User
        let cooperative: Cooperative
        let roles: [Role]
        let memberId: UUID?
    }

    /// `GET /api/v1/me`: the user, their cooperative and roles there, and their member record if any.
    func me(_ request: Request) async throws -> MeDTO {
        let principal = try request.signedIn()
        let member = try await MemberStore(request.tenant()).find(userID: principal.userID)
        return MeDTO(
            user: .init(id: principal.userID, email: principal.email, name: principal.name),
            cooperative: .init(id: principal.cooperativeID, name: principal.cooperativeName),
            roles: principal.roles.sorted(), memberId: member?.id)
    }
}
