import Foundation
import GuyubCore

/// A meeting's printable documents: the notice (undangan), the minutes (notulen) and the report pack.
package enum MeetingDocument {}

extension MeetingDocument {
    package struct Statements: Sendable {
        package var totalAssets: Int64
        package var totalLiabilities: Int64
        package var totalEquity: Int64
        package var income: Int64
        package var expenses: Int64
        package var surplus: Int64

        package init(
            totalAssets: Int64, totalLiabilities: Int64, totalEquity: Int64, income: Int64, expenses: Int64, surplus: Int64
        ) {
            self.totalAssets = totalAssets
            self.totalLiabilities = totalLiabilities
            self.totalEquity = totalEquity
            self.income = income
            self.expenses = expenses
            self.surplus = surplus
        }
    }

    /// One member's line of the SHU table; filled by the SHU side once the distribution exists.
    package struct SHUShare: Sendable {
        package var memberNumber: Int
        package var name: String
        package var capital: Int64
        package var patronage: Int64

        package init(memberNumber: Int, name: String, capital: Int64, patronage: Int64) {
            self.memberNumber = memberNumber
            self.name = name
            self.capital = capital
            self.patronage = patronage
        }
    }

    /// An agreement that ran in the year, as the report pack summarises it.
    package struct Partnership: Sendable {
        package var title: String
        package var partner: String
        package var kind: PartnershipKind
        package var status: PartnershipStatus
        /// Of the commitments due in the year: the partner's delivered of due, the cooperative's.
        package var partnerKept: (delivered: Int, due: Int)
        package var cooperativeKept: (delivered: Int, due: Int)
        package var review: (on: CivilDate, decision: ReviewDecision, diverging: Bool, note: String)?
        /// Its benefits against their targets, as the last review found them.
        package var benefits: [ReviewedBenefit] = []

        package init(
            title: String, partner: String, kind: PartnershipKind, status: PartnershipStatus,
            partnerKept: (delivered: Int, due: Int), cooperativeKept: (delivered: Int, due: Int),
            review: (on: CivilDate, decision: ReviewDecision, diverging: Bool, note: String)?
        ) {
            (self.title, self.partner, self.kind, self.status) = (title, partner, kind, status)
            (self.partnerKept, self.cooperativeKept, self.review) = (partnerKept, cooperativeKept, review)
        }
    }

    package struct Model: Sendable {
        package var kind: SiteURL.MeetingDocumentKind
        /// The report pack's summary of the year's partnerships.
        package var partnerships: [Partnership] = []
        package var cooperativeName: String
        package var registrationNumber: String
        package var meeting: MeetingShow.Model
        package var statements: Statements?
        package var shuShares: [SHUShare]?
        /// The audit chain's head as the report pack was printed.
        package var seal: String?
        /// On the notice, for those who see meetings in full: the members it went to.
        package var recipients: [MeetingShow.Participant]
        /// The letterhead's address and the town letters are written in.
        package var address = ""
        package var town = ""
        /// The invitation's number (`003/UND-RAT/II/2026`), once it is sent.
        package var letterNumber: String?

        package init(
            kind: SiteURL.MeetingDocumentKind, cooperativeName: String, registrationNumber: String,
            meeting: MeetingShow.Model, statements: Statements?, shuShares: [SHUShare]? = nil,
            recipients: [MeetingShow.Participant] = [], seal: String? = nil
        ) {
            self.seal = seal
            self.kind = kind
            self.cooperativeName = cooperativeName
            self.registrationNumber = registrationNumber
            self.meeting = meeting
            self.statements = statements
            self.shuShares = shuShares
            self.recipients = recipients
        }
    }
}
