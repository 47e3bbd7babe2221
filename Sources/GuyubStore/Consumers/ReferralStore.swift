import FluentKit
import Foundation
import GuyubCore
import SQLKit

/// Members who bring consumers (anggota bantu konsumen): each member's code, the consumers it brought,
/// the day's decisions once a first purchase's return window has passed, and rewards taken back when that
/// purchase comes back.
package struct ReferralStore: Sendable {
    package let tenant: Tenant

    package init(_ tenant: Tenant) { self.tenant = tenant }

    /// The words of the entries a referral posts (the caller words them in the cooperative's language).
    package struct Texts: Sendable {
        package var reward: @Sendable (_ member: String) -> String
        package var reversal: @Sendable (_ member: String) -> String
        package init(reward: @escaping @Sendable (String) -> String, reversal: @escaping @Sendable (String) -> String) {
            self.reward = reward
            self.reversal = reversal
        }
    }

    /// A member's code, made the first time it is asked for.
    package func code(of memberID: UUID) async throws -> String {
        if let found = try await tenant.query(ReferralCodeRecord.self).filter(\.$memberID == memberID).first() {
            return found.code
        }
        let member = try await MemberStore(tenant).find(memberID)
        while true {
            let record = ReferralCodeRecord()
            record.memberID = member.id!
            record.code = Referral.code()
            do {
                try await tenant.create(record)
                return record.code
            } catch  where error.isConstraintFailure {
                // Another code alike (or another request made this member's): read again.
                if let found = try await tenant.query(ReferralCodeRecord.self).filter(\.$memberID == memberID).first() {
                    return found.code
                }
            }
        }
    }

    /// The member whose code this is: a member in good standing.
    package func member(byCode text: String) async throws -> MemberRecord {
        let code = Referral.read(text)
        guard !code.isEmpty,
            let found = try await tenant.query(ReferralCodeRecord.self).filter(\.$code == code).first(),
            let member = try await tenant.find(MemberRecord.self, found.memberID), member.status == .member
        else { throw ConsumerError.referralCodeUnknown }
        return member
    }

    /// Records that the member of `code` brought `consumer`: refused when it is the member themselves (or,
    /// by the board's rule, of their household).
    package func refer(_ consumer: ConsumerRecord, code: String, on date: CivilDate) async throws -> ReferralRecord {
        let member = try await member(byCode: code)
        let rules = try await SettingsStore(tenant).referrals()
        guard !Self.isSelf(consumer, member, rules) else { throw ConsumerError.selfReferral }
        let referral = ReferralRecord()
        referral.memberID = member.id!
        referral.consumerID = consumer.id!
        referral.status = .pending
        referral.signedOn = date
        try await tenant.create(referral)
        return referral
    }

    private static func isSelf(_ consumer: ConsumerRecord, _ member: MemberRecord, _ rules: ReferralRules) -> Bool {
        Referral.isSelf(
            .init(phone: consumer.phone, nik: consumer.nik, address: consumer.address),
            member: .init(phone: member.phone, nik: member.nik, address: member.address),
            household: rules.refuseHousehold)
    }

    package func find(_ id: UUID?) async throws -> ReferralRecord {
        guard let referral = try await tenant.find(ReferralRecord.self, id) else { throw AccessError.notFound }
        return referral
    }

    /// A member's referrals, or everyone's, the newest first.
    package func all(of memberID: UUID? = nil) async throws -> [ReferralRecord] {
        var query = tenant.query(ReferralRecord.self)
        if let memberID { query = query.filter(\.$memberID == memberID) }
        return try await query.sort(\.$signedOn, .descending).all()
    }

    /// A first purchase as a referral judges it: its total, what of it came back, and its day; with its unit
    /// and its number (sales are numbered as they are made).
    private func purchase(_ saleID: UUID) async throws -> (Referral.Purchase, unit: UUID, number: Int)? {
        guard
            let row = try await tenant.db.sql.raw(
                """
                SELECT s.total, s.sold_on, s.number, s.unit_id,
                       CAST(COALESCE(SUM(l.returned_amount), 0) AS BIGINT) AS returned
                FROM sales s JOIN sale_lines l ON l.cooperative_id = s.cooperative_id AND l.sale_id = s.id
                WHERE s.cooperative_id = \(bind: tenant.cooperativeID) AND s.id = \(bind: saleID)
                GROUP BY s.id, s.total, s.sold_on, s.number, s.unit_id
                """
            ).first()
        else { return nil }
        return (
            Referral.Purchase(
                total: try row.decode(column: "total", as: Int64.self),
                returned: try row.decode(column: "returned", as: Int64.self),
                on: try row.decode(column: "sold_on", as: CivilDate.self)),
            try row.decode(column: "unit_id", as: UUID.self), try row.decode(column: "number", as: Int.self)
        )
    }

    /// What the day's job decided.
    package struct Decided: Sendable, Equatable, Codable {
        package var rewarded = 0
        package var refused = 0
    }

    /// The day's job: each pending referral whose first purchase's return window has passed is rewarded
    /// (a voucher, or a package to collect, for the member) or refused with its reason. A package the shop
    /// holds none of waits for the next day. Running it again the same day decides nothing more.
    package func decide(on today: CivilDate, texts: Texts, by actor: Actor) async throws -> Decided {
        let rules = try await SettingsStore(tenant).referrals()
        var decided = Decided()
        // In the order the first purchases were made, so the month's cap goes to the earliest.
        var pending: [(referral: ReferralRecord, first: (Referral.Purchase, unit: UUID, number: Int)?)] = []
        for referral in try await tenant.query(ReferralRecord.self).filter(\.$status == .pending).all() {
            var first: (Referral.Purchase, unit: UUID, number: Int)?
            if let sale = referral.saleID { first = try await purchase(sale) }
            pending.append((referral, first))
        }
        pending.sort { ($0.first?.number ?? .max) < ($1.first?.number ?? .max) }
        for (referral, first) in pending {
            let member = try await MemberStore(tenant).find(referral.memberID)
            let consumer = try await ConsumerStore(tenant).find(referral.consumerID)
            let month = today.yearMonth
            let rewarded = try await tenant.query(ReferralRecord.self).filter(\.$memberID == referral.memberID)
                .filter(\.$status ~~ [.rewarded, .reversed]).filter(\.$decidedOn >= month.first)
                .filter(\.$decidedOn <= month.last).count()
            let decision = Referral.decide(
                first: first?.0, isSelf: Self.isSelf(consumer, member, rules), rewardedThisMonth: rewarded, rules: rules,
                today: today)
            switch decision {
            case .wait: continue
            case .refuse(let reason):
                referral.status = .refused
                referral.reason = reason
                decided.refused += 1
            case .reward:
                let promise: VoucherStore.Promise =
                    switch rules.reward {
                    case .voucher: .money(rules.voucherValue)
                    case .package: .package(productID: rules.packageProductID!, quantity: rules.packageQuantity)
                    }
                let voucher: VoucherRecord
                do {
                    voucher = try await VoucherStore(tenant).issue(
                        promise, to: .member(member.id!), source: .referral, referralID: referral.id,
                        unitID: first!.unit, on: today, days: rules.voucherDays, description: texts.reward(member.name),
                        by: actor)
                } catch StoreError.insufficientStock { continue }
                referral.status = .rewarded
                referral.voucherID = voucher.id
                decided.rewarded += 1
            }
            referral.decidedOn = today
            try await referral.update(on: tenant.db)
            try await AuditLog.append(
                tenant, actor: actor, action: .referralDecide, entity: "member", entityID: member.id,
                after: ["status": referral.status.rawValue, "reason": referral.reason?.rawValue ?? ""])
        }
        return decided
    }

    /// After goods of `saleID` came back: a reward its purchase earned is taken back (its voucher voided)
    /// once the purchase falls below the minimum. A voucher already used stays spent.
    package func returned(_ saleID: UUID, on date: CivilDate, texts: Texts, by actor: Actor) async throws {
        guard
            let referral = try await tenant.query(ReferralRecord.self).filter(\.$saleID == saleID)
                .filter(\.$status == .rewarded).first(),
            let first = try await purchase(saleID),
            Referral.reverses(first.0, rules: try await SettingsStore(tenant).referrals()),
            let voucherID = referral.voucherID
        else { return }
        let member = try await MemberStore(tenant).find(referral.memberID)
        let voucher = try await VoucherStore(tenant).find(voucherID)
        guard
            try await VoucherStore(tenant).void(voucher, on: date, description: texts.reversal(member.name), by: actor)
        else { return }
        referral.status = .reversed
        referral.reversedOn = date
        try await referral.update(on: tenant.db)
        try await AuditLog.append(
            tenant, actor: actor, action: .referralReverse, entity: "member", entityID: member.id,
            after: ["voucher": voucher.code])
    }

    /// How the programme goes: each member who brought someone (most first) with how many and how many
    /// earned a reward; what its vouchers cost (those voided taken off); and what the consumers members
    /// brought bought, less what they brought back.
    package func programme() async throws -> (leaders: [(member: String, brought: Int, rewarded: Int)], cost: Int64, sales: Int64)
    {
        let sql = tenant.db.sql
        let leaders = try await sql.raw(
            """
            SELECT m.name, COUNT(r.id) AS brought,
                   SUM(CASE WHEN r.status = \(bind: ReferralStatus.rewarded.rawValue) THEN 1 ELSE 0 END) AS rewarded
            FROM referrals r JOIN members m ON m.cooperative_id = r.cooperative_id AND m.id = r.member_id
            WHERE r.cooperative_id = \(bind: tenant.cooperativeID)
            GROUP BY m.id, m.name ORDER BY brought DESC, m.name
            """
        ).all().map {
            (
                try $0.decode(column: "name", as: String.self), try $0.decode(column: "brought", as: Int.self),
                try $0.decode(column: "rewarded", as: Int.self)
            )
        }
        let cost =
            try await sql.raw(
                """
                SELECT CAST(COALESCE(SUM(value), 0) AS BIGINT) AS cost FROM vouchers
                WHERE cooperative_id = \(bind: tenant.cooperativeID) AND status <> \(bind: VoucherStatus.void.rawValue)
                  AND source IN (\(bind: VoucherSource.referral.rawValue), \(bind: VoucherSource.welcome.rawValue))
                """
            ).first()?.decode(column: "cost", as: Int64.self) ?? 0
        let sales =
            try await sql.raw(
                """
                SELECT CAST(COALESCE(SUM(l.amount - l.returned_amount), 0) AS BIGINT) AS sales
                FROM sales s
                  JOIN referrals r ON r.cooperative_id = s.cooperative_id AND r.consumer_id = s.consumer_id
                  JOIN sale_lines l ON l.cooperative_id = s.cooperative_id AND l.sale_id = s.id
                WHERE s.cooperative_id = \(bind: tenant.cooperativeID)
                """
            ).first()?.decode(column: "sales", as: Int64.self) ?? 0
        return (leaders, cost, sales)
    }
}
