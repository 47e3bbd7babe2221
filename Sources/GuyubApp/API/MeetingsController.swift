import Fluent
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// Members' meetings through the API: the meeting and its agenda, the notice, delegates, attendance
/// and quorum, motions and votes (one member, one vote, no proxy), minutes, the report pack and the
/// ministry's export. The board runs meetings; supervisors read them; members read them and vote.
struct MeetingsController {
    // MARK: reading

    func list(_ request: Request) async throws -> [MeetingSummaryDTO] {
        _ = try await request.authorizeMeetingReader()
        return try await request.visibleMeetings().map(MeetingSummaryDTO.init)
    }

    func show(_ request: Request) async throws -> MeetingDTO {
        let store = MeetingStore(try request.tenant())
        let meeting = try await request.visibleMeeting(request.parameters.get("id", as: UUID.self))
        let own = try await request.authorizeMeetingReader()
        return try await Self.dto(meeting, store: store, member: own)
    }

    static func dto(_ meeting: MeetingRecord, store: MeetingStore, member: MemberRecord?) async throws -> MeetingDTO {
        let id = try meeting.requireID()
        let resolutions = try await store.resolutions(of: id)
        var voted: Set<UUID>?
        if let member { voted = try await store.voted(member.requireID(), on: resolutions.map { $0.id! }) }
        var dtos: [ResolutionDTO] = []
        for r in resolutions {
            dtos.append(
                ResolutionDTO(r, ballotsCast: try await store.ballotsCast(r.id!), youVoted: voted.map { $0.contains(r.id!) }))
        }
        return MeetingDTO(
            meeting, agenda: try await store.agenda(of: id), attendance: try await store.attendance(meeting),
            resolutions: dtos)
    }

    func showResolution(_ request: Request) async throws -> ResolutionDTO {
        let store = MeetingStore(try request.tenant())
        let resolution = try await store.resolution(request.parameters.get("id", as: UUID.self))
        let own = try await request.authorizeMeetingReader()
        var voted: Bool?
        if let own { voted = try await store.voted(own.requireID(), on: [resolution.id!]).contains(resolution.id!) }
        return ResolutionDTO(resolution, ballotsCast: try await store.ballotsCast(resolution.id!), youVoted: voted)
    }

    func attendance(_ request: Request) async throws -> [ParticipantDTO] {
        _ = try request.authorize(.viewMeetings)
        let store = MeetingStore(try request.tenant())
        let meeting = try await store.meeting(request.parameters.get("id", as: UUID.self))
        return try await store.participants(of: meeting.requireID()).map(ParticipantDTO.init)
    }

    // MARK: settings

    func settings(_ request: Request) async throws -> MeetingRulesDTO {
        _ = try request.authorize(.viewMeetings)
        return MeetingRulesDTO(try await SettingsStore(request.tenant()).meetingRules())
    }

    func updateSettings(_ request: Request) async throws -> MeetingRulesDTO {
        let principal = try request.authorize(.manageMeetings)
        let store = SettingsStore(try request.tenant())
        let rules = try request.content.decode(MeetingRulesDTO.self).rules(over: try await store.meetingRules())
        try await store.setMeetingRules(rules, by: principal.actor)
        return MeetingRulesDTO(try await store.meetingRules())
    }

    // MARK: the meeting

    struct MeetingInput: Content {
        var kind: String?
        var financialYear: Int?
        var title: String?
        var heldOn: String?
        var startsAt: String?
        var place: String?
        var onlineLink: String?
        var chairName: String?
        var secretaryName: String?
        var delegates: Bool?

        /// Fields left out keep `current`'s values (for PATCH); a new meeting needs date and year.
        func details(over current: MeetingRecord?, language: Language) throws -> MeetingStore.Details {
            let kind =
                try kind.map { text in
                    guard let kind = MeetingKind(rawValue: text) else { throw MeetingError.field(.invalidChoice("kind")) }
                    return kind
                } ?? current?.kind ?? .annual
            let date: CivilDate
            if let heldOn {
                guard !heldOn.isEmpty else { throw MeetingError.field(.required("heldOn")) }
                guard let written = CivilDate(written: heldOn) else { throw MeetingError.field(.invalidDate("heldOn")) }
                date = written
            } else {
                guard let kept = current?.heldOn else { throw MeetingError.field(.required("heldOn")) }
                date = kept
            }
            let year = financialYear ?? current?.financialYear ?? date.year - 1
            let text = Catalogue(language)
            let defaultTitle = kind == .annual ? text.ratTitle(year: year) : text.extraordinaryTitle(on: date)
            return MeetingStore.Details(
                kind: kind, financialYear: year, title: title ?? current?.title ?? defaultTitle, heldOn: date,
                startsAt: startsAt ?? current?.startsAt ?? "09:00", place: place ?? current?.place ?? "",
                onlineLink: onlineLink ?? current?.onlineLink ?? "", chairName: chairName ?? current?.chairName ?? "",
                secretaryName: secretaryName ?? current?.secretaryName ?? "", delegates: delegates ?? current?.delegates ?? false)
        }
    }

