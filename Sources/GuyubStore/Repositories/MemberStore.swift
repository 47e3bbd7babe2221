import FluentKit
import Foundation
import GuyubCore
import SQLKit

/// The member registry of one cooperative. Every change is audited in the caller's transaction.
package struct MemberStore: Sendable {
    package let tenant: Tenant

    package init(_ tenant: Tenant) { self.tenant = tenant }

    /// Registers a person. An applicant by default; an import of an existing list registers members
    /// (audited as `member.import`).
    package func register(
        _ details: MemberDetails, status: MemberStatus = .applicant, joinedOn: CivilDate? = nil,
        on date: CivilDate, reason: String? = nil, by actor: Actor,
        action: AuditAction = .memberRegister
    ) async throws -> MemberRecord {
        guard try await number(ofNIK: details.nik) == nil else { throw MemberError.nikTaken }
        guard
            let row = try await tenant.db.sql.raw(
                """
                UPDATE cooperatives SET next_member_number = next_member_number + 1
                WHERE id = \(bind: tenant.cooperativeID) RETURNING next_member_number
                """
            ).first()
        else { throw MemberError.notFound }

        let member = MemberRecord()
        member.memberNumber = try row.decode(column: "next_member_number", as: Int.self) - 1
        apply(details, to: member)
        member.status = status
        member.statusSince = status == .member ? joinedOn ?? date : date
        member.joinedOn = status == .member ? joinedOn ?? date : nil
        do { try await tenant.create(member) } catch  where error.isConstraintFailure { throw MemberError.nikTaken }

        try await record(member, from: nil, to: status, on: joinedOn ?? date, reason: reason, by: actor)
        if status == .member { try await SavingsStore(tenant).openAccounts(for: member, on: joinedOn ?? date) }
        try await AuditLog.append(
            tenant, actor: actor, action: action, entity: "member",
            entityID: member.id, after: MemberSnapshot(member))
        return member
    }

    package func find(_ id: UUID?) async throws -> MemberRecord {
        guard let member = try await tenant.find(MemberRecord.self, id) else { throw MemberError.notFound }
        return member
    }

    /// A member and their dated history, in one query, decoded by hand: through Fluent's models (which
    /// reflect over their fields for every row and column) this read spent most of its time outside the
    /// database (measured with perf under load).
    package func findWithHistory(_ id: UUID?) async throws -> (MemberRecord, [MemberStatusChangeRecord]) {
        guard let id else { throw MemberError.notFound }
        let rows = try await tenant.db.sql.raw(
            """
            SELECT m.id, m.member_number, m.name, m.name_folded, m.nik, m.phone, m.address, m.birth_place, m.birth_date,
              m.gender, m.status, m.status_since, m.joined_on, m.wajib_class, m.user_id, m.created_at, m.updated_at,
              h.id AS h_id, h.from_status AS h_from, h.to_status AS h_to, h.effective_on AS h_on, h.reason AS h_reason,
              h.by_user_id AS h_by_user, h.by_name AS h_by, h.recorded_at AS h_at
            FROM members m LEFT JOIN member_status_changes h ON h.cooperative_id = m.cooperative_id AND h.member_id = m.id
            WHERE m.cooperative_id = \(bind: tenant.cooperativeID) AND m.id = \(bind: id)
            ORDER BY h.effective_on, h.recorded_at
            """
        ).all()
        guard let first = rows.first else { throw MemberError.notFound }
        let member = MemberRecord()
        member.id = id
        member.cooperativeID = tenant.cooperativeID
        member.memberNumber = try first.decode(column: "member_number", as: Int.self)
        member.name = try first.decode(column: "name", as: String.self)
        member.nameFolded = try first.decode(column: "name_folded", as: String.self)
        member.nik = try first.decode(column: "nik", as: String.self)
        member.phone = try first.decode(column: "phone", as: String.self)
        member.address = try first.decode(column: "address", as: String.self)
        member.birthPlace = try first.decode(column: "birth_place", as: String?.self)
        member.birthDate = try first.decode(column: "birth_date", as: CivilDate?.self)
        member.gender = try first.decode(column: "gender", as: Gender.self)
        member.status = try first.decode(column: "status", as: MemberStatus.self)
        member.statusSince = try first.decode(column: "status_since", as: CivilDate.self)
        member.joinedOn = try first.decode(column: "joined_on", as: CivilDate?.self)
        member.wajibClass = try first.decode(column: "wajib_class", as: String?.self)
        member.userID = try first.decode(column: "user_id", as: UUID?.self)
        member.createdAt = try first.decode(column: "created_at", as: Date?.self)
        member.updatedAt = try first.decode(column: "updated_at", as: Date?.self)
        let history = try rows.compactMap { row -> MemberStatusChangeRecord? in
            guard let changeID = try row.decode(column: "h_id", as: UUID?.self) else { return nil }
            let change = MemberStatusChangeRecord()
            change.id = changeID
            change.cooperativeID = tenant.cooperativeID
            change.memberID = id
            change.fromStatus = try row.decode(column: "h_from", as: MemberStatus?.self)
            change.toStatus = try row.decode(column: "h_to", as: MemberStatus.self)
            change.effectiveOn = try row.decode(column: "h_on", as: CivilDate.self)
            change.reason = try row.decode(column: "h_reason", as: String?.self)
            change.byUserID = try row.decode(column: "h_by_user", as: UUID?.self)
            change.byName = try row.decode(column: "h_by", as: String.self)
            change.recordedAt = try row.decode(column: "h_at", as: Date?.self)
            return change
        }
        return (member, history)
    }

    package func find(number: Int) async throws -> MemberRecord {
        guard let member = try await tenant.query(MemberRecord.self).filter(\.$memberNumber == number).first() else {
            throw MemberError.notFound
        }
        return member
    }

    /// The member signed in as `userID`, if the user is a member of this cooperative.
    package func find(userID: UUID) async throws -> MemberRecord? {
        try await tenant.query(MemberRecord.self).filter(\.$userID == userID).first()
    }

    /// Searches by name, NIK, phone or member number; newest numbers last.
    package func list(
        query text: String = "", statuses: Set<MemberStatus> = [], page: Int = 1,
        perPage: Int = 25
    ) async throws -> Page<MemberRecord> {
        func filtered() -> QueryBuilder<MemberRecord> {
            let query = tenant.query(MemberRecord.self)
            if !statuses.isEmpty { query.filter(\.$status ~~ statuses) }
            let text = text.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { return query }
            let digits = text.filter(\.isASCIIDigit)
            return query.group(.or) { or in
                or.filter(Self.like("name_folded", contains: text.lowercased()))
                if !digits.isEmpty, digits.count == text.filter({ $0 != " " && $0 != "-" && $0 != "+" }).count {
                    or.filter(\.$nik =~ digits)
                    or.filter(Self.like("phone", contains: digits.hasPrefix("0") ? String(digits.dropFirst()) : digits))
                    if let number = Int(digits), digits.count <= 9 { or.filter(\.$memberNumber == number) }
                }
            }
        }
        let page = max(1, page)
        let total = try await filtered().count()
        let sorted = filtered()
        // Searching "7" puts member No. 7 first, before every other number, name or phone holding a 7.
        let text = text.trimmingCharacters(in: .whitespaces)
        if let number = Int(text), text.count <= 9 {
            sorted.sort(.custom(SQLQueryString("CASE WHEN member_number = \(unsafeRaw: String(number)) THEN 0 ELSE 1 END")))
        }
        let items = try await sorted.sort(\.$memberNumber)
            .range(((page - 1) * perPage)..<(page * perPage)).all()
        return Page(items: items, page: page, perPage: perPage, total: total)
    }

    /// `column` holds `text` anywhere, with `%`, `_` and `\\` in it taken literally rather than as wildcards.
    /// `column` may be an expression over one (`LOWER(name)`), written by the caller.
    static func like(_ column: String, contains text: String) -> DatabaseQuery.Filter {
        let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
        return .custom(SQLQueryString("\(unsafeRaw: column) LIKE \(bind: "%" + escaped + "%") ESCAPE '\\'"))
    }

    /// The latest registrations, newest first.
    package func recent(limit: Int) async throws -> [MemberRecord] {
        try await tenant.query(MemberRecord.self).sort(\.$memberNumber, .descending).limit(limit).all()
    }

    /// Member numbers of those NIKs already registered, keyed by NIK.
    package func numbers(ofNIKs niks: [String]) async throws -> [String: Int] {
        var found: [String: Int] = [:]
        for chunk in stride(from: 0, to: niks.count, by: 500).map({ Array(niks[$0..<min($0 + 500, niks.count)]) }) {
            for member in try await tenant.query(MemberRecord.self).filter(\.$nik ~~ chunk).all() {
                found[member.nik] = member.memberNumber
            }
        }
        return found
    }

    package func number(ofNIK nik: NIK) async throws -> Int? {
        try await numbers(ofNIKs: [nik.digits])[nik.digits]
    }

    package func update(_ id: UUID, with details: MemberDetails, by actor: Actor) async throws -> MemberRecord {
        let member = try await find(id)
        let before = MemberSnapshot(member)
        if details.nik.digits != member.nik, try await number(ofNIK: details.nik) != nil { throw MemberError.nikTaken }
        apply(details, to: member)
        let after = MemberSnapshot(member)
        guard after != before else { return member }
        do { try await member.update(on: tenant.db) } catch  where error.isConstraintFailure { throw MemberError.nikTaken }
        try await AuditLog.append(
            tenant, actor: actor, action: .memberUpdate, entity: "member",
            entityID: member.id, before: before, after: after)
        return member
    }

    /// Puts a member in a class whose wajib amount the bylaws set (nil: the default amount).
    package func setWajibClass(_ id: UUID, to memberClass: String?, by actor: Actor) async throws -> MemberRecord {
        let member = try await find(id)
        if let memberClass, try await SettingsStore(tenant).savings().wajibClasses[memberClass] == nil {
            throw FieldError.invalidChoice("wajibClass")
        }
        guard member.wajibClass != memberClass else { return member }
        let before = member.wajibClass
        member.wajibClass = memberClass
        try await member.update(on: tenant.db)
        try await AuditLog.append(
            tenant, actor: actor, action: .memberWajibClass, entity: "member", entityID: member.id,
            before: ["wajibClass": before ?? ""], after: ["wajibClass": memberClass ?? ""])
        return member
    }

    /// Moves a person to `next`. Acceptance opens their savings accounts; leaving pays out what they
    /// hold through `settlement` (cash by default) and closes the accounts.
    package func changeStatus(
        _ id: UUID, to next: MemberStatus, on date: CivilDate, today: CivilDate,
        reason: String?, settlement: ExitSettlement? = nil, by actor: Actor
    ) async throws -> MemberRecord {
        let member = try await find(id)
        let current = member.status
        try current.move(to: next, on: date, after: member.statusSince, today: today)
        let savings = SavingsStore(tenant)
        if next == .member { try await savings.openAccounts(for: member, on: date) }
        if current == .member && next.isFinal {
            guard let settlement else { throw SavingsError.settlementRequired }
            _ = try await savings.settleExit(
                try member.requireID(), on: date, channel: settlement.channel,
                description: settlement.description, by: actor)
        }
        let before = MemberSnapshot(member)
        member.status = next
        member.statusSince = date
        if next == .member { member.joinedOn = date }
        try await member.update(on: tenant.db)
        try await record(member, from: current, to: next, on: date, reason: reason, by: actor)
        try await AuditLog.append(
            tenant, actor: actor, action: .memberStatus, entity: "member",
            entityID: member.id, before: before, after: MemberSnapshot(member))
        return member
    }

    /// The member's steps, oldest first.
    package func history(_ id: UUID) async throws -> [MemberStatusChangeRecord] {
        try await tenant.query(MemberStatusChangeRecord.self).filter(\.$memberID == id)
            .sort(\.$effectiveOn).sort(\.$recordedAt).all()
    }

    /// How many people stand in each status.
    package func countByStatus() async throws -> [MemberStatus: Int] {
        let rows = try await tenant.db.sql.raw(
            """
            SELECT status, COUNT(*) AS n FROM members WHERE cooperative_id = \(bind: tenant.cooperativeID) GROUP BY status
            """
        ).all()
        var counts: [MemberStatus: Int] = [:]
        for row in rows {
            if let status = MemberStatus(rawValue: try row.decode(column: "status", as: String.self)) {
                counts[status] = try row.decode(column: "n", as: Int.self)
            }
        }
        return counts
    }

    private func apply(_ details: MemberDetails, to member: MemberRecord) {
        member.name = details.name
        member.nameFolded = details.name.lowercased()
        member.nik = details.nik.digits
        member.phone = details.phone.e164
        member.address = details.address
        member.birthPlace = details.birthPlace
        member.birthDate = details.birthDate
        member.gender = details.gender
    }

    private func record(
        _ member: MemberRecord, from: MemberStatus?, to: MemberStatus, on date: CivilDate,
        reason: String?, by actor: Actor
    ) async throws {
        let change = MemberStatusChangeRecord()
        change.memberID = try member.requireID()
        change.fromStatus = from
        change.toStatus = to
        change.effectiveOn = date
        change.reason = reason.flatMap { $0.isEmpty ? nil : $0 }
        change.byUserID = actor.userID
        change.byName = actor.name
        try await tenant.create(change)
    }
}

/// How a departing member is paid what they hold, and how the books describe it.
package struct ExitSettlement: Sendable {
    package var channel: PaymentChannel
    package var description: String

    package init(channel: PaymentChannel, description: String) {
        self.channel = channel
        self.description = description
    }
}

/// What the audit trail keeps of a member before and after a change.
package struct MemberSnapshot: Codable, Equatable, Sendable {
    let memberNumber: Int
    let name: String
    let nik: String
    let phone: String
    let address: String
    let birthPlace: String?
    let birthDate: CivilDate?
    let gender: Gender
    let status: MemberStatus
    let statusSince: CivilDate

    init(_ m: MemberRecord) {
        memberNumber = m.memberNumber
        name = m.name
        nik = m.nik
        phone = m.phone
        address = m.address
        birthPlace = m.birthPlace
        birthDate = m.birthDate
        gender = m.gender
        status = m.status
        statusSince = m.statusSince
    }
}

extension MemberRecord {
    /// The record's particulars as validated details (they were validated on the way in).
    package var details: MemberDetails {
        get throws {
            try MemberDetails(
                name: name, nik: nik, phone: phone, address: address, birthPlace: birthPlace,
                birthDate: birthDate, gender: gender)
        }
    }
}
