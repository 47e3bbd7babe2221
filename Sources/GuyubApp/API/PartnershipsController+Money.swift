import Fluent
import GuyubCore
import GuyubStore
import Vapor

/// What a financial agreement brings into the books (a partner bank's loan and its instalments, equity), the
/// benefits each agreement is measured by, and the documents kept with partners and agreements.
extension PartnershipsController {
    /// `POST /api/v1/partnerships/{id}/loan {"principal","ratePercent","periods","grace"?,"firstDue","method"?,
    /// "channel"?}` → 201: the loan received today, its schedule from the loan engine.
    func receiveLoan(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.managePartnerships)
        let store = try PartnershipStore(request.tenant())
        let agreement = try await store.find(request.parameters.get("id", as: UUID.self))
        let input = try request.content.decode(BorrowingInput.self)
        let rate = try Self.rate(input.ratePercent)
        guard let periods = input.periods else { throw PartnershipError.field(.required("periods")) }
        _ = try await BorrowingStore(store.tenant).receive(
            .init(
                principal: try Self.amount(input.principal, principal, field: "principal"), annualRate: rate,
                method: input.method, periods: periods, grace: input.grace ?? 0,
                firstDue: try Self.date(input.firstDue, "firstDue")),
            under: agreement, through: input.channel, on: try request.today(),
            description: request.booksText.loanReceivedEntry(agreement.title), by: principal.actor)
        return try created(try await Self.whole(agreement, store, request))
    }

    /// A yearly rate as people write it (`6`, `6,5`), in the loan engine's millionths.
    static func rate(_ text: String?) throws(PartnershipError) -> Int64 {
        do { return try InterestRate.parse(text, per: .year) } catch { throw .loanTerms(error) }
    }

    /// `POST /api/v1/partnerships/{id}/loan/instalments {"channel"?}` → 201: the next instalment paid today, whole.
    func payInstalment(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.managePartnerships)
        let store = try PartnershipStore(request.tenant())
        let agreement = try await store.find(request.parameters.get("id", as: UUID.self))
        let input = try request.content.decode(GrantInput.self)
        _ = try await BorrowingStore(store.tenant).payNext(
            under: agreement, through: input.channel, on: try request.today(),
            description: { request.booksText.instalmentEntry($0.number, title: agreement.title) }, by: principal.actor)
        return try created(try await Self.whole(agreement, store, request))
    }

    /// `POST /api/v1/partnerships/{id}/equity {"direction","amount","channel"?}` → 201.
    func recordEquity(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.managePartnerships)
        let store = try PartnershipStore(request.tenant())
        let agreement = try await store.find(request.parameters.get("id", as: UUID.self))
        let input = try request.content.decode(EquityInput.self)
        let direction = EquityDirection(rawValue: input.direction ?? "")
        _ = try await EquityStore(store.tenant).record(
            input.direction, try Self.amount(input.amount, principal), under: agreement, through: input.channel,
            on: try request.today(),
            description: request.booksText.equityEntry(direction ?? .received, title: agreement.title),
            by: principal.actor)
        return try created(try await Self.whole(agreement, store, request))
    }

    /// `POST /api/v1/partnerships/{id}/indicators {"name","measure"?,"target","unit"?}` → 201.
    func addIndicator(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.managePartnerships)
        let store = try PartnershipStore(request.tenant())
        let agreement = try await store.find(request.parameters.get("id", as: UUID.self))
        let input = try request.content.decode(IndicatorInput.self)
        let measure = IndicatorMeasure(rawValue: input.measure ?? IndicatorMeasure.entered.rawValue)
        _ = try await BenefitStore(store.tenant).add(
            name: input.name, measure: input.measure,
            target: try Self.figure(input.target, money: measure?.isMoney ?? false, principal, field: "target"),
            unit: input.unit, to: agreement, by: principal.actor)
        return try created(try await Self.whole(agreement, store, request))
    }

    /// `PUT /api/v1/partnerships/{id}/indicators {"indicatorId","actual"}`: an entered indicator's figure.
    func enterIndicator(_ request: Request) async throws -> PartnershipDTO {
        let principal = try request.authorize(.managePartnerships)
        let store = try PartnershipStore(request.tenant())
        let agreement = try await store.find(request.parameters.get("id", as: UUID.self))
        let input = try request.content.decode(IndicatorInput.self)
        try await BenefitStore(store.tenant).enter(
            try Self.figure(input.actual, money: false, principal, field: "actual"),
            on: input.indicatorId, of: agreement, by: principal.actor)
        return try await Self.whole(agreement, store, request)
    }

    /// A target or an actual figure: rupiah for money, a whole count otherwise.
    static func figure(_ text: NumberText?, money: Bool, _ principal: Principal, field: String) throws -> Int64 {
        if money { return try amount(text, principal, field: field) }
        guard let text = text?.text, !text.isEmpty else { throw PartnershipError.field(.required(field)) }
        guard let count = Int64(text.filter { $0 != "." }), count >= 0 else {
            throw PartnershipError.field(.invalidChoice(field))
        }
        return count
    }

    /// `POST /api/v1/partners/{id}/documents?title=…` (the file as the body) → 201.
    func addPartnerDocument(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.managePartnerships)
        let tenant = try request.tenant()
        let partner = try await PartnerStore(tenant).find(request.parameters.get("id", as: UUID.self))
        return try await keepDocument(request, partner: partner.id!, agreement: nil, by: principal)
    }

    /// `POST /api/v1/partnerships/{id}/documents?title=…` (the file as the body) → 201.
    func addPartnershipDocument(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.managePartnerships)
        let agreement = try await PartnershipStore(request.tenant()).find(request.parameters.get("id", as: UUID.self))
        return try await keepDocument(request, partner: agreement.partnerID, agreement: agreement.id, by: principal)
    }

    private func keepDocument(_ request: Request, partner: UUID, agreement: UUID?, by principal: Principal) async throws
        -> Response
    {
        let bytes = request.body.data.map { Array($0.readableBytesView) } ?? []
        let document = try await PartnerDocumentStore(request.tenant()).keep(
            bytes, title: try? request.query.get(String.self, at: "title"), partner: partner, agreement: agreement,
            by: principal.actor)
        return try created(
            PartnerDocumentDTO(
                id: document.id!, title: document.title, partnerId: document.partnerID,
                partnershipId: document.partnershipID, uploadId: document.uploadID))
    }
}
