import Fluent
import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// Storage as a service in the browser: goods in by member number or owner's name, out with their fee.
extension SupplyPages {
    func storage(_ request: Request) async throws -> Response {
        _ = try request.authorize(.viewStore)
        return request.html(SupplyStorage.View.render(try await storageModel(request), in: request.pageContext()))
    }

    private func storageModel(_ request: Request) async throws -> SupplyStorage.Model {
        let principal = try request.signedIn()
        return SupplyStorage.Model(
            lots: try await StorageStore(request.tenant()).all().map {
                .init(
                    id: $0.id!, number: $0.number, owner: $0.owner, goods: $0.goods, quantity: $0.quantity, held: $0.held,
                    rate: $0.rate, storedOn: $0.storedOn, fees: $0.fees)
            }, canManage: principal.allows(.manageStock))
    }

    struct StorageForm: Content {
        var owner: String?
        var goods: String?
        var quantity: String?
        var rate: String?
    }

    func store(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.manageStock)
        let tenant = try request.tenant()
        let form = try request.content.decode(StorageForm.self)
        do {
            func required(_ value: String?, _ field: String) throws -> String {
                do { return try FieldRules.required(value, field: field, max: FieldLimit.name) } catch {
                    throw SupplyError.field(error)
                }
            }
            // A member number (or the card's code) names the member; anything else is the owner's name.
            let owner = try required(form.owner, "owner")
            var member: MemberRecord?
            if let number = MemberCard.number(in: owner) { member = try await MemberStore(tenant).find(number: number) }
            guard let rateText = form.rate, let rate = try? Amount.parse(rateText, decimals: principal.decimals), rate >= 0 else {
                throw SupplyError.amountInvalid("rate")
            }
            _ = try await StorageStore(tenant).store(
                goods: try required(form.goods, "goods"), owner: member?.name ?? owner, memberID: member?.id,
                quantity: try Quantity.parse(form.quantity), rate: rate, unitID: nil, on: request.today(), by: principal.actor)
            return request.redirect(to: SiteURL.supplyStorage.path, notice: "storage_in")
        } catch let error as any DomainError {
            var model = try await storageModel(request)
            model.values = [
                "owner": form.owner ?? "", "goods": form.goods ?? "", "quantity": form.quantity ?? "", "rate": form.rate ?? "",
            ]
            return Self.refused(error, fields: ["owner", "goods", "quantity", "rate"], request) {
                model.errors = $0
                return SupplyStorage.View.render(model, in: request.pageContext())
            }
        }
    }

    func release(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.manageStock)
        let store = try StorageStore(request.tenant())
        let lot = try await store.find(request.parameters.get("id", as: UUID.self))
        let form = try request.content.decode(StorageReleaseForm.self)
        do {
            _ = try await store.release(
                try Quantity.parse(form.quantity), of: lot.id, on: request.today(),
                description: request.booksText.storageFeePaid(lot.number, by: lot.owner), by: principal.actor)
            return request.redirect(to: SiteURL.supplyStorage.path, notice: "storage_out")
        } catch let error as any DomainError {
            var model = try await storageModel(request)
            model.failed = lot.id
            return Self.refused(error, fields: [], request) {
                model.errors = $0
                return SupplyStorage.View.render(model, in: request.pageContext())
            }
        }
    }

    struct StorageReleaseForm: Content {
        var quantity: String?
    }
}
