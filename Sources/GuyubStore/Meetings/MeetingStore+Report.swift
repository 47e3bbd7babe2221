import FluentKit
import Foundation
import GuyubCore

/// The report pack a RAT approves and the figures the ministry's annual RAT report (ODS) asks for,
/// read from the books for the meeting's financial year, never typed.
extension MeetingStore {
    package struct Report: Sendable {
        package let cooperativeName: String
        package let rules: MeetingRules
        package let meeting: MeetingRecord
        package let agenda: [MeetingAgendaItemRecord]
        package let attendance: Attendance
        package let participants: [MeetingParticipantRecord]
        package let resolutions: [MeetingResolutionRecord]
        /// The position at the financial year's last day, and the year's income statement.
        package let balanceSheet: BalanceSheet
        package let incomeStatement: IncomeStatement
        /// Active members now (the ministry asks for the membership at the report).
        package let members: Int
        /// The SHU table per member (jasa modal, jasa usaha) for the year, once the year is closed and its
        /// distribution computed; nil until then.
        package var shuShares: [SHUShareLine]?
        /// The partnerships that ran in the year: what each side delivered of what fell due, and their reviews.
        package let partnerships: [PartnershipStore.YearSummary]
        /// The audit chain's head as the pack was made: printed on it, to compare with the chain later.
        package let auditSequence: Int64
        package let auditHead: String

        /// Income of the year: the volume of business the ministry asks for.
        package var businessVolume: Int64 { incomeStatement.parts.reduce(0) { $0 + $1.totalIncome } }
    }

    /// One member's line of the SHU table.
    package struct SHUShareLine: Sendable, Equatable {
        package let memberNumber: Int
        package let name: String
        package let capital: Int64
        package let patronage: Int64
        package var total: Int64 { capital + patronage }
    }

    package func report(_ id: UUID) async throws -> Report {
        let meeting = try await meeting(id)
        guard let cooperative = try await CooperativeRecord.find(tenant.cooperativeID, on: tenant.db) else {
            throw AccessError.notFound
        }
        let year = meeting.financialYear
        let queries = ReportQueries(tenant)
        let yearEnd = CivilDate(year: year, month: 12, day: 31)!
        let position = try await queries.balanceSheet(to: yearEnd)
        let flows = try await queries.incomeStatement(from: CivilDate(year: year, month: 1, day: 1)!, to: yearEnd)
        return Report(
            cooperativeName: cooperative.name, rules: try await SettingsStore(tenant).meetingRules(), meeting: meeting,
            agenda: try await agenda(of: id), attendance: try await attendance(meeting),
            participants: try await participants(of: id), resolutions: try await resolutions(of: id),
            balanceSheet: position, incomeStatement: flows,
            members: try await tenant.query(MemberRecord.self).filter(\.$status == MemberStatus.member).count(),
            shuShares: try await shuTable(year),
            partnerships: try await PartnershipStore(tenant).summaries(of: year, until: meeting.heldOn),
            auditSequence: cooperative.auditSequence, auditHead: cooperative.auditHead)
    }

    /// The year's distribution, member by member in number order.
    private func shuTable(_ year: Int) async throws -> [SHUShareLine]? {
        let store = SHUStore(tenant)
        guard let distribution = try await store.distribution(of: year) else { return nil }
        return try await store.memberShares(of: distribution).map {
            SHUShareLine(memberNumber: $0.memberNumber, name: $0.name, capital: $0.capital, patronage: $0.patronage)
        }
    }

    /// The invitation's place among the cooperative's invitations of its year (1 for the first sent),
    /// for its letter number; nil before it is sent.
    package func noticeSequence(of meeting: MeetingRecord) async throws -> Int? {
        guard let sent = meeting.noticeSentOn, let newYear = CivilDate(year: sent.year, month: 1, day: 1) else { return nil }
        let earlier = try await tenant.query(MeetingRecord.self)
            .filter(\.$noticeSentOn >= newYear).filter(\.$noticeSentOn <= sent).all()
        return earlier.filter { ($0.noticeSentOn!, $0.id!.uuidString) <= (sent, meeting.id!.uuidString) }.count
    }
}
