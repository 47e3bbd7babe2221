import Foundation
import GuyubCore
import GuyubStore
import Vapor

/// A meeting as the API shows it. Vote totals appear once a vote is closed; while it is open only the
/// number who have voted, so no running total can be matched to a voter.
struct MeetingSummaryDTO: Content {
    var id: UUID
    var kind: MeetingKind
    var financialYear: Int
    var title: String
    var heldOn: CivilDate
    var startsAt: String
    var status: MeetingStatus

    init(_ m: MeetingRecord) {
        id = m.id!
        kind = m.kind
        financialYear = m.financialYear
        title = m.title
        heldOn = m.heldOn
        startsAt = m.startsAt
        status = m.status
    }
}

struct AttendanceDTO: Content {
    var eligible: Int
    var present: Int
    var inPerson: Int
    var online: Int
    var required: Int
    var quorumMet: Bool

    init(_ a: MeetingStore.Attendance) {
        eligible = a.eligible
        present = a.present
        inPerson = a.inPerson
        online = a.online
        required = a.required
        quorumMet = a.quorumMet
    }
}

struct AgendaItemDTO: Content {
    var id: UUID
    var position: Int
    var kind: AgendaKind
    var title: String

    init(_ r: MeetingAgendaItemRecord) {
        id = r.id!
        position = r.position
        kind = r.kind
        title = r.title
    }
}

struct TallyDTO: Content {
    var yes: Int
    var no: Int
    var abstain: Int
}

struct ResolutionDTO: Content {
    var id: UUID
    var meetingId: UUID
    var agendaItemId: UUID?
    var kind: AgendaKind
    var shuYear: Int?
    var motion: String
    var secret: Bool
    var status: ResolutionStatus
    var ballotsCast: Int
    /// Only once the vote is closed.
    var totals: TallyDTO?
    var decidedOn: CivilDate?
    /// For a signed-in member: whether they have voted on it.
    var youVoted: Bool?

    init(_ r: MeetingResolutionRecord, ballotsCast: Int, youVoted: Bool? = nil) {
        id = r.id!
        meetingId = r.meetingID
        agendaItemId = r.agendaItemID
        kind = r.kind
        shuYear = r.shuYear
        motion = r.motion
        secret = r.secret
        status = r.status
        self.ballotsCast = ballotsCast
        let decided = r.status.isDecided
        totals = decided ? TallyDTO(yes: r.yesCount, no: r.noCount, abstain: r.abstainCount) : nil
        decidedOn = r.decidedOn
        self.youVoted = youVoted
    }
}

struct ParticipantDTO: Content {
    var memberId: UUID
    var memberNumber: Int
    var name: String
    var noticed: Bool
    var delegate: Bool
    var attendance: AttendanceMode?

    init(_ p: MeetingParticipantRecord) {
        memberId = p.memberID
        memberNumber = p.memberNumber
        name = p.memberName
        noticed = p.noticed
        delegate = p.delegate
        attendance = p.attendance
    }
}

struct MeetingDTO: Content {
    struct Quorum: Content {
        var numerator: Int
        var denominator: Int
    }
    struct NoticeDTO: Content {
        var sentOn: CivilDate
        var channel: NoticeChannel
        var text: String
    }

    var id: UUID
    var kind: MeetingKind
    var financialYear: Int
    var title: String
    var heldOn: CivilDate
    var startsAt: String
    var place: String
    var onlineLink: String
    var status: MeetingStatus
    var quorum: Quorum
    var secretByDefault: Bool
    var delegates: Bool
    var notice: NoticeDTO?
    var chairName: String
    var secretaryName: String
    var minutes: String
    var closedOn: CivilDate?
    var agenda: [AgendaItemDTO]
    var attendance: AttendanceDTO
    var resolutions: [ResolutionDTO]

    init(_ m: MeetingRecord, agenda: [MeetingAgendaItemRecord], attendance: MeetingStore.Attendance, resolutions: [ResolutionDTO])
    {
        id = m.id!
        kind = m.kind
        financialYear = m.financialYear
        title = m.title
        heldOn = m.heldOn
        startsAt = m.startsAt
        place = m.place
        onlineLink = m.onlineLink
        status = m.status
        quorum = Quorum(numerator: m.quorumNumerator, denominator: m.quorumDenominator)
        secretByDefault = m.secretByDefault
        delegates = m.delegates
        if let sentOn = m.noticeSentOn, let channel = m.noticeChannel {
            notice = NoticeDTO(sentOn: sentOn, channel: channel, text: m.noticeText ?? "")
        }
        chairName = m.chairName
        secretaryName = m.secretaryName
        minutes = m.minutes
        closedOn = m.closedOn
        self.agenda = agenda.map(AgendaItemDTO.init)
        self.attendance = AttendanceDTO(attendance)
        self.resolutions = resolutions
    }
}

struct MeetingRulesDTO: Content {
    var quorumNumerator: Int?
    var quorumDenominator: Int?
    var secretByDefault: Bool?
    var registrationNumber: String?
    /// The letterhead's address and the town letters are written in.
    var address: String?
    var town: String?

    init(_ r: MeetingRules) {
        quorumNumerator = r.quorumNumerator
        quorumDenominator = r.quorumDenominator
        secretByDefault = r.secretByDefault
        registrationNumber = r.registrationNumber
        address = r.address
        town = r.town
    }

