import Foundation
import GuyubCore
import GuyubStore
import GuyubViews

/// Last financial year in the demo: its books closed and its SHU drafted before the RAT, and posted
/// to the members' savings once the RAT approved it.
extension DemoData {
    static func closeLastYear(_ tenant: Tenant, today: CivilDate, by actor: Actor) async throws {
        let year = today.year - 1
        var rules = SHURules.standard
        rules.savingsKinds = [.pokok, .wajib]
        rules.businessWeights = [.loanInterest: 100, .store: 100]
        try await SHUStore(tenant).save(rules, for: year, by: actor)
        // A week before the RAT (held on 14 March, or yesterday early in the year), never before 1 January.
        let march = CivilDate(year: today.year, month: 3, day: 14)!
        let meeting = march < today ? march : today.adding(days: -1)!
        let closedOn = max(CivilDate(year: today.year, month: 1, day: 1)!, meeting.adding(days: -7)!)
        _ = try await YearEnd(tenant).close(year, today: closedOn, texts: .init(year), by: actor)
    }

    static func postSHU(_ tenant: Tenant, today: CivilDate, by actor: Actor) async throws {
        let year = today.year - 1
        let store = SHUStore(tenant)
        guard let approval = try await store.approval(of: year) else { return }
        let posted = try await store.post(year, approval: approval, on: today, texts: .init(year), by: actor)
        // Those with no sukarela account to credit collect theirs at the counter; the first has.
        if let waiting = try await store.memberShares(of: posted).first(where: { $0.paidTo == .payable && $0.total > 0 }) {
            try await store.payOut(year, member: waiting.memberID, channel: .cash, on: today, texts: .init(year), by: actor)
        }
    }
}

extension DemoData {
    /// The month at the cooperative's shop: each member's purchases kept as business records (they count
    /// for the patronage share), the month's takings from members and from other customers, and the
    /// stock bought to sell (a margin of about 15%).
    static func storeMonth(_ tenant: Tenant, members: [MemberRecord], on day: CivilDate, by actor: Actor) async throws {
        var fromMembers: Int64 = 0
        var records: [BusinessRecord] = []
        for member in members {
            let amount = Int64(200 + (member.memberNumber * 37 + day.month * 11) % 400) * 1_000
            let record = BusinessRecord()
            record.cooperativeID = tenant.cooperativeID
            record.memberID = try member.requireID()
            record.source = .store
            record.happenedOn = day
            record.amount = amount
            records.append(record)
            fromMembers += amount
        }
        try await records.create(on: tenant.db)
        let fromOthers = fromMembers / 4
        let cost = (fromMembers + fromOthers) * 85 / 100
        try await Ledger(tenant).post(JournalDraft(
            date: day, description: "Penjualan toko \(Catalogue(.id).monthName(day.yearMonth))", sourceType: .manual,
            lines: [.debit(.role(.cash), fromMembers + fromOthers - cost), .debit(.role(.costOfSales), cost),
                    .credit(.role(.salesMember), fromMembers), .credit(.role(.salesNonMember), fromOthers)]), by: actor)
    }
}
