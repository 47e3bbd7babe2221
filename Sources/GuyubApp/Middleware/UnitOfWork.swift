import Crypto
import Fluent
import GuyubCore
import GuyubStore
import Vapor

/// Runs each state-changing request in one writing transaction, so it lands whole or not at all: a
/// thrown error or an answer of 400 and above (a form shown again with its errors) rolls it back.
/// For API calls with an `Idempotency-Key`, the answer is stored in that same transaction and a retry
/// gets it back without running again; the same key on a different request is refused.
struct UnitOfWork: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard ![.GET, .HEAD, .OPTIONS].contains(request.method) else { return try await next.respond(to: request) }
        let principal = try request.signedIn()
        let key = request.isAPI ? request.headers.first(name: "Idempotency-Key") : nil
        if let key, key.isEmpty || key.count > 200 { throw IdempotencyError.invalidKey }
        let fingerprint = key.map { _ in Self.fingerprint(request, userID: principal.userID) }
        let tenant = Tenant(cooperativeID: principal.cooperativeID, db: request.db)

        if let key, let stored = try await Self.stored(key, in: tenant) {
            return try Self.replay(stored, fingerprint: fingerprint!)
        }
        do {
            return try await request.db.write { transaction in
                request.unitOfWork = transaction
                defer { request.unitOfWork = nil }
                let response = try await next.respond(to: request)
                if response.status.code >= 400 { throw Refused(response: response) }
                if let key, (200..<300).contains(response.status.code) {
                    let record = IdempotencyRecord()
                    record.key = key
                    record.fingerprint = fingerprint!
                    record.status = Int(response.status.code)
                    record.contentType = response.headers.contentType?.serialize() ?? "application/json"
                    record.body = response.body.string ?? ""
                    try await tenant.withDatabase(transaction).create(record)
                }
                return response
            }
        } catch let refused as Refused {
            return refused.response
        } catch where key != nil && error.isConstraintFailure {
            // A concurrent retry with the same key committed first: answer what it answered.
            guard let stored = try await Self.stored(key!, in: tenant) else { throw error }
            return try Self.replay(stored, fingerprint: fingerprint!)
        }
    }

    /// Carries a failure's answer out of the transaction it rolls back.
    struct Refused: Error {
        let response: Response
    }

    static func stored(_ key: String, in tenant: Tenant) async throws -> IdempotencyRecord? {
        try await tenant.query(IdempotencyRecord.self).filter(\.$key == key).first()
    }

    static func replay(_ stored: IdempotencyRecord, fingerprint: String) throws -> Response {
        guard stored.fingerprint == fingerprint else { throw IdempotencyError.keyReused }
        let response = Response(status: HTTPResponseStatus(statusCode: stored.status), body: .init(string: stored.body))
        response.headers.replaceOrAdd(name: .contentType, value: stored.contentType)
        response.headers.replaceOrAdd(name: "Idempotent-Replayed", value: "true")
        return response
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
               let canonical = try? encoder.encode(value) {
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
