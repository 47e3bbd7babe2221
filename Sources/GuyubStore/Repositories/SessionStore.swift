import Crypto
import FluentKit
import Foundation
import GuyubCore
import SQLKit

/// Sign-in sessions. The client holds a token; the database holds only its SHA-256. The token begins
/// with its cooperative's id, so finding a session reads one cooperative's rows — on a distributed
/// PostgreSQL, one node — and a session belongs to one cooperative for its whole life.
package enum SessionStore {
    package static func open(
        _ db: any Database, userID: UUID, cooperativeID: UUID, kind: SessionKind,
        lifetime: TimeInterval, now: Date
    ) async throws -> (token: String, session: UserSessionRecord) {
        let token = prefix(cooperativeID) + "." + randomToken()
        let session = UserSessionRecord()
        session.tokenHash = hash(token)
        session.cooperativeID = cooperativeID
        session.userID = userID
        session.kind = kind
        session.csrfToken = randomToken()
        session.expiresAt = now.addingTimeInterval(lifetime)
        try await session.create(on: db)
        return (token, session)
    }

    /// Moves a signed-in user to another of their cooperatives (the caller has checked they hold a role
    /// there): this session closes and one opens there, ending when this one would have. Nil when the
    /// token's session is gone.
    package static func switchCooperative(
        _ db: any Database, token: String, to cooperativeID: UUID,
        now: Date
    ) async throws -> String? {
        guard let current = try await session(db, token: token) else { return nil }
        try await close(db, token: token)
        return try await open(
            db, userID: current.userID, cooperativeID: cooperativeID, kind: current.kind,
            lifetime: current.expiresAt.timeIntervalSince(now), now: now
        ).token
    }

    package static func close(_ db: any Database, token: String) async throws {
        guard let cooperativeID = cooperative(of: token) else { return }
        try await UserSessionRecord.query(on: db).filter(\.$cooperativeID == cooperativeID)
            .filter(\.$tokenHash == hash(token)).delete()
    }

    /// Removes the cooperative's sessions that ended more than a day ago.
    package static func prune(_ db: any Database, cooperativeID: UUID, now: Date) async throws {
        try await UserSessionRecord.query(on: db).filter(\.$cooperativeID == cooperativeID)
            .filter(\.$expiresAt < now.addingTimeInterval(-86_400)).delete()
    }

    /// The cooperative a token was issued in, read from its start; nil for anything else.
    package static func cooperative(of token: String) -> UUID? {
        guard let dot = token.firstIndex(of: "."), token.distance(from: token.startIndex, to: dot) == 32 else { return nil }
        let hex = Array(token[..<dot])
        let dashed = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(hex[$0]) }.joined(separator: "-")
        return UUID(uuidString: dashed)
    }

    private static func prefix(_ cooperativeID: UUID) -> String {
        cooperativeID.uuidString.lowercased().replacingOccurrences(of: "-", with: "")
    }

    private static func session(_ db: any Database, token: String) async throws -> UserSessionRecord? {
        guard let cooperativeID = cooperative(of: token) else { return nil }
        return try await UserSessionRecord.query(on: db).filter(\.$cooperativeID == cooperativeID)
            .filter(\.$tokenHash == hash(token)).first()
    }

    /// 32 random bytes, URL-safe base64.
    package static func randomToken() -> String {
        let bytes = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }
        return bytes.base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}

extension SessionStore {
    /// Who a live session belongs to, read in one query: the user, the cooperative, the roles there.
    package struct SignedIn: Sendable {
        package let userID: UUID
        package let name: String
        package let email: String
        package let cooperativeID: UUID
        package let cooperativeName: String
        package let timeZone: String
        package let decimals: Int
        package let roles: Set<Role>
        package let csrfToken: String
    }

    /// The signed-in user of a token, or nil when the token is unknown or expired, the user disabled,
    /// or without a role in the session's cooperative.
    package static func signedIn(_ db: any Database, token: String, kind: SessionKind, now: Date) async throws -> SignedIn? {
        guard token.count <= 128, let cooperativeID = cooperative(of: token) else { return nil }
        let rows = try await db.sql.raw(
            """
            SELECT s.user_id, s.cooperative_id, s.csrf_token, u.name AS user_name, u.email, c.name AS cooperative_name,
                   c.time_zone, c.currency_decimals, r.role
            FROM sessions s
            JOIN users u ON u.id = s.user_id
            JOIN cooperatives c ON c.id = s.cooperative_id
            JOIN user_roles r ON r.cooperative_id = s.cooperative_id AND r.user_id = s.user_id
            WHERE s.cooperative_id = \(bind: cooperativeID) AND s.token_hash = \(bind: hash(token)) AND s.kind = \(bind: kind.rawValue) AND s.expires_at > \(bind: now)
              AND u.disabled = \(bind: false)
            """
        ).all()
        guard let first = rows.first else { return nil }
        return SignedIn(
            userID: try first.decode(column: "user_id", as: UUID.self),
            name: try first.decode(column: "user_name", as: String.self),
            email: try first.decode(column: "email", as: String.self),
            cooperativeID: try first.decode(column: "cooperative_id", as: UUID.self),
            cooperativeName: try first.decode(column: "cooperative_name", as: String.self),
            timeZone: try first.decode(column: "time_zone", as: String.self),
            decimals: try first.decode(column: "currency_decimals", as: Int.self),
            roles: Set(try rows.map { try $0.decode(column: "role", as: Role.self) }),
            csrfToken: try first.decode(column: "csrf_token", as: String.self))
    }
}
