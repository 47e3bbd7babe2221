import FluentKit
import Foundation
import GuyubCore
import SQLKit

/// Each year's SHU: its rules, the members' savings and business read from the books and the business
/// records, the distribution held as a draft until the RAT approves it, its posting, and the cash
/// payout of shares held to collect.
package struct SHUStore: Sendable {
    package let tenant: Tenant

    package init(_ tenant: Tenant) { self.tenant = tenant }

    // MARK: rules

    /// The year's rules: as saved for it, else the latest year's before it, else the common split.
    package func rules(for year: Int) async throws -> SHURules {
        let saved = try await tenant.query(SHUSettingsRecord.self).filter(\.$year <= year).sort(\.$year, .descending).first()
        guard let saved else { return .standard }
        return try JSONDecoder().decode(SHURules.self, from: Data(saved.rules.utf8))
    }

    /// Saves the year's rules; a draft distribution of the year is computed again under them. Refused
    /// once the year's distribution is posted.
    package func save(_ rules: SHURules, for year: Int, by actor: Actor) async throws {
        guard (1900...2500).contains(year) else { throw YearEndError.invalidYear }
        let rules = try rules.validated()
        if let existing = try await distribution(of: year) {
            _ = try SHUYearStage(closed: true, distribution: existing.status, approved: try await approval(of: year) != nil)
                .after(.editRules, year: year)
        }
        let record = try await tenant.query(SHUSettingsRecord.self).filter(\.$year == year).first() ?? SHUSettingsRecord()
        let before = record.id == nil ? nil : record.rules
        record.year = year
        record.rules = String(decoding: try JSONEncoder.sorted.encode(rules), as: UTF8.self)
        if record.id == nil { try await tenant.create(record) } else { try await record.update(on: tenant.db) }
        try await AuditLog.append(
            tenant, actor: actor, action: .shuSettings, entity: "shu_settings", entityID: record.id,
            before: before.map { ["rules": $0] }, after: ["year": String(year), "rules": record.rules])
        if try await YearEnd(tenant).closing(of: year) != nil { try await compute(year, by: actor) }
    }

    // MARK: figures

    /// Each eligible member's savings and business of `year`, as the rules count them.
    package func figures(_ year: Int, rules: SHURules) async throws -> [SHUDistribution.Member] {
        let first = "\(year)-01-01"
        let last = "\(year)-12-31"
        let sql = tenant.db.sql
        var joined: SQLQueryString = ""
        if let before = rules.joinedBefore { joined = "AND COALESCE(joined_on, status_since) < \(bind: before.description)" }
        // Active on 31 December: joined by then, and still a member, or left only after it.
        let eligible = try await sql.raw(
            """
            SELECT id FROM members
            WHERE cooperative_id = \(bind: tenant.cooperativeID) AND COALESCE(joined_on, status_since) <= \(bind: last) \(joined)
              AND (status = \(bind: MemberStatus.member)
                   OR (status IN (\(binds: [MemberStatus.resigned, .deceased, .dismissed])) AND status_since > \(bind: last)))
            """
        ).all().map { try $0.decode(column: "id", as: UUID.self) }

        // Savings: the 31 December balance, or the twelve month-end balances summed (each line counts
        // once for every month-end it stands at) and divided by 12 below.
        let weight: SQLQueryString =
            rules.savingsBasis == .yearEnd
            ? "1"
            : """
            CASE WHEN l.entry_date < \(bind: first) THEN 12 ELSE 13 - CAST(SUBSTR(l.entry_date, 6, 2) AS INTEGER) END
            """
        var savings: [UUID: Int64] = [:]
        for row in try await sql.raw(
            """
            SELECT s.member_id, CAST(SUM((l.credit - l.debit) * \(weight)) AS BIGINT) AS amount
            FROM journal_lines l JOIN savings_accounts s ON s.cooperative_id = l.cooperative_id AND s.id = l.savings_account_id
            WHERE l.cooperative_id = \(bind: tenant.cooperativeID) AND l.entry_date <= \(bind: last)
              AND s.kind IN (\(binds: rules.savingsKinds.map(\.rawValue)))
            GROUP BY s.member_id
            """
        ).all() {
            let amount = max(0, try row.decode(column: "amount", as: Int64.self))
            savings[try row.decode(column: "member_id", as: UUID.self)] = rules.savingsBasis == .yearEnd ? amount : amount / 12
        }

        var business: [UUID: [SHURules.BusinessSource: Int64]] = [:]
        if rules.businessWeights[.loanInterest] ?? 0 > 0 {
            for row in try await sql.raw(
                """
                SELECT n.member_id, CAST(SUM(t.interest) AS BIGINT) AS amount
                FROM loan_transactions t JOIN loans n ON n.cooperative_id = t.cooperative_id AND n.id = t.loan_id
                WHERE t.cooperative_id = \(bind: tenant.cooperativeID) AND t.kind = \(bind: LoanStepKind.repayment) AND n.member_id IS NOT NULL
                  AND t.happened_on >= \(bind: first) AND t.happened_on <= \(bind: last)
                GROUP BY n.member_id
                """
            ).all() {
                business[try row.decode(column: "member_id", as: UUID.self), default: [:]][.loanInterest] =
                    try row.decode(column: "amount", as: Int64.self)
            }
        }
        let recorded = rules.businessWeights.filter { $0.key != .loanInterest && $0.value > 0 }.map(\.key.rawValue)
        if !recorded.isEmpty {
            for row in try await sql.raw(
                """
                SELECT member_id, source, CAST(SUM(amount) AS BIGINT) AS amount FROM business_records
                WHERE cooperative_id = \(bind: tenant.cooperativeID) AND happened_on >= \(bind: first)
                  AND happened_on <= \(bind: last) AND source IN (\(binds: recorded))
                GROUP BY member_id, source
                """
            ).all() {
                guard let source = SHURules.BusinessSource(rawValue: try row.decode(column: "source", as: String.self)) else {
                    continue
                }
                business[try row.decode(column: "member_id", as: UUID.self), default: [:]][source] =
                    try row.decode(column: "amount", as: Int64.self)
            }
        }
        return eligible.map { id in
            SHUDistribution.Member(
                id: id.uuidString, savings: savings[id] ?? 0,
                business: max(0, rules.business(business[id] ?? [:])))
        }
    }

    // MARK: the distribution

    /// The RAT's decision approving a year's distribution.
    package struct Approval: Sendable, Equatable {
        package let resolutionID: UUID
        package let decidedOn: CivilDate
        package init(resolutionID: UUID, decidedOn: CivilDate) {
            self.resolutionID = resolutionID
            self.decidedOn = decidedOn
        }
    }

    /// The passed SHU resolution of `year`, if it was decided once the year was closed (one decided
    /// before could not have seen the figures).
    package func approval(of year: Int) async throws -> Approval? {
        guard let closing = try await YearEnd(tenant).closing(of: year),
            let passed = try await MeetingStore(tenant).passedSHUResolution(year: year),
            passed.decidedOn >= closing.closedOn
        else { return nil }
        return Approval(resolutionID: passed.resolutionID, decidedOn: passed.decidedOn)
    }

    package func distribution(of year: Int) async throws -> SHUDistributionRecord? {
        try await tenant.query(SHUDistributionRecord.self).filter(\.$year == year).first()
    }

    package func shares(of distribution: SHUDistributionRecord) async throws -> [SHUShareRecord] {
        try await tenant.query(SHUShareRecord.self).filter(\.$distributionID == distribution.requireID()).all()
    }

    /// One member's share of a distribution, with who they are.
    package struct MemberShare: Sendable, Equatable {
        package let memberID: UUID
        package let memberNumber: Int
        package let name: String
        package let savings: Int64
        package let business: Int64
        package let capital: Int64
        package let patronage: Int64
        /// savings, payable, paid; nil while a draft.
        package let paidTo: SHUSharePayment?
        package var total: Int64 { capital + patronage }
    }

    /// The distribution's shares in member-number order, `limit` of them from `offset`.
    package func memberShares(
        of distribution: SHUDistributionRecord, limit: Int = Int(Int32.max),
        offset: Int = 0
    ) async throws -> [MemberShare] {
        try await tenant.db.sql.raw(
            """
            SELECT s.member_id, m.member_number, m.name, s.savings, s.business, s.capital, s.patronage, s.paid_to
            FROM shu_shares s JOIN members m ON m.cooperative_id = s.cooperative_id AND m.id = s.member_id
            WHERE s.cooperative_id = \(bind: tenant.cooperativeID) AND s.distribution_id = \(bind: distribution.requireID())
            ORDER BY m.member_number LIMIT \(bind: limit) OFFSET \(bind: offset)
            """
        ).all().map { row in
            MemberShare(
                memberID: try row.decode(column: "member_id", as: UUID.self),
                memberNumber: try row.decode(column: "member_number", as: Int.self),
                name: try row.decode(column: "name", as: String.self),
                savings: try row.decode(column: "savings", as: Int64.self),
                business: try row.decode(column: "business", as: Int64.self),
                capital: try row.decode(column: "capital", as: Int64.self),
                patronage: try row.decode(column: "patronage", as: Int64.self),
                paidTo: try row.decode(column: "paid_to", as: SHUSharePayment?.self))
        }
    }

    /// The member's shares, newest year first, with their distributions.
    package func shares(ofMember memberID: UUID) async throws -> [(SHUDistributionRecord, SHUShareRecord)] {
        let shares = try await tenant.query(SHUShareRecord.self).filter(\.$memberID == memberID).all()
        guard !shares.isEmpty else { return [] }
        let distributions = try await tenant.query(SHUDistributionRecord.self).filter(\.$id ~~ shares.map(\.distributionID)).all()
        return distributions.sorted { $0.year > $1.year }.compactMap { d in
            shares.first { $0.distributionID == d.id }.map { (d, $0) }
        }
    }

    /// Computes the closed year's distribution from its surplus and the members' figures, and holds it
    /// as the year's draft (replacing an earlier draft). Refused for a year not closed, or posted.
    @discardableResult
    package func compute(_ year: Int, by actor: Actor) async throws -> SHUDistributionRecord {
        guard let closing = try await YearEnd(tenant).closing(of: year) else { throw YearEndError.yearNotClosed(year) }
        let existing = try await distribution(of: year)
        let approved = existing != nil ? try await approval(of: year) != nil : false
        _ = try SHUYearStage(closed: true, distribution: existing?.status, approved: approved).after(.compute, year: year)
        let rules = try await rules(for: year).validated()
        let split = Self.distributable(member: closing.memberSurplus, nonMember: closing.nonMemberSurplus)
        let members = try await figures(year, rules: rules)
        let shared = try SHUDistribution(
            surplus: split.member, allocation: rules.allocation, members: members,
            rounding: rules.rounding)
        let others = try SHUDistribution(
            surplus: split.nonMember, allocation: rules.nonMemberAllocation, members: [],
            rounding: rules.rounding)

        let record = existing ?? SHUDistributionRecord()
        record.year = year
        record.status = .draft
        record.rules = String(decoding: try JSONEncoder.sorted.encode(rules), as: UTF8.self)
        record.memberSurplus = split.member
        record.nonMemberSurplus = split.nonMember
        record.pools = try Self.json(shared.pools)
        record.nonMemberPools = try Self.json(others.pools)
        var remainder = shared.remainder
        remainder["nonMemberPools"] = others.remainder.values.reduce(0, +)
        record.remainder = try Self.json(remainder.filter { $0.value != 0 })
        record.totalSavings = members.reduce(0) { $0 + $1.savings }
        record.totalBusiness = members.reduce(0) { $0 + $1.business }
        record.members = members.count
        if let id = record.id {
            try await tenant.db.sql.raw(
                "DELETE FROM shu_shares WHERE cooperative_id = \(bind: tenant.cooperativeID) AND distribution_id = \(bind: id)"
            ).run()
            try await record.update(on: tenant.db)
        } else {
            try await tenant.create(record)
        }
        let distributionID = try record.requireID()
        let figures = Dictionary(uniqueKeysWithValues: members.map { ($0.id, $0) })
        try await writeShares(shared.members, figures: figures, of: distributionID)
        try await AuditLog.append(
            tenant, actor: actor, action: .shuCompute, entity: "shu_distribution", entityID: distributionID,
            after: [
                "year": String(year), "memberSurplus": String(split.member),
                "nonMemberSurplus": String(split.nonMember), "members": String(members.count),
            ])
        return record
    }

    /// Writes the shares without building a model per row (a large cooperative's year has a hundred
    /// thousand): on PostgreSQL one statement over arrays, on SQLite a few thousand rows a statement.
    private func writeShares(
        _ shares: [SHUDistribution.Share], figures: [String: SHUDistribution.Member], of distributionID: UUID
    )
        async throws
    {
        let members = shares.map { UUID(uuidString: $0.id)! }
        if !tenant.db.isSQLite {
            try await tenant.db.sql.raw(
                """
                INSERT INTO shu_shares (id, cooperative_id, distribution_id, member_id, savings, business, capital, patronage)
                SELECT gen_random_uuid(), \(bind: tenant.cooperativeID), \(bind: distributionID), t.*
                FROM unnest(\(bind: members)::uuid[], \(bind: shares.map { figures[$0.id]!.savings })::bigint[],
                  \(bind: shares.map { figures[$0.id]!.business })::bigint[], \(bind: shares.map(\.capital))::bigint[],
                  \(bind: shares.map(\.patronage))::bigint[]) AS t
                """
            ).run()
            return
        }
        let columns = ["id", "cooperative_id", "distribution_id", "member_id", "savings", "business", "capital", "patronage"]
        for start in stride(from: 0, to: shares.count, by: 2_000) {
            let rows = (start..<min(start + 2_000, shares.count)).map { index -> [any Encodable & Sendable] in
                let (share, figure) = (shares[index], figures[shares[index].id]!)
                return [
                    UUID(), tenant.cooperativeID, distributionID, members[index], figure.savings, figure.business, share.capital,
                    share.patronage,
                ]
            }
            try await tenant.db.sql.execute(sql: Tenant.insert(into: SHUShareRecord.schema, columns, rows)) { _ in }
        }
    }

    /// What is shared: nothing from a year with no surplus; a loss on one part reduces the other.
    package static func distributable(member: Int64, nonMember: Int64) -> (member: Int64, nonMember: Int64) {
        let total = member + nonMember
        guard total > 0 else { return (0, 0) }
        if member < 0 { return (0, total) }
        let others = max(0, nonMember)
        return (total - others, others)
    }

    static func json(_ amounts: [String: Int64]) throws -> String {
        String(decoding: try JSONEncoder.sorted.encode(amounts), as: UTF8.self)
    }

    package static func amounts(_ json: String) -> [String: Int64] {
        (try? JSONDecoder().decode([String: Int64].self, from: Data(json.utf8))) ?? [:]
    }
}

extension JSONEncoder {
    /// Keys in order, so the same rules always read the same.
    static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return encoder
    }
}
