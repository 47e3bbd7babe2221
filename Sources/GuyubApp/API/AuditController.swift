import GuyubCore
import GuyubStore
import Vapor

struct AuditController {
    struct EventDTO: Content {
        let sequence: Int64
        let recordedAt: Date
        let actor: String
        let actorUserId: UUID?
        let action: String
        let entity: String
        let entityId: String?
        /// The state before and after, as the JSON objects the trail stored.
        let before: JSONText?
        let after: JSONText?
        let previousHash: String
        let hash: String
    }

    /// `GET /api/v1/audit?page=`: the cooperative's trail, newest first, for supervisors and the board.
    func list(_ request: Request) async throws -> PageDTO<EventDTO> {
        _ = try request.authorize(.viewAudit)
        let page = try await AuditLog.page(request.tenant(), page: request.apiPage())
        return PageDTO(page) { e in
            EventDTO(
                sequence: e.sequence, recordedAt: e.recordedAt, actor: e.actor, actorUserId: e.actorUserID,
                action: e.action.rawValue, entity: e.entity, entityId: e.entityID, before: e.before.map(JSONText.init),
                after: e.after.map(JSONText.init), previousHash: e.previousHash, hash: e.hash)
        }
    }
}

/// Stored JSON text, emitted as the JSON value it holds rather than as a string.
struct JSONText: Codable, Sendable {
    let text: String

    init(_ text: String) { self.text = text }

    func encode(to encoder: any Encoder) throws {
        let value = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
        try value.encode(to: encoder)
    }

    init(from decoder: any Decoder) throws {
        let value = try JSONValue(from: decoder)
        text = String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
    }
}

/// Any JSON value.
indirect enum JSONValue: Codable, Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() {
            self = .null
        } else if let b = try? c.decode(Bool.self) {
            self = .bool(b)
        } else if let n = try? c.decode(Double.self) {
            self = .number(n)
        } else if let s = try? c.decode(String.self) {
            self = .string(s)
        } else if let a = try? c.decode([JSONValue].self) {
            self = .array(a)
        } else {
            self = .object(try c.decode([String: JSONValue].self))
        }
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .null: try c.encodeNil()
        case .bool(let b): try c.encode(b)
        case .number(let n):
            if n.rounded() == n, abs(n) < 1e15 { try c.encode(Int64(n)) } else { try c.encode(n) }
        case .string(let s): try c.encode(s)
        case .array(let a): try c.encode(a)
        case .object(let o): try c.encode(o)
        }
    }
}
