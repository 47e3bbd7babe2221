import Fluent
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// Expense claims and storage as a service through the API.
extension SupplyController {
    /// Whether someone sees every claim (who decides or pays them) or only their own.
    static func seesAllClaims(_ principal: Principal) -> Bool {
        principal.allows(.approvePurchases) || principal.allows(.keepBooks)
    }

    static func claim(_ c: ExpenseClaimRecord, for principal: Principal) -> ClaimDTO {
        let own = c.claimantUserID != nil && c.claimantUserID == principal.actor.userID
        let actions = c.status.allowed(
            byClaimant: own, mayDecide: principal.allows(.approvePurchases), mayPay: principal.allows(.keepBooks))
        return ClaimDTO(
            id: c.id!, number: c.number, claimant: c.claimantName, unitId: c.unitID,
            amount: Amount.string(c.amount, decimals: principal.decimals), purpose: c.purpose, spentOn: c.spentOn.description,
            receiptId: c.receiptID, status: c.status.rawValue, decidedBy: c.decidedByName, reason: c.reason,
            paidOn: c.paidOn?.description, entryId: c.entryID, actions: actions.map(\.rawValue))
    }

    /// `GET /api/v1/claims`: all of them for who decides or pays claims; otherwise one's own.
    func claims(_ request: Request) async throws -> [ClaimDTO] {
        let principal = try request.authorize(.viewStore)
        let mine = Self.seesAllClaims(principal) ? nil : principal.actor.userID ?? UUID()
        return try await ClaimStore(request.tenant()).all(of: mine).map { Self.claim($0, for: principal) }
    }

    /// `GET /api/v1/claims/{id}`: one's own, or any for who decides or pays claims (another's is not found).
    func claim(_ request: Request) async throws -> ClaimDTO {
        let principal = try request.authorize(.viewStore)
        let claim = try await ClaimStore(request.tenant()).find(request.parameters.get("id", as: UUID.self))
        guard Self.seesAllClaims(principal) || claim.claimantUserID == principal.actor.userID else { throw AccessError.notFound }
        return Self.claim(claim, for: principal)
    }

    /// `POST /api/v1/claims {"amount","purpose","receiptId","spentOn"?,"unitId"?}` → 201.
    func submitClaim(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.viewStore)
        let input = try request.content.decode(ClaimInput.self)
        let amount = try Self.money(input.amount, field: "amount", decimals: principal.decimals)
        let purpose: String
        do { purpose = try FieldRules.required(input.purpose, field: "purpose", max: FieldLimit.note) } catch {
            throw SupplyError.field(error)
        }
        guard let receipt = input.receiptId else { throw SupplyError.field(.required("receiptId")) }
        let claim = try await ClaimStore(request.tenant()).submit(
            amount: amount, purpose: purpose,
            spentOn: try StoreController.date(input.spentOn, field: "spentOn") ?? request.today(),
            unitID: input.unitId, receipt: receipt, by: principal.actor)
        return try created(Self.claim(claim, for: principal))
    }

    /// `POST /api/v1/claims/{id}/approve|reject {"reason"?}` and `/pay {"channel"}`.
    func decideClaim(_ action: ClaimAction) -> @Sendable (Request) async throws -> ClaimDTO {
        { request in
            let principal = try request.authorize(action == .pay ? .keepBooks : .approvePurchases)
            let store = try ClaimStore(request.tenant())
            let claim = try await store.find(request.parameters.get("id", as: UUID.self))
            let input = try request.content.decode(ClaimStepInput.self)
            var channel = PaymentChannel.cash
            if let given = input.channel {
                guard let read = PaymentChannel(rawValue: given), read != .qris else {
                    throw SupplyError.field(.invalidChoice("channel"))
                }
                channel = read
            }
            let decided = try await store.decide(
                action, on: claim.id, reason: try Self.text(input.reason, field: "reason", max: FieldLimit.note),
                channel: channel, on: request.today(),
                description: request.booksText.claimPaid(claim.number, to: claim.claimantName), by: principal.actor)
            return Self.claim(decided, for: principal)
        }
    }

    // MARK: storage

    static func lot(_ l: StorageLotRecord, fee: Int64? = nil, decimals: Int) -> StorageLotDTO {
        StorageLotDTO(
            id: l.id!, number: l.number, owner: l.owner, memberId: l.memberID, goods: l.goods, unitId: l.unitID,
            quantity: Quantity.string(l.quantity), held: Quantity.string(l.held), rate: Amount.string(l.rate, decimals: decimals),
            storedOn: l.storedOn.description, fees: Amount.string(l.fees, decimals: decimals),
            fee: fee.map { Amount.string($0, decimals: decimals) })
    }

    func storage(_ request: Request) async throws -> [StorageLotDTO] {
        let principal = try request.authorize(.viewStore)
        return try await StorageStore(request.tenant()).all().map { Self.lot($0, decimals: principal.decimals) }
    }

    /// `POST /api/v1/storage {"goods","quantity","rate","owner"?,"memberId"?,"unitId"?}` → 201: goods in.
    func store(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.manageStock)
        let tenant = try request.tenant()
        let input = try request.content.decode(StorageInput.self)
        let goods: String
        do { goods = try FieldRules.required(input.goods, field: "goods", max: FieldLimit.name) } catch {
            throw SupplyError.field(error)
        }
        var owner = try Self.text(input.owner, field: "owner", max: FieldLimit.name)
        if owner == nil, let member = input.memberId { owner = try await MemberStore(tenant).find(member).name }
        guard let owner else { throw SupplyError.field(.required("owner")) }
        guard let rateText = input.rate?.text, let rate = try? Amount.parse(rateText, decimals: principal.decimals), rate >= 0
        else { throw SupplyError.amountInvalid("rate") }
        let lot = try await StorageStore(tenant).store(
            goods: goods, owner: owner, memberID: input.memberId, quantity: try Self.quantity(input.quantity), rate: rate,
            unitID: input.unitId, on: request.today(), by: principal.actor)
        return try created(Self.lot(lot, decimals: principal.decimals))
    }

    /// `POST /api/v1/storage/{id}/releases {"quantity"}` → 201: goods out, their fee paid in cash.
    func release(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.manageStock)
        let store = try StorageStore(request.tenant())
        let lot = try await store.find(request.parameters.get("id", as: UUID.self))
        let input = try request.content.decode(StorageReleaseInput.self)
        let (released, fee) = try await store.release(
            try Self.quantity(input.quantity), of: lot.id, on: request.today(),
            description: request.booksText.storageFeePaid(lot.number, by: lot.owner), by: principal.actor)
        return try created(Self.lot(released, fee: fee, decimals: principal.decimals))
    }
}
