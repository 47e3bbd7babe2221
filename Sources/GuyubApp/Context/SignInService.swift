import Fluent
import GuyubCore
import GuyubStore
import Vapor

/// Checks a sign-in attempt, for the web form and the API alike: throttled per account and per
/// address, the password verified off the event loop, and the same answer for an unknown e-mail as
/// for a wrong password.
enum SignInService {
    static let webLifetime: TimeInterval = 7 * 24 * 3600
    static let apiLifetime: TimeInterval = 12 * 3600
    /// Verified when the e-mail is unknown, so that answering takes as long as for a real account.
    private static let decoyHash = try! Bcrypt.hash("guyub-decoy-password", cost: 12)

    /// `cooperative`: which of the user's cooperatives to open (refused when not theirs; when not given,
    /// the one they last worked in).
    static func attempt(
        _ request: Request, email rawEmail: String, password: String, kind: SessionKind,
        cooperative chosen: UUID? = nil
    ) async throws -> (token: String, session: UserSessionRecord) {
        let config = request.application.guyub.config
        let now = config.clock.now()
        let address = request.clientAddress(trustProxy: config.trustProxy)
        let email = (try? Email(rawEmail))?.value ?? rawEmail.lowercased()
        let attempt: SignInThrottle.Attempt
        switch try await config.throttle.admit(request.db, email: email, address: address, now: now) {
        case .admitted(let admitted): attempt = admitted
        case .refused(let wait): throw CredentialError.tooManyAttempts(retryAfterSeconds: wait)
        }
        let user = try? await AccountStore.user(email: Email(rawEmail), on: request.db)
        let verified = try await request.password.async.verify(password, created: user?.passwordHash ?? decoyHash)
        var landing: CooperativeRecord?
        if let user, verified { landing = try await AccountStore.landing(for: user, chosen: chosen, on: request.db) }
        guard let user, verified, !user.disabled, !password.isEmpty, let cooperative = landing else {
            try await config.throttle.failed(request.db, now: now)
            throw CredentialError.wrongCredentials
        }
        try await config.throttle.succeeded(attempt, request.db, email: email)
        try await SessionStore.prune(request.db, cooperativeID: cooperative.requireID(), now: now)
        if user.lastCooperativeID != cooperative.id {
            try await AccountStore.remember(cooperative.requireID(), for: user.requireID(), on: request.db)
        }
        return try await SessionStore.open(
            request.db, userID: user.requireID(), cooperativeID: cooperative.requireID(),
            kind: kind, lifetime: kind == .web ? webLifetime : apiLifetime, now: now)
    }
}
