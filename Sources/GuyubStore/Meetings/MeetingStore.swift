import FluentKit
import Foundation
import GuyubCore
import SQLKit

/// Members' meetings: the meeting and its agenda, the notice, attendance and quorum. Resolutions and
/// votes are in `MeetingStore+Votes`, the report pack in `MeetingStore+Report`. Every change is audited
/// as `meeting.*` in the caller's transaction.
package struct MeetingStore: Sendable {
    package let tenant: Tenant

    package init(_ tenant: Tenant) { self.tenant = tenant }

    // MARK: reading

    package func meeting(_ id: UUID?) async throws -> MeetingRecord {
        guard let meeting = try await tenant.find(MeetingRecord.self, id) else { throw AccessError.notFound }
        return meeting
    }

    /// Newest first.
    package func list() async throws -> [MeetingRecord] {
        try await tenant.query(MeetingRecord.self).sort(\.$heldOn, .descending).sort(\.$startsAt, .descending).all()
    }

    package func agenda(of meetingID: UUID) async throws -> [MeetingAgendaItemRecord] {
        try await tenant.query(MeetingAgendaItemRecord.self).filter(\.$meetingID == meetingID).sort(\.$position).all()
    }

    package func participants(of meetingID: UUID) async throws -> [MeetingParticipantRecord] {
        try await tenant.query(MeetingParticipantRecord.self).filter(\.$meetingID == meetingID).sort(\.$memberNumber).all()
    }

    package func participant(_ meetingID: UUID, member memberID: UUID) async throws -> MeetingParticipantRecord? {
        try await tenant.query(MeetingParticipantRecord.self).filter(\.$meetingID == meetingID)
            .filter(\.$memberID == memberID).first()
    }

    /// Who attends and whether they make the quorum.
    package struct Attendance: Sendable, Equatable {
        /// Those entitled to vote: active members, or the delegates in delegates mode.
        package var eligible: Int
        package var present: Int
        package var inPerson: Int
        package var online: Int
        package var required: Int

        package var quorumMet: Bool { present >= required }
    }

    package func attendance(_ meeting: MeetingRecord) async throws -> Attendance {
        let id = try meeting.requireID()
        let eligible: Int
        if meeting.delegates {
            eligible = try await tenant.query(MeetingParticipantRecord.self).filter(\.$meetingID == id)
                .filter(\.$delegate == true).count()
        } else {
            eligible = try await tenant.query(MemberRecord.self).filter(\.$status == MemberStatus.member).count()
        }
        let present = try await tenant.query(MeetingParticipantRecord.self).filter(\.$meetingID == id)
            .filter(\.$attendance != nil).all()
        let rules = MeetingRules(quorumNumerator: meeting.quorumNumerator, quorumDenominator: meeting.quorumDenominator)
        return Attendance(
            eligible: eligible, present: present.count,
            inPerson: present.filter { $0.attendance == AttendanceMode.inPerson }.count,
            online: present.filter { $0.attendance == AttendanceMode.online }.count,
            required: rules.quorum(eligible: eligible))
    }

    // MARK: the meeting

    package struct Details: Sendable, Codable {
        package var kind: MeetingKind
        package var financialYear: Int
        package var title: String
        package var heldOn: CivilDate
        package var startsAt: String
        package var place: String
        package var onlineLink: String
        package var chairName: String
        package var secretaryName: String
        package var delegates: Bool

        package init(
            kind: MeetingKind, financialYear: Int, title: String, heldOn: CivilDate, startsAt: String, place: String,
            onlineLink: String, chairName: String = "", secretaryName: String = "", delegates: Bool = false
        ) {
            self.kind = kind
            self.financialYear = financialYear
            self.title = title
            self.heldOn = heldOn
            self.startsAt = startsAt
            self.place = place
            self.onlineLink = onlineLink
            self.chairName = chairName
            self.secretaryName = secretaryName
            self.delegates = delegates
        }

        /// Trimmed and checked: a title, a time (`13.30` kept as `13:30`), a place or a link, a plausible year.
        package func validated() throws -> Details {
            var d = self
            for path in [\Details.title, \.startsAt, \.place, \.onlineLink, \.chairName, \.secretaryName] {
                d[keyPath: path] = d[keyPath: path].trimmingCharacters(in: .whitespacesAndNewlines)
            }
            guard !d.title.isEmpty else { throw MeetingError.field(.required("title")) }
            for (field, value, max) in [
                ("title", d.title, FieldLimit.meetingTitle), ("place", d.place, FieldLimit.meetingPlace),
                ("onlineLink", d.onlineLink, FieldLimit.onlineLink), ("chairName", d.chairName, FieldLimit.name),
                ("secretaryName", d.secretaryName, FieldLimit.name),
            ]
            where value.count > max {
                throw MeetingError.field(.tooLong(field, max))
            }
            guard let time = ClockTime.parse(d.startsAt) else { throw MeetingError.field(.invalidTime("startsAt")) }
            d.startsAt = time
            guard !d.place.isEmpty || !d.onlineLink.isEmpty else { throw MeetingError.field(.required("place")) }
            if !d.onlineLink.isEmpty {
                guard let url = URL(string: d.onlineLink), ["https", "http"].contains(url.scheme?.lowercased() ?? ""),
                    url.host != nil
                else { throw MeetingError.field(.invalidChoice("onlineLink")) }
            }
            guard (1900...2999).contains(d.financialYear) else { throw MeetingError.field(.invalidChoice("financialYear")) }
            return d
        }
    }

    /// A new meeting, as a draft, with the bylaws' quorum and (for a RAT) the standard agenda.
    package func create(_ details: Details, agendaTitle: (AgendaTemplate) -> String, by actor: Actor) async throws
        -> MeetingRecord
    {
        let details = try details.validated()
        let rules = try await SettingsStore(tenant).meetingRules()
        if details.delegates { try await requireLargeCooperative() }
        let meeting = MeetingRecord()
        apply(details, to: meeting)
        meeting.status = .draft
        meeting.quorumNumerator = rules.quorumNumerator
        meeting.quorumDenominator = rules.quorumDenominator
        meeting.secretByDefault = rules.secretByDefault
        meeting.minutes = ""
        try await tenant.create(meeting)
        if details.kind == .annual {
            for (index, item) in AgendaTemplate.annual.enumerated() {
                let record = MeetingAgendaItemRecord()
                record.meetingID = try meeting.requireID()
                record.position = index + 1
                record.kind = item.kind
                record.title = agendaTitle(item)
                try await tenant.create(record)
            }
        }
        try await AuditLog.append(
            tenant, actor: actor, action: .meetingCreate, entity: "meeting", entityID: meeting.id,
            after: details)
        return meeting
    }

    private func apply(_ d: Details, to meeting: MeetingRecord) {
        meeting.kind = d.kind
        meeting.financialYear = d.financialYear
        meeting.title = d.title
        meeting.heldOn = d.heldOn
        meeting.startsAt = d.startsAt
        meeting.place = d.place
        meeting.onlineLink = d.onlineLink
        meeting.chairName = d.chairName
        meeting.secretaryName = d.secretaryName
        meeting.delegates = d.delegates
    }

    /// Changes the details before the meeting opens.
    package func update(_ id: UUID, _ details: Details, by actor: Actor) async throws -> MeetingRecord {
        let meeting = try await meeting(id)
        _ = try meeting.status.after(.edit)
        let details = try details.validated()
        if details.delegates && !meeting.delegates { try await requireLargeCooperative() }
        apply(details, to: meeting)
        try await meeting.update(on: tenant.db)
        try await AuditLog.append(
            tenant, actor: actor, action: .meetingUpdate, entity: "meeting", entityID: meeting.id,
            after: details)
        return meeting
    }

    /// Replaces the agenda with `items`, in order, before the meeting opens.
    package func setAgenda(_ id: UUID, _ items: [(kind: AgendaKind, title: String)], by actor: Actor) async throws
        -> [MeetingAgendaItemRecord]
    {
        let meeting = try await meeting(id)
        _ = try meeting.status.after(.setAgenda)
        let items = try items.map { item -> (AgendaKind, String) in
            let title = item.title.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !title.isEmpty else { throw MeetingError.field(.required("title")) }
            guard title.count <= FieldLimit.meetingPlace else {
                throw MeetingError.field(.tooLong("title", FieldLimit.meetingPlace))
            }
            return (item.kind, title)
        }
        guard !items.isEmpty, items.count <= FieldLimit.agendaItems else { throw MeetingError.field(.required("items")) }
        let existing = try await agenda(of: id)
        let resolutions = try await tenant.query(MeetingResolutionRecord.self).filter(\.$meetingID == id).all()
        // An item a resolution hangs on is kept (renumbered), so the resolution keeps its place.
        var kept = Set(resolutions.compactMap(\.agendaItemID))
        for record in existing where !kept.contains(record.id!) { try await record.delete(on: tenant.db) }
        var reusable = existing.filter { kept.contains($0.id!) }
        var result: [MeetingAgendaItemRecord] = []
        for (index, item) in items.enumerated() {
            let record: MeetingAgendaItemRecord
            if let match = reusable.firstIndex(where: { $0.kind == item.0 && $0.title == item.1 }) {
                record = reusable.remove(at: match)
                kept.remove(record.id!)
            } else {
                record = MeetingAgendaItemRecord()
                record.meetingID = id
            }
            record.position = index + 1
            record.kind = item.0
            record.title = item.1
            if record.id == nil { try await tenant.create(record) } else { try await record.update(on: tenant.db) }
            result.append(record)
        }
        // Items with resolutions that were left out go to the end rather than vanish.
        for (offset, record) in reusable.enumerated() {
            record.position = items.count + offset + 1
            try await record.update(on: tenant.db)
            result.append(record)
        }
        struct Item: Encodable { let kind: AgendaKind, title: String }
        try await AuditLog.append(
            tenant, actor: actor, action: .meetingAgenda, entity: "meeting", entityID: meeting.id,
            after: result.map { Item(kind: $0.kind, title: $0.title) })
        return result
    }

    // MARK: notice and delegates

    /// Records that the notice (undangan) went out on `date` by `channel`, to every member entitled to
    /// vote (the delegates in delegates mode); returns how many it went to. Sending again adds members
    /// who joined since.
    package func sendNotice(_ id: UUID, on date: CivilDate, channel: NoticeChannel, text: String, by actor: Actor) async throws
        -> Int
    {
        let meeting = try await meeting(id)
        let next = try meeting.status.after(.sendNotice)
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw MeetingError.field(.required("text")) }
        guard text.count <= FieldLimit.noticeText else { throw MeetingError.field(.tooLong("text", FieldLimit.noticeText)) }
        let members = try await tenant.query(MemberRecord.self).filter(\.$status == MemberStatus.member).all()
        let rows = Dictionary(uniqueKeysWithValues: try await participants(of: id).map { ($0.memberID, $0) })
        var count = 0
        for member in members {
            if let row = rows[member.id!] {
                guard !meeting.delegates || row.delegate else { continue }
                if !row.noticed {
                    row.noticed = true
                    try await row.update(on: tenant.db)
                }
            } else {
                guard !meeting.delegates else { continue }
                let row = Self.participant(meeting: id, member: member)
                row.noticed = true
                try await tenant.create(row)
            }
            count += 1
        }
        meeting.noticeSentOn = date
        meeting.noticeChannel = channel
        meeting.noticeText = text
        meeting.status = next
        try await meeting.update(on: tenant.db)
        struct Notice: Encodable { let date: String, channel: String, recipients: Int }
        try await AuditLog.append(
            tenant, actor: actor, action: .meetingNotice, entity: "meeting", entityID: meeting.id,
            after: Notice(date: date.description, channel: channel.rawValue, recipients: count))
        return count
    }

    static func participant(meeting: UUID, member: MemberRecord) -> MeetingParticipantRecord {
        let row = MeetingParticipantRecord()
        row.meetingID = meeting
        row.memberID = member.id!
        row.memberName = member.name
        row.memberNumber = member.memberNumber
        row.noticed = false
        row.delegate = false
        return row
    }

    /// In delegates mode: the members chosen beforehand to attend and vote for the membership.
    package func setDelegates(_ id: UUID, memberIDs: [UUID], by actor: Actor) async throws -> Int {
        let meeting = try await meeting(id)
        _ = try meeting.status.after(.setDelegates)
        guard meeting.delegates else { throw MeetingError.wrongStatus(meeting.status) }
        let chosen = Set(memberIDs)
        guard !chosen.isEmpty else { throw MeetingError.field(.required("memberIds")) }
        guard chosen.count <= FieldLimit.delegates else { throw MeetingError.field(.tooLong("memberIds", FieldLimit.delegates)) }
        let rows = Dictionary(uniqueKeysWithValues: try await participants(of: id).map { ($0.memberID, $0) })
        for memberID in chosen {
            guard let member = try await tenant.find(MemberRecord.self, memberID),
                member.status == MemberStatus.member
            else { throw MeetingError.notEligible }
            if let row = rows[memberID] {
                if !row.delegate {
                    row.delegate = true
                    try await row.update(on: tenant.db)
                }
            } else {
                let row = Self.participant(meeting: id, member: member)
                row.delegate = true
                try await tenant.create(row)
            }
        }
        for row in rows.values where row.delegate && !chosen.contains(row.memberID) {
            row.delegate = false
            try await row.update(on: tenant.db)
        }
        try await AuditLog.append(
            tenant, actor: actor, action: .meetingDelegates, entity: "meeting", entityID: meeting.id,
            after: chosen.map { $0.uuidString.lowercased() }.sorted())
        return chosen.count
    }

    private func requireLargeCooperative() async throws {
        let members = try await tenant.query(MemberRecord.self).filter(\.$status == MemberStatus.member).count()
        guard members > MeetingRules.delegatesThreshold else { throw MeetingError.delegatesNeedLargeCooperative }
    }

    // MARK: in session

    /// Opens the session: the notice must have gone out.
    package func start(_ id: UUID, by actor: Actor) async throws -> MeetingRecord {
        let meeting = try await meeting(id)
        meeting.status = try meeting.status.after(.start)
        try await meeting.update(on: tenant.db)
        try await AuditLog.append(tenant, actor: actor, action: .meetingStart, entity: "meeting", entityID: meeting.id)
        return meeting
    }

    /// Records a member present, in the hall or online, once. Only active members (or the delegates)
    /// may attend to vote; registration opens with the notice.
    package func checkIn(_ id: UUID, member memberID: UUID, mode: AttendanceMode, by actor: Actor) async throws
        -> MeetingParticipantRecord
    {
        let meeting = try await meeting(id)
        _ = try meeting.status.after(.checkIn)
        guard let member = try await tenant.find(MemberRecord.self, memberID) else { throw MemberError.notFound }
        guard member.status == MemberStatus.member else { throw MeetingError.notEligible }
        var row = try await participant(id, member: memberID)
        if let existing = row { row = try await lock(existing) }
        if meeting.delegates && row?.delegate != true { throw MeetingError.notEligible }
        if row?.attendance != nil { throw MeetingError.alreadyCheckedIn }
        let record = row ?? Self.participant(meeting: id, member: member)
        record.attendance = mode
        record.checkedInAt = Date()
        record.checkedInByName = actor.name
        if record.id == nil { try await tenant.create(record) } else { try await record.update(on: tenant.db) }
        row = record
        struct CheckIn: Encodable { let memberId: UUID, mode: String }
        try await AuditLog.append(
            tenant, actor: actor, action: .meetingCheckIn, entity: "meeting", entityID: meeting.id,
            after: CheckIn(memberId: memberID, mode: mode.rawValue))
        return row!
    }

    /// The minutes (notulen) with the chair and secretary named; written once the meeting has opened.
    package func writeMinutes(_ id: UUID, text: String, chair: String, secretary: String, by actor: Actor) async throws
        -> MeetingRecord
    {
        let meeting = try await meeting(id)
        _ = try meeting.status.after(.writeMinutes)
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let chair = chair.trimmingCharacters(in: .whitespacesAndNewlines)
        let secretary = secretary.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw MeetingError.field(.required("minutes")) }
        guard text.count <= FieldLimit.minutes else { throw MeetingError.field(.tooLong("minutes", FieldLimit.minutes)) }
        guard !chair.isEmpty else { throw MeetingError.field(.required("chairName")) }
        guard !secretary.isEmpty else { throw MeetingError.field(.required("secretaryName")) }
        guard chair.count <= FieldLimit.name else { throw MeetingError.field(.tooLong("chairName", FieldLimit.name)) }
        guard secretary.count <= FieldLimit.name else { throw MeetingError.field(.tooLong("secretaryName", FieldLimit.name)) }
        struct Minutes: Encodable { let chair: String, secretary: String, minutes: String }
        let before = Minutes(chair: meeting.chairName, secretary: meeting.secretaryName, minutes: meeting.minutes)
        meeting.minutes = text
        meeting.chairName = chair
        meeting.secretaryName = secretary
        try await meeting.update(on: tenant.db)
        try await AuditLog.append(
            tenant, actor: actor, action: .meetingMinutes, entity: "meeting", entityID: meeting.id,
            before: before, after: Minutes(chair: chair, secretary: secretary, minutes: text))
        return meeting
    }

    /// Closes the meeting once no vote is still open.
    package func close(_ id: UUID, on date: CivilDate, by actor: Actor) async throws -> MeetingRecord {
        let meeting = try await meeting(id)
        let next = try meeting.status.after(.close)
        let open = try await tenant.query(MeetingResolutionRecord.self).filter(\.$meetingID == id)
            .filter(\.$status == ResolutionStatus.open).count()
        guard open == 0 else { throw MeetingError.votesStillOpen }
        meeting.status = next
        meeting.closedOn = date
        try await meeting.update(on: tenant.db)
        try await AuditLog.append(tenant, actor: actor, action: .meetingClose, entity: "meeting", entityID: meeting.id)
        return meeting
    }

    /// The member's row, read again under a row lock on PostgreSQL, so two clerks (or a clerk and the
    /// member) acting at once take turns; SQLite's writers take turns already.
    func lock(_ row: MeetingParticipantRecord) async throws -> MeetingParticipantRecord {
        guard !tenant.db.isSQLite else { return row }
        try await tenant.db.sql.raw(
            """
            SELECT id FROM meeting_participants WHERE cooperative_id = \(bind: tenant.cooperativeID) AND id = \(bind: row.id!) FOR NO KEY UPDATE
            """
        ).run()
        return try await tenant.find(MeetingParticipantRecord.self, row.id) ?? row
    }

}
