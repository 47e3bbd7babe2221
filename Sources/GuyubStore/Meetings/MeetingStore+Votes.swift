import FluentKit
import Foundation
import GuyubCore
import SQLKit

/// Resolutions and votes: one member, one vote, no proxy. A secret vote keeps only that the member
/// voted; the choice goes into the totals alone.
extension MeetingStore {
    package func resolution(_ id: UUID?) async throws -> MeetingResolutionRecord {
        guard let resolution = try await tenant.find(MeetingResolutionRecord.self, id) else { throw AccessError.notFound }
        return resolution
    }

    package func resolutions(of meetingID: UUID) async throws -> [MeetingResolutionRecord] {
        let agenda = Dictionary(uniqueKeysWithValues: try await agenda(of: meetingID).map { ($0.id!, $0.position) })
        return try await tenant.query(MeetingResolutionRecord.self).filter(\.$meetingID == meetingID).all()
            .sorted {
                (agenda[$0.agendaItemID ?? UUID()] ?? Int.max, $0.createdAt ?? .distantPast)
                    < (agenda[$1.agendaItemID ?? UUID()] ?? Int.max, $1.createdAt ?? .distantPast)
            }
    }

    package struct Motion: Sendable {
        package var agendaItemID: UUID?
        package var kind: AgendaKind?
        package var shuYear: Int?
        package var motion: String
        package var secret: Bool?

        package init(agendaItemID: UUID?, kind: AgendaKind?, shuYear: Int?, motion: String, secret: Bool?) {
            self.agendaItemID = agendaItemID
            self.kind = kind
            self.shuYear = shuYear
            self.motion = motion
            self.secret = secret
        }
    }

    /// A motion for the agenda item (its kind taken from the item), as a draft until opened. A `shu`
    /// motion names the financial year whose distribution it approves (the meeting's, unless given).
    package func addResolution(_ meetingID: UUID, _ input: Motion, by actor: Actor) async throws -> MeetingResolutionRecord {
        let meeting = try await meeting(meetingID)
        _ = try meeting.status.after(.addMotion)
        var kind = input.kind
        if let itemID = input.agendaItemID {
            guard let item = try await tenant.find(MeetingAgendaItemRecord.self, itemID), item.meetingID == meetingID else {
                throw MeetingError.field(.invalidChoice("agendaItemId"))
            }
            kind = kind ?? item.kind
        }
        let motion = input.motion.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !motion.isEmpty else { throw MeetingError.field(.required("motion")) }
        guard motion.count <= FieldLimit.motion else { throw MeetingError.field(.tooLong("motion", FieldLimit.motion)) }
        let resolvedKind = kind ?? .other
        var shuYear: Int?
        if resolvedKind == .shu {
            shuYear = input.shuYear ?? meeting.financialYear
            guard (1900...2999).contains(shuYear!) else { throw MeetingError.shuYearRequired }
        } else if input.shuYear != nil {
            throw MeetingError.field(.invalidChoice("shuYear"))
        }
        let record = MeetingResolutionRecord()
        record.meetingID = meetingID
        record.agendaItemID = input.agendaItemID
        record.kind = resolvedKind
        record.shuYear = shuYear
        record.motion = motion
        record.secret = input.secret ?? meeting.secretByDefault
        record.status = .draft
        record.yesCount = 0
        record.noCount = 0
        record.abstainCount = 0
        try await tenant.create(record)
        struct Created: Encodable { let meetingId: UUID, kind: AgendaKind, shuYear: Int?, motion: String, secret: Bool }
        try await AuditLog.append(
            tenant, actor: actor, action: .meetingResolutionCreate, entity: "meeting_resolution",
            entityID: record.id,
            after: Created(
                meetingId: meetingID, kind: record.kind, shuYear: shuYear,
                motion: motion, secret: record.secret))
        return record
    }

    /// Opens a motion for voting, only in session and only with the quorum present.
    package func openResolution(_ id: UUID, by actor: Actor) async throws -> MeetingResolutionRecord {
        let resolution = try await resolution(id)
        let meeting = try await meeting(resolution.meetingID)
        let next = try resolution.status.after(.open, meeting: meeting.status, tally: resolution.tally)
        try await requireQuorum(meeting)
        resolution.status = next
        try await resolution.update(on: tenant.db)
        try await AuditLog.append(
            tenant, actor: actor, action: .meetingResolutionOpen, entity: "meeting_resolution",
            entityID: resolution.id)
        return resolution
    }

    func requireQuorum(_ meeting: MeetingRecord) async throws {
        let attendance = try await attendance(meeting)
        guard attendance.quorumMet else {
            throw MeetingError.noQuorum(present: attendance.present, required: attendance.required)
        }
    }

    /// Who casts the vote: the member themselves (signed in), or a clerk for a member in the hall.
    package enum Voter: Sendable, Equatable {
        case member
        case clerk
    }

