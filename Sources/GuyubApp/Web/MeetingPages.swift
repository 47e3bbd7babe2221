import Fluent
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// Members' meetings in the browser: the list (with the votes waiting for a member), one meeting with
/// the forms its state allows, and its printable notice, minutes and report pack.
struct MeetingPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let meetings = routes.grouped("meetings")
        meetings.get(use: list)
        meetings.post(use: create)
        meetings.post("settings", use: saveRules)
        meetings.get(":id", use: show)
        for action in SiteURL.MeetingAction.allCases {
            meetings.post(":id", .constant(action.rawValue)) { try await act($0, action) }
        }
        for kind in SiteURL.MeetingDocumentKind.allCases {
            meetings.get(":id", .constant(kind.rawValue)) { try await document($0, kind) }
        }
        for action in SiteURL.ResolutionAction.allCases {
            meetings.post("resolutions", ":id", .constant(action.rawValue)) { try await resolution($0, action) }
        }
    }

    // MARK: the list

    func list(_ request: Request) async throws -> Response {
        try await listPage(request, values: [:], errors: [:])
    }

    private func listPage(
        _ request: Request, values: [String: String], errors: [String: String],
        status: HTTPStatus = .ok
    ) async throws -> Response {
        let principal = try request.signedIn()
        let own = try await request.authorizeMeetingReader()
        let store = MeetingStore(try request.tenant())
        let meetings = try await request.visibleMeetings()
        var openVotes: [(meeting: UUID, motion: String)] = []
        if let own {
            for meeting in meetings where meeting.status == MeetingStatus.open {
                let open = try await store.resolutions(of: meeting.id!).filter { $0.status == ResolutionStatus.open }
                let voted = try await store.voted(own.id!, on: open.map { $0.id! })
                openVotes += open.filter { !voted.contains($0.id!) }.map { (meeting.id!, $0.motion) }
            }
        }
        let rows = meetings.map { m in
            MeetingList.Row(
                id: m.id!, title: m.title, kind: m.kind, financialYear: m.financialYear,
                heldOn: m.heldOn, startsAt: m.startsAt,
                status: m.status)
        }
        let rules = principal.allows(.viewMeetings) ? try await SettingsStore(request.tenant()).meetingRules() : nil
        let model = MeetingList.Model(
            rows: rows, canManage: principal.allows(.manageMeetings), values: values, errors: errors,
            openVotes: openVotes, rules: rules)
        return request.html(MeetingList.View.render(model, in: request.pageContext()), status: status)
    }

    struct MeetingForm: Content {
        var kind: String?
        var financialYear: String?
        var heldOn: String?
        var startsAt: String?
        var place: String?
        var onlineLink: String?
        var title: String?
        var delegates: String?
    }

    func create(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.manageMeetings)
        let form = try request.content.decode(MeetingForm.self)
        do {
            var year: Int?
            if let text = form.financialYear?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
                guard let number = Int(text) else { throw MeetingError.field(.invalidChoice("financialYear")) }
                year = number
            }
            let input = MeetingsController.MeetingInput(
                kind: form.kind, financialYear: year, title: form.title.flatMap { $0.isEmpty ? nil : $0 }, heldOn: form.heldOn,
                startsAt: form.startsAt, place: form.place, onlineLink: form.onlineLink, delegates: form.delegates == "1")
            // The agenda is the cooperative's record, written in Indonesian like the API's.
            let details = try input.details(over: nil, language: .id)
            let meeting = try await MeetingStore(request.tenant()).create(
                details, agendaTitle: { request.booksText.agendaTitle($0, year: details.financialYear) }, by: principal.actor)
            return request.redirect(to: SiteURL.meeting(meeting.id!).path, notice: "meeting_created")
        } catch let error as any DomainError {
            let values = [
                "kind": form.kind ?? "", "financialYear": form.financialYear ?? "", "heldOn": form.heldOn ?? "",
                "startsAt": form.startsAt ?? "", "place": form.place ?? "", "onlineLink": form.onlineLink ?? "",
                "title": form.title ?? "", "delegates": form.delegates ?? "",
            ]
            return try await listPage(
                request, values: values, errors: [error.field ?? "title": request.catalogue.message(for: error)],
                status: ErrorMapper.status(error.kind))
        }
    }

    struct RulesForm: Content {
        var quorumNumerator: String?
        var quorumDenominator: String?
        var secretByDefault: String?
        var registrationNumber: String?
        var address: String?
        var town: String?
    }

    func saveRules(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.manageMeetings)
        let form = try request.content.decode(RulesForm.self)
        let store = SettingsStore(try request.tenant())
        do {
            func number(_ text: String?) throws -> Int {
                guard let value = text.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) else {
                    throw MeetingError.invalidQuorum
                }
                return value
            }
            let rules = MeetingRules(
                quorumNumerator: try number(form.quorumNumerator), quorumDenominator: try number(form.quorumDenominator),
                secretByDefault: form.secretByDefault == "1",
                registrationNumber: (form.registrationNumber ?? "").trimmingCharacters(in: .whitespaces),
                address: (form.address ?? "").trimmingCharacters(in: .whitespacesAndNewlines),
                town: (form.town ?? "").trimmingCharacters(in: .whitespaces))
            try await store.setMeetingRules(rules, by: principal.actor)
            return request.redirect(to: SiteURL.meetings.path, notice: "meeting_rules_saved")
        } catch let error as any DomainError {
            return try await listPage(
                request, values: [:], errors: ["rules": request.catalogue.message(for: error)],
                status: ErrorMapper.status(error.kind))
        }
    }

    // MARK: one meeting

    func show(_ request: Request) async throws -> Response {
        try await meetingPage(request, id: request.parameters.get("id", as: UUID.self), notice: nil)
    }

    private func meetingPage(_ request: Request, id: UUID?, notice: Notice?, status: HTTPStatus = .ok) async throws -> Response {
        let meeting = try await request.visibleMeeting(id)
        let model = try await Self.model(meeting, request: request)
        return request.html(MeetingShow.View.render(model, in: request.pageContext(notice: notice)), status: status)
    }

    static func model(_ meeting: MeetingRecord, request: Request) async throws -> MeetingShow.Model {
        let principal = try request.signedIn()
        let own = try await request.authorizeMeetingReader()
        let store = MeetingStore(try request.tenant())
        let id = try meeting.requireID()
        let resolutions = try await store.resolutions(of: id)
        let titles = Dictionary(uniqueKeysWithValues: try await store.agenda(of: id).map { ($0.id!, $0.title) })
        var voted: Set<UUID> = []
        if let own { voted = try await store.voted(own.requireID(), on: resolutions.map { $0.id! }) }
        var rows: [MeetingShow.Resolution] = []
        for r in resolutions {
            rows.append(
                MeetingShow.Resolution(
                    id: r.id!, kind: r.kind, title: r.agendaItemID.flatMap { titles[$0] }, shuYear: r.shuYear, motion: r.motion,
                    secret: r.secret, status: r.status,
                    ballotsCast: try await store.ballotsCast(r.id!), tally: r.tally, decidedOn: r.decidedOn,
                    youVoted: voted.contains(r.id!)))
        }
        let participants = try await store.participants(of: id)
        let a = try await store.attendance(meeting)
        let heldOn = meeting.heldOn
        let text = request.catalogue
        var ownPresent: Bool?
        if let own { ownPresent = participants.first { $0.memberID == own.id }?.attendance != nil }
        let canViewAll = principal.allows(.viewMeetings)
        var model = MeetingShow.Model(
            id: id, title: meeting.title, kind: meeting.kind, financialYear: meeting.financialYear, heldOn: heldOn,
            startsAt: meeting.startsAt, place: meeting.place, onlineLink: meeting.onlineLink, status: meeting.status,
            delegates: meeting.delegates, quorumNumerator: meeting.quorumNumerator, quorumDenominator: meeting.quorumDenominator,
            notice: meeting.noticeSentOn.flatMap { sent in
                meeting.noticeChannel.map {
                    MeetingShow.Notice(
                        sentOn: sent, channel: $0, text: meeting.noticeText ?? "",
                        recipients: participants.filter(\.noticed).count)
                }
            },
            attendance: .init(
                eligible: a.eligible, present: a.present, inPerson: a.inPerson, online: a.online, required: a.required),
            agenda: try await store.agenda(of: id).map {
                .init(id: $0.id!, position: $0.position, kind: $0.kind, title: $0.title)
            },
            resolutions: rows,
            participants: canViewAll
                ? participants.filter { $0.attendance != nil }
                    .map { .init(number: $0.memberNumber, name: $0.memberName, attendance: $0.attendance) } : [],
            minutes: meeting.minutes, chairName: meeting.chairName, secretaryName: meeting.secretaryName,
            canManage: principal.allows(.manageMeetings), canViewAll: canViewAll, ownPresent: ownPresent,
            noticeDraft: text.noticeDraft(
                title: meeting.title, date: text.format.date(heldOn), time: text.format.time(meeting.startsAt),
                place: meeting.place, link: meeting.onlineLink),
            delegateNumbers: participants.filter(\.delegate).map(\.memberNumber))
        model.today = try request.today()
        return model
    }

    struct ActionForm: Content {
        var channel: String?
        var text: String?
        var memberNumber: String?
        var mode: String?
        var agendaItemId: String?
        var motion: String?
        var shuYear: String?
        var secret: String?
        var minutes: String?
        var chairName: String?
        var secretaryName: String?
        var choice: String?
        var memberNumbers: String?
        var title: String?
        var heldOn: String?
        var startsAt: String?
        var place: String?
        var onlineLink: String?
    }

    /// A form on a meeting's page: done, back to the meeting with a notice; refused, the page again with the reason.
    func act(_ request: Request, _ action: SiteURL.MeetingAction) async throws -> Response {
        let principal = try request.signedIn()
        if action != .checkIn { _ = try request.authorize(.manageMeetings) }
        let tenant = try request.tenant()
        let store = MeetingStore(tenant)
        let meeting = try await store.meeting(request.parameters.get("id", as: UUID.self))
        let id = try meeting.requireID()
        let own = try await request.authorizeMeetingReader()
        let form = try request.content.decode(ActionForm.self)
        do {
            switch action {
            case .notice:
                let (date, channel) = try MeetingsController.notice(
                    .init(date: nil, channel: form.channel, text: form.text),
                    today: request.today())
                _ = try await store.sendNotice(id, on: date, channel: channel, text: form.text ?? "", by: principal.actor)
            case .start: _ = try await store.start(id, by: principal.actor)
            case .close: _ = try await store.close(id, on: request.today(), by: principal.actor)
            case .checkIn:
                let mode = try MeetingsController.mode(form.mode)
                let named = try await Self.member(form.memberNumber, tenant: tenant)
                let (memberID, _) = try MeetingsController.actingFor(named, own: own, principal: principal)
                if memberID == own?.id && !principal.allows(.manageMeetings) && mode != .online {
                    throw MeetingError.field(.invalidChoice("mode"))
                }
                _ = try await store.checkIn(id, member: memberID, mode: mode, by: principal.actor)
            case .resolutions:
                var year: Int?
                let kind = try form.agendaItemId.flatMap { text -> UUID? in
                    guard !text.isEmpty else { return nil }
                    guard let uuid = UUID(uuidString: text) else { throw MeetingError.field(.invalidChoice("agendaItemId")) }
                    return uuid
                }
                if let itemID = kind, let record = try await tenant.find(MeetingAgendaItemRecord.self, itemID),
                    record.kind == AgendaKind.shu, let text = form.shuYear?.trimmingCharacters(in: .whitespaces), !text.isEmpty
                {
                    guard let number = Int(text) else { throw MeetingError.shuYearRequired }
                    year = number
                }
                _ = try await store.addResolution(
                    id,
                    .init(
                        agendaItemID: kind, kind: nil, shuYear: year, motion: form.motion ?? "",
                        secret: form.secret.map { $0 == "1" }), by: principal.actor)
            case .agenda:
                let fields = try request.content.decode([String: String].self)
                var items: [(kind: AgendaKind, title: String)] = []
                for index in 0...50 {
                    guard let title = fields["title\(index)"]?.trimmingCharacters(in: .whitespacesAndNewlines), !title.isEmpty
                    else { continue }
                    guard let kind = AgendaKind(rawValue: fields["kind\(index)"] ?? "other") else {
                        throw MeetingError.field(.invalidChoice("kind"))
                    }
                    items.append((kind, title))
                }
                _ = try await store.setAgenda(id, items, by: principal.actor)
            case .details:
                let input = MeetingsController.MeetingInput(
                    title: form.title, heldOn: form.heldOn, startsAt: form.startsAt,
                    place: form.place, onlineLink: form.onlineLink)
                _ = try await store.update(id, try input.details(over: meeting, language: .id), by: principal.actor)
            case .delegates:
                var ids: [UUID] = []
                for part in (form.memberNumbers ?? "").split(whereSeparator: { ",; \n\r\t".contains($0) }) {
                    guard let id = try await Self.member(String(part), tenant: tenant) else { continue }
                    ids.append(id)
                }
                _ = try await store.setDelegates(id, memberIDs: ids, by: principal.actor)
            case .minutes:
                _ = try await store.writeMinutes(
                    id, text: form.minutes ?? "", chair: form.chairName ?? "",
                    secretary: form.secretaryName ?? "", by: principal.actor)
            }
            return request.redirect(to: SiteURL.meeting(id).path, notice: "meeting_\(action.rawValue)")
        } catch let error as any DomainError {
            return try await meetingPage(
                request, id: id, notice: Notice(.error, request.catalogue.message(for: error)),
                status: ErrorMapper.status(error.kind))
        }
    }

    /// The member by the number a clerk typed; none typed is the signed-in member themselves.
    static func member(_ number: String?, tenant: Tenant) async throws -> UUID? {
        guard let text = number?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        guard let number = Int(text) else { throw MeetingError.field(.invalidChoice("memberNumber")) }
        return try await MemberStore(tenant).find(number: number).id
    }

    func resolution(_ request: Request, _ action: SiteURL.ResolutionAction) async throws -> Response {
        let principal = try request.signedIn()
        if action != .vote { _ = try request.authorize(.manageMeetings) }
        let tenant = try request.tenant()
        let store = MeetingStore(tenant)
        let resolution = try await store.resolution(request.parameters.get("id", as: UUID.self))
        let own = try await request.authorizeMeetingReader()
        let form = try request.content.decode(ActionForm.self)
        do {
            switch action {
            case .open: _ = try await store.openResolution(resolution.id!, by: principal.actor)
            case .close: _ = try await store.closeResolution(resolution.id!, on: request.today(), by: principal.actor)
            case .vote:
                guard let text = form.choice, !text.isEmpty else { throw MeetingError.field(.required("choice")) }
                guard let choice = VoteChoice(rawValue: text) else { throw MeetingError.field(.invalidChoice("choice")) }
                let named = try await Self.member(form.memberNumber, tenant: tenant)
                let (memberID, voter) = try MeetingsController.actingFor(named, own: own, principal: principal)
                _ = try await store.vote(resolution.id!, member: memberID, choice: choice, as: voter, by: principal.actor)
            }
            // The voter's own choice, said back once, so they know what went in (a secret ballot keeps it nowhere).
            let notice = action == .vote ? "resolution_vote:\(form.choice ?? "")" : "resolution_\(action.rawValue)"
            return request.redirect(to: SiteURL.meeting(resolution.meetingID).path, notice: notice)
        } catch let error as any DomainError {
            return try await meetingPage(
                request, id: resolution.meetingID,
                notice: Notice(.error, request.catalogue.message(for: error)),
                status: ErrorMapper.status(error.kind))
        }
    }

    // MARK: documents

    /// The printable notice and minutes (for members too), the report pack and the ministry's export
    /// (for those who see meetings in full), each as CSV where it has one.
    func document(_ request: Request, _ kind: SiteURL.MeetingDocumentKind) async throws -> Response {
        let principal = try request.signedIn()
        if kind == .report || kind == .ministry { _ = try request.authorize(.viewMeetings) }
        let store = MeetingStore(try request.tenant())
        let meeting = try await request.visibleMeeting(request.parameters.get("id", as: UUID.self))
        _ = try await request.authorizeMeetingReader()
        let csv = (try? request.query.get(String.self, at: "format")) == "csv"
        let report = try await store.report(meeting.requireID())
        if kind == .ministry {
            guard meeting.kind == MeetingKind.annual else { throw MeetingError.notAnnual }
            let dto = MinistryReportDTO(report, decimals: principal.decimals)
            return dto.csv.response(filename: "ods-rat-\(meeting.financialYear).csv")
        }
        if kind == .report && csv {
            var ballots: [UUID: Int] = [:]
            for r in report.resolutions { ballots[r.id!] = try await store.ballotsCast(r.id!) }
            return MeetingReportCSV.csv(report, ballots: ballots, text: request.catalogue)
                .response(
                    filename: request.catalogue.fileName(request.catalogue.meetingReportFileName, String(meeting.financialYear)))
        }
        let income = report.incomeStatement
        let statements = MeetingDocument.Statements(
            totalAssets: report.balanceSheet.totalAssets, totalLiabilities: report.balanceSheet.totalLiabilities,
            totalEquity: report.balanceSheet.totalEquity, income: report.businessVolume,
            expenses: income.parts.reduce(0) { $0 + $1.totalExpenses }, surplus: income.surplus)
        var model = MeetingDocument.Model(
            kind: kind, cooperativeName: report.cooperativeName, registrationNumber: report.rules.registrationNumber,
            meeting: try await Self.model(meeting, request: request), statements: kind == .report ? statements : nil,
            shuShares: kind == .report
                ? report.shuShares?.map {
                    .init(
                        memberNumber: $0.memberNumber, name: $0.name,
                        capital: $0.capital, patronage: $0.patronage)
                } : nil,
            recipients: kind == .invitation && principal.allows(.viewMeetings)
                ? report.participants.filter(\.noticed).map {
                    .init(number: $0.memberNumber, name: $0.memberName, attendance: nil)
                }
                : [],
            seal: kind == .report ? request.catalogue.auditSeal(sequence: report.auditSequence, hash: report.auditHead) : nil)
        if kind == .report {
            model.partnerships = report.partnerships.map {
                var line = MeetingDocument.Partnership(
                    title: $0.title, partner: $0.partner, kind: $0.kind, status: $0.status,
                    partnerKept: ($0.delivered[.partner] ?? 0, $0.due[.partner] ?? 0),
                    cooperativeKept: ($0.delivered[.cooperative] ?? 0, $0.due[.cooperative] ?? 0),
                    review: $0.lastReview.map { ($0.reviewedOn, $0.decision, $0.diverging, $0.note) })
                line.benefits = $0.lastReview?.benefits ?? []
                return line
            }
        }
        model.address = report.rules.address
        model.town = report.rules.town
        if kind == .invitation, let sequence = try await store.noticeSequence(of: meeting),
            let sent = meeting.noticeSentOn
        {
            model.letterNumber = LetterNumber.make(
                sequence: sequence, kind: meeting.kind == .annual ? "UND-RAT" : "UND-RA",
                on: sent)
        }
        return request.html(MeetingDocument.View.render(model, in: request.pageContext()))
    }
}
