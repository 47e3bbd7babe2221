import Foundation
import GuyubCore

package enum MeetingList {}

extension MeetingList {
    package struct Row: Sendable {
        package var id: UUID
        package var title: String
        package var kind: MeetingKind
        package var financialYear: Int
        package var heldOn: CivilDate
        package var startsAt: String
        package var status: MeetingStatus

        package init(
            id: UUID, title: String, kind: MeetingKind, financialYear: Int, heldOn: CivilDate, startsAt: String,
            status: MeetingStatus
        ) {
            self.id = id
            self.title = title
            self.kind = kind
            self.financialYear = financialYear
            self.heldOn = heldOn
            self.startsAt = startsAt
            self.status = status
        }
    }

    package struct Model: Sendable {
        package var rows: [Row]
        /// Shows the form that calls a meeting (the board).
        package var canManage: Bool
        /// The form's values and errors after a refused submission.
        package var values: [String: String]
        package var errors: [String: String]
        /// Open votes the signed-in member has not cast yet, with their meeting.
        package var openVotes: [(meeting: UUID, motion: String)]
        /// The bylaws' meeting rules, for those who see meetings in full.
        package var rules: MeetingRules?

        package init(
            rows: [Row], canManage: Bool, values: [String: String] = [:], errors: [String: String] = [:],
            openVotes: [(meeting: UUID, motion: String)] = [], rules: MeetingRules? = nil
        ) {
            self.rows = rows
            self.canManage = canManage
            self.values = values
            self.errors = errors
            self.openVotes = openVotes
            self.rules = rules
        }
    }
}
