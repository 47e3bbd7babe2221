import Fluent
import Foundation
import GuyubCore
import GuyubStore
import GuyubViews

/// The audit trail in words: each link's subject named (the member, the loan, the motion), its stored
/// states flattened into fields the page can name, ids turned into the names they stand for or left out.
struct AuditRows {
    let tenant: Tenant
    let text: Catalogue

    func rows(_ events: [AuditEventRecord]) async throws -> [AuditList.Model.Row] {
        let states = events.map {
            (before: Self.fields($0.before, action: $0.action), after: Self.fields($0.after, action: $0.action))
        }
        let names = try await Names(tenant, text: text, events: events, states: states)
        return zip(events, states).map { event, state in
            let id = event.entityID.flatMap(UUID.init(uuidString:))
            // A member's id reads as their name; other ids are the record's business, not the reader's.
            func resolved(_ fields: [String: String]) -> [String: String] {
                var fields = fields
                if let member = fields["memberId"] { fields["memberId"] = names.member(member) ?? "—" }
                return fields.filter { UUID(uuidString: $0.value) == nil }
            }
            let before = resolved(state.before)
            let after = resolved(state.after)
            return AuditList.Model.Row(
                sequence: event.sequence, at: event.recordedAt, actor: event.actor, action: event.action,
                subject: subject(event, id: id, before: before, after: after, names: names),
                link: link(event, id: id, after: after),
                changes: Set(before.keys).union(after.keys).sorted().compactMap { key in
                    before[key] == after[key] ? nil : .init(field: key, before: before[key], after: after[key])
                })
        }
    }

    private func subject(
        _ event: AuditEventRecord, id: UUID?, before: [String: String], after: [String: String],
        names: Names
    ) -> String? {
        let state = after.isEmpty ? before : after
        switch event.entity {
        case "member":
            return id.flatMap { names.members[$0] } ?? state["name"]
        case "loan":
            guard let number = state["number"].flatMap(Int.init), let borrower = state["borrower"] else { return nil }
            return text.auditLoanSubject(number: number, borrower: borrower)
        case "journal_entry":
            return text.auditEntrySubject(number: id.flatMap { names.entries[$0] }, description: state["description"] ?? "")
        case "meeting":
            let title = id.flatMap { names.meetings[$0] } ?? state["title"]
            if let member = after["memberId"], let title { return text.auditVoteSubject(motion: title, member: member) }
            return title
        case "meeting_resolution":
            guard let motion = id.flatMap({ names.motions[$0] }) else { return nil }
            if let member = after["memberId"] { return text.auditVoteSubject(motion: motion, member: member) }
            return motion
        case "user":
            return id.flatMap { names.users[$0] } ?? state["name"]
        case "month":
            return state["month"].flatMap(YearMonth.init).map(text.format.month)
        case "year", "shu_distribution":
            return state["year"].map(text.auditYearSubject)
        case "account":
            return state["code"].map { "\($0) \(state["nameID"] ?? "")" }
        case "business_unit", "loan_product", "cooperative":
            return state["name"]
        default:
            return nil
        }
    }

    private func link(_ event: AuditEventRecord, id: UUID?, after: [String: String]) -> SiteURL? {
        guard let id, event.action != .accountDelete else { return nil }
        switch event.entity {
        case "member": return .member(id)
        case "loan": return .loan(id)
        case "journal_entry": return .entry(id)
        case "meeting": return .meeting(id)
        default: return nil
        }
    }