    func rules(over current: MeetingRules) -> MeetingRules {
        MeetingRules(
            quorumNumerator: quorumNumerator ?? current.quorumNumerator,
            quorumDenominator: quorumDenominator ?? current.quorumDenominator,
            secretByDefault: secretByDefault ?? current.secretByDefault,
            registrationNumber: (registrationNumber ?? current.registrationNumber).trimmingCharacters(in: .whitespaces),
            address: (address ?? current.address).trimmingCharacters(in: .whitespacesAndNewlines),
            town: (town ?? current.town).trimmingCharacters(in: .whitespaces))
    }
}

/// The report pack: attendance and quorum, resolutions with totals, the year's statements.
struct MeetingReportDTO: Content {
    struct Statements: Content {
        var totalAssets: String
        var totalLiabilities: String
        var totalEquity: String
        var income: String
        var expenses: String
        var surplus: String
        var memberSurplus: String
        var nonMemberSurplus: String
    }
    struct SHUShare: Content {
        var memberNumber: Int
        var name: String
        var capital: String
        var patronage: String
        var total: String
    }

    var meeting: MeetingSummaryDTO
    var attendance: AttendanceDTO
    var resolutions: [ResolutionDTO]
    var statements: Statements
    /// The SHU table per member; null until the year's distribution is computed.
    var shuShares: [SHUShare]?
    /// The partnerships that ran in the year: each side's commitments due in it and delivered, the last review.
    var partnerships: [Partnership]

    struct Partnership: Content {
        var title: String
        var partner: String
        var kind: String
        var status: String
        /// By side (`partner`, `cooperative`): commitments that fell due in the year, and those delivered.
        var due: [String: Int]
        var delivered: [String: Int]
        var reviewedOn: String?
        var decision: String?
        var diverging: Bool?
        var note: String?
    }

    init(_ r: MeetingStore.Report, ballots: [UUID: Int], decimals: Int) {
        func money(_ v: Int64) -> String { Amount.string(v, decimals: decimals) }
        meeting = MeetingSummaryDTO(r.meeting)
        attendance = AttendanceDTO(r.attendance)
        resolutions = r.resolutions.map { ResolutionDTO($0, ballotsCast: ballots[$0.id!] ?? 0) }
        let income = r.incomeStatement
        statements = Statements(
            totalAssets: money(r.balanceSheet.totalAssets), totalLiabilities: money(r.balanceSheet.totalLiabilities),
            totalEquity: money(r.balanceSheet.totalEquity), income: money(r.businessVolume),
            expenses: money(income.parts.reduce(0) { $0 + $1.totalExpenses }), surplus: money(income.surplus),
            memberSurplus: money(income.part(.member).surplus),
            nonMemberSurplus: money(income.part(.nonMember).surplus))
        shuShares = r.shuShares?.map {
            SHUShare(
                memberNumber: $0.memberNumber, name: $0.name, capital: money($0.capital),
                patronage: money($0.patronage), total: money($0.total))
        }
        partnerships = r.partnerships.map { p in
            func byParty(_ counts: [PartnershipParty: Int]) -> [String: Int] {
                Dictionary(uniqueKeysWithValues: PartnershipParty.allCases.map { ($0.rawValue, counts[$0] ?? 0) })
            }
            return Partnership(
                title: p.title, partner: p.partner, kind: p.kind.rawValue, status: p.status.rawValue, due: byParty(p.due),
                delivered: byParty(p.delivered), reviewedOn: p.lastReview?.reviewedOn.description,
                decision: p.lastReview?.decision.rawValue, diverging: p.lastReview?.diverging, note: p.lastReview?.note)
        }
    }
}

/// The figures the ministry's annual RAT report (ODS) asks for, computed from the books.
struct MinistryReportDTO: Content {
    var cooperativeName: String
    var registrationNumber: String
    var financialYear: Int
    var ratDate: CivilDate
    var membersTotal: Int
    var membersPresent: Int
    var quorumRequired: Int
    var quorumMet: Bool
    var assets: String
    var liabilities: String
    var equity: String
    var businessVolume: String
    var shu: String

    init(_ r: MeetingStore.Report, decimals: Int) {
        func money(_ v: Int64) -> String { Amount.string(v, decimals: decimals) }
        cooperativeName = r.cooperativeName
        registrationNumber = r.rules.registrationNumber
        financialYear = r.meeting.financialYear
        ratDate = r.meeting.heldOn
        membersTotal = r.members
        membersPresent = r.attendance.present
        quorumRequired = r.attendance.required
        quorumMet = r.attendance.quorumMet
        assets = money(r.balanceSheet.totalAssets)
        liabilities = money(r.balanceSheet.totalLiabilities)
        equity = money(r.balanceSheet.totalEquity)
        businessVolume = money(r.businessVolume)
        shu = money(r.incomeStatement.surplus)
    }

    static let headers = [
        "nama_koperasi", "nomor_induk_koperasi", "tahun_buku", "tanggal_rat", "jumlah_anggota",
        "anggota_hadir", "kuorum_diperlukan", "kuorum_tercapai", "aset", "kewajiban", "ekuitas",
        "volume_usaha", "shu",
    ]

    var csv: CSVText {
        var csv = CSVText()
        csv.row(Self.headers)
        csv.row([
            cooperativeName, registrationNumber, String(financialYear), ratDate.description, String(membersTotal),
            String(membersPresent),
            String(quorumRequired), quorumMet ? "ya" : "tidak", assets, liabilities, equity, businessVolume, shu,
        ])
        return csv
    }
}
