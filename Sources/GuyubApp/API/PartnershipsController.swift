import Fluent
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// Partners and partnerships through the API. The board's people see and keep them all; a partner's own
/// people see only their partner's agreements, and record what their side delivered.
struct PartnershipsController {
    /// The partners a reader is limited to: none for those who see partnerships, their own for a partner's
    /// people; anyone else is refused.
    static func scope(_ request: Request) async throws -> [UUID]? {
        let principal = try request.signedIn()
        if principal.allows(.viewPartnerships) { return nil }
        guard principal.roles.contains(.partner) else { throw AccessError.forbidden }
        let own = try await PartnerStore(request.tenant()).partners(of: principal.userID)
        guard !own.isEmpty else { throw AccessError.forbidden }
        return own
    }

    func partners(_ request: Request) async throws -> [PartnerDTO] {
        _ = try request.authorize(.viewPartnerships)
        return try await PartnerStore(request.tenant()).all().map(PartnerDTO.init)
    }

    /// `POST /api/v1/partners {"name","kind",…}` → 201.
    func addPartner(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.managePartnerships)
        let input = try request.content.decode(PartnerInput.self)
        let partner = try await PartnerStore(request.tenant()).add(
            .init(
                name: input.name, kind: input.kind, contactName: input.contactName, phone: input.phone, email: input.email,
                supplierID: input.supplierId, programmeID: input.programmeId), by: principal.actor)
        return try created(PartnerDTO(partner))
    }

    /// `POST /api/v1/partners/{id}/users {"email","name","password"}` → 201: a sign-in for the partner's person.
    func addPartnerUser(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.managePartnerships)
        let tenant = try request.tenant()
        let store = PartnerStore(tenant)
        let partner = try await store.find(request.parameters.get("id", as: UUID.self))
        let input = try request.content.decode(PartnerUserInput.self)
        let (user, roles) = try await UsersController.create(
            in: tenant, email: input.email ?? "", name: input.name ?? "", password: input.password ?? "",
            roles: [Role.partner.rawValue], member: nil, by: principal.actor, hasher: request.password.async)
        try await store.link(user, to: partner, by: principal.actor)
        return try created(
            UsersController.UserDTO(id: user.id!, email: user.email, name: user.name, roles: roles.sorted()))
    }

    func partnerships(_ request: Request) async throws -> [PartnershipDTO] {
        let scope = try await Self.scope(request)
        let (today, manager) = (try request.today(), try request.signedIn().allows(.managePartnerships))
        return try await PartnershipStore(request.tenant()).all(of: scope).map {
            PartnershipDTO($0, today: today, manager: manager)
        }
    }

    /// `GET /api/v1/partnerships/{id}`: with its matrix, commitments, reviews and each side's fulfilment.
    func partnership(_ request: Request) async throws -> PartnershipDTO {
        let scope = try await Self.scope(request)
        let store = try PartnershipStore(request.tenant())
        return try await Self.whole(store.find(request.parameters.get("id", as: UUID.self), of: scope), store, request)
    }

    /// `POST /api/v1/partnerships {"partnerId","kind","title","start","end"?,…}` → 201, a draft.
    func create(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.managePartnerships)
        let input = try request.content.decode(PartnershipInput.self)
        var value: Int64 = 0
        if let text = input.value?.text, !text.isEmpty {
            do { value = try Amount.parse(text, decimals: principal.decimals) } catch {
                throw PartnershipError.field(.invalidChoice("value"))
            }
        }
        let store = try PartnershipStore(request.tenant())
        let agreement = try await store.create(
            .init(
                partnerID: input.partnerId, kind: input.kind, title: input.title,
                start: try Self.date(input.start, "start"), end: try input.end.map { try Self.date($0, "end") },
                ourGoals: input.ourGoals, theirGoals: input.theirGoals, value: value, financing: input.financing),
            by: principal.actor)
        return try created(try await Self.whole(agreement, store, request))
    }

    /// `POST /api/v1/partnerships/{id}/activate|review|end`.
    func step(_ action: PartnershipAction) -> @Sendable (Request) async throws -> PartnershipDTO {
        { request in
            let principal = try request.authorize(.managePartnerships)
            let store = try PartnershipStore(request.tenant())
            let agreement = try await store.find(request.parameters.get("id", as: UUID.self))
            return try await Self.whole(store.act(action, on: agreement, by: principal.actor), store, request)
        }
    }

    /// `PUT /api/v1/partnerships/{id}/responsibilities {"tasks":[…]}`: 422 `accountable_required` unless each task
    /// has exactly one `A`.
    func responsibilities(_ request: Request) async throws -> PartnershipDTO {
        let principal = try request.authorize(.managePartnerships)
        let store = try PartnershipStore(request.tenant())
        let agreement = try await store.find(request.parameters.get("id", as: UUID.self))
        let input = try request.content.decode(ResponsibilitiesInput.self)
        let tasks = try ResponsibilityMatrix.checked((input.tasks ?? []).map { ($0.task, $0.parties) })
        try await store.setTasks(tasks, of: agreement, by: principal.actor)
        return try await Self.whole(agreement, store, request)
    }

    /// `POST /api/v1/partnerships/{id}/commitments {"party","what","dueOn"}` → 201.
    func commit(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.managePartnerships)
        let store = try PartnershipStore(request.tenant())
        let agreement = try await store.find(request.parameters.get("id", as: UUID.self))
        let input = try request.content.decode(CommitmentInput.self)
        let commitment = try await store.commit(
            input.party, owes: input.what, by: try Self.date(input.dueOn, "dueOn"), under: agreement, actor: principal.actor)
        return try created(CommitmentDTO(commitment, today: try request.today()))
    }

    /// The commitment named, within an agreement the reader may see.
    private static func commitment(_ request: Request, scope: [UUID]?) async throws
        -> (PartnershipStore, CommitmentRecord, PartnershipRecord)
    {
        let store = try PartnershipStore(request.tenant())
        guard let commitment = try await request.tenant().find(CommitmentRecord.self, request.parameters.get("id", as: UUID.self))
        else { throw AccessError.notFound }
        return (store, commitment, try await store.find(commitment.partnershipID, of: scope))
    }

    /// `POST /api/v1/commitments/{id}/deliver {"evidence"?,"uploadId"?,"entryId"?}`: by the board's people, or by
    /// a partner's for what their side owed.
    func deliver(_ request: Request) async throws -> CommitmentDTO {
        let principal = try request.signedIn()
        let scope = try await Self.scope(request)
        guard scope != nil || principal.allows(.managePartnerships) else { throw AccessError.forbidden }
        let (store, commitment, agreement) = try await Self.commitment(request, scope: scope)
        let input = try request.content.decode(DeliveryEvidenceInput.self)
        let today = try request.today()
        // A partner's people name no upload or entry: those are the cooperative's records, not theirs.
        let done = try await store.deliver(
            commitment, under: agreement, evidence: input.evidence, upload: scope == nil ? input.uploadId : nil,
            entry: scope == nil ? input.entryId : nil, on: today, asPartner: scope != nil, by: principal.actor)
        return CommitmentDTO(done, today: today)
    }

    /// `POST /api/v1/commitments/{id}/waive`: no longer owed.
    func waive(_ request: Request) async throws -> CommitmentDTO {
        let principal = try request.authorize(.managePartnerships)
        let (store, commitment, agreement) = try await Self.commitment(request, scope: nil)
        return CommitmentDTO(try await store.waive(commitment, under: agreement, by: principal.actor), today: try request.today())
    }

    /// `POST /api/v1/partnerships/{id}/reviews {"decision","diverging"?,"note"}` → 201, the agreement reviewed.
    func review(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.managePartnerships)
        let store = try PartnershipStore(request.tenant())
        let agreement = try await store.find(request.parameters.get("id", as: UUID.self))
        let input = try request.content.decode(PartnershipReviewInput.self)
        _ = try await store.review(
            agreement, decision: input.decision, diverging: input.diverging ?? false, note: input.note,
            on: try request.today(), by: principal.actor)
        return try created(try await Self.whole(agreement, store, request))
    }

    /// `POST /api/v1/partnerships/{id}/grants {"amount","channel"?}` → 201: a grant received, into the bank unless
    /// told cash.
    func receiveGrant(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.managePartnerships)
        let store = try PartnershipStore(request.tenant())
        let agreement = try await store.find(request.parameters.get("id", as: UUID.self))
        let input = try request.content.decode(GrantInput.self)
        _ = try await GrantStore(store.tenant).receive(
            try Self.amount(input.amount, principal), under: agreement, through: input.channel, on: try request.today(),
            description: request.booksText.grantReceivedEntry(agreement.title), by: principal.actor)
        return try created(try await Self.whole(agreement, store, request))
    }

    /// `POST /api/v1/partnerships/{id}/grants/spending {"amount","purpose","accountId","channel"?}` → 201.
    func spendGrant(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.managePartnerships)
        let store = try PartnershipStore(request.tenant())
        let agreement = try await store.find(request.parameters.get("id", as: UUID.self))
        let input = try request.content.decode(GrantInput.self)
        _ = try await GrantStore(store.tenant).spend(
            try Self.amount(input.amount, principal), under: agreement, purpose: input.purpose, account: input.accountId,
            through: input.channel, on: try request.today(),
            description: { request.booksText.grantSpentEntry($0, title: agreement.title) }, by: principal.actor)
        return try created(try await Self.whole(agreement, store, request))
    }

    static func amount(_ text: NumberText?, _ principal: Principal, field: String = "amount") throws -> Int64 {
        guard let text = text?.text, !text.isEmpty else { throw PartnershipError.field(.required(field)) }
        do { return try Amount.parse(text, decimals: principal.decimals) } catch {
            throw PartnershipError.field(.invalidChoice(field))
        }
    }

    /// `GET /api/v1/partnerships/risks`: the open risks, each with its evidence and who handles it.
    func risks(_ request: Request) async throws -> [PartnershipRiskDTO] {
        _ = try request.authorize(.viewPartnerships)
        let tenant = try request.tenant()
        let text = request.catalogue
        let partners = Dictionary(uniqueKeysWithValues: try await PartnerStore(tenant).all().map { ($0.id!, $0.name) })
        let titles = Dictionary(
            uniqueKeysWithValues: try await PartnershipStore(tenant).all().map { ($0.id!, $0.title) })
        return try await PartnershipRiskStore(tenant).risks(on: request.today()).map {
            PartnershipRiskDTO(
                kind: $0.risk.kind.rawValue, key: $0.risk.key,
                evidence: text.riskEvidence(
                    $0.risk, partner: $0.risk.partnerID.flatMap { partners[$0] },
                    partnership: $0.risk.partnershipID.flatMap { titles[$0] }),
                facts: $0.risk.facts, partnershipId: $0.risk.partnershipID, partnerId: $0.risk.partnerID, owner: $0.owner,
                status: $0.status.rawValue, note: $0.note)
        }
    }

    /// `PUT /api/v1/partnerships/risks/owner {"key","owner","note"?}`: who handles a risk while it lasts.
    func own(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.managePartnerships)
        let input = try request.content.decode(RiskOwnerInput.self)
        try await PartnershipRiskStore(request.tenant()).own(
            input.key, owner: input.owner, note: input.note, on: try request.today(), by: principal.actor)
        return Response(status: .noContent)
    }

    func riskRules(_ request: Request) async throws -> RiskRulesDTO {
        _ = try request.authorize(.viewPartnerships)
        return RiskRulesDTO(try await SettingsStore(request.tenant()).partnershipRisks())
    }

    /// `PUT /api/v1/settings/partnership-risks {"dependencePercent"?,"reviewMonths"?,"endingDays"?}`: what is left
    /// out keeps its value.
    func setRiskRules(_ request: Request) async throws -> RiskRulesDTO {
        let principal = try request.authorize(.managePartnerships)
        let input = try request.content.decode(RiskRulesDTO.Input.self)
        let store = try SettingsStore(request.tenant())
        var rules = try await store.partnershipRisks()
        rules.dependencePercent = input.dependencePercent ?? rules.dependencePercent
        rules.reviewMonths = input.reviewMonths ?? rules.reviewMonths
        rules.endingDays = input.endingDays ?? rules.endingDays
        try await store.setPartnershipRisks(rules, by: principal.actor)
        return RiskRulesDTO(try await store.partnershipRisks())
    }

    static func date(_ text: String?, _ field: String) throws -> CivilDate {
        guard let date = CivilDate(written: text ?? "") else { throw PartnershipError.field(.invalidDate(field)) }
        return date
    }

    static func whole(_ agreement: PartnershipRecord, _ store: PartnershipStore, _ request: Request) async throws
        -> PartnershipDTO
    {
        // Read afresh: booking money may have settled what it brings.
        let agreement = try await store.find(agreement.id)
        return PartnershipDTO(
            agreement, today: try request.today(), manager: try request.signedIn().allows(.managePartnerships),
            parts: try await parts(of: agreement, store))
    }

    /// Everything an agreement's page and the API show of it.
    static func parts(of agreement: PartnershipRecord, _ store: PartnershipStore) async throws -> PartnershipDTO.Parts {
        let (tenant, id) = (store.tenant, agreement.id!)
        return PartnershipDTO.Parts(
            tasks: try await store.tasks(of: id), commitments: try await store.commitments(of: [id]),
            reviews: try await store.reviews(of: id), grants: try await GrantStore(tenant).movements(of: id),
            loan: try await BorrowingStore(tenant).loan(of: id), equity: try await EquityStore(tenant).movements(of: id),
            indicators: try await BenefitStore(tenant).indicators(of: agreement),
            documents: try await PartnerDocumentStore(tenant).documents(of: agreement.partnerID, agreement: id))
    }
}
