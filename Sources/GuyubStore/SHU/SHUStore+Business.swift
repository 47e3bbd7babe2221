import FluentKit
import Foundation
import GuyubCore
import SQLKit

extension SHUStore {
    /// One piece of a member's business with the cooperative that counts for the SHU's patronage share.
    package struct BusinessLine: Sendable, Equatable {
        package let date: CivilDate
        package let source: SHURules.BusinessSource
        /// Minor units: negative for goods returned.
        package let amount: Int64
        /// The sale, intake or loan it came from.
        package let reference: String?
    }

    /// A member's business in `year`, oldest first, as `figures` counts it: purchases and produce from the
    /// business records, loan interest from the loans' repayments.
    package func business(ofMember memberID: UUID, year: Int) async throws -> [BusinessLine] {
        let first = "\(year)-01-01"
        let last = "\(year)-12-31"
        let sql = tenant.db.sql
        var lines: [BusinessLine] = []
        for row in try await sql.raw(
            """
            SELECT happened_on, source, amount, reference FROM business_records
            WHERE cooperative_id = \(bind: tenant.cooperativeID) AND member_id = \(bind: memberID)
              AND happened_on >= \(bind: first) AND happened_on <= \(bind: last)
            """
        ).all() {
            lines.append(
                BusinessLine(
                    date: try row.decode(column: "happened_on", as: CivilDate.self),
                    source: try row.decode(column: "source", as: SHURules.BusinessSource.self),
                    amount: try row.decode(column: "amount", as: Int64.self),
                    reference: try row.decode(column: "reference", as: String?.self)))
        }
        for row in try await sql.raw(
            """
            SELECT t.happened_on, t.interest, t.loan_id FROM loan_transactions t
              JOIN loans n ON n.cooperative_id = t.cooperative_id AND n.id = t.loan_id
            WHERE t.cooperative_id = \(bind: tenant.cooperativeID) AND n.member_id = \(bind: memberID)
              AND t.kind = \(bind: LoanStepKind.repayment) AND t.interest > 0
              AND t.happened_on >= \(bind: first) AND t.happened_on <= \(bind: last)
            """
        ).all() {
            lines.append(
                BusinessLine(
                    date: try row.decode(column: "happened_on", as: CivilDate.self), source: .loanInterest,
                    amount: try row.decode(column: "interest", as: Int64.self),
                    reference: try row.decode(column: "loan_id", as: UUID.self).uuidString.lowercased()))
        }
        return lines.sorted { ($0.date, $0.source.rawValue) < ($1.date, $1.source.rawValue) }
    }
}
