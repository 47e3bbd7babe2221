import Foundation

/// The risks a partnership board watches, each found from the data and gone when the data changes.
package enum PartnershipRiskKind: String, Codable, Sendable, CaseIterable {
    /// One partner is too large a share of the cooperative's funding, sales or supply.
    case dependence
    case overdueCommitment = "overdue_commitment"
    case reviewDue = "review_due"
    /// The last review found the two sides' goals apart.
    case goalDivergence = "goal_divergence"
    /// The agreement ends soon.
    case ending
    /// An instalment of a partner bank's loan falls due soon, or is late.
    case instalmentDue = "instalment_due"
}

/// What a dependence is measured on.
package enum DependenceMeasure: String, Codable, Sendable, CaseIterable {
    /// Money lent or granted by the partner, of all the cooperative's borrowed money and grants.
    case funding
    /// Sales of the goods the partner supplies through its programme, of all sales.
    case sales
    /// Purchases from the partner, of all purchases.
    case supply
}

/// Someone on a risk, or no one yet.
package enum PartnershipRiskStatus: String, Codable, Sendable, CaseIterable {
    case open
    /// An owner is handling it.
    case handling
}

package struct PartnershipRisk: Sendable, Equatable {
    package var kind: PartnershipRiskKind
    /// Stable while the risk lasts: what it is about (`overdue_commitment:<id>`…), so its owner stays with it.
    package var key: String
    package var partnershipID: UUID?
    package var partnerID: UUID?
    /// The figures it rests on: a commitment's due day, a share and its threshold…
    package var facts: [String: String]
}

/// The board's settings for the risks.
package struct PartnershipRiskRules: Sendable, Equatable, Codable {
    /// One partner above this share (in percent) of funding, sales or supply is a dependence.
    package var dependencePercent: Int
    /// A running agreement is reviewed at least this often.
    package var reviewMonths: Int
    /// An agreement ending within this many days is flagged.
    package var endingDays: Int

    package init(dependencePercent: Int, reviewMonths: Int, endingDays: Int) {
        (self.dependencePercent, self.reviewMonths, self.endingDays) = (dependencePercent, reviewMonths, endingDays)
    }

    package static let standard = PartnershipRiskRules(dependencePercent: 40, reviewMonths: 6, endingDays: 60)

    /// Thresholds that mean something: a share between 1 and 100 %, a review within five years, a warning
    /// within a year.
    package func checked() throws(PartnershipError) -> PartnershipRiskRules {
        guard (1...100).contains(dependencePercent) else { throw .field(.invalidChoice("dependencePercent")) }
        guard (1...60).contains(reviewMonths) else { throw .field(.invalidChoice("reviewMonths")) }
        guard (0...366).contains(endingDays) else { throw .field(.invalidChoice("endingDays")) }
        return self
    }
}

