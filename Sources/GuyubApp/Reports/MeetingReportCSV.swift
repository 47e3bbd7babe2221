import Foundation
import GuyubCore
import GuyubStore
import GuyubViews

/// The report pack as one CSV: the meeting, attendance and quorum, resolutions with totals, the year's
/// statements, and the SHU table per member when the year's distribution is there.
enum MeetingReportCSV {
    static func csv(_ r: MeetingStore.Report, ballots: [UUID: Int], text: Catalogue) -> CSVText {
        var csv = text.csv()
        let m = r.meeting
        csv.row([text.meetingKind(m.kind), m.title])
        csv.row([text.financialYearLabel, String(m.financialYear)])
        csv.row([text.meetingDateLabel, m.heldOn.description + " " + m.startsAt])
        csv.row([])
        csv.row([text.attendanceTitle])
        csv.row([text.eligibleLabel, String(r.attendance.eligible)])
        csv.row([text.presentLabel, String(r.attendance.present)])
        csv.row([text.attendanceMode(AttendanceMode.inPerson), String(r.attendance.inPerson)])
        csv.row([text.attendanceMode(AttendanceMode.online), String(r.attendance.online)])
        csv.row([text.quorumLabel, String(r.attendance.required)])
        csv.row([text.quorumMetLabel, r.attendance.quorumMet ? text.yesWord : text.noWord])
        csv.row([])
        csv.row([text.resolutionsTitle])
        csv.row([
            text.agendaKindLabel, text.motionLabel, text.statusLabel, text.voteChoice(.yes), text.voteChoice(.no),
            text.voteChoice(.abstain), text.ballotsLabel, text.decidedOnLabel,
        ])
        for res in r.resolutions {
            let decided = res.status.isDecided
            csv.row([
                text.agendaKind(res.kind) + (res.shuYear.map { " \($0)" } ?? ""), res.motion, text.resolutionStatus(res.status),
                decided ? String(res.yesCount) : "", decided ? String(res.noCount) : "", decided ? String(res.abstainCount) : "",
                String(ballots[res.id!] ?? 0), res.decidedOn?.description ?? "",
            ])
        }
        csv.row([])
        let income = r.incomeStatement
        csv.row([text.statementsTitle(year: m.financialYear)])
        csv.row([text.totalAssetsLabel, String(r.balanceSheet.totalAssets)])
        csv.row([text.totalLiabilitiesLabel, String(r.balanceSheet.totalLiabilities)])
        csv.row([text.totalEquityLabel, String(r.balanceSheet.totalEquity)])
        csv.row([text.businessVolumeLabel, String(r.businessVolume)])
        csv.row([text.expensesLabel, String(income.parts.reduce(0) { $0 + $1.totalExpenses })])
        csv.row([text.surplusLabel, String(income.surplus)])
        if !r.partnerships.isEmpty {
            csv.row([])
            csv.row([text.reportPartnershipsTitle])
            csv.row([
                text.reportAgreementColumn, text.partnershipField("partnerId"), text.partnershipField("kind"),
                text.statusLabel, text.reportPartnerKeptColumn, text.reportCooperativeKeptColumn, text.reportReviewColumn,
                text.partnershipField("decision"), text.partnershipField("note"),
            ])
            for p in r.partnerships {
                csv.row([
                    p.title, p.partner, text.partnershipKind(p.kind), text.partnershipStatus(p.status),
                    "\(p.delivered[.partner] ?? 0)/\(p.due[.partner] ?? 0)",
                    "\(p.delivered[.cooperative] ?? 0)/\(p.due[.cooperative] ?? 0)",
                    p.lastReview?.reviewedOn.description ?? "", p.lastReview.map { text.reviewDecision($0.decision) } ?? "",
                    p.lastReview?.note ?? "",
                ])
            }
        }
        if let shares = r.shuShares {
            csv.row([])
            csv.row([text.shuTableTitle])
            csv.row([text.csvMemberNumber, text.csvName, text.csvCapitalShare, text.csvPatronageShare, text.csvSHU])
            for share in shares {
                csv.row([
                    String(share.memberNumber), share.name, String(share.capital), String(share.patronage), String(share.total),
                ])
            }
        }
        return csv
    }
}