    /// One member's vote, once. The member must be present; a clerk may record only the vote of a
    /// member present in person (an online member votes for themselves). Nothing is written when refused.
    package func vote(
        _ resolutionID: UUID, member memberID: UUID, choice: VoteChoice, as voter: Voter,
        by actor: Actor
    ) async throws -> MeetingResolutionRecord {
        let resolution = try await resolution(resolutionID)
        let meeting = try await meeting(resolution.meetingID)
        _ = try resolution.status.after(.vote, meeting: meeting.status, tally: resolution.tally)
        try await requireQuorum(meeting)
        guard let found = try await participant(meeting.requireID(), member: memberID) else { throw MeetingError.notPresent }
        let participant = try await lock(found)
        guard let mode = participant.attendance else { throw MeetingError.notPresent }
        if voter == .clerk && mode != .inPerson { throw MeetingError.noProxy }
        if try await tenant.query(MeetingBallotRecord.self).filter(\.$resolutionID == resolutionID)
            .filter(\.$memberID == memberID).first() != nil
        {
            throw MeetingError.alreadyVoted
        }
        let ballot = MeetingBallotRecord()
        ballot.resolutionID = resolutionID
        ballot.memberID = memberID
        ballot.choice = resolution.secret ? nil : choice
        ballot.recordedByName = voter == .clerk ? actor.name : participant.memberName
        try await tenant.create(ballot)
        let column: SQLQueryString =
            switch choice {
            case .yes: "yes_count"
            case .no: "no_count"
            case .abstain: "abstain_count"
            }
        let counted = try await tenant.db.sql.raw(
            """
            UPDATE meeting_resolutions SET \(column) = \(column) + 1
            WHERE cooperative_id = \(bind: tenant.cooperativeID) AND id = \(bind: resolutionID) AND status = \(bind: ResolutionStatus.open) RETURNING id
            """
        ).all()
        guard !counted.isEmpty else { throw MeetingError.resolutionNotOpen }
        // The trail says who voted; for a secret vote, not how.
        struct Vote: Encodable { let memberId: UUID, choice: VoteChoice?, byClerk: Bool }
        try await AuditLog.append(
            tenant, actor: actor, action: .meetingVote, entity: "meeting_resolution", entityID: resolutionID,
            after: Vote(
                memberId: memberID, choice: resolution.secret ? nil : choice,
                byClerk: voter == .clerk))
        return try await self.resolution(resolutionID)
    }

    /// Closes the vote: passed when more voted yes than no (`VoteTally.passes`), rejected otherwise.
    package func closeResolution(_ id: UUID, on date: CivilDate, by actor: Actor) async throws -> MeetingResolutionRecord {
        let resolution = try await resolution(id)
        let tally = resolution.tally
        resolution.status = try resolution.status.after(
            .close, meeting: try await meeting(resolution.meetingID).status, tally: tally)
        resolution.decidedOn = date
        try await resolution.update(on: tenant.db)
        struct Closed: Encodable { let status: ResolutionStatus, tally: VoteTally, decidedOn: CivilDate }
        try await AuditLog.append(
            tenant, actor: actor, action: .meetingResolutionClose, entity: "meeting_resolution",
            entityID: resolution.id, after: Closed(status: resolution.status, tally: tally, decidedOn: date))
        return resolution
    }

    /// How many have voted so far (shown while the vote is open; the totals only once it is closed).
    package func ballotsCast(_ resolutionID: UUID) async throws -> Int {
        try await tenant.query(MeetingBallotRecord.self).filter(\.$resolutionID == resolutionID).count()
    }

    /// The ballots of a resolution: who voted and, for an open vote, how.
    package func ballots(_ resolutionID: UUID) async throws -> [MeetingBallotRecord] {
        try await tenant.query(MeetingBallotRecord.self).filter(\.$resolutionID == resolutionID).all()
    }

    /// The resolutions `memberID` has voted on, of those given.
    /// Meetings where votes are open that `memberID` has not cast yet, with how many.
    package func votesWaiting(for memberID: UUID) async throws -> [(meeting: MeetingRecord, votes: Int)] {
        let open = try await tenant.query(MeetingResolutionRecord.self).filter(\.$status == ResolutionStatus.open).all()
        guard !open.isEmpty else { return [] }
        let cast = try await voted(memberID, on: open.map { $0.id! })
        let waiting = Dictionary(grouping: open.filter { !cast.contains($0.id!) }, by: \.meetingID)
        guard !waiting.isEmpty else { return [] }
        return try await tenant.query(MeetingRecord.self).filter(\.$id ~~ Array(waiting.keys)).all()
            .map { ($0, waiting[$0.id!]?.count ?? 0) }.sorted { $0.meeting.heldOn < $1.meeting.heldOn }
    }

    package func voted(_ memberID: UUID, on resolutionIDs: [UUID]) async throws -> Set<UUID> {
        guard !resolutionIDs.isEmpty else { return [] }
        return Set(
            try await tenant.query(MeetingBallotRecord.self).filter(\.$memberID == memberID)
                .filter(\.$resolutionID ~~ resolutionIDs).all().map(\.resolutionID))
    }

    /// The passed `shu` resolution approving `year`'s SHU distribution, if a meeting passed one (the
    /// latest, should there be several). The SHU side refuses to post a distribution without it.
    package func passedSHUResolution(year: Int) async throws -> (resolutionID: UUID, meetingID: UUID, decidedOn: CivilDate)? {
        let found = try await tenant.query(MeetingResolutionRecord.self)
            .filter(\.$kind == AgendaKind.shu).filter(\.$shuYear == year)
            .filter(\.$status == ResolutionStatus.passed).all()
            .compactMap { r in r.decidedOn.map { (r, $0) } }
            .max { $0.1 < $1.1 }
        guard let (record, date) = found else { return nil }
        return (try record.requireID(), record.meetingID, date)
    }
}

extension MeetingResolutionRecord {
    package var tally: VoteTally { VoteTally(yes: yesCount, no: noCount, abstain: abstainCount) }
}