package enum PartnershipRisks {
    package struct Agreement: Sendable {
        package var id: UUID
        package var partnerID: UUID
        package var status: PartnershipStatus
        package var start: CivilDate
        package var end: CivilDate?
        package var lastReview: CivilDate?
        /// The last review found the goals apart.
        package var diverging: Bool
        package init(
            id: UUID, partnerID: UUID, status: PartnershipStatus, start: CivilDate, end: CivilDate?, lastReview: CivilDate?,
            diverging: Bool
        ) {
            (self.id, self.partnerID, self.status, self.start, self.end) = (id, partnerID, status, start, end)
            (self.lastReview, self.diverging) = (lastReview, diverging)
        }
    }

    package struct Owed: Sendable {
        package var id: UUID
        package var partnershipID: UUID
        package var party: PartnershipParty
        package var due: CivilDate
        package var status: CommitmentStatus
        package init(id: UUID, partnershipID: UUID, party: PartnershipParty, due: CivilDate, status: CommitmentStatus) {
            (self.id, self.partnershipID, self.party, self.due, self.status) = (id, partnershipID, party, due, status)
        }
    }

    /// The next unpaid instalment of a loan from a partner.
    package struct Instalment: Sendable {
        package var partnershipID: UUID
        package var number: Int
        package var due: CivilDate
        package var amount: Int64
        package init(partnershipID: UUID, number: Int, due: CivilDate, amount: Int64) {
            (self.partnershipID, self.number, self.due, self.amount) = (partnershipID, number, due, amount)
        }
    }

    /// A partner's part of one measure: theirs against the whole, in minor units.
    package struct Share: Sendable {
        package var partnerID: UUID
        package var measure: DependenceMeasure
        package var part: Int64
        package var whole: Int64
        package init(partnerID: UUID, measure: DependenceMeasure, part: Int64, whole: Int64) {
            (self.partnerID, self.measure, self.part, self.whole) = (partnerID, measure, part, whole)
        }
    }

    /// The risks the data shows on `today`: ended and draft agreements raise none but dependence, which
    /// is the partner's whatever its agreements.
    package static func found(
        agreements: [Agreement], commitments: [Owed], shares: [Share], instalments: [Instalment] = [],
        rules: PartnershipRiskRules, today: CivilDate
    ) -> [PartnershipRisk] {
        var risks: [PartnershipRisk] = []
        let running = agreements.filter { $0.status == .active || $0.status == .underReview }
        let partnerOf = Dictionary(uniqueKeysWithValues: agreements.map { ($0.id, $0.partnerID) })
        for share in shares where share.whole > 0 && share.part * 100 > share.whole * Int64(rules.dependencePercent) {
            risks.append(
                PartnershipRisk(
                    kind: .dependence, key: "dependence:\(share.partnerID.uuidString.lowercased()):\(share.measure.rawValue)",
                    partnershipID: nil, partnerID: share.partnerID,
                    facts: [
                        "measure": share.measure.rawValue, "percent": String(share.part * 100 / share.whole),
                        "threshold": String(rules.dependencePercent),
                    ]))
        }
        let runningIDs = Set(running.map(\.id))
        for owed in commitments
        where runningIDs.contains(owed.partnershipID) && Commitment.isOverdue(owed.status, due: owed.due, today: today) {
            risks.append(
                PartnershipRisk(
                    kind: .overdueCommitment, key: "overdue_commitment:\(owed.id.uuidString.lowercased())",
                    partnershipID: owed.partnershipID, partnerID: partnerOf[owed.partnershipID],
                    facts: [
                        "party": owed.party.rawValue, "dueOn": owed.due.description,
                        "daysLate": String(owed.due.days(until: today)),
                    ]))
        }
        for agreement in running {
            let id = agreement.id.uuidString.lowercased()
            let since = agreement.lastReview ?? agreement.start
            let due = since.adding(months: rules.reviewMonths)
            if due <= today {
                risks.append(
                    PartnershipRisk(
                        kind: .reviewDue, key: "review_due:\(id):\(due.description)", partnershipID: agreement.id,
                        partnerID: agreement.partnerID,
                        facts: ["since": since.description, "dueOn": due.description]))
            }
            if agreement.diverging {
                risks.append(
                    PartnershipRisk(
                        kind: .goalDivergence, key: "goal_divergence:\(id)", partnershipID: agreement.id,
                        partnerID: agreement.partnerID, facts: ["reviewedOn": agreement.lastReview?.description ?? ""]))
            }
            if let end = agreement.end, today <= end, today.days(until: end) <= rules.endingDays {
                risks.append(
                    PartnershipRisk(
                        kind: .ending, key: "ending:\(id)", partnershipID: agreement.id, partnerID: agreement.partnerID,
                        facts: ["endsOn": end.description, "daysLeft": String(today.days(until: end))]))
            }
        }
        // A loan is owed whatever the agreement's state: its instalments are warned of until repaid.
        for next in instalments where today.days(until: next.due) <= BankLoan.warningDays {
            let id = next.partnershipID.uuidString.lowercased()
            risks.append(
                PartnershipRisk(
                    kind: .instalmentDue, key: "instalment_due:\(id):\(next.number)", partnershipID: next.partnershipID,
                    partnerID: partnerOf[next.partnershipID],
                    facts: [
                        "number": String(next.number), "dueOn": next.due.description, "amount": String(next.amount),
                        "daysLeft": String(today.days(until: next.due)),
                    ]))
        }
        return risks
    }
}
