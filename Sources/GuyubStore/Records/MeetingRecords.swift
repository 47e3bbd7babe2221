import FluentKit
import Foundation
import GuyubCore

/// A members' meeting. Dates `YYYY-MM-DD`, times `HH:MM` in the cooperative's zone. The quorum rule is
/// copied from the bylaws when the meeting is made, so changing the bylaws later does not move it.
package final class MeetingRecord: TenantModel, @unchecked Sendable {
    package static let schema = "meetings"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<MeetingRecord, FieldProperty<MeetingRecord, UUID>> { \.$cooperativeID }
    @Field(key: "kind") package var kind: MeetingKind
    /// The financial year the meeting reports on.
    @Field(key: "financial_year") package var financialYear: Int
    @Field(key: "title") package var title: String
    @Field(key: "held_on") package var heldOn: CivilDate
    @Field(key: "starts_at") package var startsAt: String
    @Field(key: "place") package var place: String
    @Field(key: "online_link") package var onlineLink: String
    /// draft, noticed, open, closed.
    @Field(key: "status") package var status: MeetingStatus
    @Field(key: "quorum_numerator") package var quorumNumerator: Int
    @Field(key: "quorum_denominator") package var quorumDenominator: Int
    @Field(key: "secret_by_default") package var secretByDefault: Bool
    /// Delegates chosen beforehand attend and vote instead of all members.
    @Field(key: "delegates") package var delegates: Bool
    @OptionalField(key: "notice_sent_on") package var noticeSentOn: CivilDate?
    @OptionalField(key: "notice_channel") package var noticeChannel: NoticeChannel?
    @OptionalField(key: "notice_text") package var noticeText: String?
    @Field(key: "chair_name") package var chairName: String
    @Field(key: "secretary_name") package var secretaryName: String
    @Field(key: "minutes") package var minutes: String
    @OptionalField(key: "closed_on") package var closedOn: CivilDate?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}
}

/// One item of a meeting's agenda, in order.
package final class MeetingAgendaItemRecord: TenantModel, @unchecked Sendable {
    package static let schema = "meeting_agenda_items"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<MeetingAgendaItemRecord, FieldProperty<MeetingAgendaItemRecord, UUID>> {
        \.$cooperativeID
    }
    @Field(key: "meeting_id") package var meetingID: UUID
    @Field(key: "position") package var position: Int
    @Field(key: "kind") package var kind: AgendaKind
    @Field(key: "title") package var title: String

    package init() {}
}

/// A motion put to the vote. Totals are kept here and nowhere per member when the vote is secret.
package final class MeetingResolutionRecord: TenantModel, @unchecked Sendable {
    package static let schema = "meeting_resolutions"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<MeetingResolutionRecord, FieldProperty<MeetingResolutionRecord, UUID>> {
        \.$cooperativeID
    }
    @Field(key: "meeting_id") package var meetingID: UUID
    @OptionalField(key: "agenda_item_id") package var agendaItemID: UUID?
    @Field(key: "kind") package var kind: AgendaKind
    /// For a `shu` resolution: the financial year whose SHU distribution it approves.
    @OptionalField(key: "shu_year") package var shuYear: Int?
    @Field(key: "motion") package var motion: String
    @Field(key: "secret") package var secret: Bool
    /// draft, open, passed, rejected.
    @Field(key: "status") package var status: ResolutionStatus
    @Field(key: "yes_count") package var yesCount: Int
    @Field(key: "no_count") package var noCount: Int
    @Field(key: "abstain_count") package var abstainCount: Int
    @OptionalField(key: "decided_on") package var decidedOn: CivilDate?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}
}

/// A member's part in one meeting: the notice sent to them, whether they are a delegate, and their
/// attendance (once; in the hall or online).
package final class MeetingParticipantRecord: TenantModel, @unchecked Sendable {
    package static let schema = "meeting_participants"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<MeetingParticipantRecord, FieldProperty<MeetingParticipantRecord, UUID>> {
        \.$cooperativeID
    }
    @Field(key: "meeting_id") package var meetingID: UUID
    @Field(key: "member_id") package var memberID: UUID
    @Field(key: "member_name") package var memberName: String
    @Field(key: "member_number") package var memberNumber: Int
    @Field(key: "noticed") package var noticed: Bool
    @Field(key: "delegate") package var delegate: Bool
    /// in-person or online; nil until the member checks in.
    @OptionalField(key: "attendance") package var attendance: AttendanceMode?
    @OptionalField(key: "checked_in_at") package var checkedInAt: Date?
    @OptionalField(key: "checked_in_by_name") package var checkedInByName: String?

    package init() {}
}

/// That a member voted on a resolution, so no one votes twice. For a secret vote the choice is not
/// kept here (nil): only the resolution's totals hold it, so no one can link a member to their choice.
package final class MeetingBallotRecord: TenantModel, @unchecked Sendable {
    package static let schema = "meeting_ballots"

    @ID package var id: UUID?
    @Field(key: "cooperative_id") package var cooperativeID: UUID
    package static var cooperativeKey: KeyPath<MeetingBallotRecord, FieldProperty<MeetingBallotRecord, UUID>> { \.$cooperativeID }
    @Field(key: "resolution_id") package var resolutionID: UUID
    @Field(key: "member_id") package var memberID: UUID
    @OptionalField(key: "choice") package var choice: VoteChoice?
    @Field(key: "recorded_by_name") package var recordedByName: String

    package init() {}
}
