import Crypto
import Fluent
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// Runs each state-changing request in one writing transaction, so it lands whole or not at all: a
/// thrown error or an answer of 400 and above (a form shown again with its errors) rolls it back.
///
/// An API call with an `Idempotency-Key` first claims the key in that transaction, and its answer —
/// success or refusal — is stored under the key before commit (a refusal's writes rolled back to a
/// savepoint taken after the claim). A copy of the request, even one sent while the first still runs
/// (it waits on the claim), gets that answer back without running again; the same key on another
/// request is refused. Answers that say nothing about the request itself — busy, failure, signed
/// out, not allowed, too many attempts — are not stored: the key stays free for a retry.
///
/// A page's form is answered with a redirect whatever happens (post/redirect/get): done, to where it
/// leads; refused, back to the page it came from with `?attempt=<its key>`, where the refusal kept under
/// its key is shown again to the one who sent it — so Back and reload never send it again. A form whose
/// key was used for something else gets a page saying what was recorded, leading back.
struct UnitOfWork: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard ![.GET, .HEAD, .OPTIONS].contains(request.method) else {
            if !request.isAPI, let attempt = try? request.query.get(String.self, at: Self.attemptParameter),
                let refused = try await Self.refusal(attempt, for: request)
            {
                return refused
            }
            return try await next.respond(to: request)
        }
        do {
            let response = try await store(request, chainingTo: next)
            return request.isAPI ? response : Self.redirectingRefusal(response, for: request)
        } catch let reused as FormKeyReused {
            return Self.alreadySent(reused.stored, for: request)
        }
    }

    /// A form's key already used for another request: its page says so rather than redirecting.
    struct FormKeyReused: Error {
        let stored: IdempotencyRecord
    }

    private func store(_ request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let principal = try request.signedIn()
        let key = request.isAPI ? request.headers.first(name: "Idempotency-Key") : Self.formKey(request)
        if let key, key.isEmpty || key.count > 200 { throw IdempotencyError.invalidKey }
        let fingerprint = key.map { _ in Self.fingerprint(request, userID: principal.userID) }
        let tenant = Tenant(cooperativeID: principal.cooperativeID, db: request.db)
        do {
            return try await request.db.write { transaction in
                request.unitOfWork = transaction
                defer { request.unitOfWork = nil }
                guard let key, let fingerprint else {
                    let response = try await next.respond(to: request)
                    if response.status.code >= 400 { throw Refused(response: response) }
                    return response
                }
                let claim = IdempotencyRecord(key: key, fingerprint: fingerprint)
                claim.userID = principal.userID
                try await tenant.withDatabase(transaction).create(claim)
                try await transaction.sql.raw("SAVEPOINT request").run()
                let response: Response
                do {
                    response = try await next.respond(to: request)
                } catch {
                    response = ErrorMapper.response(for: error, in: request)
                }
                guard Self.isStored(response.status) else { throw Refused(response: response) }
                if response.status.code >= 400 { try await transaction.sql.raw("ROLLBACK TO SAVEPOINT request").run() }
                claim.status = Int(response.status.code)
                claim.contentType = response.headers.contentType?.serialize() ?? "application/json"
                claim.body = response.body.string ?? ""
                claim.location = response.headers.first(name: .location)
                try await claim.update(on: tenant.withDatabase(transaction).db)
                return response
            }
        } catch let refused as Refused {
            return refused.response
        } catch  where key != nil && error.isConstraintFailure {
            // The key was claimed by a request that has committed: answer what it answered.
            guard let stored = try await tenant.query(IdempotencyRecord.self).filter(\.$key == key!).first() else { throw error }
            if !request.isAPI, stored.fingerprint != fingerprint { throw FormKeyReused(stored: stored) }
            return try Self.replay(stored, fingerprint: fingerprint!)
        }
    }

    static let attemptParameter = "attempt"

    /// A form's refusal, answered with a redirect to the page the form came from, which shows it again.
    static func redirectingRefusal(_ response: Response, for request: Request) -> Response {
        guard response.status.code >= 400, isStored(response.status), response.headers.contentType == .html,
            let once = try? request.content.get(String.self, at: "_once"),
            let page = try? request.content.get(String.self, at: "_page"),
            var parts = URLComponents(string: SessionPages.safeNext(page))
        else { return response }
        parts.queryItems =
            (parts.queryItems ?? []).filter { $0.name != attemptParameter } + [URLQueryItem(name: attemptParameter, value: once)]
        return request.redirect(to: parts.string ?? SiteURL.dashboard.path)
    }

    /// The refusal kept under a form's key, for the user who sent it.
    static func refusal(_ attempt: String, for request: Request) async throws -> Response? {
        guard let principal = request.principal, (1...100).contains(attempt.count),
            let stored = try await Tenant(cooperativeID: principal.cooperativeID, db: request.db).query(IdempotencyRecord.self)
                .filter(\.$key == "form:" + attempt).filter(\.$userID == principal.userID).first(),
            stored.status >= 400, stored.contentType.hasPrefix("text/html")
        else { return nil }
        let response = request.html(stored.body, status: HTTPResponseStatus(statusCode: stored.status))
        return response
    }

    /// A form sent with a key already used for something else (a page kept from before, changed and sent
    /// again): what was recorded under it, and the way back.
    static func alreadySent(_ stored: IdempotencyRecord, for request: Request) -> Response {
        let back = (try? request.content.get(String.self, at: "_page")).map(SessionPages.safeNext) ?? SiteURL.dashboard.path
        let model = FormAlreadySent.Model(recorded: stored.status < 400 ? stored.location : nil, back: back)
        return request.html(FormAlreadySent.View.render(model, in: request.pageContext()), status: .conflict)
    }

    /// Whether an answer is the request's own, to be given again to its copies.
    static func isStored(_ status: HTTPStatus) -> Bool {
        status.code < 500 && ![.unauthorized, .forbidden, .tooManyRequests].contains(status)
    }

    /// Carries a failure's answer out of the transaction it rolls back.
    struct Refused: Error {
        let response: Response
    }

    static func replay(_ stored: IdempotencyRecord, fingerprint: String) throws -> Response {
        guard stored.fingerprint == fingerprint else { throw IdempotencyError.keyReused }
        let response = Response(status: HTTPResponseStatus(statusCode: stored.status), body: .init(string: stored.body))
        response.headers.replaceOrAdd(name: .contentType, value: stored.contentType)
        if let location = stored.location { response.headers.replaceOrAdd(name: .location, value: location) }
        response.headers.replaceOrAdd(name: "Idempotent-Replayed", value: "true")
        return response
    }

    /// A page form's one-time key (`_once`), namespaced so it never meets an API client's key.
    static func formKey(_ request: Request) -> String? {
        guard request.headers.contentType == .urlEncodedForm,
            let once = try? request.content.get(String.self, at: "_once"), (1...100).contains(once.count)
        else { return nil }
        return "form:" + once
    }

    /// Who sent what: the user, method, path and query, and a digest of the body. A JSON body is
    /// digested in canonical form, so a client that re-encodes the same object is still retrying.
    static func fingerprint(_ request: Request, userID: UUID) -> String {
        var hasher = SHA256()
        hasher.update(data: Data("\(userID)|\(request.method.rawValue)|\(request.url.string)|".utf8))
        if let body = request.body.data {
            let bytes = Data(buffer: body)
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            if request.headers.contentType == .json, let value = try? JSONDecoder().decode(JSONValue.self, from: bytes),
                let canonical = try? encoder.encode(value)
            {
                hasher.update(data: canonical)
            } else {
                hasher.update(data: bytes)
            }
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}

enum IdempotencyError: DomainError {
    case invalidKey, keyReused
    var code: String { self == .invalidKey ? "invalid_idempotency_key" : "idempotency_key_reused" }
    var field: String? { "Idempotency-Key" }
    var kind: ErrorKind { self == .invalidKey ? .invalid : .conflict }
}
