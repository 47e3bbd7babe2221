import Foundation
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

struct AuditPage: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("audit", use: list)
    }

    func list(_ request: Request) async throws -> Response {
        _ = try request.authorize(.viewAudit)
        let page = try await AuditLog.page(request.tenant(), page: request.pageNumber)
        let rows = page.items.map { event in
            AuditList.Model.Row(
                sequence: event.sequence, at: event.recordedAt, actor: event.actor, action: event.action,
                link: event.entity == "member" ? event.entityID.flatMap(UUID.init(uuidString:)).map(SiteURL.member) : nil,
                changes: Self.changes(before: event.before, after: event.after))
        }
        let model = AuditList.Model(rows: rows, page: page.page, pageCount: page.pageCount, total: page.total)
        return request.html(AuditList.View.render(model, in: request.pageContext()))
    }

    /// The fields that differ between the stored before and after states.
    static func changes(before: String?, after: String?) -> [AuditList.Model.Change] {
        func fields(_ json: String?) -> [String: String] {
            guard let json, let value = try? JSONDecoder().decode(JSONValue.self, from: Data(json.utf8)) else { return [:] }
            switch value {
            case .object(let object): return object.mapValues(describe)
            default: return ["value": describe(value)]
            }
        }
        func describe(_ value: JSONValue) -> String {
            switch value {
            case .null: ""
            case .bool(let b): b ? "✓" : "✗"
            case .number(let n): n.rounded() == n ? String(Int64(n)) : String(n)
            case .string(let s): s
            case .array(let a): a.map(describe).joined(separator: ", ")
            case .object: ""
            }
        }
        let old = fields(before), new = fields(after)
        return Set(old.keys).union(new.keys).sorted().compactMap { key in
            old[key] == new[key] ? nil : .init(field: key, before: old[key], after: new[key])
        }
    }
}
