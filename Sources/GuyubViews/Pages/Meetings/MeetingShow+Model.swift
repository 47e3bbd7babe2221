import Foundation
import GuyubCore

package enum MeetingShow {}

extension MeetingShow {
    package struct Attendance: Sendable {
        package var eligible: Int
        package var present: Int
        package var inPerson: Int
        package var online: Int
        package var required: Int

        package init(eligible: Int, present: Int, inPerson: Int, online: Int, required: Int) {
            self.eligible = eligible
            self.present = present
            self.inPerson = inPerson
            self.online = online
            self.required = required
        }

        package var quorumMet: Bool { present >= required }
    }

    package struct AgendaItem: Sendable {
        package var id: UUID
        package var position: Int
        package var kind: AgendaKind
        package var title: String

        package init(id: UUID, position: Int, kind: AgendaKind, title: String) {
            self.id = id
            self.position = position
            self.kind = kind
            self.title = title
        }
    }

    package struct Resolution: Sendable {
        package var id: UUID
        package var kind: AgendaKind
        /// The agenda item it decides, as the agenda words it (its heading).
        package var title: String?
        package var shuYear: Int?
        package var motion: String
        package var secret: Bool
        package var status: ResolutionStatus
        package var ballotsCast: Int
        /// Shown once the vote is closed.
        package var tally: VoteTally
        package var decidedOn: CivilDate?
        /// Whether the signed-in member has voted on it.
        package var youVoted: Bool

        package init(
            id: UUID, kind: AgendaKind, title: String? = nil, shuYear: Int?, motion: String, secret: Bool,
            status: ResolutionStatus,
            ballotsCast: Int, tally: VoteTally, decidedOn: CivilDate?, youVoted: Bool
        ) {
            self.id = id
            self.kind = kind
            self.title = title
            self.shuYear = shuYear
            self.motion = motion
            self.secret = secret
            self.status = status
            self.ballotsCast = ballotsCast
            self.tally = tally
            self.decidedOn = decidedOn
            self.youVoted = youVoted
        }

    }

    package struct Participant: Sendable {
        package var number: Int
        package var name: String
        package var attendance: AttendanceMode?

        package init(number: Int, name: String, attendance: AttendanceMode?) {
            self.number = number
            self.name = name
            self.attendance = attendance
        }
    }

    package struct Notice: Sendable {
        package var sentOn: CivilDate
        package var channel: NoticeChannel
        package var text: String
        package var recipients: Int

        package init(sentOn: CivilDate, channel: NoticeChannel, text: String, recipients: Int) {
            self.sentOn = sentOn
            self.channel = channel
            self.text = text
            self.recipients = recipients
        }
    }

    package struct Model: Sendable {
        package var id: UUID
        package var title: String
        package var kind: MeetingKind
        package var financialYear: Int
        package var heldOn: CivilDate
        package var startsAt: String
        package var place: String
        package var onlineLink: String
        package var status: MeetingStatus
        package var delegates: Bool
        package var quorumNumerator: Int
        package var quorumDenominator: Int
        package var notice: Notice?
        package var attendance: Attendance
        package var agenda: [AgendaItem]
        package var resolutions: [Resolution]
        /// Those present (for those who may see the list).
        package var participants: [Participant]
        package var minutes: String
        package var chairName: String
        package var secretaryName: String
        /// The secretary's forms: notice, check-in, motions, votes, minutes.
        package var canManage: Bool
        /// The attendance list, the report pack and the ministry's export.
        package var canViewAll: Bool
        /// For a signed-in member: whether they are checked in (nil when the user is not a member).
        package var ownPresent: Bool?
        /// The default notice text, in the cooperative's language.
        package var noticeDraft: String
        /// Today in the cooperative, to warn of an invitation sent too close to the meeting.
        package var today: CivilDate?
        /// A refused form's message, by the form it belongs to.
        package var errors: [String: String]
        /// In delegates mode: the member numbers of the delegates chosen.
        package var delegateNumbers: [Int] = []

        package init(
            id: UUID, title: String, kind: MeetingKind, financialYear: Int, heldOn: CivilDate, startsAt: String, place: String,
            onlineLink: String, status: MeetingStatus, delegates: Bool, quorumNumerator: Int, quorumDenominator: Int,
            notice: Notice?, attendance: Attendance, agenda: [AgendaItem], resolutions: [Resolution],
            participants: [Participant], minutes: String, chairName: String, secretaryName: String, canManage: Bool,
            canViewAll: Bool, ownPresent: Bool?, noticeDraft: String, errors: [String: String] = [:],
            delegateNumbers: [Int] = []
        ) {
            self.id = id
            self.title = title
            self.kind = kind
            self.financialYear = financialYear
            self.heldOn = heldOn
            self.startsAt = startsAt
            self.place = place
            self.onlineLink = onlineLink
            self.status = status
            self.delegates = delegates
            self.quorumNumerator = quorumNumerator
            self.quorumDenominator = quorumDenominator
            self.notice = notice
            self.attendance = attendance
            self.agenda = agenda
            self.resolutions = resolutions
            self.participants = participants
            self.minutes = minutes
            self.chairName = chairName
            self.secretaryName = secretaryName
            self.canManage = canManage
            self.canViewAll = canViewAll
            self.ownPresent = ownPresent
            self.noticeDraft = noticeDraft
            self.errors = errors
            self.delegateNumbers = delegateNumbers
        }

        /// The RAT, which reports on a financial year; the others are extraordinary.
        package var isAnnual: Bool { kind == .annual }
        /// What the meeting's state admits, as the core decides it; the secretary's forms follow it.
        package func admits(_ action: MeetingAction) -> Bool { action.applies(to: status) }
        package func admits(_ action: ResolutionAction, on resolution: Resolution) -> Bool {
            action.applies(to: resolution.status, meeting: status)
        }
    }
}
