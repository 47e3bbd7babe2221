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
