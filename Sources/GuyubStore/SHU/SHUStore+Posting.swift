import FluentKit
import Foundation
import GuyubCore
import SQLKit

extension SHUStore {
    package struct PostingTexts: Sendable {
        package var distribution: String
        package var payout: @Sendable (_ member: String, _ number: Int) -> String

        package init(distribution: String, payout: @escaping @Sendable (String, Int) -> String) {
            self.distribution = distribution
            self.payout = payout
        }
    }

    /// Posts the year's distribution the RAT approved, in one entry on `date`: the
    /// year's surplus out of equity; each fund its pools (the reserve also what rounding left); each
    /// member's share to their sukarela savings or to SHU payable. Refused without an approval taken
    /// after the close, for a year not closed, or twice.
    @discardableResult
    package func post(
        _ year: Int, approval: Approval?, on date: CivilDate, texts: PostingTexts,
        by actor: Actor
    ) async throws -> SHUDistributionRecord {
        let found = try await distribution(of: year)
        let closing = try await YearEnd(tenant).closing(of: year)
        // Only a decision taken once the year was closed approved these figures.
        let approved = closing.flatMap { closing in approval.map { $0.decidedOn >= closing.closedOn } } ?? false
        _ = try SHUYearStage(closed: closing != nil, distribution: found?.status, approved: approved).after(.post, year: year)
        guard let record = found, let resolution = approval?.resolutionID else { throw YearEndError.notApproved(year) }
        // The draft's row is taken first, so two postings of one year cannot both go through.
        let taken = try await tenant.db.sql.raw(
            """
            UPDATE shu_distributions SET status = \(bind: SHUDistributionStatus.posted)
            WHERE cooperative_id = \(bind: tenant.cooperativeID) AND id = \(bind: record.requireID())
              AND status = \(bind: SHUDistributionStatus.draft)
            RETURNING id
            """
        ).first()
        guard taken != nil else { throw YearEndError.alreadyPosted(year) }
        let rules = try JSONDecoder().decode(SHURules.self, from: Data(record.rules.utf8))
        let shares = try await self.shares(of: record)

        var funds: [String: Int64] = [:]
        for (fund, amount) in Self.amounts(record.pools).merging(Self.amounts(record.nonMemberPools), uniquingKeysWith: +)
        where fund != SHUDistribution.capital && fund != SHUDistribution.patronage {
            funds[fund, default: 0] += amount
        }
        funds[SHUDistribution.reserve, default: 0] += Self.amounts(record.remainder).values.reduce(0, +)

        var lines: [JournalDraft.Line] = []
        var toPayable: Int64 = 0
        let sukarela = try await sukarelaAccounts(of: shares.map(\.memberID))
        for share in shares where share.total > 0 {
            if rules.payToSavings, let account = sukarela[share.memberID] {
                lines.append(.credit(.role(.savingsSukarela), share.total, savings: account))
                share.paidTo = .savings
            } else {
                toPayable += share.total
                share.paidTo = .payable
            }
        }
        if toPayable > 0 { lines.append(.credit(.role(.shuPayable), toPayable)) }
        for (fund, amount) in funds.sorted(by: { $0.key < $1.key }) where amount > 0 {
            let account: AccountRef
            if let role = SHURules.fundRoles[fund] {
                account = .role(role)
            } else if let code = rules.fundAccounts[fund],
                let id = try await tenant.query(AccountRecord.self).filter(\.$code == code).first()?.id
            {
                account = .id(id)
            } else {
                throw SHUError.fundWithoutAccount(fund)
            }
            lines.append(.credit(account, amount, memo: fund))
        }
        let total = lines.reduce(0) { $0 + $1.credit }
        if total > 0 {
            lines.insert(.debit(.role(.currentSurplus), total), at: 0)
            let posting = try await Ledger(tenant).post(
                JournalDraft(
                    date: date, description: texts.distribution,
                    sourceType: .shuDistribution, sourceID: record.id,
                    lines: lines), by: actor)
            record.entryID = posting.entry.id
        }
        for share in shares where share.paidTo != nil { try await share.update(on: tenant.db) }
        record.status = .posted
        record.resolutionID = resolution
        record.postedOn = date
        try await record.update(on: tenant.db)
        try await AuditLog.append(
            tenant, actor: actor, action: .shuPost, entity: "shu_distribution", entityID: record.id,
            after: ["year": String(year), "total": String(total), "resolution": resolution.uuidString])
        return record
    }

    /// Pays a member their share held as SHU payable, in cash (or by bank), settling the payable.
    @discardableResult
    package func payOut(
        _ year: Int, member memberID: UUID, channel: AccountRole, on date: CivilDate, texts: PostingTexts,
        by actor: Actor
    ) async throws -> Ledger.Posting {
        guard let record = try await distribution(of: year) else { throw YearEndError.shareNotPayable }
        _ = try SHUYearStage(closed: true, distribution: record.status, approved: true).after(.payShare, year: year)
        guard
            let share = try await tenant.query(SHUShareRecord.self).filter(\.$distributionID == record.requireID())
                .filter(\.$memberID == memberID).first(), let member = try await tenant.find(MemberRecord.self, memberID)
        else {
            throw YearEndError.shareNotFound
        }
        // Claimed in the same statement that checks it, so a second tap pays nothing.
        guard let current = share.paidTo else { throw YearEndError.shareNotPayable }
        let paid = try current.afterPayout(total: share.total)
        guard
            try await tenant.db.sql.raw(
                """
                UPDATE shu_shares SET paid_to = \(bind: paid)
                WHERE cooperative_id = \(bind: tenant.cooperativeID) AND id = \(bind: share.requireID())
                  AND paid_to = \(bind: current) RETURNING id
                """
            ).first() != nil
        else { throw YearEndError.shareNotPayable }
        let posting = try await Ledger(tenant).post(
            JournalDraft(
                date: date, description: texts.payout(member.name, member.memberNumber), sourceType: .shuPayout,
                sourceID: share.id,
                lines: [.debit(.role(.shuPayable), share.total), .credit(.role(channel), share.total)]), by: actor)
        share.paidTo = paid
        share.paidEntryID = posting.entry.id
        try await share.update(on: tenant.db)
        return posting
    }

    /// Each member's open sukarela account.
    private func sukarelaAccounts(of members: [UUID]) async throws -> [UUID: UUID] {
        var accounts: [UUID: UUID] = [:]
        for chunk in stride(from: 0, to: members.count, by: 5_000).map({ Array(members[$0..<min($0 + 5_000, members.count)]) }) {
            for account in try await tenant.query(SavingsAccountRecord.self).filter(\.$memberID ~~ chunk)
                .filter(\.$kind == SavingsKind.sukarela).filter(\.$status == SavingsAccountStatus.open).all()
            {
                accounts[account.memberID] = account.id
            }
        }
        return accounts
    }
}
