import Fluent
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// Partnerships in the browser: the risk board, the agreements and the partners for the board's people; an
/// agreement with its matrix, commitments and reviews; a partner's people see theirs and record what their
/// side delivered.
struct PartnershipPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("partnerships", use: list)
        routes.post("partnerships", use: create)
        routes.post("partners", use: addPartner)
        routes.post("partnerships", "risks", use: own)
        routes.get("partnerships", ":id", use: show)
        for action in [PartnershipAction.activate, .end] {
            routes.post("partnerships", ":id", .constant(action.rawValue)) { try await step(action, $0) }
        }
        routes.post("partnerships", ":id", "responsibilities", use: responsibilities)
        routes.post("partnerships", ":id", "commitments", use: commit)
        routes.post("partnerships", ":id", "reviews", use: review)
        routes.on(.POST, "commitments", ":id", "deliver", body: .collect(maxSize: "4mb"), use: deliver)
        routes.get("commitments", ":id", "evidence", use: evidence)
        routes.post("partnerships", ":id", "grants", use: receiveGrant)
        routes.post("partnerships", ":id", "grants", "spending", use: spendGrant)
        routes.post("partnerships", ":id", "loan", use: receiveLoan)
        routes.post("partnerships", ":id", "loan", "instalments", use: payInstalment)
        routes.post("partnerships", ":id", "equity", use: recordEquity)
        routes.post("partnerships", ":id", "indicators", use: addIndicator)
        routes.post("partnerships", ":id", "indicators", "actual", use: enterActual)
        routes.on(.POST, "partnerships", ":id", "documents", body: .collect(maxSize: "4mb"), use: keepDocument)
        routes.get("partnerships", "documents", ":id", use: document)
    }

    private static func row(_ a: PartnershipRecord, partner: String, commitments: [CommitmentRecord], today: CivilDate)
        -> PartnershipsPage.Agreement
    {
        func kept(_ party: PartnershipParty) -> Int? {
            Commitment.fulfilment(
                commitments.filter { $0.partnershipID == a.id && $0.party == party }.map { ($0.status, $0.due, $0.deliveredOn) },
                today: today)
        }
        return .init(
            id: a.id!, title: a.title, partner: partner, kind: a.kind, status: a.status, start: a.start, end: a.end,
            partnerKept: kept(.partner), cooperativeKept: kept(.cooperative))
    }

    private func listModel(_ request: Request) async throws -> PartnershipsPage.Model {
        let principal = try request.signedIn()
        let scope = try await PartnershipsController.scope(request)
        let tenant = try request.tenant()
        let today = try request.today()
        let store = PartnershipStore(tenant)
        let partners = try await PartnerStore(tenant).all()
        let names = Dictionary(uniqueKeysWithValues: partners.map { ($0.id!, $0.name) })
        let agreements = try await store.all(of: scope)
        let commitments = try await store.commitments(of: agreements.compactMap(\.id))
        var risks: [PartnershipsPage.Risk] = []
        if scope == nil {
            let titles = Dictionary(uniqueKeysWithValues: agreements.map { ($0.id!, $0.title) })
            risks = try await PartnershipRiskStore(tenant).risks(on: today).map {
                .init(
                    kind: $0.risk.kind, key: $0.risk.key,
                    evidence: request.catalogue.riskEvidence(
                        $0.risk, partner: $0.risk.partnerID.flatMap { names[$0] },
                        partnership: $0.risk.partnershipID.flatMap { titles[$0] }), partnershipID: $0.risk.partnershipID,
                    owner: $0.owner)
            }
        }
        return PartnershipsPage.Model(
            agreements: agreements.map {
                Self.row($0, partner: names[$0.partnerID] ?? "", commitments: commitments, today: today)
            },
            risks: risks,
            partners: scope == nil
                ? partners.map { .init(id: $0.id!, name: $0.name, kind: $0.kind, contact: $0.contactName) } : [],
            canManage: principal.allows(.managePartnerships), seesAll: scope == nil)
    }

    func list(_ request: Request) async throws -> Response {
        request.html(PartnershipsPage.View.render(try await listModel(request), in: request.pageContext()))
    }

    /// A form on the list page; refused, the list again with why beside it.
    private func listForm(
        _ request: Request, form: String, values: [String: String], fields: Set<String>,
        _ work: (Tenant, Principal) async throws -> String
    ) async throws -> Response {
        let principal = try request.authorize(.managePartnerships)
        do {
            let notice = try await work(try request.tenant(), principal)
            return request.redirect(to: SiteURL.partnerships.path, notice: notice)
        } catch let error as any DomainError {
            var model = try await listModel(request)
            (model.failed, model.values) = (form, values)
            return SupplyPages.refused(error, fields: fields, request) {
                model.errors = $0
                return PartnershipsPage.View.render(model, in: request.pageContext())
            }
        }
    }

    struct PartnerForm: Content {
        var name: String?
        var kind: String?
        var contactName: String?
        var phone: String?
    }

    func addPartner(_ request: Request) async throws -> Response {
        let form = try request.content.decode(PartnerForm.self)
        let values = [
            "name": form.name ?? "", "kind": form.kind ?? "", "contactName": form.contactName ?? "", "phone": form.phone ?? "",
        ]
        return try await listForm(request, form: "partner", values: values, fields: Set(values.keys)) { tenant, principal in
            _ = try await PartnerStore(tenant).add(
                .init(name: form.name, kind: form.kind, contactName: form.contactName, phone: form.phone), by: principal.actor)
            return "partner_added"
        }
    }

    struct AgreementForm: Content {
        var partnerId: String?
        var kind: String?
        var title: String?
        var start: String?
        var end: String?
        var ourGoals: String?
        var theirGoals: String?
        var value: String?
    }

    func create(_ request: Request) async throws -> Response {
        let form = try request.content.decode(AgreementForm.self)
        let values = [
            "partnerId": form.partnerId ?? "", "kind": form.kind ?? "", "title": form.title ?? "", "start": form.start ?? "",
            "end": form.end ?? "", "ourGoals": form.ourGoals ?? "", "theirGoals": form.theirGoals ?? "",
            "value": form.value ?? "",
        ]
        var id: UUID?
        let response = try await listForm(request, form: "agreement", values: values, fields: Set(values.keys)) {
            tenant, principal in
            var value: Int64 = 0
            if let text = form.value, !text.trimmingCharacters(in: .whitespaces).isEmpty {
                do { value = try Amount.parse(text, decimals: principal.decimals) } catch {
                    throw PartnershipError.field(.invalidChoice("value"))
                }
            }
            let end = form.end.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
            id = try await PartnershipStore(tenant).create(
                .init(
                    partnerID: UUID(uuidString: form.partnerId ?? ""), kind: form.kind, title: form.title,
                    start: try PartnershipsController.date(form.start, "start"),
                    end: try end.map { try PartnershipsController.date($0, "end") }, ourGoals: form.ourGoals,
                    theirGoals: form.theirGoals, value: value), by: principal.actor
            ).id
            return "agreement_drafted"
        }
        guard let id else { return response }
        return request.redirect(to: SiteURL.partnership(id).path, notice: "agreement_drafted")
    }

    struct OwnerForm: Content {
        var key: String?
        var owner: String?
    }

    func own(_ request: Request) async throws -> Response {
        let form = try request.content.decode(OwnerForm.self)
        return try await listForm(request, form: "risk", values: ["key": form.key ?? ""], fields: ["owner"]) {
            tenant, principal in
            try await PartnershipRiskStore(tenant).own(
                form.key, owner: form.owner, note: nil, on: try request.today(), by: principal.actor)
            return "risk_owned"
        }
    }

    // MARK: one agreement

    func agreement(_ request: Request) async throws -> PartnershipRecord {
        let scope = try await PartnershipsController.scope(request)
        return try await PartnershipStore(request.tenant()).find(request.parameters.get("id", as: UUID.self), of: scope)
    }

    private func detail(_ request: Request, _ a: PartnershipRecord) async throws -> PartnershipPage.Model {
        let principal = try request.signedIn()
        let tenant = try request.tenant()
        let store = PartnershipStore(tenant)
        let today = try request.today()
        // Read afresh: a refused form's page shows the agreement as it now stands.
        let a = try await store.find(a.id)
        let partner = try await PartnerStore(tenant).find(a.partnerID)
        let parts = try await PartnershipsController.parts(of: a, store)
        let commitments = parts.commitments
        var model = PartnershipPage.Model(
            agreement: Self.row(a, partner: partner.name, commitments: commitments, today: today), ourGoals: a.ourGoals,
            theirGoals: a.theirGoals, value: a.value, cooperative: principal.cooperativeName,
            tasks: parts.tasks,
            commitments: commitments.map {
                var row = PartnershipPage.Commitment(
                    id: $0.id!, party: $0.party, what: $0.what, due: $0.due, status: $0.status,
                    overdue: Commitment.isOverdue($0.status, due: $0.due, today: today), deliveredOn: $0.deliveredOn,
                    evidence: $0.evidence)
                row.evidenceFile = $0.evidenceUploadID != nil
                return row
            },
            reviews: parts.reviews.map {
                var review = PartnershipPage.Review(
                    on: $0.reviewedOn, committed: $0.committed, delivered: $0.delivered, diverging: $0.diverging,
                    decision: $0.decision, note: $0.note, by: $0.byName)
                review.benefits = $0.benefits
                return review
            }, canManage: principal.allows(.managePartnerships), asPartner: !principal.allows(.viewPartnerships))
        model.financing = a.financing
        model.record = PartnershipParty.allCases.flatMap { party in
            Commitment.record(
                commitments.filter { $0.party == party }.map { ($0.status, $0.due, $0.deliveredOn) }, today: today
            ).map { (party, $0) }
        }
        model.loan = parts.loan.map { position in
            (position.schedule, Dictionary(uniqueKeysWithValues: position.payments.map { ($0.number, $0.paidOn) }))
        }
        model.equity = parts.equity.map { ($0.direction, $0.amount, $0.movedOn) }
        model.indicators = parts.indicators.map {
            .init(id: $0.record.id!, name: $0.record.name, benefit: $0.benefit, unit: $0.record.unit)
        }
        model.documents = parts.documents.map { ($0.id!, $0.title) }
        if a.kind == .financial && [nil, .grant].contains(a.financing) {
            let movements = parts.grants
            model.grant = (
                movements.filter { $0.kind == .received }.reduce(0) { $0 + $1.amount },
                movements.filter { $0.kind == .spent }.reduce(0) { $0 + $1.amount }
            )
            if model.canManage {
                let english = request.language == .en
                model.spendAccounts = try await tenant.query(AccountRecord.self).sort(\.$code).all()
                    .filter { Grant.maySpend(on: $0.type, role: $0.role, active: $0.active) }
                    .map { ($0.id!, $0.code + " " + (english ? $0.nameEN : $0.nameID)) }
            }
        }
        return model
    }

    func show(_ request: Request) async throws -> Response {
        let a = try await agreement(request)
        return request.html(PartnershipPage.View.render(try await detail(request, a), in: request.pageContext()))
    }

    /// A change to an agreement; refused, its page again with why beside the form that was sent.
    func act(
        _ request: Request, on a: PartnershipRecord, form: String?, values: [String: String] = [:],
        fields: Set<String> = [], notice: String, _ work: (PartnershipStore, Principal) async throws -> Void
    ) async throws -> Response {
        let principal = try request.signedIn()
        do {
            try await work(try PartnershipStore(request.tenant()), principal)
            return request.redirect(to: SiteURL.partnership(a.id!).path, notice: notice)
        } catch let error as any DomainError {
            var model = try await detail(request, a)
            (model.failed, model.values) = (form, values)
            return SupplyPages.refused(error, fields: fields, request) {
                model.errors = $0
                return PartnershipPage.View.render(model, in: request.pageContext())
            }
        }
    }

    func step(_ action: PartnershipAction, _ request: Request) async throws -> Response {
        _ = try request.authorize(.managePartnerships)
        let a = try await agreement(request)
        return try await act(request, on: a, form: nil, notice: "agreement_moved") { store, principal in
            _ = try await store.act(action, on: a, by: principal.actor)
        }
    }

    struct MatrixForm: Content {
        var task: [String]?
        var party: [String]?
        var p0: [String]?
        var p1: [String]?
        var p2: [String]?
        var p3: [String]?
        var p4: [String]?
        var p5: [String]?
    }

    /// The matrix as the form sends it: a row a task (blank rows left out), a column a party.
    func responsibilities(_ request: Request) async throws -> Response {
        _ = try request.authorize(.managePartnerships)
        let a = try await agreement(request)
        let form = try request.content.decode(MatrixForm.self)
        let columns = [form.p0, form.p1, form.p2, form.p3, form.p4, form.p5]
        let parties = Array((form.party ?? []).prefix(columns.count))
        let rows: [(task: String?, parties: [String: String]?)] = (form.task ?? []).enumerated().compactMap { index, task in
            var letters: [String: String] = [:]
            for (column, party) in parties.enumerated() {
                if let letter = columns[column]?[safe: index], !letter.isEmpty { letters[party] = letter }
            }
            return task.trimmingCharacters(in: .whitespaces).isEmpty && letters.isEmpty ? nil : (task, letters)
        }
        return try await act(request, on: a, form: "tasks", fields: [], notice: "matrix_saved") { store, principal in
            try await store.setTasks(try ResponsibilityMatrix.checked(rows), of: a, by: principal.actor)
        }
    }

    struct CommitmentForm: Content {
        var party: String?
        var what: String?
        var dueOn: String?
    }

    func commit(_ request: Request) async throws -> Response {
        _ = try request.authorize(.managePartnerships)
        let a = try await agreement(request)
        let form = try request.content.decode(CommitmentForm.self)
        let values = ["party": form.party ?? "", "what": form.what ?? "", "dueOn": form.dueOn ?? ""]
        return try await act(
            request, on: a, form: "commitment", values: values, fields: Set(values.keys), notice: "commitment_added"
        ) { store, principal in
            _ = try await store.commit(
                form.party, owes: form.what, by: try PartnershipsController.date(form.dueOn, "dueOn"), under: a,
                actor: principal.actor)
        }
    }

    struct ReviewForm: Content {
        var decision: String?
        var diverging: String?
        var note: String?
    }

    func review(_ request: Request) async throws -> Response {
        _ = try request.authorize(.managePartnerships)
        let a = try await agreement(request)
        let form = try request.content.decode(ReviewForm.self)
        let values = ["decision": form.decision ?? "", "note": form.note ?? ""]
        return try await act(
            request, on: a, form: "review", values: values, fields: ["decision", "note"], notice: "agreement_reviewed"
        ) { store, principal in
            _ = try await store.review(
                a, decision: form.decision, diverging: form.diverging == "1", note: form.note, on: try request.today(),
                by: principal.actor)
        }
    }

    struct GrantForm: Content {
        var amount: String?
        var channel: String?
        var purpose: String?
        var accountId: String?
    }

    func receiveGrant(_ request: Request) async throws -> Response {
        _ = try request.authorize(.managePartnerships)
        let a = try await agreement(request)
        let form = try request.content.decode(GrantForm.self)
        return try await act(
            request, on: a, form: "grant", values: ["amount": form.amount ?? "", "channel": form.channel ?? ""],
            fields: ["amount"], notice: "grant_recorded"
        ) { store, principal in
            _ = try await GrantStore(store.tenant).receive(
                try PartnershipsController.amount(form.amount.map(NumberText.init), principal), under: a,
                through: form.channel, on: try request.today(), description: request.booksText.grantReceivedEntry(a.title),
                by: principal.actor)
        }
    }

    func spendGrant(_ request: Request) async throws -> Response {
        _ = try request.authorize(.managePartnerships)
        let a = try await agreement(request)
        let form = try request.content.decode(GrantForm.self)
        let values = [
            "amount": form.amount ?? "", "channel": form.channel ?? "", "purpose": form.purpose ?? "",
            "accountId": form.accountId ?? "",
        ]
        return try await act(
            request, on: a, form: "spend", values: values, fields: ["amount", "purpose", "accountId"],
            notice: "grant_recorded"
        ) { store, principal in
            _ = try await GrantStore(store.tenant).spend(
                try PartnershipsController.amount(form.amount.map(NumberText.init), principal), under: a,
                purpose: form.purpose, account: UUID(uuidString: form.accountId ?? ""), through: form.channel,
                on: try request.today(), description: { request.booksText.grantSpentEntry($0, title: a.title) },
                by: principal.actor)
        }
    }

    struct DeliverForm: Content {
        var evidence: String?
        /// A photo or a PDF of what was delivered, kept with it.
        var file: File?
    }

    /// Delivered, by the board's people or by the partner's own for their side.
    func deliver(_ request: Request) async throws -> Response {
        let principal = try request.signedIn()
        let scope = try await PartnershipsController.scope(request)
        guard scope != nil || principal.allows(.managePartnerships) else { throw AccessError.forbidden }
        let tenant = try request.tenant()
        guard let commitment = try await tenant.find(CommitmentRecord.self, request.parameters.get("id", as: UUID.self))
        else { throw AccessError.notFound }
        let a = try await PartnershipStore(tenant).find(commitment.partnershipID, of: scope)
        let form = try request.content.decode(DeliverForm.self)
        return try await act(
            request, on: a, form: "deliver-\(commitment.id!.uuidString.lowercased())", fields: [],
            notice: "commitment_delivered"
        ) { store, principal in
            // The file is kept in the same transaction: refused, neither stays.
            let bytes = form.file.map { Array($0.data.readableBytesView) } ?? []
            let upload = bytes.isEmpty ? nil : try await UploadStore(store.tenant).keep(bytes, by: principal.actor).id
            _ = try await store.deliver(
                commitment, under: a, evidence: form.evidence, upload: upload, entry: nil, on: try request.today(),
                asPartner: scope != nil, by: principal.actor)
        }
    }

    /// The file kept as a commitment's evidence, to those who see its agreement.
    func evidence(_ request: Request) async throws -> Response {
        let scope = try await PartnershipsController.scope(request)
        let tenant = try request.tenant()
        guard let commitment = try await tenant.find(CommitmentRecord.self, request.parameters.get("id", as: UUID.self)),
            let upload = commitment.evidenceUploadID
        else { throw AccessError.notFound }
        _ = try await PartnershipStore(tenant).find(commitment.partnershipID, of: scope)
        return SupplyController.serve(try await UploadStore(tenant).find(upload))
    }
}

extension Array {
    fileprivate subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