    func create(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.manageMeetings)
        let input = try request.content.decode(MeetingInput.self)
        let details = try input.details(over: nil, language: .id)
        let store = MeetingStore(try request.tenant())
        // The agenda is the cooperative's record, written in Indonesian.
        let meeting = try await store.create(
            details, agendaTitle: { request.booksText.agendaTitle($0, year: details.financialYear) },
            by: principal.actor)
        return try created(try await Self.dto(meeting, store: store, member: nil))
    }

    func update(_ request: Request) async throws -> MeetingDTO {
        let principal = try request.authorize(.manageMeetings)
        let store = MeetingStore(try request.tenant())
        let current = try await store.meeting(request.parameters.get("id", as: UUID.self))
        let details = try request.content.decode(MeetingInput.self).details(over: current, language: .id)
        let meeting = try await store.update(current.requireID(), details, by: principal.actor)
        return try await Self.dto(meeting, store: store, member: nil)
    }

    struct AgendaInput: Content {
        struct Item: Content {
            var kind: String?
            var title: String?
        }
        var items: [Item]?
    }

    func setAgenda(_ request: Request) async throws -> [AgendaItemDTO] {
        let principal = try request.authorize(.manageMeetings)
        let store = MeetingStore(try request.tenant())
        let meeting = try await store.meeting(request.parameters.get("id", as: UUID.self))
        guard let items = try request.content.decode(AgendaInput.self).items else { throw MeetingError.field(.required("items")) }
        let parsed = try items.map { item -> (kind: AgendaKind, title: String) in
            guard let kind = AgendaKind(rawValue: item.kind ?? "other") else { throw MeetingError.field(.invalidChoice("kind")) }
            return (kind, item.title ?? "")
        }
        return try await store.setAgenda(meeting.requireID(), parsed, by: principal.actor).map(AgendaItemDTO.init)
    }

    struct NoticeInput: Content {
        var date: String?
        var channel: String?
        var text: String?
    }

    struct NoticeDTO: Content {
        var sentOn: String
        var channel: String
        var recipients: Int
    }

    func notice(_ request: Request) async throws -> NoticeDTO {
        let principal = try request.authorize(.manageMeetings)
        let store = MeetingStore(try request.tenant())
        let meeting = try await store.meeting(request.parameters.get("id", as: UUID.self))
        let input = try request.content.decode(NoticeInput.self)
        let (date, channel) = try Self.notice(input, today: request.today())
        let count = try await store.sendNotice(
            meeting.requireID(), on: date, channel: channel, text: input.text ?? "",
            by: principal.actor)
        return NoticeDTO(sentOn: date.description, channel: channel.rawValue, recipients: count)
    }

    static func notice(_ input: NoticeInput, today: CivilDate) throws -> (CivilDate, NoticeChannel) {
        var date = today
        if let text = input.date, !text.isEmpty {
            guard let parsed = CivilDate(written: text) else { throw MeetingError.field(.invalidDate("date")) }
            guard parsed <= today else { throw MeetingError.field(.invalidDate("date")) }
            date = parsed
        }
        guard let text = input.channel, !text.isEmpty else { throw MeetingError.field(.required("channel")) }
        guard let channel = NoticeChannel(rawValue: text) else { throw MeetingError.field(.invalidChoice("channel")) }
        return (date, channel)
    }

    struct DelegatesInput: Content {
        var memberIds: [UUID]?
    }

    func delegates(_ request: Request) async throws -> [ParticipantDTO] {
        let principal = try request.authorize(.manageMeetings)
        let store = MeetingStore(try request.tenant())
        let meeting = try await store.meeting(request.parameters.get("id", as: UUID.self))
        let ids = try request.content.decode(DelegatesInput.self).memberIds ?? []
        _ = try await store.setDelegates(meeting.requireID(), memberIDs: ids, by: principal.actor)
        return try await store.participants(of: meeting.requireID()).filter(\.delegate).map(ParticipantDTO.init)
    }

    func start(_ request: Request) async throws -> MeetingDTO {
        let principal = try request.authorize(.manageMeetings)
        let store = MeetingStore(try request.tenant())
        let current = try await store.meeting(request.parameters.get("id", as: UUID.self))
        let meeting = try await store.start(current.requireID(), by: principal.actor)
        return try await Self.dto(meeting, store: store, member: nil)
    }

    func close(_ request: Request) async throws -> MeetingDTO {
        let principal = try request.authorize(.manageMeetings)
        let store = MeetingStore(try request.tenant())
        let current = try await store.meeting(request.parameters.get("id", as: UUID.self))
        let meeting = try await store.close(current.requireID(), on: request.today(), by: principal.actor)
        return try await Self.dto(meeting, store: store, member: nil)
    }

    // MARK: attendance and votes

    struct CheckInInput: Content {
        var memberId: UUID?
        var mode: String?
    }

    /// A clerk checks any eligible member in; a member checks themselves in online.
    func checkIn(_ request: Request) async throws -> Response {
        let principal = try request.signedIn()
        let store = MeetingStore(try request.tenant())
        let meeting = try await store.meeting(request.parameters.get("id", as: UUID.self))
        let own = try await request.authorizeMeetingReader()
        let input = try request.content.decode(CheckInInput.self)
        let mode = try Self.mode(input.mode)
        let (memberID, _) = try Self.actingFor(input.memberId, own: own, principal: principal)
        if memberID == own?.id && !principal.allows(.manageMeetings) && mode != .online {
            throw MeetingError.field(.invalidChoice("mode"))
        }
        let row = try await store.checkIn(meeting.requireID(), member: memberID, mode: mode, by: principal.actor)
        return try created(ParticipantDTO(row))
    }

    static func mode(_ text: String?) throws -> AttendanceMode {
        guard let text, !text.isEmpty else { throw MeetingError.field(.required("mode")) }
        guard let mode = AttendanceMode(rawValue: text) else { throw MeetingError.field(.invalidChoice("mode")) }
        return mode
    }

    /// For whom the signed-in user acts: themselves (their own member record), or — for those who run
    /// meetings — the member named. Anyone else naming another member is refused: there is no proxy.
    static func actingFor(_ named: UUID?, own: MemberRecord?, principal: Principal) throws -> (UUID, MeetingStore.Voter) {
        if let ownID = own?.id, named == nil || named == ownID { return (ownID, .member) }
        guard principal.allows(.manageMeetings) else { throw MeetingError.noProxy }
        guard let named else { throw MeetingError.field(.required("memberId")) }
        return (named, .clerk)
    }

    struct VoteInput: Content {
        var memberId: UUID?
        var choice: String?
    }

    func vote(_ request: Request) async throws -> Response {
        let principal = try request.signedIn()
        let store = MeetingStore(try request.tenant())
        let resolution = try await store.resolution(request.parameters.get("id", as: UUID.self))
        let own = try await request.authorizeMeetingReader()
        let input = try request.content.decode(VoteInput.self)
        guard let text = input.choice, !text.isEmpty else { throw MeetingError.field(.required("choice")) }
        guard let choice = VoteChoice(rawValue: text) else { throw MeetingError.field(.invalidChoice("choice")) }
        let (memberID, voter) = try Self.actingFor(input.memberId, own: own, principal: principal)
        let after = try await store.vote(resolution.requireID(), member: memberID, choice: choice, as: voter, by: principal.actor)
        return try created(
            ResolutionDTO(
                after, ballotsCast: try await store.ballotsCast(after.id!),
                youVoted: memberID == own?.id ? true : nil))
    }

    struct ResolutionInput: Content {
        var agendaItemId: UUID?
        var kind: String?
        var shuYear: Int?
        var motion: String?
        var secret: Bool?
    }

    func addResolution(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.manageMeetings)
        let store = MeetingStore(try request.tenant())
        let meeting = try await store.meeting(request.parameters.get("id", as: UUID.self))
        let input = try request.content.decode(ResolutionInput.self)
        let kind = try input.kind.flatMap { $0.isEmpty ? nil : $0 }.map { text in
            guard let kind = AgendaKind(rawValue: text) else { throw MeetingError.field(.invalidChoice("kind")) }
            return kind
        }
        let record = try await store.addResolution(
            meeting.requireID(),
            .init(
                agendaItemID: input.agendaItemId, kind: kind, shuYear: input.shuYear, motion: input.motion ?? "",
                secret: input.secret), by: principal.actor)
        return try created(ResolutionDTO(record, ballotsCast: 0))
    }

    func openResolution(_ request: Request) async throws -> ResolutionDTO {
        let principal = try request.authorize(.manageMeetings)
        let store = MeetingStore(try request.tenant())
        let current = try await store.resolution(request.parameters.get("id", as: UUID.self))
        let resolution = try await store.openResolution(current.requireID(), by: principal.actor)
        return ResolutionDTO(resolution, ballotsCast: 0)
    }

    func closeResolution(_ request: Request) async throws -> ResolutionDTO {
        let principal = try request.authorize(.manageMeetings)
        let store = MeetingStore(try request.tenant())
        let current = try await store.resolution(request.parameters.get("id", as: UUID.self))
        let resolution = try await store.closeResolution(current.requireID(), on: request.today(), by: principal.actor)
        return ResolutionDTO(resolution, ballotsCast: try await store.ballotsCast(resolution.id!))
    }

    struct MinutesInput: Content {
        var minutes: String?
        var chairName: String?
        var secretaryName: String?
    }

    func minutes(_ request: Request) async throws -> MeetingDTO {
        let principal = try request.authorize(.manageMeetings)
        let store = MeetingStore(try request.tenant())
        let current = try await store.meeting(request.parameters.get("id", as: UUID.self))
        let input = try request.content.decode(MinutesInput.self)
        let meeting = try await store.writeMinutes(
            current.requireID(), text: input.minutes ?? "",
            chair: input.chairName ?? current.chairName,
            secretary: input.secretaryName ?? current.secretaryName, by: principal.actor)
        return try await Self.dto(meeting, store: store, member: nil)
    }

    // MARK: reports

    /// `GET /api/v1/meetings/{id}/report` (`?format=csv`): the report pack.
    func report(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.viewMeetings)
        let store = MeetingStore(try request.tenant())
        let meeting = try await store.meeting(request.parameters.get("id", as: UUID.self))
        let report = try await store.report(meeting.requireID())
        var ballots: [UUID: Int] = [:]
        for r in report.resolutions { ballots[r.id!] = try await store.ballotsCast(r.id!) }
        return try request.report(
            MeetingReportDTO(report, ballots: ballots, decimals: principal.decimals),
            csv: { MeetingReportCSV.csv(report, ballots: ballots, text: request.catalogue) },
            file: request.catalogue.fileName(
                request.catalogue.meetingReportFileName,
                String(meeting.financialYear)))
    }

    /// `GET /api/v1/meetings/{id}/ministry-report` (`?format=csv`): the ministry's annual RAT figures.
    func ministryReport(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.viewMeetings)
        let store = MeetingStore(try request.tenant())
        let meeting = try await store.meeting(request.parameters.get("id", as: UUID.self))
        guard meeting.kind == MeetingKind.annual else { throw MeetingError.notAnnual }
        let dto = MinistryReportDTO(try await store.report(meeting.requireID()), decimals: principal.decimals)
        return try request.report(dto, csv: { dto.csv }, file: "ods-rat-\(meeting.financialYear).csv")
    }
}

extension Request {
    /// The meetings this user may read: a meeting still in draft is the board's until its notice goes out.
    func visibleMeetings() async throws -> [MeetingRecord] {
        let all = try await MeetingStore(tenant()).list()
        return try signedIn().allows(.viewMeetings) ? all : all.filter { $0.status != MeetingStatus.draft }
    }

    /// One meeting, unless it is a draft and the user may not see drafts (then it is not found).
    func visibleMeeting(_ id: UUID?) async throws -> MeetingRecord {
        let meeting = try await MeetingStore(tenant()).meeting(id)
        let mayReadDrafts = try signedIn().allows(.viewMeetings)
        if meeting.status == MeetingStatus.draft && !mayReadDrafts { throw AccessError.notFound }
        return meeting
    }

    /// Meetings are read by those who may see them and by the cooperative's members (the meeting is
    /// theirs); the member's own record is returned, for whom they may vote.
    func authorizeMeetingReader() async throws -> MemberRecord? {
        let principal = try signedIn()
        let own = try await MemberStore(tenant()).find(userID: principal.userID)
        guard principal.allows(.viewMeetings) || own != nil else { throw AccessError.forbidden }
        return own
    }
}
