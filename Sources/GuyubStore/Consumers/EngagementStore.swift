import FluentKit
import Foundation
import GuyubCore
import SQLKit

/// How the people the cooperative serves take part, month by month: the ideas proposed and where they stand,
/// the consumers gained (brought by a member or come on their own), what the consumers members brought
/// bought against what their rewards cost, and who came to the consultations.
package struct EngagementStore: Sendable {
    package let tenant: Tenant

    package init(_ tenant: Tenant) { self.tenant = tenant }

    package struct Month: Sendable, Equatable {
        package var month: YearMonth
        /// Ideas proposed that month (not hidden), by where each stands now.
        package var ideas: [IdeaStatus: Int] = [:]
        package var broughtConsumers = 0
        package var ownConsumers = 0
        /// What the consumers members brought bought that month, less what they brought back.
        package var referralSales: Int64 = 0
        /// The rewards and welcome vouchers given that month (voided ones not counted).
        package var referralCost: Int64 = 0

        package init(month: YearMonth) { self.month = month }
    }

    /// The `count` months up to the one `today` is in, the oldest first, from the first with anything in it.
    package func months(_ count: Int, to today: CivilDate) async throws -> [Month] {
        var month = today.yearMonth
        var all: [Month] = []
        for _ in 0..<count {
            all.insert(Month(month: month), at: 0)
            month = month.previous
        }
        let from = all[0].month.first.description
        let sql = tenant.db.sql
        let at = Dictionary(uniqueKeysWithValues: all.enumerated().map { ($1.month.description, $0) })
        func index(_ row: any SQLRow) throws -> Int? { at[try row.decode(column: "month", as: String.self)] }

        for row in try await sql.raw(
            """
            SELECT SUBSTR(proposed_on, 1, 7) AS month, status, COUNT(*) AS n FROM ideas
            WHERE cooperative_id = \(bind: tenant.cooperativeID) AND proposed_on >= \(bind: from)
              AND hidden = \(bind: false)
            GROUP BY SUBSTR(proposed_on, 1, 7), status
            """
        ).all() {
            guard let i = try index(row), let status = IdeaStatus(rawValue: try row.decode(column: "status", as: String.self))
            else { continue }
            all[i].ideas[status, default: 0] += try row.decode(column: "n", as: Int.self)
        }
        for row in try await sql.raw(
            """
            SELECT SUBSTR(joined_on, 1, 7) AS month, CASE WHEN referred_by_member_id IS NULL THEN 0 ELSE 1 END AS brought,
                   COUNT(*) AS n
            FROM consumers WHERE cooperative_id = \(bind: tenant.cooperativeID) AND joined_on >= \(bind: from)
            GROUP BY SUBSTR(joined_on, 1, 7), CASE WHEN referred_by_member_id IS NULL THEN 0 ELSE 1 END
            """
        ).all() {
            guard let i = try index(row) else { continue }
            let n = try row.decode(column: "n", as: Int.self)
            if try row.decode(column: "brought", as: Int.self) == 1 {
                all[i].broughtConsumers += n
            } else {
                all[i].ownConsumers += n
            }
        }
        for row in try await sql.raw(
            """
            SELECT SUBSTR(s.sold_on, 1, 7) AS month, CAST(SUM(l.amount - l.returned_amount) AS BIGINT) AS sales
            FROM sales s
              JOIN referrals r ON r.cooperative_id = s.cooperative_id AND r.consumer_id = s.consumer_id
              JOIN sale_lines l ON l.cooperative_id = s.cooperative_id AND l.sale_id = s.id
            WHERE s.cooperative_id = \(bind: tenant.cooperativeID) AND s.sold_on >= \(bind: from)
            GROUP BY SUBSTR(s.sold_on, 1, 7)
            """
        ).all() {
            guard let i = try index(row) else { continue }
            all[i].referralSales = try row.decode(column: "sales", as: Int64.self)
        }
        for row in try await sql.raw(
            """
            SELECT SUBSTR(issued_on, 1, 7) AS month, CAST(SUM(value) AS BIGINT) AS cost FROM vouchers
            WHERE cooperative_id = \(bind: tenant.cooperativeID) AND issued_on >= \(bind: from)
              AND status <> \(bind: VoucherStatus.void.rawValue)
              AND source IN (\(bind: VoucherSource.referral.rawValue), \(bind: VoucherSource.welcome.rawValue))
            GROUP BY SUBSTR(issued_on, 1, 7)
            """
        ).all() {
            guard let i = try index(row) else { continue }
            all[i].referralCost = try row.decode(column: "cost", as: Int64.self)
        }
        // From the first month anything happened: a young programme is not a column of empty months.
        let first = all.firstIndex { $0 != Month(month: $0.month) } ?? all.count - 1
        return Array(all[first...])
    }

    /// Guests of the sessions held, by group: how many were invited and how many came.
    package func guests() async throws -> [ConsultationGroup: (invited: Int, came: Int)] {
        let rows = try await tenant.db.sql.raw(
            """
            SELECT g.group_name, COUNT(*) AS invited, SUM(CASE WHEN g.attended THEN 1 ELSE 0 END) AS came
            FROM consultation_guests g
              JOIN consultations c ON c.cooperative_id = g.cooperative_id AND c.id = g.consultation_id
            WHERE g.cooperative_id = \(bind: tenant.cooperativeID) AND c.status = \(bind: ConsultationStatus.held.rawValue)
            GROUP BY g.group_name
            """
        ).all()
        var groups: [ConsultationGroup: (invited: Int, came: Int)] = [:]
        for row in rows {
            guard let group = ConsultationGroup(rawValue: try row.decode(column: "group_name", as: String.self)) else { continue }
            groups[group] = (try row.decode(column: "invited", as: Int.self), try row.decode(column: "came", as: Int.self))
        }
        return groups
    }
}