    /// A stored state as `path: value`: nested objects by dotted paths, lists of plain values joined,
    /// lists of records kept as JSON for the page to read; a journal entry's lines as their count and total.
    static func fields(_ json: String?, action: AuditAction) -> [String: String] {
        guard let json, let value = try? JSONDecoder().decode(JSONValue.self, from: Data(json.utf8)) else { return [:] }
        var fields: [String: String] = [:]
        func add(_ value: JSONValue, at path: String) {
            switch value {
            case .null: break
            case .bool(let b): fields[path] = b ? "true" : "false"
            case .number(let n): fields[path] = Self.number(n)
            case .string(let s):
                // The SHU rules are kept as JSON text inside the state; any other text is only text,
                // whatever it looks like (a name or a description must not pose as fields).
                if path == "rules", let inner = try? JSONDecoder().decode(JSONValue.self, from: Data(s.utf8)) {
                    add(inner, at: "")
                } else {
                    fields[path] = s
                }
            case .array(let items):
                if items.contains(where: { if case .object = $0 { true } else { false } }) {
                    fields[path] = String(decoding: (try? JSONEncoder().encode(value)) ?? Data(), as: UTF8.self)
                } else {
                    fields[path] = items.map { item -> String in
                        if case .string(let s) = item { return s }
                        if case .number(let n) = item { return Self.number(n) }
                        return ""
                    }.joined(separator: ", ")
                }
            case .object(let object):
                for (key, inner) in object { add(inner, at: path.isEmpty ? key : "\(path).\(key)") }
            }
        }
        switch (value, action) {
        case (.array, .userRoles): add(value, at: "roles")
        case (.array, .meetingAgenda): add(value, at: "agenda")
        case (.array(let ids), .meetingDelegates):
            fields["delegateList"] = String(decoding: (try? JSONEncoder().encode(JSONValue.array(ids))) ?? Data(), as: UTF8.self)
        case (.object(var object), .ledgerPost):
            if case .array(let lines)? = object["lines"] {
                let debits = lines.reduce(0.0) { sum, line in
                    if case .object(let l) = line, case .number(let d)? = l["debit"] { return sum + d }
                    return sum
                }
                object["lines"] = .number(Double(lines.count))
                object["total"] = .number(debits)
            }
            add(.object(object), at: "")
        default: add(value, at: "")
        }
        return fields
    }

    /// A stored number as text: whole when it is one that fits, as written otherwise (never a trap).
    static func number(_ n: Double) -> String { Int64(exactly: n).map(String.init) ?? String(n) }

    /// The names behind the ids on one page of the trail, each kind read in one query.
    struct Names {
        var members: [UUID: String] = [:]
        var entries: [UUID: Int] = [:]
        var meetings: [UUID: String] = [:]
        var motions: [UUID: String] = [:]
        var users: [UUID: String] = [:]

        init(
            _ tenant: Tenant, text: Catalogue, events: [AuditEventRecord],
            states: [(before: [String: String], after: [String: String])]
        ) async throws {
            func ids(_ entity: String) -> [UUID] {
                events.filter { $0.entity == entity }.compactMap { $0.entityID.flatMap(UUID.init(uuidString:)) }
            }
            let memberIDs =
                ids("member")
                + states.compactMap { ($0.after["memberId"] ?? $0.before["memberId"]).flatMap(UUID.init(uuidString:)) }
            if !memberIDs.isEmpty {
                for m in try await tenant.query(MemberRecord.self).filter(\.$id ~~ Set(memberIDs)).all() {
                    members[m.id!] = text.auditMemberSubject(name: m.name, number: m.memberNumber)
                }
            }
            if !ids("journal_entry").isEmpty {
                for e in try await tenant.query(JournalEntryRecord.self).filter(\.$id ~~ Set(ids("journal_entry"))).all() {
                    entries[e.id!] = e.number
                }
            }
            if !ids("meeting").isEmpty {
                for m in try await tenant.query(MeetingRecord.self).filter(\.$id ~~ Set(ids("meeting"))).all() {
                    meetings[m.id!] = m.title
                }
            }
            if !ids("meeting_resolution").isEmpty {
                for r in try await tenant.query(MeetingResolutionRecord.self).filter(\.$id ~~ Set(ids("meeting_resolution")))
                    .all()
                {
                    motions[r.id!] = r.motion
                }
            }
            if !ids("user").isEmpty {
                for u in try await UserRecord.query(on: tenant.db).filter(\.$id ~~ Set(ids("user"))).all() {
                    users[u.id!] = u.name
                }
            }
        }

        func member(_ id: String) -> String? { UUID(uuidString: id).flatMap { members[$0] } }
    }
}
