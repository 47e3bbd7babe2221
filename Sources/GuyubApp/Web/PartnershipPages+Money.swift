import Fluent
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// An agreement's money, benefits and documents in the browser: a partner bank's loan received and its
/// instalments paid, equity recorded, indicators added and typed, documents kept and read.
extension PartnershipPages {
    struct LoanForm: Content {
        var principal: String?
        var ratePercent: String?
        var periods: String?
        var grace: String?
        var firstDue: String?
        var method: String?
        var channel: String?
    }

    func receiveLoan(_ request: Request) async throws -> Response {
        _ = try request.authorize(.managePartnerships)
        let a = try await agreement(request)
        let form = try request.content.decode(LoanForm.self)
        let values = [
            "principal": form.principal ?? "", "ratePercent": form.ratePercent ?? "", "periods": form.periods ?? "",
            "grace": form.grace ?? "", "firstDue": form.firstDue ?? "", "method": form.method ?? "",
            "channel": form.channel ?? "",
        ]
        return try await act(
            request, on: a, form: "loan", values: values,
            fields: ["principal", "rate", "periods", "grace", "firstDue", "start", "method"], notice: "loan_recorded"
        ) { store, principal in
            let rate = try PartnershipsController.rate(form.ratePercent)
            guard let periods = Int(form.periods ?? "") else { throw PartnershipError.loanTerms(.invalidPeriods) }
            let grace = (form.grace ?? "").isEmpty ? 0 : Int(form.grace ?? "")
            guard let grace else { throw PartnershipError.loanTerms(.invalidGrace) }
            _ = try await BorrowingStore(store.tenant).receive(
                .init(
                    principal: try PartnershipsController.amount(
                        form.principal.map(NumberText.init), principal, field: "principal"),
                    annualRate: rate, method: form.method, periods: periods, grace: grace,
                    firstDue: try PartnershipsController.date(form.firstDue, "firstDue")),
                under: a, through: form.channel, on: try request.today(),
                description: request.booksText.loanReceivedEntry(a.title), by: principal.actor)
        }
    }

    struct ChannelForm: Content {
        var channel: String?
    }

    func payInstalment(_ request: Request) async throws -> Response {
        _ = try request.authorize(.managePartnerships)
        let a = try await agreement(request)
        let form = try request.content.decode(ChannelForm.self)
        return try await act(request, on: a, form: "instalment", notice: "instalment_paid") { store, principal in
            _ = try await BorrowingStore(store.tenant).payNext(
                under: a, through: form.channel, on: try request.today(),
                description: { request.booksText.instalmentEntry($0.number, title: a.title) }, by: principal.actor)
        }
    }

    struct EquityForm: Content {
        var direction: String?
        var amount: String?
        var channel: String?
    }

    func recordEquity(_ request: Request) async throws -> Response {
        _ = try request.authorize(.managePartnerships)
        let a = try await agreement(request)
        let form = try request.content.decode(EquityForm.self)
        let values = ["direction": form.direction ?? "", "amount": form.amount ?? "", "channel": form.channel ?? ""]
        return try await act(
            request, on: a, form: "equity", values: values, fields: ["direction", "amount"], notice: "equity_recorded"
        ) { store, principal in
            _ = try await EquityStore(store.tenant).record(
                form.direction,
                try PartnershipsController.amount(form.amount.map(NumberText.init), principal), under: a,
                through: form.channel, on: try request.today(),
                description: request.booksText.equityEntry(
                    EquityDirection(rawValue: form.direction ?? "") ?? .received, title: a.title),
                by: principal.actor)
        }
    }

    struct IndicatorForm: Content {
        var name: String?
        var measure: String?
        var target: String?
        var unit: String?
        var indicatorId: String?
        var actual: String?
    }

    func addIndicator(_ request: Request) async throws -> Response {
        _ = try request.authorize(.managePartnerships)
        let a = try await agreement(request)
        let form = try request.content.decode(IndicatorForm.self)
        let values = [
            "name": form.name ?? "", "measure": form.measure ?? "", "target": form.target ?? "", "unit": form.unit ?? "",
        ]
        return try await act(
            request, on: a, form: "indicator", values: values, fields: ["name", "measure", "target", "unit"],
            notice: "indicator_added"
        ) { store, principal in
            let measure = IndicatorMeasure(rawValue: form.measure ?? "")
            _ = try await BenefitStore(store.tenant).add(
                name: form.name, measure: form.measure,
                target: try PartnershipsController.figure(
                    form.target.map(NumberText.init), money: measure?.isMoney ?? false, principal, field: "target"),
                unit: form.unit, to: a, by: principal.actor)
        }
    }

    func enterActual(_ request: Request) async throws -> Response {
        _ = try request.authorize(.managePartnerships)
        let a = try await agreement(request)
        let form = try request.content.decode(IndicatorForm.self)
        let id = UUID(uuidString: form.indicatorId ?? "")
        return try await act(
            request, on: a, form: "actual-\(id?.uuidString.lowercased() ?? "")", fields: [], notice: "indicator_saved"
        ) { store, principal in
            try await BenefitStore(store.tenant).enter(
                try PartnershipsController.figure(form.actual.map(NumberText.init), money: false, principal, field: "actual"),
                on: id, of: a, by: principal.actor)
        }
    }

    struct DocumentForm: Content {
        var title: String?
        var file: File?
    }

    func keepDocument(_ request: Request) async throws -> Response {
        _ = try request.authorize(.managePartnerships)
        let a = try await agreement(request)
        let form = try request.content.decode(DocumentForm.self)
        return try await act(
            request, on: a, form: "document", values: ["title": form.title ?? ""], fields: ["title", "file"],
            notice: "document_kept"
        ) { store, principal in
            _ = try await PartnerDocumentStore(store.tenant).keep(
                form.file.map { Array($0.data.readableBytesView) } ?? [], title: form.title, partner: a.partnerID,
                agreement: a.id, by: principal.actor)
        }
    }

    /// A document's file, to those who see its partner's agreements (a partner's people, their own only).
    func document(_ request: Request) async throws -> Response {
        let scope = try await PartnershipsController.scope(request)
        let tenant = try request.tenant()
        let document = try await PartnerDocumentStore(tenant).find(request.parameters.get("id", as: UUID.self))
        guard scope?.contains(document.partnerID) ?? true else { throw AccessError.notFound }
        return SupplyController.serve(try await UploadStore(tenant).find(document.uploadID))
    }
}
