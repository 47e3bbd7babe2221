import Fluent
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// Expense claims in the browser, and the files kept with records.
extension SupplyPages {
    func claims(_ request: Request) async throws -> Response {
        _ = try request.authorize(.viewStore)
        return request.html(SupplyClaims.View.render(try await claimsModel(request), in: request.pageContext()))
    }

    private func claimsModel(_ request: Request) async throws -> SupplyClaims.Model {
        let principal = try request.signedIn()
        let tenant = try request.tenant()
        let mine = SupplyController.seesAllClaims(principal) ? nil : principal.actor.userID ?? UUID()
        return SupplyClaims.Model(
            claims: try await ClaimStore(tenant).all(of: mine).map {
                let dto = SupplyController.claim($0, for: principal)
                return .init(
                    id: $0.id!, number: $0.number, claimant: $0.claimantName, amount: $0.amount, purpose: $0.purpose,
                    spentOn: $0.spentOn, receiptID: $0.receiptID, status: $0.status, decidedBy: $0.decidedByName,
                    reason: $0.reason, actions: dto.actions.compactMap(ClaimAction.init(rawValue:)))
            }, units: try await BusinessUnitStore(tenant).all().filter(\.active).map { ($0.id!, $0.name) })
    }

    struct ClaimForm: Content {
        var amount: String?
        var purpose: String?
        var spentOn: String?
        var unitId: String?
        var receipt: File?
    }

    func submitClaim(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.viewStore)
        let tenant = try request.tenant()
        let form = try request.content.decode(ClaimForm.self)
        do {
            let amount = try StoreController.price(form.amount, field: "amount", decimals: principal.decimals)
            let purpose: String
            do { purpose = try FieldRules.required(form.purpose, field: "purpose", max: FieldLimit.note) } catch {
                throw SupplyError.field(error)
            }
            let spentOn = try StoreController.date(form.spentOn, field: "spentOn") ?? request.today()
            let bytes = form.receipt.map { Array($0.data.readableBytesView) } ?? []
            let receipt = try await UploadStore(tenant).keep(bytes, by: principal.actor)
            _ = try await ClaimStore(tenant).submit(
                amount: amount, purpose: purpose, spentOn: spentOn, unitID: UUID(uuidString: form.unitId ?? ""),
                receipt: receipt.id!, by: principal.actor)
            return request.redirect(to: SiteURL.supplyClaims.path, notice: "claim_submitted")
        } catch let error as any DomainError {
            var model = try await claimsModel(request)
            model.values = [
                "amount": form.amount ?? "", "purpose": form.purpose ?? "", "spentOn": form.spentOn ?? "",
                "unitId": form.unitId ?? "",
            ]
            return Self.refused(error, fields: ["amount", "purpose", "spentOn", "unitId", "file"], request) {
                model.errors = $0
                return SupplyClaims.View.render(model, in: request.pageContext())
            }
        }
    }

    struct ClaimStepForm: Content {
        var reason: String?
        var channel: String?
    }

    func decideClaim(_ request: Request, _ action: ClaimAction) async throws -> Response {
        let principal = try request.authorize(action == .pay ? .keepBooks : .approvePurchases)
        let store = try ClaimStore(request.tenant())
        let claim = try await store.find(request.parameters.get("id", as: UUID.self))
        let form = try request.content.decode(ClaimStepForm.self)
        do {
            guard let channel = PaymentChannel(rawValue: form.channel ?? "cash"), channel != .qris else {
                throw SupplyError.field(.invalidChoice("channel"))
            }
            _ = try await store.decide(
                action, on: claim.id, reason: try SupplyController.text(form.reason, field: "reason", max: FieldLimit.note),
                channel: channel, on: request.today(),
                description: request.booksText.claimPaid(claim.number, to: claim.claimantName),
                by: principal.actor)
            return request.redirect(to: SiteURL.supplyClaims.path, notice: "claim_\(action.rawValue)")
        } catch let error as any DomainError {
            var model = try await claimsModel(request)
            model.failed = claim.id
            return Self.refused(error, fields: [], request) {
                model.errors = $0
                return SupplyClaims.View.render(model, in: request.pageContext())
            }
        }
    }

    /// A file kept with a record, shown in the browser as it was kept.
    func upload(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.viewStore)
        let tenant = try request.tenant()
        let upload = try await UploadStore(tenant).find(request.parameters.get("id", as: UUID.self))
        try await SupplyController.checkReadable(upload, by: principal, tenant)
        return SupplyController.serve(upload)
    }
}
