import FluentKit
import Foundation
import GuyubCore

/// The partnerships' year for the RAT's report pack: each agreement that ran in the year, what each side
/// committed and delivered of what fell due in it, and its last review by the meeting.
extension PartnershipStore {
    package struct YearSummary: Sendable {
        package let title: String
        package let partner: String
        package let kind: PartnershipKind
        package let status: PartnershipStatus
        /// Commitments that fell due in the year, and those of them delivered, by side.
        package let due: [PartnershipParty: Int]
        package let delivered: [PartnershipParty: Int]
        package let lastReview: PartnershipReviewRecord?
    }

    /// The agreements that ran in `year`, with their last review on or before `until` (the meeting's day).
    package func summaries(of year: Int, until: CivilDate) async throws -> [YearSummary] {
        let (first, last) = (CivilDate(year: year, month: 1, day: 1)!, CivilDate(year: year, month: 12, day: 31)!)
        let agreements = try await all().filter { $0.status != .draft && $0.start <= last && ($0.end ?? last) >= first }
        guard !agreements.isEmpty else { return [] }
        let ids = agreements.compactMap(\.id)
        let names = Dictionary(uniqueKeysWithValues: try await PartnerStore(tenant).all().map { ($0.id!, $0.name) })
        let commitments = try await commitments(of: ids).filter { $0.due >= first && $0.due <= last }
        let reviews = try await tenant.query(PartnershipReviewRecord.self).filter(\.$partnershipID ~~ ids)
            .sort(\.$reviewedOn, .descending).sort(\.$createdAt, .descending).all()
            .filter { $0.reviewedOn <= until }
        return agreements.sorted { ($0.start, $0.title) < ($1.start, $1.title) }.map { agreement in
            let own = commitments.filter { $0.partnershipID == agreement.id }
            func count(_ kept: Bool) -> [PartnershipParty: Int] {
                Dictionary(grouping: own.filter { !kept || $0.status == .delivered }, by: \.party).mapValues(\.count)
            }
            return YearSummary(
                title: agreement.title, partner: names[agreement.partnerID] ?? "", kind: agreement.kind,
                status: agreement.status, due: count(false), delivered: count(true),
                lastReview: reviews.first { $0.partnershipID == agreement.id })
        }
    }
}
