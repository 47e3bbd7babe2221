import Foundation
import GuyubCore

package enum Dashboard {}

extension Dashboard {
    /// The first page after sign-in: the registry at a glance for the cooperative's people,
    /// or the member's own record for a member.
    package struct Model: Sendable {
        package struct Counts: Sendable, Equatable {
            package var members: Int
            package var applicants: Int
            package var left: Int
            package init(members: Int, applicants: Int, left: Int) {
                self.members = members
                self.applicants = applicants
                self.left = left
            }
        }

        package var cooperativeName: String
        package var userName: String
        /// Registry figures, for those whose roles let them see members.
        package var counts: Counts?
        /// The newest registrations, for the same people.
        package var recentMembers: [MemberRow]
        /// The member's own record, when the signed-in user is a member.
        package var ownRecord: MemberRow?
        /// Their savings and what they owe, with it.
        package var ownSavings: [SavingsRow] = []
        package var ownOwed: Owed?
        /// The loans at a glance, for those who may see them.
        package var loans: Loans?
        /// The other cooperatives where this person holds a role, to move to.
        package var otherCooperatives: [(id: UUID, name: String)] = []
        /// What the members hold by kind of savings, for those who may see savings.
        package var savings: [(kind: SavingsKind, total: Int64)] = []
        /// Where a member is looked up from the home page: the counter for those who handle cash, the registry for others.
        package var search: Search?

        package enum Search: Sendable, Equatable { case counter, registry }

        /// Meetings with votes waiting for the member: which, and how many.
        package var votesWaiting: [VotesWaiting] = []

        package struct VotesWaiting: Sendable, Equatable {
            package var meeting: UUID
            package var title: String
            package var votes: Int
            package init(meeting: UUID, title: String, votes: Int) {
                self.meeting = meeting
                self.title = title
                self.votes = votes
            }
        }

        package struct Loans: Sendable, Equatable {
            package var outstanding: Int64
            package var active: Int
            package var late: Int
            package var awaitingDecision: Int
            package var health: LoanHealth
            package init(outstanding: Int64, active: Int, late: Int, awaitingDecision: Int, health: LoanHealth) {
                self.outstanding = outstanding
                self.active = active
                self.late = late
                self.awaitingDecision = awaitingDecision
                self.health = health
            }
        }

        package init(
            cooperativeName: String, userName: String, counts: Counts?, recentMembers: [MemberRow],
            ownRecord: MemberRow?
        ) {
            self.cooperativeName = cooperativeName
            self.userName = userName
            self.counts = counts
            self.recentMembers = recentMembers
            self.ownRecord = ownRecord
        }
    }
}
