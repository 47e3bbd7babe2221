import FluentKit
import Foundation
import GuyubCore

/// Expense claims: costs advanced from someone's own pocket, with the receipt kept; decided by a board member
/// other than the claimant, then paid from cash or the bank and booked to operating expenses of the unit.
package struct ClaimStore: Sendable {
    package let tenant: Tenant

    package init(_ tenant: Tenant) { self.tenant = tenant }

    package func find(_ id: UUID?) async throws -> ExpenseClaimRecord {
        guard let claim = try await tenant.find(ExpenseClaimRecord.self, id) else { throw AccessError.notFound }
        return claim
    }

    /// Claims, newest first; one claimant's when named.
    package func all(of claimant: UUID? = nil) async throws -> [ExpenseClaimRecord] {
        var query = tenant.query(ExpenseClaimRecord.self)
        if let claimant { query = query.filter(\.$claimantUserID == claimant) }
        return try await query.sort(\.$number, .descending).limit(300).all()
    }

    package func submit(
        amount: Int64, purpose: String, spentOn: CivilDate, unitID: UUID?, receipt: UUID, by actor: Actor
    ) async throws -> ExpenseClaimRecord {
        guard amount > 0, amount <= Amount.ceiling else { throw SupplyError.amountInvalid("amount") }
        if let unitID { _ = try await BusinessUnitStore(tenant).find(unitID) }
        _ = try await UploadStore(tenant).find(receipt)
        try await StockStore(tenant).lockCooperative()
        let claim = ExpenseClaimRecord()
        claim.number = (try await tenant.query(ExpenseClaimRecord.self).sort(\.$number, .descending).first()?.number ?? 0) + 1
        claim.claimantUserID = actor.userID
        claim.claimantName = actor.name
        claim.unitID = unitID
        claim.amount = amount
        claim.purpose = purpose
        claim.spentOn = spentOn
        claim.receiptID = receipt
        claim.status = .submitted
        do { try await tenant.create(claim) } catch  where error.isConstraintFailure { throw SupplyError.claimState(.submitted) }
        try await AuditLog.append(
            tenant, actor: actor, action: .claimSubmit, entity: "expense_claim", entityID: claim.id,
            after: ["number": String(claim.number), "amount": String(amount), "purpose": purpose])
        return claim
    }

    /// Approves or rejects a claim (never the claimant's own), or pays an approved one.
    package func decide(
        _ action: ClaimAction, on id: UUID?, reason: String?, channel: PaymentChannel = .cash, on date: CivilDate,
        description: String, by actor: Actor
    ) async throws -> ExpenseClaimRecord {
        let claim = try await find(id)
        let next = try claim.status.after(action, byClaimant: claim.claimantUserID != nil && claim.claimantUserID == actor.userID)
        switch action {
        case .approve, .reject:
            claim.decidedByName = actor.name
            claim.decidedOn = date
            claim.reason = reason
        case .pay:
            guard channel != .qris else { throw SupplyError.field(.invalidChoice("channel")) }
            try await StockStore(tenant).lockCooperative()
            let available = try await SupplierStore(tenant).cashAndBank()[channel] ?? 0
            guard claim.amount <= available else { throw SupplyError.insufficientFunds(available: max(0, available)) }
            claim.paidOn = date
            claim.channel = channel
            claim.entryID = try await Ledger(tenant).post(
                JournalDraft(
                    date: date, description: description, sourceType: .expenseClaim, sourceID: claim.id,
                    lines: [
                        JournalDraft.Line(account: .role(.operatingExpense), debit: claim.amount, credit: 0, unit: claim.unitID),
                        JournalDraft.Line(account: .role(channel.role), debit: 0, credit: claim.amount, unit: claim.unitID),
                    ]), by: actor
            ).entry.id
        }
        let before = claim.status
        claim.status = next
        try await claim.update(on: tenant.db)
        try await AuditLog.append(
            tenant, actor: actor, action: action == .pay ? .claimPay : .claimDecide, entity: "expense_claim",
            entityID: claim.id, before: ["status": before.rawValue], after: ["status": next.rawValue, "reason": reason ?? ""])
        return claim
    }
}
