import GuyubCore
import GuyubStore
import GuyubViews
import Vapor

/// The credit customers in the browser: what each owes, and taking their payments at the counter.
extension StorePages {
    struct PaymentForm: Content {
        var amount: String?
        var channel: String?
    }

    func customers(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.viewStore)
        return request.html(ShopCustomers.View.render(try await customersModel(request, principal), in: request.pageContext()))
    }

    func customerPayment(_ request: Request) async throws -> Response {
        let principal = try request.authorize(.sell)
        let store = try StoreCustomerStore(request.tenant())
        let customer = try await store.find(request.parameters.get("id", as: UUID.self))
        let form = try request.content.decode(PaymentForm.self)
        do {
            let amount = try StoreController.price(form.amount, field: "amount", decimals: principal.decimals)
            guard let channel = PaymentChannel(rawValue: form.channel ?? "cash") else {
                throw StoreError.field(.invalidChoice("channel"))
            }
            _ = try await store.receive(
                amount, from: customer.id, channel: channel, on: request.today(), at: request.application.clock.now(),
                description: request.booksText.customerPaid(customer.name), by: principal.actor)
            return request.redirect(to: SiteURL.shopCustomers.path, notice: "customer_paid")
        } catch let error as any DomainError {
            var model = try await customersModel(request, principal)
            model.failed = customer.id
            model.amountValue = form.amount ?? ""
            model.errors = [
                ["amount", "channel"].contains(error.field ?? "") ? error.field! : "form": request.catalogue.message(for: error)
            ]
            return request.html(
                ShopCustomers.View.render(model, in: request.pageContext()), status: ErrorMapper.status(error.kind))
        }
    }

    private func customersModel(_ request: Request, _ principal: Principal) async throws -> ShopCustomers.Model {
        let customers = try await StoreCustomerStore(request.tenant()).all()
        var model = ShopCustomers.Model(
            rows: customers.map {
                .init(id: $0.id!, name: $0.name, customerClass: $0.customerClass, creditLimit: $0.creditLimit, owed: $0.balance)
            }, canReceive: principal.allows(.sell))
        model.canDeliver = principal.allows(.manageStock)
        return model
    }
}
