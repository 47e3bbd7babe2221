import Crypto
import FluentKit
import Foundation

/// Sign-in sessions. The client holds a random token; the database holds only its SHA-256.
package enum SessionStore {
    package enum Kind: String, Sendable { case web, api }

    package static func open(_ db: any Database, userID: UUID, cooperativeID: UUID, kind: Kind,
                             lifetime: TimeInterval, now: Date = Date()) async throws -> (token: String, session: UserSessionRecord) {
        let token = randomToken()
        let session = UserSessionRecord()
        session.tokenHash = hash(token)
        session.cooperativeID = cooperativeID
        session.userID = userID
        session.kind = kind.rawValue
        session.csrfToken = randomToken()
        session.expiresAt = now.addingTimeInterval(lifetime)
        try await session.create(on: db)
        return (token, session)
    }

    /// The live session for a token, or nil when unknown or expired.
    package static func find(_ db: any Database, token: String, kind: Kind, now: Date = Date()) async throws -> UserSessionRecord? {
        guard !token.isEmpty, token.count <= 128 else { return nil }
        return try await UserSessionRecord.query(on: db)
            .filter(\.$tokenHash == hash(token)).filter(\.$kind == kind.rawValue).filter(\.$expiresAt > now).first()
    }

    package static func close(_ db: any Database, token: String) async throws {
        try await UserSessionRecord.query(on: db).filter(\.$tokenHash == hash(token)).delete()
    }

    /// Removes sessions that ended more than a day ago.
    package static func prune(_ db: any Database, now: Date = Date()) async throws {
        try await UserSessionRecord.query(on: db).filter(\.$expiresAt < now.addingTimeInterval(-86_400)).delete()
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
